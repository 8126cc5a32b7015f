"""Two facts about Qt windows the shell needs: whether one still lives, and a call once it is first painted."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def alive(widget: QObject | None) -> bool:
    """False for None and for a window Qt already deleted with its parent."""
    return widget is not None and shiboken6.isValid(widget)


class _FirstPaint(QObject):
    """Calls back once, on the event loop's next turn after `window` was first painted.

    It watches the window alone: a filter on the application would see (and make Python wrap) every child.
    """

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._callback = window, callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaint(window, callback)

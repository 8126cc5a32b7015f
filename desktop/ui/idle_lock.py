"""Notice when nobody has touched the keyboard or mouse for a while."""

from __future__ import annotations

from PySide6 import QtCore  # `QtCore.Qt` named at use, after the first paint (see a11y.py)
from PySide6.QtCore import QEvent, QObject, QTimer, Signal

# Input that proves someone is at the desk; paint and timer events do not.
_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.InputMethod, QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Installed on the application; emits `idle` once after `timeout_ms` without input."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle.emit)
        self.set_timeout(timeout_ms)

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(1, timeout_ms))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        # One timer: exact, so its remaining time means something (set here, at log-in: not before the first paint).
        self._timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def remaining_ms(self) -> int:
        """Milliseconds of silence left before `idle` (-1 when not watching)."""
        return self._timer.remainingTime()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

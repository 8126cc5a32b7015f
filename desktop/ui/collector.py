"""Garbage is collected on the GUI thread only.

Python's automatic collector runs in whichever thread happens to allocate when a threshold is crossed: with the
store and network work on worker threads, that may be a worker, and a cycle holding a Qt object is then destroyed
off the GUI thread while the GUI thread uses Qt (heap corruption, a crash). The automatic collector is switched off
and a timer on the GUI thread collects whenever the counts cross the same thresholds Python would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """While it lives, garbage cycles are collected by its timer on the thread that made it (the GUI thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        """The generation Python itself would collect now, if any."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
        if due:
            gc.collect(max(due))

    def stop(self) -> None:
        """Back to Python's own collector, after one last collection here."""
        self._timer.stop()
        gc.collect()
        gc.enable()

"""The one place a sync starts, from F5, the sync panel or by itself: one sync at a time in the application.

It keeps the last `SyncStatus` (the status bar and the panel show it), runs
the schedule (`sync_schedule.SyncSchedule`: probe the centre while it could
not be reached, sync every few minutes while it can) on a timer, and tells
whoever shows a sync when one starts, how far it got and when it ended.
"""

from __future__ import annotations

import logging
import time

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from desktop.operations import retention_ops, sync_ops, sync_schedule
from desktop.operations.runner import Changes, Operation
from desktop.operations.sync_ops import SyncStatus
from desktop.operations.sync_schedule import Due, SyncSchedule
from desktop.store.retention import PurgeReport
from desktop.ui.context import UiContext
from desktop.ui.messages_box import error_text
from sync.engine import SyncSummary

log = logging.getLogger("luring.ui")

TICK_MS = 5_000  # how often the schedule is asked; the schedule's own intervals are much longer
PROBE_EVERY_S = sync_schedule.PROBE_EVERY_S
SYNC_EVERY_S = sync_schedule.SYNC_EVERY_S


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus
    started = Signal()
    progressed = Signal(int, int)  # sent, of what waited when it started
    finished = Signal()  # ended, stopped or failed: the history has a new run

    def __init__(self, context: UiContext, parent: QObject) -> None:
        super().__init__(parent)
        self.context = context
        self.status: SyncStatus | None = None
        self.progress = (0, 0)
        self.schedule = SyncSchedule(probe_every=PROBE_EVERY_S, sync_every=SYNC_EVERY_S)
        self._running: Operation[SyncSummary] | None = None
        self._probing: Operation[bool] | None = None
        self._purging: Operation[PurgeReport] | None = None
        self._asked = False  # a person is waiting for this sync's answer
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        context.runner.changed.connect(self._changed)

    @property
    def running(self) -> bool:
        return self._running is not None

    # ----- what the status is -----
    def _changed(self, changes: Changes) -> None:
        if changes.records or changes.outbox:
            self.refresh()

    def refresh(self) -> None:
        sync_ops.sync_status(self.context.runner, self.context.session).success(self._show) \
            .failure(lambda exc: log.warning("sync status failed: %s", type(exc).__name__)).run()

    def _show(self, status: SyncStatus) -> None:
        if shiboken6.isValid(self):  # the answer came back after a lock closed the window
            self.status = status
            self.status_changed.emit(status)

    # ----- by itself -----
    def _tick(self) -> None:
        status = self.status
        due = self.schedule.due(time.monotonic(), enrolled=status is not None and status.enrolled,
                                online=status is not None and status.online,
                                busy=self.running or self._probing is not None)
        if due is Due.PROBE:
            self.schedule.probe_started(time.monotonic())
            self._probing = sync_ops.probe_centre(self.context.runner, self.context.session) \
                .success(self._probed).failure(lambda _exc: self._probed(False)).run()
        elif due is Due.SYNC:
            self.sync(force=False, asked=False)

    def _probed(self, answered: bool) -> None:
        if not shiboken6.isValid(self):
            return
        self._probing = None
        due = self.schedule.probed(answered, self.status.last_error if self.status else None)
        if due is not Due.NOTHING:
            log.info("the centre answers again: syncing")
            self.sync(force=due is Due.SYNC_NOW, asked=False)

    # ----- a sync -----
    def sync(self, *, force: bool, asked: bool) -> bool:
        """Start one unless one runs (then a person asking is told its answer); True when one was started."""
        if self._running is not None:
            self._asked = self._asked or asked
            return False
        if not force and not (self.status is not None and self.status.enrolled):
            return False
        self._asked = asked
        self.progress = (0, 0)
        self.schedule.sync_started(time.monotonic())
        self._running = sync_ops.sync_now(self.context.runner, self.context.session, force=force,
                                          reference=self.context.reference) \
            .progress(self._progressed).success(self._done).failure(self._failed).cancelled(self._stopped).run()
        self.started.emit()
        return True

    def cancel(self) -> None:
        if self._running is not None:
            self._running.cancel()

    def _progressed(self, sent: int, waiting: int) -> None:
        if shiboken6.isValid(self) and self._running is not None:
            self.progress = (sent, waiting)
            self.progressed.emit(sent, waiting)

    def _done(self, summary: SyncSummary) -> None:
        if not self._end():
            return
        if summary.error == "backing_off":
            return  # a scheduled run that waited: nothing to say
        self._purge()
        if self._asked or summary.error or summary.held or summary.decisions_applied:
            self._say(sync_ops.summary_message(summary).text(self.context.language))

    def _purge(self) -> None:
        """What the centre now holds, or verified long enough ago, leaves the device (the store's thread)."""
        self._purging = retention_ops.purge_personal_data(self.context.runner, self.context.session,
                                                          self.context.reference) \
            .failure(lambda exc: log.warning("retention purge failed: %s", type(exc).__name__)).run()

    def _stopped(self) -> None:
        if not self._end():
            return
        # The engine's summary is not handed to a cancelled operation: the history has the run.
        sync_ops.sync_history(self.context.runner, self.context.session, limit=1) \
            .success(lambda runs: self._say(sync_ops.run_message(runs[0]).text(self.context.language))
                     if runs and shiboken6.isValid(self) else None).run()

    def _failed(self, error: BaseException) -> None:
        if self._end():
            self._say(error_text(error, self.context.language))
            self.refresh()

    def _end(self) -> bool:
        if not shiboken6.isValid(self):
            return False
        self._running = None
        self.finished.emit()
        return True

    def _say(self, text: str) -> None:
        self.context.signals.status_message.emit(text)

    def stop(self) -> None:
        self._timer.stop()
        if self._running is not None:
            self._running.cancel()
        if self._probing is not None:
            self._probing.cancel()
        if self._purging is not None:
            self._purging.cancel()

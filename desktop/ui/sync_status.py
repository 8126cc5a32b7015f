"""The status bar's sync part and the "Sync now" action: what waits, what is held back, the last sync, online.

Every figure is text (a screen reader reads it; nothing is said by colour).
While the device is enrolled it syncs by itself every few minutes (waiting out
the engine's backoff after failures) and whenever the officer asks.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QStatusBar, QWidget

from desktop.operations import sync_ops
from desktop.operations.runner import Changes, Operation
from desktop.operations.sync_ops import SyncStatus
from desktop.ui.a11y import announce
from desktop.ui.context import UiContext
from desktop.ui.messages_box import error_text
from sync.engine import SyncSummary

log = logging.getLogger("luring.ui")

AUTO_SYNC_MS = 5 * 60_000


class SyncStatusBar(QObject):
    def __init__(self, context: UiContext, window: QWidget, bar: QStatusBar) -> None:
        super().__init__(window)
        self.context, self.window = context, window
        self.waiting_label = self._label("waitingLabel")
        self.held_label = self._label("heldBackLabel")
        self.sync_label = self._label("syncLabel")
        self.online_label = self._label("onlineLabel")
        for label in (self.waiting_label, self.held_label, self.sync_label, self.online_label):
            separator = QFrame(window)
            separator.setFrameShape(QFrame.Shape.VLine)
            bar.addPermanentWidget(separator)
            bar.addPermanentWidget(label)
        self.action = QAction(self.tr("S&ync now"), window)
        self.action.setObjectName("syncNow")
        self.action.setShortcut(QKeySequence("F5"))
        self.action.setToolTip(self.tr("Send what waits and fetch the centre's decisions (F5)"))
        self.action.triggered.connect(lambda: self.sync(force=True))
        self._running: Operation[SyncSummary] | None = None
        self._enrolled = False
        self._timer = QTimer(self)
        self._timer.setInterval(AUTO_SYNC_MS)
        self._timer.timeout.connect(lambda: self.sync(force=False))
        self._timer.start()
        self.show(None)
        context.runner.changed.connect(self._changed)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self.window)
        label.setObjectName(name)
        return label

    def _changed(self, changes: Changes) -> None:
        if changes.records or changes.outbox:
            self.refresh()

    def refresh(self) -> None:
        sync_ops.sync_status(self.context.runner, self.context.session).success(self.show) \
            .failure(lambda exc: log.warning("sync status failed: %s", type(exc).__name__)).run()

    def show(self, status: SyncStatus | None) -> None:
        if not shiboken6.isValid(self.sync_label):
            return  # the answer came back after a lock closed the window
        unknown = "…"
        self._enrolled = status is not None and status.enrolled
        self._set(self.waiting_label, self.tr("Waiting to be sent: {count}").format(
            count=unknown if status is None else status.waiting))
        self._set(self.held_label, self.tr("Held back: {count}").format(
            count=unknown if status is None else status.quarantined))
        if status is None or status.last_success_at is None:
            self._set(self.sync_label, self.tr("Last sync: never"), self.tr("Last successful sync: never"))
        else:
            when = status.last_success_at.astimezone().strftime("%d-%m-%Y %H:%M")
            self._set(self.sync_label, self.tr("Last sync: {when}").format(when=when),
                      self.tr("Last successful sync: {when}").format(when=when))
        if status is not None and not status.enrolled:
            self._set(self.online_label, self.tr("Not enrolled"))
        elif status is not None and status.online:
            self._set(self.online_label, self.tr("Online"))
        else:
            self._set(self.online_label, self.tr("Offline"))

    @staticmethod
    def _set(label: QLabel, text: str, spoken: str | None = None) -> None:
        label.setText(text)
        label.setAccessibleName(spoken or text)

    def sync(self, *, force: bool) -> None:
        if self._running is not None or (not force and not self._enrolled):
            return
        self.action.setEnabled(False)
        if force:
            announce(self.window, self.tr("Syncing with the centre…"))
        self._running = sync_ops.sync_now(self.context.runner, self.context.session, force=force,
                                          reference=self.context.reference) \
            .success(lambda summary: self._done(summary, force)).failure(self._failed).run()

    def _done(self, summary: SyncSummary, asked: bool) -> None:
        self._running = None
        if not shiboken6.isValid(self.sync_label):
            return
        self.action.setEnabled(True)
        if summary.error == "backing_off":
            return  # a scheduled run that waited: nothing to say
        if asked or summary.error or summary.held or summary.decisions_applied:
            self.context.signals.status_message.emit(sync_ops.summary_message(summary).text(self.context.language))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._running = None
        if shiboken6.isValid(self.sync_label):
            self.action.setEnabled(True)
            self.context.signals.status_message.emit(error_text(error, self.context.language))

    def stop(self) -> None:
        self._timer.stop()
        if self._running is not None:
            self._running.cancel()

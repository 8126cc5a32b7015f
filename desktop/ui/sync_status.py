"""The status bar's sync part and the "Sync now" action: what waits, what is held back, the last sync, online.

Every figure is text (a screen reader reads it; nothing is said by colour).
Syncs themselves - asked for, or by themselves when the centre answers and
every few minutes while it does - are the `SyncController`'s.
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QStatusBar, QWidget

from desktop.operations.sync_ops import SyncStatus
from desktop.ui.a11y import announce
from desktop.ui.context import UiContext
from desktop.ui.sync_control import SyncController


def local_time(when: dt.datetime) -> str:
    return when.astimezone().strftime("%d-%m-%Y %H:%M")


class SyncStatusBar(QObject):
    def __init__(self, context: UiContext, window: QWidget, bar: QStatusBar, control: SyncController) -> None:
        super().__init__(window)
        self.context, self.window, self.control = context, window, control
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
        self.action.triggered.connect(self.sync)
        self.show(None)
        control.status_changed.connect(self.show)
        control.started.connect(lambda: self.action.setEnabled(False))
        control.finished.connect(lambda: self.action.setEnabled(True))

    def _label(self, name: str) -> QLabel:
        label = QLabel(self.window)
        label.setObjectName(name)
        return label

    def refresh(self) -> None:
        self.control.refresh()

    def show(self, status: SyncStatus | None) -> None:
        if not shiboken6.isValid(self.sync_label):
            return  # the answer came back after a lock closed the window
        unknown = "…"
        self._set(self.waiting_label, self.tr("Waiting to be sent: {count}").format(
            count=unknown if status is None else status.waiting))
        self._set(self.held_label, self.tr("Held back: {count}").format(
            count=unknown if status is None else status.quarantined))
        if status is None or status.last_success_at is None:
            self._set(self.sync_label, self.tr("Last sync: never"), self.tr("Last successful sync: never"))
        else:
            when = local_time(status.last_success_at)
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

    def sync(self) -> None:
        """F5: start a sync, or (one already runs) have its answer said when it ends."""
        if self.control.sync(force=True, asked=True):
            announce(self.window, self.tr("Syncing with the centre…"))

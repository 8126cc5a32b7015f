"""The sync panel: what waits and whether the centre is reachable, how far the device is from its offline
limits, a sync's progress, and the last syncs.

It starts nothing of its own: "Sync now" and "Stop" go to the one
`SyncController`, so a sync already running (from the timer or F5) is the one
shown here, never a second one. Every state is said in words (the progress
bar has a line of text beside it), and the last syncs say what happened and
what to do, in the officer's language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import retention_ops, sync_ops
from desktop.operations.retention_ops import RetentionStatus
from desktop.operations.runner import Changes
from desktop.operations.sync_ops import SyncStatus
from desktop.store.sync_history import SyncRun
from desktop.ui.a11y import announce, say
from desktop.ui.context import UiContext
from desktop.ui.limits_section import LimitsSection
from desktop.ui.limits_status import OfflineLimitsStatus
from desktop.ui.sync_control import SyncController
from desktop.ui.sync_runs_model import SyncRunsModel
from desktop.ui.sync_status import local_time


class SyncPanel(QDialog):
    def __init__(self, context: UiContext, control: SyncController, limits: OfflineLimitsStatus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self.setWindowTitle(self.tr("Sync with the centre"))
        self.context, self.control, self.limits = context, control, limits
        heading = QLabel(self.tr("Sync with the centre"), self)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        self.waiting = self._line("panelWaiting")
        self.held = self._line("panelHeldBack")
        self.last_success = self._line("panelLastSuccess")
        self.connection = self._line("panelConnection")
        self.limits_section = LimitsSection(context.language, self)
        self.retention = self._line("panelRetention")  # supervisors': how long personal data stays, the last purge
        self.retention.setVisible(context.is_supervisor)
        self.state = self._line("syncState")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("syncProgress")
        self.bar.setAccessibleName(self.tr("Sync progress"))
        self.bar.setTextVisible(False)  # the state line beside it says the same in words
        self.sync_button = QPushButton(self.tr("&Sync now"), self)
        self.sync_button.setObjectName("panelSyncNow")
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton(self.tr("S&top sync"), self)
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.setToolTip(self.tr("Stops after the batch being sent; nothing is lost"))
        self.cancel_button.clicked.connect(self.cancel)
        self.runs = SyncRunsModel(context.language)
        self.history = QListView(self)
        self.history.setObjectName("syncHistory")
        self.history.setModel(self.runs)
        self.history.setWordWrap(True)
        self.history.setUniformItemSizes(False)
        self.history.setSpacing(4)  # wrapped runs would otherwise read as one paragraph
        self.history.setAlternatingRowColors(True)
        self.history.setResizeMode(QListView.ResizeMode.Adjust)
        self.history.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.history.setAccessibleName(self.tr("Last syncs"))
        history_label = QLabel(self.tr("&Last syncs"), self)
        history_label.setBuddy(self.history)
        self.empty = self._line("noSyncsYet")
        self.empty.setText(self.tr("No sync has run on this device yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)

        actions = QHBoxLayout()
        actions.addWidget(self.sync_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        for line in (self.waiting, self.held, self.last_success, self.connection, self.retention):
            layout.addWidget(line)
        layout.addWidget(self.limits_section)
        layout.addSpacing(8)
        layout.addWidget(self.state)
        layout.addWidget(self.bar)
        layout.addLayout(actions)
        layout.addSpacing(8)
        layout.addWidget(history_label)
        layout.addWidget(self.empty)
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.sync_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.history)
        self.setTabOrder(self.history, self.close_button)
        # Room for a line of the history, but never past the screen (200 % text on a small laptop): lines wrap.
        em, line_height = self.fontMetrics().horizontalAdvance("m"), self.fontMetrics().height()
        screen = self.screen().availableGeometry()
        self.resize(min(max(46 * em, 420), int(screen.width() * 0.9)),
                    min(max(34 * line_height, 480), int(screen.height() * 0.9)))

        control.status_changed.connect(self.show_status)
        control.started.connect(self._started)
        control.progressed.connect(self._progressed)
        control.finished.connect(self._finished)
        self.show_status(control.status)
        limits.evaluated.connect(self.limits_section.show_evaluation)
        self.limits_section.show_evaluation(limits.evaluation)
        self._show_running()
        context.runner.changed.connect(self._changed)

    def _line(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.control.refresh()
        self.limits.refresh()
        self.load_history()
        self.load_retention()

    # ----- what it shows -----
    def show_status(self, status: SyncStatus | None) -> None:
        unknown = "…"
        say(self.waiting, self.tr("Waiting to be sent: {count}").format(
            count=unknown if status is None else status.waiting))
        say(self.held, self.tr("Held back for a supervisor: {count}").format(
            count=unknown if status is None else status.quarantined))
        if status is None or status.last_success_at is None:
            say(self.last_success, self.tr("Last successful sync: never"))
        else:
            say(self.last_success, self.tr("Last successful sync: {when}").format(
                when=local_time(status.last_success_at)))
        if status is not None and not status.enrolled:
            connection = self.tr("Connection: this device is not enrolled with the centre yet")
        elif status is not None and status.online:
            connection = self.tr("Connection: online (the centre answered at the last sync)")
        else:
            connection = self.tr("Connection: offline (sync starts by itself when the centre answers)")
        say(self.connection, connection)

    def _changed(self, changes: Changes) -> None:
        if changes.records and self.isVisible():  # a purge that removed something: its counts are new
            self.load_retention()

    def load_retention(self) -> None:
        if self.context.is_supervisor:
            retention_ops.retention_status(self.context.runner, self.context.session, self.context.reference) \
                .success(self.show_retention).run()

    def show_retention(self, status: RetentionStatus) -> None:
        policy, last = status.policy, status.last_purge
        text = self.tr("Personal data stays {days} days after the centre verifies a record; KTP photos and "
                       "selfies until the centre holds them; untouched drafts {drafts} days.").format(
            days=policy.verified_personal_data_days, drafts=policy.abandoned_draft_days)
        if last is None:
            text += " " + self.tr("Last removal: not yet.")
        else:
            text += " " + self.tr("Last removal: {when} ({records} records, {documents} photos, {drafts} drafts)."
                                  ).format(when=local_time(last.at), records=last.records,
                                           documents=last.documents, drafts=last.drafts)
        say(self.retention, text)

    def load_history(self) -> None:
        sync_ops.sync_history(self.context.runner, self.context.session).success(self._show_history).run()

    def _show_history(self, runs: list[SyncRun]) -> None:
        self.runs.set_runs(runs)
        self.empty.setVisible(not runs)

    def _show_running(self) -> None:
        running = self.control.running
        # Enabled before the other is disabled, so a focus on the one disabled moves to it.
        if running:
            self.cancel_button.setEnabled(True)
            self.sync_button.setEnabled(False)
        else:
            self.sync_button.setEnabled(True)
            if self.cancel_button.hasFocus():
                self.sync_button.setFocus()
            self.cancel_button.setEnabled(False)
        self.bar.setVisible(running)
        if running:
            self._progressed(*self.control.progress)
        else:
            say(self.state, self.tr("No sync is running."))

    # ----- a sync -----
    def sync_now(self) -> None:
        self.control.sync(force=True, asked=True)

    def cancel(self) -> None:
        self.control.cancel()
        self.cancel_button.setEnabled(False)
        say(self.state, self.tr("Stopping after the batch being sent…"))
        announce(self.state, self.state.text())

    def _started(self) -> None:
        self._show_running()
        announce(self.state, self.tr("Sync started."))

    def _progressed(self, sent: int, waiting: int) -> None:
        if not self.cancel_button.isEnabled() and self.control.running:
            return  # stopping: the line says so
        self.bar.setRange(0, max(waiting, 1))
        self.bar.setValue(min(sent, max(waiting, 1)))
        say(self.state, self.tr("Syncing: {sent} of {waiting} sent…").format(sent=sent, waiting=waiting))

    def _finished(self) -> None:
        self._show_running()
        self.load_history()

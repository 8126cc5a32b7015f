"""The main window: menu, toolbar, status bar, and a central area for the records list and the wizard.

Which window comes after which (wizard, saved record, correction) is the
coordinator's (`record_windows.RecordWindows`); the status bar follows the
runner's change broadcast.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QSizePolicy, QStackedWidget, QToolBar, QWidget

from desktop.store.records import RecordSummary
from desktop.ui.a11y import announce
from desktop.ui.audit_dialog import AuditDialog
from desktop.ui.context import UiContext
from desktop.ui.dashboard import Dashboard
from desktop.ui.handover_dialog import HandoverDialog, HandoverMode
from desktop.ui.limits_status import OfflineLimitsStatus
from desktop.ui.record_windows import RecordWindows
from desktop.ui.records_view import RecordsView
from desktop.ui.report_dialog import ReportDialog
from desktop.ui.sync_control import SyncController
from desktop.ui.sync_panel import SyncPanel
from desktop.ui.sync_status import SyncStatusBar
from desktop.ui.wizard.registration_wizard import RegistrationWizard
from desktop.ui.worklist_dialog import WorklistDialog

log = logging.getLogger("luring.ui")

STATUS_REFRESH_MS = 30_000


class MainWindow(QMainWindow):
    lock_requested = Signal()
    switch_user_requested = Signal()
    settings_requested = Signal()
    accounts_requested = Signal()
    enrol_requested = Signal()
    quit_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Luring — offline Kartu Prakerja registration"))
        self._quitting = False
        self._stack = QStackedWidget(self)
        self._stack.setObjectName("centralStack")
        self.setCentralWidget(self._stack)
        self._fit_to_screen()
        self.home = RecordsView(context, self)
        self._stack.addWidget(self.home)
        self.dashboard = Dashboard(context, self) if context.is_supervisor else None
        self.windows = RecordWindows(context, self, self._stack, self.home)
        self.home.record_requested.connect(self.open_record)
        self.home.draft_requested.connect(self.open_wizard)
        self._make_status_bar()
        self._make_actions()
        self._make_menus_and_toolbar()
        self.limits.hold(self.new_action, self.toolbar)
        self.home.add_notice(self.limits.banner)
        context.signals.status_message.connect(self.show_note)  # bound: disconnected when this window is deleted
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        self.refresh_status()
        if self.dashboard is not None:
            self._show_dashboard_first(self.dashboard)

    # ----- building -----
    @property
    def wizard(self) -> RegistrationWizard | None:
        """The registration open in this window, if any."""
        return self.windows.wizard

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: Callable[[], None], name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # Toolbar buttons show the shortcut in their tooltip; menus show it themselves.
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({native})")
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(self.tr("&New registration"), "Ctrl+N", lambda: self.open_wizard(None),
                                       "newRegistration")
        self.find_action = self._action(self.tr("&Find"), "Ctrl+F", self.focus_find, "find")
        self.home_action = self._action(self.tr("&Records"), "Ctrl+1", self.show_home, "records")
        self.dashboard_action = self._action(self.tr("&Dashboard"), "Ctrl+D", self.show_dashboard, "dashboard")
        self.dashboard_action.setVisible(self.context.is_supervisor)
        self.worklist_action = self._action(self.tr("Records to &correct…"), None, self.open_worklist, "worklist")
        self.settings_action = self._action(self.tr("&Settings…"), "Ctrl+,", self.settings_requested.emit,
                                            "settings")
        self.accounts_action = self._action(self.tr("&Accounts…"), None, self.accounts_requested.emit, "accounts")
        self.accounts_action.setVisible(self.context.is_supervisor)
        self.enrol_action = self._action(self.tr("&Enrol with the centre…"), None, self.enrol_requested.emit,
                                         "enrol")
        self.enrol_action.setVisible(self.context.is_supervisor)
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock_requested.emit, "lock")
        self.switch_action = self._action(self.tr("S&witch user"), "Ctrl+Shift+L", self.switch_user_requested.emit,
                                          "switchUser")
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self._request_quit, "quit")
        self.sync_action = self.sync_status.action
        self.sync_panel_action = self._action(self.tr("Sync &panel…"), "Ctrl+Shift+Y", self.open_sync_panel,
                                              "syncPanel")
        self.export_action = self._action(self.tr("E&xport for USB…"), None,
                                          lambda: self.open_handover(HandoverMode.EXPORT), "exportForUsb")
        self.receipt_action = self._action(self.tr("Import &receipt…"), None,
                                           lambda: self.open_handover(HandoverMode.RECEIPT), "importReceipt")
        self.report_action = self._action(self.tr("Sync rep&ort…"), None, self.open_report, "syncReport")
        self.report_action.setVisible(self.context.is_supervisor)
        self.audit_action = self._action(self.tr("Au&dit log…"), None, self.open_audit_log, "auditLog")
        self.audit_action.setVisible(self.context.is_supervisor)

    def _make_menus_and_toolbar(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        for action in (self.new_action, self.find_action, self.home_action, self.dashboard_action,
                       self.worklist_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        tools_menu = menu_bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.sync_action)
        tools_menu.addAction(self.sync_panel_action)
        tools_menu.addAction(self.export_action)
        tools_menu.addAction(self.receipt_action)
        tools_menu.addAction(self.report_action)
        tools_menu.addAction(self.audit_action)
        tools_menu.addAction(self.settings_action)
        tools_menu.addAction(self.accounts_action)
        tools_menu.addAction(self.enrol_action)
        session_menu = menu_bar.addMenu(self.tr("S&ession"))
        session_menu.addAction(self.lock_action)
        session_menu.addAction(self.switch_action)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.find_action, self.home_action, self.sync_action, self.settings_action,
                       self.accounts_action, self.lock_action, self.switch_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        account = self.context.session.account
        office = self.context.office
        # Short texts so all three fit at 200 %; screen readers get the full sentence.
        self.officer_label = QLabel(f"{account.display_name} · {office.office_name}", self)
        self.officer_label.setObjectName("officerLabel")
        self.officer_label.setAccessibleName(
            self.tr("Officer: {name} · Office: {office}").format(name=account.display_name,
                                                                 office=office.office_name))
        self.officer_label.setToolTip(self.officer_label.accessibleName())
        self.officer_label.setMinimumWidth(0)
        self.officer_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.officer_label, 1)
        self.sync = SyncController(self.context, self)
        self.sync_status = SyncStatusBar(self.context, self, bar, self.sync)
        self.limits = OfflineLimitsStatus(self.context, self, bar)
        self.sync_panel: SyncPanel | None = None
        self.handover_dialog: HandoverDialog | None = None
        self.report_dialog: ReportDialog | None = None
        self.worklist_dialog: WorklistDialog | None = None
        self.audit_dialog: AuditDialog | None = None

    # ----- behaviour -----
    def refresh_status(self) -> None:
        self.sync.refresh()
        self.limits.refresh()  # ages grow while nothing changes

    def open_sync_panel(self) -> None:
        if self.sync_panel is None:
            self.sync_panel = SyncPanel(self.context, self.sync, self.limits, self)
        self.sync_panel.show()
        self.sync_panel.raise_()
        self.sync_panel.activateWindow()
        self.sync_panel.sync_button.setFocus()

    def open_handover(self, mode: HandoverMode) -> None:
        self.handover_dialog = _present(HandoverDialog(self.context, mode, self), lambda d: d.path)

    def open_report(self) -> None:
        if not self.context.is_supervisor:  # the action is hidden from officers; the store refuses them too
            return
        self.report_dialog = _present(ReportDialog(self.context, self), lambda d: d.first)

    def open_worklist(self) -> None:
        worklist = _present(WorklistDialog(self.context, self), lambda d: d.list)
        worklist.record_requested.connect(
            lambda summary: self.windows.open_record(summary.record_id, summary=summary, over=worklist))
        self.worklist_dialog = worklist

    def open_audit_log(self) -> None:
        if not self.context.is_supervisor:  # hidden from officers; the store refuses them too
            return
        self.audit_dialog = _present(AuditDialog(self.context, self), lambda d: d.entries)

    def _show_dashboard_first(self, dashboard: Dashboard) -> None:
        self._stack.addWidget(dashboard)
        dashboard.worklist_requested.connect(self.open_worklist)
        dashboard.report_requested.connect(self.open_report)
        dashboard.audit_requested.connect(self.open_audit_log)
        self.sync.status_changed.connect(dashboard.show_sync_status)
        self.limits.evaluated.connect(dashboard.limits_section.show_evaluation)
        dashboard.limits_section.show_evaluation(self.limits.evaluation)
        if self.sync.status is not None:
            dashboard.show_sync_status(self.sync.status)
        self.show_dashboard()

    def show_dashboard(self) -> None:
        if self.dashboard is not None:
            self._stack.setCurrentWidget(self.dashboard)
            self.dashboard.focus_first()

    def show_note(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)
        announce(self, text)

    def show_home(self) -> None:
        self._stack.setCurrentWidget(self.home)

    def focus_find(self) -> None:
        self.show_home()
        self.home.focus_search()

    def _fit_to_screen(self) -> None:
        # Without a window manager (kiosk PCs, Xvfb) nothing else gives the window a usable size.
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(int(screen.width() * 0.85), int(screen.height() * 0.85))

    def open_wizard(self, draft_id: uuid.UUID | None = None) -> None:
        if draft_id is None and self.limits.stopped:  # a draft may still be finished (and saved as a draft)
            self.limits.explain()
            return
        self.windows.new_registration(draft_id)

    def open_record(self, summary: RecordSummary) -> None:
        self.windows.open_record(summary.record_id, summary=summary)

    def _request_quit(self) -> None:
        self.quit_requested.emit()

    def discard(self) -> None:
        """Close without asking and free every widget that held personal data."""
        self._quitting = True
        self._status_timer.stop()
        self.sync.stop()
        self.windows.close_all()
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._quitting:
            event.accept()
            return
        # The window's close button means quit the application (after the shell cleans up).
        event.ignore()
        self.quit_requested.emit()


D = TypeVar("D", bound=QDialog)


def _present(dialog: D, first_field: Callable[[D], QWidget]) -> D:
    """Show a non-modal dialog in front, its first field focused; it is deleted once closed."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    first_field(dialog).setFocus()
    return dialog

"""The main window: menu, toolbar, status bar, and a central area for the records list and the wizard.

The records list (`records_view.RecordsView`) and the registration wizard
(`wizard.RegistrationWizard`) belong to another area; they are imported lazily
so the shell runs (with a placeholder) before they exist.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.a11y import announce
from desktop.ui.context import UiContext, is_supervisor

log = logging.getLogger("luring.ui")

# Outbox states that still wait for the centre; anything else is done or a draft.
WAITING_STATES = ("ready", "pending", "sending", "retry", "failed", "quarantined")
STATUS_REFRESH_MS = 30_000


def waiting_count(counts: dict[str, int]) -> int:
    return sum(count for state, count in counts.items() if state in WAITING_STATES)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    switch_user_requested = Signal()
    settings_requested = Signal()
    accounts_requested = Signal()
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
        self.home = self._make_home()
        self._stack.addWidget(self.home)
        self.wizard: QWidget | None = None
        self._make_actions()
        self._make_menus_and_toolbar()
        self._make_status_bar()
        context.signals.records_changed.connect(self.refresh_status)
        context.signals.status_message.connect(self.show_note)  # a bound method: disconnected when deleted
        if hasattr(context.signals, "open_draft"):
            context.signals.open_draft.connect(self.open_wizard)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        self.refresh_status()

    # ----- building -----
    def _make_home(self) -> QWidget:
        try:
            from desktop.ui.records_view import RecordsView
        except ImportError:
            return self._placeholder(self.tr("The records list is not available in this build."))
        view: QWidget = RecordsView(self.context, self)
        return view

    def _placeholder(self, text: str) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        label = QLabel(text, page)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        return page

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: Any, name: str) -> QAction:
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
        self.settings_action = self._action(self.tr("&Settings…"), "Ctrl+,", self.settings_requested.emit,
                                            "settings")
        self.accounts_action = self._action(self.tr("&Accounts…"), None, self.accounts_requested.emit, "accounts")
        self.accounts_action.setVisible(is_supervisor(self.context.session.account))
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock_requested.emit, "lock")
        self.switch_action = self._action(self.tr("S&witch user"), "Ctrl+Shift+L", self.switch_user_requested.emit,
                                          "switchUser")
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self._request_quit, "quit")

    def _make_menus_and_toolbar(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        for action in (self.new_action, self.find_action, self.home_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        tools_menu = menu_bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.settings_action)
        tools_menu.addAction(self.accounts_action)
        session_menu = menu_bar.addMenu(self.tr("S&ession"))
        session_menu.addAction(self.lock_action)
        session_menu.addAction(self.switch_action)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.find_action, self.home_action, self.settings_action,
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
        self.waiting_label = QLabel(self)
        self.waiting_label.setObjectName("waitingLabel")
        self.sync_label = QLabel(self.tr("Last sync: never"), self)
        self.sync_label.setObjectName("syncLabel")
        self.sync_label.setAccessibleName(self.tr("Last successful sync: never"))
        bar.addWidget(self.officer_label, 1)
        for label in (self.waiting_label, self.sync_label):
            separator = QFrame(self)
            separator.setFrameShape(QFrame.Shape.VLine)
            bar.addPermanentWidget(separator)
            bar.addPermanentWidget(label)
        self._show_waiting(None)

    # ----- behaviour -----
    def refresh_status(self) -> None:
        self.context.operation(lambda session: session.outbox_counts()) \
            .success(lambda counts: self._show_waiting(waiting_count(counts))) \
            .failure(lambda exc: log.warning("outbox count failed: %s", type(exc).__name__)) \
            .run()

    def _show_waiting(self, count: int | None) -> None:
        if not shiboken6.isValid(self.waiting_label):
            return  # the answer came back after a lock closed this window
        text = self.tr("Waiting to be sent: {count}").format(count="…" if count is None else count)
        self.waiting_label.setText(text)
        self.waiting_label.setAccessibleName(text)

    def show_note(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)
        announce(self, text)

    def show_home(self) -> None:
        self._stack.setCurrentWidget(self.home)

    def focus_find(self) -> None:
        self.show_home()
        focus_search = getattr(self.home, "focus_search", None)
        if callable(focus_search):
            focus_search()

    def _fit_to_screen(self) -> None:
        # Without a window manager (kiosk PCs, Xvfb) nothing else gives the window a usable size.
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(int(screen.width() * 0.85), int(screen.height() * 0.85))

    def open_wizard(self, draft_id: uuid.UUID | None = None) -> None:
        if self.wizard is not None:
            # One registration at a time: bring the open one forward.
            self._show_wizard(self.wizard)
            return
        try:
            from desktop.ui.wizard import RegistrationWizard
        except ImportError:
            self.wizard = self._placeholder(self.tr("The registration wizard is not available in this build."))
        else:
            self.wizard = RegistrationWizard(self.context, self, draft_id=draft_id)
        wizard = self.wizard
        finished = getattr(wizard, "finished", None)
        if finished is not None:
            finished.connect(self._wizard_closed)
        wizard.destroyed.connect(self._wizard_destroyed)
        self._show_wizard(wizard)

    def _show_wizard(self, wizard: QWidget) -> None:
        if isinstance(wizard, QDialog):
            wizard.show()
            wizard.raise_()
            wizard.activateWindow()
        else:
            if self._stack.indexOf(wizard) < 0:
                self._stack.addWidget(wizard)
            self._stack.setCurrentWidget(wizard)
            wizard.setFocus()

    def _wizard_closed(self, *_args: Any) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            self._stack.removeWidget(wizard)
            wizard.deleteLater()
        self.show_home()
        self.context.signals.records_changed.emit()

    def _wizard_destroyed(self, *_args: Any) -> None:
        self.wizard = None

    def _request_quit(self) -> None:
        self.quit_requested.emit()

    def discard(self) -> None:
        """Close without asking and free every widget that held personal data."""
        self._quitting = True
        self._status_timer.stop()
        if self.wizard is not None and isinstance(self.wizard, QDialog):
            self.wizard.close()
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._quitting:
            event.accept()
            return
        # The window's close button means quit the application (after the shell cleans up).
        event.ignore()
        self.quit_requested.emit()

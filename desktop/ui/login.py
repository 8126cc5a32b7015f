"""Log in offline as one of the device's accounts (its dialogs, in login_dialogs, load when opened)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore  # `QtCore.Qt` named at use, after the first paint (see a11y.py)
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import Language
from desktop.operations import session_ops
from desktop.operations.runner import OperationRunner
from desktop.store.accounts import Account
from desktop.store.device import Device
from desktop.store.errors import KeySlotsUnreadable, LockedOut, StoreUnreadable
from desktop.ui.a11y import MIN_TARGET_PX, add_row, announce, error_label, set_error
from desktop.ui.login_fields import lockout_text, password_field
from desktop.ui.messages_box import error_text

if TYPE_CHECKING:  # the database engine loads at log-in, not before the log-in window
    from desktop.store.session import Session
    from desktop.ui.login_dialogs import ChangePasswordDialog, RecoveryKeyDialog


class LoginWindow(QWidget):
    logged_in = Signal(object)  # Session
    unreadable = Signal(object)  # StoreUnreadable & co.: the shell refuses to go on
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, runner: OperationRunner, device: Device, accounts: list[Account], office_name: str,
                 language: Language, preselect: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginWindow")
        self.setWindowTitle(self.tr("Luring — log in"))
        self.runner, self.device, self.language = runner, device, language
        self._lock_seconds = 0
        self._dismissed = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        title = QLabel(self.tr("Log in"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        office = QLabel(self.tr("Office: {office}").format(office=office_name), self)
        office.setWordWrap(True)

        self.accounts_list = QListWidget(self)
        self.accounts_list.setObjectName("accountsList")
        self.usernames = [account.username for account in accounts]  # row by row, as the list shows them
        for row, account in enumerate(accounts):
            self.accounts_list.addItem(account.display_name)  # by text: an item made by hand sets up QIcon first
            if account.username == preselect:
                self.accounts_list.setCurrentRow(row)
        if self.accounts_list.currentRow() < 0 and self.accounts_list.count():
            self.accounts_list.setCurrentRow(0)
        # Up to eight names tall, measured in rows as the theme draws them (they grow with the text size).
        rows = max(3, min(8, self.accounts_list.count()))
        self.accounts_list.ensurePolished()  # the theme's row height applies once the style sheet is in
        row_height = max(self.accounts_list.sizeHintForRow(0), self.accounts_list.fontMetrics().lineSpacing(),
                         MIN_TARGET_PX)
        self.accounts_list.setMaximumHeight(row_height * rows + row_height // 2 + 2 * self.accounts_list.frameWidth())
        self.password = password_field(self)
        self.password.setObjectName("passwordField")
        self.password.returnPressed.connect(self.submit)
        self.accounts_list.itemActivated.connect(lambda _item: self.password.setFocus())
        self.error = error_label(self, "loginError")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        add_row(form, self.tr("&Who are you?"), self.accounts_list,
                self.tr("Choose your name with the arrow keys, then press Enter"))
        add_row(form, self.tr("&Password"), self.password)

        self.login_button = _button(self, self.tr("Log &in"), "loginButton")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.submit)
        self.recovery_button = _button(self, self.tr("Use &recovery key…"), "recoveryButton")
        self.recovery_button.setAccessibleDescription(self.tr("For supervisors who forgot their password"))
        self.recovery_button.clicked.connect(self.open_recovery)
        self.settings_button = _button(self, self.tr("&Settings…"), "settingsButton")
        self.settings_button.clicked.connect(self.settings_requested.emit)
        self.quit_button = _button(self, self.tr("&Quit"), "quitButton")
        self.quit_button.clicked.connect(self.quit_requested.emit)
        buttons = QHBoxLayout()
        for button in (self.login_button, self.recovery_button, self.settings_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(office)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        for first, second in ((self.accounts_list, self.password), (self.password, self.login_button),
                              (self.login_button, self.recovery_button), (self.recovery_button, self.settings_button),
                              (self.settings_button, self.quit_button)):
            QWidget.setTabOrder(first, second)
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.change_dialog: ChangePasswordDialog | None = None
        (self.password if preselect else self.accounts_list).setFocus()

    def dismiss(self) -> None:
        """Close because the shell moves on (logged in, re-created); not a request to quit."""
        self._dismissed = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the log-in window any other way (its close button, Alt+F4) quits: nothing else is open.
        if not self._dismissed:
            self.quit_requested.emit()
        super().closeEvent(event)

    def selected_username(self) -> str | None:
        row = self.accounts_list.currentRow()
        return self.usernames[row] if 0 <= row < len(self.usernames) else None

    def _busy(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy and self._lock_seconds <= 0)
        for widget in (self.recovery_button, self.password, self.accounts_list):
            widget.setEnabled(not busy)
        self.setCursor(QtCore.Qt.CursorShape.BusyCursor if busy else QtCore.Qt.CursorShape.ArrowCursor)

    def submit(self) -> None:
        username = self.selected_username()
        if username is None:
            set_error(self.error, self.tr("Choose your name in the list first."))
            self.accounts_list.setFocus()
            return
        if self._lock_seconds > 0 or not self.login_button.isEnabled():
            return
        password = self.password.text()
        self._busy(True)
        set_error(self.error, "")
        announce(self, self.tr("Checking the password…"))
        session_ops.log_in(self.runner, self.device, username, password) \
            .success(lambda session: self._logged_in(session, password)) \
            .failure(self._failed).run()

    def _logged_in(self, session: Session, password: str) -> None:
        self._busy(False)
        self.password.clear()
        if session.account.must_change_password:
            from desktop.ui.login_dialogs import ChangePasswordDialog

            self.change_dialog = ChangePasswordDialog(self.runner, session, self.language, old_password=password,
                                                      parent=self)
            self.change_dialog.changed.connect(lambda: self.logged_in.emit(session))
            self.change_dialog.rejected.connect(lambda: session_ops.close_session(self.runner, session).run())
            self.change_dialog.open()
            return
        self.logged_in.emit(session)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, LockedOut):
            self.start_lockout(error.seconds)
            return
        if isinstance(error, StoreUnreadable | KeySlotsUnreadable):
            self.unreadable.emit(error)
            return
        set_error(self.error, error_text(error, self.language))

    def start_lockout(self, seconds: int) -> None:
        self._lock_seconds = max(1, int(seconds))
        self._show_lockout()
        self._busy(False)
        self._countdown.start()

    def _show_lockout(self) -> None:
        set_error(self.error, lockout_text(self._lock_seconds, self.language))

    def _tick(self) -> None:
        self._lock_seconds -= 1
        if self._lock_seconds > 0:
            self.error.setText(lockout_text(self._lock_seconds, self.language))
            self.error.setAccessibleName(self.error.text())
            return
        self._countdown.stop()
        set_error(self.error, self.tr("You can try again now."))
        self._busy(False)
        self.password.setFocus()

    def open_recovery(self) -> None:
        from desktop.ui.login_dialogs import RecoveryKeyDialog

        self.recovery_dialog = RecoveryKeyDialog(self.runner, self.device, self.language, self)
        self.recovery_dialog.logged_in.connect(self.logged_in.emit)
        self.recovery_dialog.unreadable.connect(self.unreadable.emit)
        self.recovery_dialog.open()


def _button(parent: QWidget, text: str, name: str) -> QPushButton:
    """Made by parent, then given its text: Qt's (text, parent) form makes Python set up QIcon first."""
    button = QPushButton(parent)
    button.setText(text)
    button.setObjectName(name)
    return button

"""Supervisor's accounts dialog: list, add an officer, reset a password (which also brings a deactivated account
back), deactivate, remove."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.passwords import MIN_PASSWORD_CHARS
from desktop.operations import session_ops
from desktop.operations.runner import Changes, Operation
from desktop.store.accounts import Account, Role
from desktop.ui.a11y import add_row, announce, error_label, set_error
from desktop.ui.context import UiContext
from desktop.ui.login_fields import password_field, password_problem
from desktop.ui.messages_box import ask, error_text

USERNAME_ROLE = Qt.ItemDataRole.UserRole


class AccountsDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts on this device"))
        self.context = context
        self.inactive: set[str] = set()  # deactivated usernames
        self.list = QListWidget(self)
        self.list.setObjectName("accountList")
        self.error = error_label(self, "accountsError")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        add_row(form, self.tr("Acc&ounts"), self.list)
        self.add_button = QPushButton(self.tr("&Add officer…"), self)
        self.add_button.setObjectName("addOfficerButton")
        self.reset_button = QPushButton(self.tr("&Reset password…"), self)
        self.reset_button.setObjectName("resetPasswordButton")
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"), self)
        self.deactivate_button.setObjectName("deactivateAccountButton")
        self.deactivate_button.setAccessibleDescription(self.tr(
            "The account stays in the lists but cannot log in; Reset password brings it back"))
        self.remove_button = QPushButton(self.tr("Re&move…"), self)
        self.remove_button.setObjectName("removeAccountButton")
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setObjectName("closeButton")
        self.add_button.clicked.connect(self.open_add)
        self.reset_button.clicked.connect(self.confirm_reset)
        self.deactivate_button.clicked.connect(self.confirm_deactivate)
        self.remove_button.clicked.connect(self.confirm_remove)
        self.list.currentItemChanged.connect(self._selection_changed)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.deactivate_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        context.runner.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.accounts:
            self.refresh()

    def refresh(self) -> None:
        session_ops.session_accounts(self.context.runner, self.context.session).success(self._show_accounts) \
            .failure(self._failed).run()

    def _show_accounts(self, accounts: list[Account]) -> None:
        if not shiboken6.isValid(self.list):
            return  # the answer came back after a lock closed this dialog
        self.list.clear()
        self.inactive = {account.username for account in accounts if not account.active}
        for account in accounts:
            role = self.tr("supervisor") if account.is_supervisor else self.tr("officer")
            text = f"{account.display_name} ({account.username}) — {role}"
            if not account.active:  # in words, not by a greyed colour alone
                text += " · " + self.tr("deactivated, cannot log in")
            item = QListWidgetItem(text, self.list)
            item.setData(USERNAME_ROLE, account.username)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._selection_changed()

    def _selection_changed(self, *_items: object) -> None:
        username = self.selected()
        self.deactivate_button.setEnabled(username is not None and username not in self.inactive
                                          and username != self.context.session.account.username)

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(USERNAME_ROLE))

    def _failed(self, error: BaseException) -> None:
        set_error(self.error, error_text(error, self.context.language))

    def _confirm(self, text: str, on_yes: Callable[[], None]) -> QMessageBox:
        return ask(self, self.windowTitle(), text, self.tr("Yes, continue"), self.tr("Cancel"), on_yes)

    # ----- add -----
    def open_add(self) -> None:
        dialog = AddOfficerDialog(self.context, self)  # the list refreshes from the change it makes
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ----- reset -----
    def confirm_reset(self) -> None:
        username = self.selected()
        if username is None:
            return
        if username in self.inactive:
            text = self.tr("Bring {user} back? The account gets a one-time code and can log in again; they must "
                           "choose a new password when they next log in.")
        else:
            text = self.tr("Reset the password of {user}? They will get a one-time code and must choose a new "
                           "password when they next log in.")
        self._confirm(text.format(user=username), lambda: self._reset(username))

    def _reset(self, username: str) -> None:
        session_ops.reset_password(self.context.runner, self.context.session, username) \
            .success(lambda code: self._show_code(username, code)).failure(self._failed).run()

    def _show_code(self, username: str, code: str) -> None:
        dialog = OneTimeCodeDialog(username, code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ----- remove -----
    def confirm_remove(self) -> None:
        username = self.selected()
        if username is None:
            return
        self._confirm(self.tr("Remove the account {user}? The database is then re-encrypted so the old password "
                              "opens nothing. This can take a while.").format(user=username),
                      lambda: self._remove(username))

    def _remove(self, username: str) -> None:
        self._rekeying(session_ops.remove_account(self.context.runner, self.context.session, username),
                       self.tr("Removing the account and re-encrypting the data…"), self.tr("The account was removed."))

    # ----- deactivate -----
    def confirm_deactivate(self) -> None:
        username = self.selected()
        if username is None:
            return
        self._confirm(self.tr("Deactivate {user}? The account stays in the lists and its records keep its name, but "
                              "it cannot log in. The database is re-encrypted so its password opens nothing; "
                              "Reset password brings it back.").format(user=username),
                      lambda: self._deactivate(username))

    def _deactivate(self, username: str) -> None:
        self._rekeying(session_ops.deactivate_account(self.context.runner, self.context.session, username),
                       self.tr("Deactivating the account and re-encrypting the data…"),
                       self.tr("The account was deactivated."))

    def _rekeying(self, operation: Operation[None], working: str, done: str) -> None:
        """Runs a change that re-keys the database behind a progress window that cannot be cancelled."""
        progress = QProgressDialog(working, "", 0, 0, self)
        progress.setObjectName("rekeyProgress")
        progress.setCancelButton(None)  # re-keying is one SQLCipher step; stopping half-way is not possible
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        announce(self, progress.labelText())

        def finished(_result: object) -> None:
            if not shiboken6.isValid(progress):
                return  # the session ended (idle lock, quit) while re-keying: the dialog is gone
            progress.close()
            progress.deleteLater()
            self.context.signals.status_message.emit(done)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(progress):
                return
            progress.close()
            progress.deleteLater()
            self._failed(error)

        operation.success(finished).failure(failed).run()


class AddOfficerDialog(QDialog):
    added = Signal(object)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addOfficerDialog")
        self.setWindowTitle(self.tr("Add an officer"))
        self.context = context
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.username = QLineEdit(self)
        self.username.setObjectName("newUsername")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("newDisplayName")
        self.password = password_field(self)
        self.password.setObjectName("newPassword")
        self.repeat = password_field(self)
        self.repeat.setObjectName("newRepeat")
        add_row(form, self.tr("&Username"), self.username,
                self.tr("Lower-case letters, digits, dot, underscore or hyphen"))
        add_row(form, self.tr("&Name shown at log-in"), self.display_name)
        add_row(form, self.tr("&Password (at least {count} characters)").format(count=MIN_PASSWORD_CHARS),
                self.password)
        add_row(form, self.tr("Repeat the pass&word"), self.repeat)
        self.error = error_label(self, "addOfficerError")
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        if not self.username.text().strip() or not self.display_name.text().strip():
            set_error(self.error, self.tr("Type a username and the name to show at log-in."))
            return
        problem = password_problem(self.password.text(), self.repeat.text(), self.context.language)
        if problem:
            set_error(self.error, problem)
            self.password.setFocus()
            return
        self.ok_button.setEnabled(False)
        session_ops.add_account(self.context.runner, self.context.session, self.username.text().strip(),
                                self.display_name.text().strip(), Role.OFFICER, self.password.text()) \
            .success(self._done).failure(self._failed).run()

    def _done(self, account: Account) -> None:
        self.password.clear()
        self.repeat.clear()
        self.accept()
        self.added.emit(account)

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        set_error(self.error, error_text(error, self.context.language))


class OneTimeCodeDialog(QDialog):
    """Shows a reset code once, large, to be given to the officer in person."""

    def __init__(self, username: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oneTimeCodeDialog")
        self.setWindowTitle(self.tr("One-time code"))
        intro = QLabel(self.tr("Give this code to {user} in person. They log in with it once and then choose a new "
                               "password. It is not shown again.").format(user=username), self)
        intro.setWordWrap(True)
        self.code_label = QLabel(code, self)
        self.code_label.setObjectName("oneTimeCode")
        font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        font.setPointSizeF(self.font().pointSizeF() * 2)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("One-time code"))
        self.code_label.setAccessibleDescription(" ".join(code))
        close = QPushButton(self.tr("&Done"), self)
        close.setDefault(True)
        close.clicked.connect(self._done)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(close)

    def _done(self) -> None:
        self.code_label.clear()
        self.accept()

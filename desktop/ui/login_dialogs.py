"""The dialogs the log-in window opens: a new password (forced after a reset) and the recovery-key log-in.

Apart from the log-in window so that its first paint does not wait for the dialog classes Qt would set up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore  # `QtCore.Qt` named at use (see a11y.py)
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.messages import DomainError, Language
from desktop.domain.passwords import MIN_PASSWORD_CHARS
from desktop.operations import session_ops
from desktop.operations.runner import OperationRunner
from desktop.store.device import Device
from desktop.store.errors import KeySlotsUnreadable, LockedOut, StoreUnreadable
from desktop.ui.a11y import add_row, error_label, set_error
from desktop.ui.login_fields import lockout_text, password_field, password_problem
from desktop.ui.messages_box import error_text

if TYPE_CHECKING:
    from desktop.store.session import Session


class ChangePasswordDialog(QDialog):
    """Choose a new password; `forced` after a reset (the one-time code is the old password)."""

    changed = Signal()

    def __init__(self, runner: OperationRunner, session: Session, language: Language,
                 old_password: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Choose a new password"))
        self.runner, self.session, self.language = runner, session, language
        intro = QLabel(self.tr("Choose a new password that only you know. It needs at least {count} characters.")
                       .format(count=MIN_PASSWORD_CHARS), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.old = password_field(self)
        self.old.setObjectName("oldPassword")
        if old_password is None:
            add_row(form, self.tr("&Current password"), self.old)
        else:
            self.old.setText(old_password)
            self.old.hide()
        self.new = password_field(self)
        self.new.setObjectName("newPassword")
        self.repeat = password_field(self)
        self.repeat.setObjectName("repeatPassword")
        add_row(form, self.tr("&New password"), self.new)
        add_row(form, self.tr("&Repeat the new password"), self.repeat)
        self.error = error_label(self, "passwordError")
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("&Save password"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        problem = password_problem(self.new.text(), self.repeat.text(), self.language)
        if problem:
            set_error(self.error, problem)
            self.new.setFocus()
            return
        self.ok_button.setEnabled(False)
        session_ops.change_password(self.runner, self.session, self.old.text(), self.new.text()) \
            .success(self._done).failure(self._failed).run()

    def _done(self, _result: object) -> None:
        for field in (self.old, self.new, self.repeat):
            field.clear()
        self.changed.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        set_error(self.error, error_text(error, self.language))
        if not isinstance(error, DomainError):
            self.new.setFocus()


class RecoveryKeyDialog(QDialog):
    """Supervisor log-in with the recovery key written down at set-up."""

    logged_in = Signal(object)
    unreadable = Signal(object)

    def __init__(self, runner: OperationRunner, device: Device, language: Language,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Log in with the recovery key"))
        self.runner, self.device, self.language = runner, device, language
        intro = QLabel(self.tr("Type the recovery key that was written down when this device was set up. "
                               "Dashes and spaces do not matter."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.key = QLineEdit(self)
        self.key.setObjectName("recoveryKeyField")
        hints = QtCore.Qt.InputMethodHint
        self.key.setInputMethodHints(hints.ImhSensitiveData | hints.ImhNoPredictiveText)
        add_row(form, self.tr("Recovery &key"), self.key)
        self.error = error_label(self, "recoveryError")
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Log &in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        self.ok_button.setEnabled(False)
        session_ops.log_in_with_recovery_key(self.runner, self.device, self.key.text()) \
            .success(self._done).failure(self._failed).run()

    def _done(self, session: Session) -> None:
        self.key.clear()
        self.accept()
        self.logged_in.emit(session)

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, LockedOut):
            set_error(self.error, lockout_text(error.seconds, self.language))
        elif isinstance(error, StoreUnreadable | KeySlotsUnreadable):
            self.reject()
            self.unreadable.emit(error)
        else:
            set_error(self.error, error_text(error, self.language))

"""The password field, the password rules' words and the lock-out text, shared by every window that asks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.domain.messages import Language
from desktop.domain.passwords import password_problem as domain_password_problem
from desktop.store.errors import LockedOut


def password_problem(password: str, repeat: str, language: Language) -> str:
    """Why a new password is not acceptable ("" when it is): the domain's rule, then the repeat."""
    problem = domain_password_problem(password)
    if problem is not None:
        return problem.text(language)
    if password != repeat:
        return QCoreApplication.translate("Password", "The two passwords are not the same. Type them again.")
    return ""


def password_field(parent: QWidget) -> QLineEdit:
    """Masked; Qt also marks it hidden, sensitive and not predicted for input methods (as echo mode Password does)."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def lockout_text(seconds: int, language: Language) -> str:
    """The store's own bilingual lock-out message, with the remaining seconds."""
    return LockedOut(seconds).message.text(language)

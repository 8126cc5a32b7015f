"""The one place error popups are shown.

A `DomainError` shows its own message in the chosen language. Anything else is
a defect: the person sees a calm, bilingual "your data is safe" note and the
log gets the error's type only (never a traceback that could quote data).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore  # `QtCore.Qt` named at use, after the first paint (see a11y.py)

from desktop.domain.messages import DomainError, Language, Message

if TYPE_CHECKING:  # Qt sets QMessageBox up when the first box is shown, not before the log-in window's paint
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("luring.ui")

UNEXPECTED = Message(
    "unexpected_error",
    "Terjadi kesalahan. Data Anda aman. Silakan coba lagi; jika terulang, beri tahu supervisor.",
    "Something went wrong. Your data is safe. Please try again; if it happens again, tell the supervisor.",
)

# A box with no parent window is owned by Python alone: held here until it closes, or it vanishes unseen.
_PARENTLESS: set[QMessageBox] = set()


def error_text(error: BaseException, language: Language) -> str:
    if isinstance(error, DomainError):
        return error.message.text(language)
    return UNEXPECTED.text(language)


def error_title(language: Language) -> str:
    return "Error" if language == "en" else "Kesalahan"


def show_error(parent: QWidget | None, error: BaseException, language: Language) -> QMessageBox:
    """Show `error` window-modally without blocking (never `exec()`); returns the box."""
    from PySide6.QtWidgets import QMessageBox

    if not isinstance(error, DomainError):
        log.error("unexpected error shown to the user: %s", type(error).__name__)
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)  # the icon is a cue; the text carries the meaning
    box.setWindowTitle(error_title(language))
    box.setText(error_text(error, language))
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(error_title(language))
    box.setAccessibleDescription(box.text())
    if parent is None:
        _PARENTLESS.add(box)
        box.finished.connect(lambda _result: _PARENTLESS.discard(box))
    box.open()
    return box


def show_fatal(error: BaseException, language: Language, detail: str, close_text: str) -> QMessageBox:
    """The start-up refusal (unreadable store): words, never a traceback; the caller exits when it closes."""
    from PySide6.QtWidgets import QMessageBox

    if not isinstance(error, DomainError):
        log.error("cannot start: %s", type(error).__name__)
    box = QMessageBox(QMessageBox.Icon.Critical, "Luring", error_text(error, language))
    box.setObjectName("fatalBox")
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.NoButton)
    box.addButton(close_text, QMessageBox.ButtonRole.AcceptRole)
    box.setAccessibleDescription(box.text())
    box.show()
    return box


def ask(parent: QWidget, title: str, text: str, yes_text: str, cancel_text: str,
        on_yes: Callable[[], None]) -> QMessageBox:
    """A window-modal question that never blocks: `on_yes` runs only when the accepting button is pressed."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    box.setObjectName("confirmBox")
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

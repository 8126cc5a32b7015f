"""The answer to saving a NIK that is already on the device: say so, and offer the way to that record."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.messages import Language
from desktop.store.errors import DuplicateNik


def show_duplicate(parent: QWidget, error: DuplicateNik, language: Language,
                   open_existing: Callable[[uuid.UUID], None]) -> QMessageBox:
    """A window-modal box with "Open the existing record" and "Back to the form" (never a blocking exec())."""
    box = QMessageBox(parent)
    box.setObjectName("duplicateNikBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DuplicateNik", "NIK already registered"))
    box.setText(error.message.text(language))
    box.setTextFormat(Qt.TextFormat.PlainText)
    open_button = box.addButton(QCoreApplication.translate("DuplicateNik", "&Open the existing record"),
                                QMessageBox.ButtonRole.AcceptRole)
    open_button.setObjectName("openExisting")
    box.addButton(QCoreApplication.translate("DuplicateNik", "&Back to the form"), QMessageBox.ButtonRole.RejectRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    existing = error.existing_id
    open_button.clicked.connect(lambda: open_existing(existing))
    box.open()
    return box

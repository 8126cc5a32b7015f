"""One record, read-only, with "Correct" (the wizard, prefilled) and the applicant's receipt."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import DomainError, Message
from desktop.domain.registration import Registration
from desktop.operations import registration_ops
from desktop.operations.wizard_flow import WizardFlow
from desktop.ui import receipt
from desktop.ui.wizard import labels
from desktop.ui.wizard.review_page import ReviewPage

PDF_NOT_SAVED = Message(
    "receipt_not_saved",
    "Tanda terima tidak dapat disimpan di sana. Pilih folder lain atau periksa ruang kosong pada disk.",
    "The receipt could not be saved there. Choose another folder or check the free space on the disk.",
)


class RecordDialog(QDialog):
    def __init__(self, context: Any, record_id: uuid.UUID, parent: QWidget | None = None, *,
                 summary: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.setWindowTitle(self.tr("Registration"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.record_id = record_id
        self.summary = summary
        self.registration: Registration | None = None
        self.windows: list[QWidget] = []
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Opening the record…"), self)
        self.status.setObjectName("recordStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.correct_button = self._button(self.tr("C&orrect…"), "correctRecord", self.correct, buttons)
        self.print_button = self._button(self.tr("&Print receipt…"), "printReceipt", self.print_receipt, buttons)
        self.pdf_button = self._button(self.tr("Save receipt as P&DF…"), "saveReceiptPdf", self.save_pdf, buttons)
        buttons.addStretch(1)
        self._button(self.tr("Close"), "closeRecord", self.reject, buttons)
        for button in (self.correct_button, self.print_button, self.pdf_button):
            button.setEnabled(False)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().lineSpacing() * 36)
        registration_ops.get_registration(context, record_id, self._loaded, self._failed)

    def _button(self, text: str, name: str, slot: Any, into: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        into.addWidget(button)
        return button

    def _loaded(self, reg: Registration) -> None:
        self.registration = reg
        flow = WizardFlow(registration_ops.data_from_registration(reg), regions=getattr(self.context, "regions", None))
        view = ReviewPage(self.context, flow, lambda: None, self)
        view.check_steps = False
        for note in view.findChildren(QLabel, "pageNote"):
            note.setVisible(False)
        view.enter()
        self.view = view
        self.body.addWidget(view.scrolled())
        status = labels.record_statuses().get(str(getattr(self.summary, "status", "")), "")
        text = self.tr("Reference {ref}").format(ref=receipt.reference_number(reg.record_id))
        if status:
            text += " · " + self.tr("Status: {status}").format(status=status)
        self.status.setText(text)
        for button in (self.correct_button, self.print_button, self.pdf_button):
            button.setEnabled(True)
        view.summary.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The record could not be opened."))
        self.context.show_error(self, exc)

    def receipt_content(self) -> receipt.ReceiptContent:
        assert self.registration is not None
        account = getattr(self.context.session, "account", None)
        office = getattr(self.context.office, "office_name", "")
        return receipt.receipt_content(self.registration, office=office,
                                       officer=getattr(account, "display_name", ""), language=self.context.language)

    def correct(self) -> None:
        """Open the wizard on this record; saving it calls session.correct_registration."""
        from desktop.ui.wizard import RegistrationWizard

        # Its own window, owned by the list behind this dialog (which closes now).
        wizard = RegistrationWizard(self.context, self.parentWidget(), correcting=self.registration)
        wizard.setWindowFlag(Qt.WindowType.Window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _code, w=wizard: w.close())
        self.windows.append(wizard)
        wizard.show()
        self.accept()

    def print_receipt(self) -> None:
        receipt.print_receipt(self.receipt_content(), self)

    def save_pdf(self) -> None:
        dialog = QFileDialog(self, self.tr("Save receipt"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        content = self.receipt_content()
        dialog.selectFile(f"{content.reference}.pdf")
        dialog.fileSelected.connect(lambda name: self.write_pdf(content, Path(name)))
        dialog.open()

    def write_pdf(self, content: receipt.ReceiptContent, path: Path) -> bool:
        """Write the receipt; a folder that refuses it is told to the officer, not lost in a slot."""
        try:
            receipt.write_pdf(content, path)
        except OSError:
            self.context.show_error(self, DomainError(PDF_NOT_SAVED))
            return False
        return True

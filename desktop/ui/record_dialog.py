"""One record, read-only, with "Correct" (asks the coordinator for the wizard) and the applicant's receipt.

Above the record, what the centre said of it (record_centre.py), read again whenever an operation
changed records or the outbox (a sync, a supervisor's "Send again"), so it never shows a stale answer.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from desktop.domain.registration_form import form_data
from desktop.operations import registration_ops, session_ops
from desktop.operations.runner import Changes
from desktop.operations.wizard_flow import WizardFlow, format_local_time
from desktop.reports import receipt as receipts
from desktop.store.record_centre import CentreStatus
from desktop.store.records import PersonalDataRemoved, RecordSummary
from desktop.ui import receipt
from desktop.ui.a11y import announce
from desktop.ui.context import UiContext
from desktop.ui.record_centre import CentreSection
from desktop.ui.wizard import labels
from desktop.ui.wizard.review_page import ReviewPage

PDF_NOT_SAVED = Message(
    "receipt_not_saved",
    "Tanda terima tidak dapat disimpan di sana. Pilih folder lain atau periksa ruang kosong pada disk.",
    "The receipt could not be saved there. Choose another folder or check the free space on the disk.",
)


class RecordDialog(QDialog):
    correct_requested = Signal(object)  # the Registration to correct
    pdf_written = Signal(object)  # the Path of a receipt written to disk

    def __init__(self, context: UiContext, record_id: uuid.UUID, parent: QWidget | None = None, *,
                 summary: RecordSummary | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.setWindowTitle(self.tr("Registration"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.record_id = record_id
        self.summary = summary
        self.registration: Registration | None = None
        self.purged = False  # the retention period removed the personal data: only the skeleton is shown
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Opening the record…"), self)
        self.status.setObjectName("recordStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.centre = CentreSection(context.is_supervisor, self)
        self.centre.send_again_confirmed.connect(self.send_again)
        layout.addWidget(self.centre)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        buttons, receipt_row = QHBoxLayout(), QHBoxLayout()  # two rows: they fit at 200 % text in Indonesian
        layout.addLayout(receipt_row)
        layout.addLayout(buttons)
        self.correct_button = self._button(self.tr("C&orrect…"), "correctRecord", self.correct, buttons)
        self.large_print = QCheckBox(self.tr("&Large print"), self)
        self.large_print.setObjectName("largePrint")
        self.large_print.setAccessibleDescription(self.tr("A receipt in larger type, for an applicant with low "
                                                          "vision"))
        receipt_row.addWidget(QLabel(self.tr("Receipt:"), self))
        receipt_row.addWidget(self.large_print)
        self.preview_button = self._button(self.tr("Pre&view…"), "previewReceipt", self.preview_receipt,
                                           receipt_row)
        self.print_button = self._button(self.tr("&Print…"), "printReceipt", self.print_receipt, receipt_row)
        self.pdf_button = self._button(self.tr("Save as P&DF…"), "saveReceiptPdf", self.save_pdf, receipt_row)
        # Short on screen (the row fits at 200 %), whole to a screen reader.
        for button, name in ((self.preview_button, self.tr("Preview the receipt")),
                             (self.print_button, self.tr("Print the receipt")),
                             (self.pdf_button, self.tr("Save the receipt as PDF"))):
            button.setAccessibleName(name)
        receipt_row.addStretch(1)
        buttons.addStretch(1)
        self.close_button = self._button(self.tr("Close"), "closeRecord", self.reject, buttons)
        for control in (self.correct_button, self.large_print, self.preview_button, self.print_button,
                        self.pdf_button):
            control.setEnabled(False)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().lineSpacing() * 36)
        self.officer_names: dict[str, str] = {}  # username -> display name, for the receipt
        session_ops.account_names(context.runner, context.session).success(self._names_loaded).run()
        registration_ops.get_registration(context.runner, context.session, record_id) \
            .success(self._loaded).failure(self._failed).run()
        self.reload_centre()
        context.runner.changed.connect(self._changed)

    def _button(self, text: str, name: str, slot: Callable[[], None], into: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        into.addWidget(button)
        return button

    def _loaded(self, reg: Registration) -> None:
        self.registration = reg
        flow = WizardFlow(self.context.reference.current, officer=reg.consent.officer, data=form_data(reg),
                          correcting=reg)
        view = ReviewPage(self.context, flow, lambda: None, self, check_steps=False)
        for note in view.findChildren(QLabel, "pageNote"):
            note.setVisible(False)
        view.enter()
        self.view = view
        self.body.addWidget(view.scrolled())
        # The summary arrives after the buttons were made: Tab follows the window top to bottom all the same.
        order = [self.centre.text, self.centre.send_again_button, view.summary, self.correct_button,
                 self.large_print, self.preview_button, self.print_button, self.pdf_button, self.close_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._show_status()
        for control in (self.correct_button, self.large_print, self.preview_button, self.print_button,
                        self.pdf_button):
            control.setEnabled(True)
        view.summary.setFocus()

    def _show_skeleton(self) -> None:
        """Only the skeleton is left: what the reports need, and a plain word on why the rest is gone."""
        self.purged = True
        lines = [self.tr("Personal data removed after the retention period. The centre holds the full record; "
                         "on this device it cannot be corrected, printed or exported.")]
        if self.summary is not None:
            lines.append(self.tr("Registered {when} by {officer} · village code {village}").format(
                when=format_local_time(self.summary.created_at), officer=self.summary.officer,
                village=self.summary.village_code))
        note = QLabel("\n".join(lines), self)
        note.setObjectName("personalDataRemoved")
        note.setWordWrap(True)
        note.setAccessibleName(note.text())
        note.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read by a screen reader on Tab, like the review text
        note.setProperty("tabStop", True)  # the theme frames it, so its focus ring does not move the text
        self.body.addWidget(note, 1)
        for first, second in itertools.pairwise([self.centre.text, self.centre.send_again_button, note,
                                                 self.close_button]):
            QWidget.setTabOrder(first, second)
        self._show_status()
        note.show()  # now, not on the layout's next turn: focus goes only to a visible widget
        note.setFocus()
        announce(note, lines[0])

    def _show_status(self) -> None:
        if self.registration is None and not self.purged:
            return
        text = self.tr("Reference {ref}").format(ref=receipts.reference_number(self.record_id))
        centre = self.centre.status
        if centre is not None:
            status = labels.record_status_text(str(centre.state), centre.documents_pending)
        else:
            status = labels.record_statuses().get(str(self.summary.status), "") if self.summary else ""
        if status:
            text += " · " + self.tr("Status: {status}").format(status=status)
        self.status.setText(text)

    # -- the centre --------------------------------------------------------------------------------------
    def reload_centre(self) -> None:
        registration_ops.centre_status(self.context.runner, self.context.session, self.record_id) \
            .success(self._centre_loaded).failure(self.context.runner.report).run()

    def _centre_loaded(self, status: CentreStatus) -> None:
        if not shiboken6.isValid(self):
            return  # closed while the store thread read it
        self.centre.show_status(status)
        self._show_status()

    def _changed(self, changes: Changes) -> None:
        if changes.records or changes.outbox:
            self.reload_centre()

    def send_again(self) -> None:
        """The supervisor confirmed: back in the queue (the broadcast of the change refreshes list and window)."""
        status = self.centre.status
        if status is None:
            return
        registration_ops.send_again(self.context.runner, self.context.session, status.record_id, status.version) \
            .success(lambda _none: self._sent_again()).failure(self._send_again_failed).run()

    def _sent_again(self) -> None:
        if shiboken6.isValid(self):
            announce(self.centre.text, self.tr("The record is back in the queue and is sent at the next sync."))

    def _send_again_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.centre.send_again_button.setEnabled(True)
        self.context.runner.report(exc)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PersonalDataRemoved):
            self._show_skeleton()
            return
        self.status.setText(self.tr("The record could not be opened."))
        self.context.runner.report(exc)

    def _names_loaded(self, names: dict[str, str]) -> None:
        self.officer_names = names

    def receipt_content(self) -> receipts.ReceiptContent:
        """The officer on it is the one who registered the applicant, whoever prints it again later."""
        assert self.registration is not None
        registered_by = self.registration.consent.officer
        return receipts.receipt_content(self.registration, office=self.context.office.office_name,
                                        officer=self.officer_names.get(registered_by, registered_by),
                                        language=self.context.language,
                                        at=self.summary.created_at if self.summary is not None else None,
                                        large=self.large_print.isChecked(),
                                        office_contact=self.context.preferences.office_contact())

    def correct(self) -> None:
        """Ask for the wizard on this record (the coordinator opens it); this dialog closes."""
        if self.registration is not None:
            self.correct_requested.emit(self.registration)
            self.accept()

    def print_receipt(self) -> None:
        receipt.print_receipt(self.receipt_content(), self)

    def preview_receipt(self) -> None:
        self.preview = receipt.preview_receipt(self.receipt_content(), self)

    def save_pdf(self) -> None:
        dialog = QFileDialog(self, self.tr("Save receipt"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        content = self.receipt_content()
        dialog.selectFile(f"{content.reference}.pdf")
        dialog.fileSelected.connect(lambda name: self.write_pdf(content, Path(name)))
        dialog.open()

    def write_pdf(self, content: receipts.ReceiptContent, path: Path) -> None:
        """Write the receipt off the GUI thread; a folder that refuses it is told to the officer."""
        self.pdf_button.setEnabled(False)
        registration_ops.write_receipt_pdf(self.context.runner, content, path) \
            .success(lambda _none: self._pdf_done(path)).failure(self._pdf_failed).run()

    def _pdf_done(self, path: Path) -> None:
        self.pdf_button.setEnabled(True)
        self.pdf_written.emit(path)

    def _pdf_failed(self, exc: BaseException) -> None:
        self.pdf_button.setEnabled(True)
        self.context.runner.report(DomainError(PDF_NOT_SAVED) if isinstance(exc, OSError) else exc)

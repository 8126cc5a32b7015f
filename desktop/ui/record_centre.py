"""The record window's "At the centre" section: its sync state, the centre's decision and why, its documents.

Plain sentences in a read-only text that takes the keyboard focus, so a screen
reader reaches it with Tab and reads it line by line; nothing is said by colour.
A supervisor also gets "Send again" on a record held back after failing too
often (officers never see it); the store refuses it to anyone else anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.operations.wizard_flow import format_local_time
from desktop.store.outbox_table import RecordStatus
from desktop.store.record_centre import CentreStatus
from desktop.ui.wizard import labels

CONTEXT = "CentreSection"
MAX_LINES = 9  # taller than this, the text scrolls (the record's summary below needs the room)

STATES = {
    RecordStatus.DRAFT: QT_TRANSLATE_NOOP("CentreSection", "A draft: it is not sent until it is saved as ready."),
    RecordStatus.READY: QT_TRANSLATE_NOOP("CentreSection", "Waiting to be sent at the next sync."),
    RecordStatus.SENDING: QT_TRANSLATE_NOOP("CentreSection", "Being sent to the centre now."),
    RecordStatus.ACCEPTED: QT_TRANSLATE_NOOP("CentreSection",
                                             "The centre has the record; its decision has not come yet."),
    RecordStatus.VERIFIED: QT_TRANSLATE_NOOP("CentreSection", "The centre verified the record."),
    RecordStatus.REJECTED: QT_TRANSLATE_NOOP("CentreSection", "The centre rejected the record."),
    RecordStatus.NEEDS_CORRECTION: QT_TRANSLATE_NOOP("CentreSection", "The centre asks for a correction."),
    RecordStatus.QUARANTINED: QT_TRANSLATE_NOOP(
        "CentreSection", "Held back: sending kept failing, so it is no longer sent by itself."),
}
# The centre's and the sync engine's stable codes; anything else is the centre's own words, shown as they are.
REASONS = {
    "validation": QT_TRANSLATE_NOOP("CentreSection", "Some entries break the centre's rules."),
    "nik_registered": QT_TRANSLATE_NOOP("CentreSection", "This NIK is already registered at the centre."),
    "kk_limit": QT_TRANSLATE_NOOP("CentreSection", "The family card (KK) already has the most registrations allowed."),
    "ineligible": QT_TRANSLATE_NOOP("CentreSection", "The applicant is not eligible for Kartu Prakerja."),
    "seal_invalid": QT_TRANSLATE_NOOP("CentreSection", "The centre could not open the sealed record."),
    "replaces_unknown": QT_TRANSLATE_NOOP("CentreSection",
                                          "The centre does not have the version this correction replaces."),
    "conflict": QT_TRANSLATE_NOOP("CentreSection", "The centre holds different data under this record's number."),
    "missing_from_results": QT_TRANSLATE_NOOP("CentreSection",
                                              "The centre answered for the other records but not for this one."),
    "refused": QT_TRANSLATE_NOOP("CentreSection", "The centre refused the record."),
}
# A reason's field ("identity.nik") is named by the wizard step it is on.
_STEP_OF_FIELD = {"consent": 0, "identity": 1, "address": 2, "contact": 3, "background": 4, "disability": 5,
                  "attachments": 6}


def _tr(text: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, translated now (a language switch shows in the next window)."""
    return QCoreApplication.translate(CONTEXT, str(text))


def reason_text(code: str, field: str = "") -> str:
    """A reason's code in plain words where it is known, the centre's own text otherwise; its step if it names one."""
    text = _tr(REASONS[code]) if code in REASONS else code
    step = _STEP_OF_FIELD.get(field.split(".", 1)[0]) if field else None
    if step is not None:
        text = QCoreApplication.translate("CentreSection", "{reason} (step: {step}).").format(
            reason=text.rstrip("."), step=labels.step_titles()[step])
    return text


def centre_lines(status: CentreStatus) -> list[str]:
    """What the section says, one sentence a line."""
    translate = QCoreApplication.translate
    lines = [_tr(STATES[status.state])]
    if status.state is RecordStatus.QUARANTINED:
        why = reason_text(status.last_error) if status.last_error else translate("CentreSection", "none given")
        lines.append(translate("CentreSection", "Held back after %n failed attempt(s). Last reason: {reason}",
                               None, status.attempts).format(reason=why))
    elif status.state is RecordStatus.READY and status.attempts and status.next_attempt_at is not None:
        lines.append(translate("CentreSection", "Sending failed %n time(s); the next try is after {when}.",
                               None, status.attempts).format(when=format_local_time(status.next_attempt_at)))
    answer = status.answer
    if answer is not None:
        if answer.state != "refused":
            decision = labels.record_statuses().get(answer.state, answer.state)
            when = format_local_time(answer.decided_at or answer.received_at)
            lines.append(translate("CentreSection", "Decision: {decision}, on {when}.").format(decision=decision,
                                                                                             when=when))
        elif status.state is not RecordStatus.QUARANTINED:
            lines.append(translate("CentreSection", "The centre refused the last send, on {when}.").format(
                when=format_local_time(answer.received_at)))
        reasons = list(answer.reasons)
        if status.state is RecordStatus.QUARANTINED and answer.state == "refused":
            reasons = [r for r in reasons if r != (status.last_error, "")]  # already said as the last reason
        for code, field in reasons:
            lines.append(translate("CentreSection", "Reason: {reason}").format(reason=reason_text(code, field)))
    if status.documents:
        lines.append(translate("CentreSection", "{held} of %n document(s) at the centre.", None,
                               status.documents).format(held=status.documents_at_centre))
    else:
        lines.append(translate("CentreSection", "No documents."))
    if status.documents_pending:
        lines.append(translate("CentreSection", "Not complete at the centre until all its documents are there."))
    return lines


class CentreSection(QWidget):
    send_again_confirmed = Signal()  # the supervisor confirmed "Send again"

    def __init__(self, may_send_again: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centreSection")
        self.may_send_again = may_send_again
        self.status: CentreStatus | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("At the centre"), self)
        self.heading.setObjectName("centreHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.text = QTextBrowser(self)
        self.text.setObjectName("centreText")
        self.text.setAccessibleName(self.tr("At the centre"))
        self.text.setTabChangesFocus(True)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text.setPlainText(self.tr("Reading what the centre said…"))
        layout.addWidget(self.text)
        row = QHBoxLayout()
        layout.addLayout(row)
        self.send_again_button = QPushButton(self.tr("Send &again…"), self)
        self.send_again_button.setObjectName("sendAgain")
        self.send_again_button.setAccessibleName(self.tr("Send again"))
        self.send_again_button.setAccessibleDescription(
            self.tr("Put this held-back record back in the queue for the next sync."))
        self.send_again_button.setAutoDefault(False)
        self.send_again_button.clicked.connect(self.ask_send_again)
        self.send_again_button.setVisible(False)
        row.addWidget(self.send_again_button)
        row.addStretch(1)
        self._fit()

    def show_status(self, status: CentreStatus) -> None:
        self.status = status
        text = "\n".join(centre_lines(status))
        self.text.setPlainText(text)
        self.text.setAccessibleDescription(text)  # said when the text gets the focus, not only line by line
        self.send_again_button.setVisible(self.may_send_again and status.state is RecordStatus.QUARANTINED)
        self.send_again_button.setEnabled(True)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as its text (wrapped at the present width and font), up to MAX_LINES lines."""
        document = self.text.document()
        document.setTextWidth(max(self.text.viewport().width(), 1))
        line = self.text.fontMetrics().lineSpacing()
        wanted = int(document.size().height()) + 2 * self.text.frameWidth() + 4
        height = max(min(wanted, line * MAX_LINES), line * 2)
        if self.text.height() != height:
            self.text.setFixedHeight(height)

    def ask_send_again(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Send again"),
                          self.tr("Send this record again? It goes back in the queue with a fresh count of "
                                  "attempts and is sent at the next sync."), QMessageBox.StandardButton.NoButton,
                          self)
        box.setObjectName("sendAgainConfirm")
        confirm = box.addButton(self.tr("Send again"), QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("confirmSendAgain")
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter on a surprise box changes nothing
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is confirm))
        box.open()

    def _answered(self, confirmed: bool) -> None:
        if confirmed:
            self.send_again_button.setEnabled(False)  # until the store has answered
            self.send_again_confirmed.emit()

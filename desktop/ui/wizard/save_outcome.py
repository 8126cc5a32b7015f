"""What happens around the final save: building the record, then success or a clear refusal."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.messages import DomainError
from desktop.domain.registration import Registration
from desktop.store.errors import DuplicateNik
from desktop.ui.a11y import announce, set_error

if TYPE_CHECKING:
    from desktop.ui.wizard.registration_wizard import RegistrationWizard


class SaveOutcome(QObject):
    def __init__(self, wizard: RegistrationWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.box: QMessageBox | None = None

    def build_registration(self) -> Registration:
        w = self.wizard
        flow = w.flow
        old = w.correcting
        if old is not None:
            consent = old.consent
            return flow.build(officer=consent.officer, consent_version=consent.text_version,
                              given_at=consent.given_at, record_id=old.record_id, version=old.version)
        # The record id is fixed once, so a retried save after an error is the same record.
        record_id = flow.data.setdefault("_record_id", str(uuid.uuid4()))
        given_text = flow.text("consent.given_at")
        given_at = dt.datetime.fromisoformat(given_text) if given_text else dt.datetime.now(dt.UTC)
        account = getattr(w.context.session, "account", None)
        return flow.build(officer=getattr(account, "username", ""), consent_version=w.pages[0].version or "-",
                          given_at=given_at, record_id=uuid.UUID(record_id))

    def saved(self, summary: Any) -> None:
        w = self.wizard
        w._done = True
        w.setEnabled(True)
        w.saved.emit(summary)
        signals = getattr(w.context, "signals", None)
        if signals is not None:
            signals.records_changed.emit()
        text = self.tr("The registration is saved.")
        w.draft_status.setText(text)
        announce(w, text)
        host = w.parentWidget()
        if host is not None and getattr(summary, "record_id", None) is not None:
            # Straight to the saved record, where the receipt is one key away (Alt+P prints it).
            from desktop.ui.record_dialog import RecordDialog

            RecordDialog(w.context, summary.record_id, host.window(), summary=summary).open()
        w.finished.emit(1)

    def failed(self, exc: BaseException) -> None:
        w = self.wizard
        w.setEnabled(True)
        w.draft_status.clear()
        lang = "en" if w.language == "en" else "id"
        if isinstance(exc, DuplicateNik):
            self._duplicate(exc, lang)
            return
        if isinstance(exc, DomainError):
            set_error(w.summary, "⚠ " + exc.message.text(lang))
            w.summary.setFocus()
        w.context.show_error(w, exc)

    def _duplicate(self, exc: DuplicateNik, lang: str) -> None:
        w = self.wizard
        set_error(w.summary, "⚠ " + exc.message.text(lang))
        box = QMessageBox(w)
        box.setObjectName("duplicateNikBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("NIK already registered"))
        box.setText(exc.message.text(lang))
        box.setTextFormat(Qt.TextFormat.PlainText)
        open_button = box.addButton(self.tr("&Open the existing record"), QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("openExisting")
        box.addButton(self.tr("&Back to the form"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_button.clicked.connect(lambda: self.open_existing(exc.existing_id))
        self.box = box
        box.open()

    def open_existing(self, record_id: uuid.UUID) -> None:
        from desktop.ui.record_dialog import RecordDialog

        dialog = RecordDialog(self.wizard.context, record_id, self.wizard)
        dialog.open()

"""Consent, identity and contact steps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTextBrowser

from desktop.domain import kk as kk_rules
from desktop.domain import nik as nik_rules
from desktop.domain.messages import DomainError
from desktop.domain.nik_proposal import propose_from_nik
from desktop.domain.registration_form import CONSENT_GIVEN, date_message, parse_date
from desktop.domain.validation import NIK_CONFIRMED
from desktop.ui.a11y import announce, set_error
from desktop.ui.wizard import labels
from desktop.ui.wizard.page import Page


class ConsentPage(Page):
    FILL = True

    def build(self) -> None:
        self.note(self.tr("Read this text aloud to the applicant, or let them read it. Continue only if they agree."))
        self.text_view = QTextBrowser(self)
        self.text_view.setObjectName("consentText")
        self.text_view.setAccessibleName(self.tr("Consent text"))
        # The version this registration started with, even if a newer one arrived since.
        self.text_view.setPlainText(self.flow.reference.consent.text(self.language))
        font = QFont(self.text_view.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)  # large enough to read aloud from, relative to the user's size
        self.text_view.setFont(font)
        self.text_view.setMinimumHeight(self.text_view.fontMetrics().lineSpacing() * 8)
        self.text_view.setTabChangesFocus(True)
        self.box.addWidget(self.text_view, 1)
        f = self.form
        f.choice("consent.consenter", self.tr("Who gives consent?"), labels.consenters())
        f.line("consent.guardian_name", self.tr("Guardian's full name"))
        f.choice("consent.method", self.tr("How was consent given?"), labels.consent_methods())
        f.line("consent.witness_name", self.tr("Witness's full name"))
        f.check(CONSENT_GIVEN, self.tr("The applicant (or guardian) agrees to the text above"))

    def refresh(self) -> None:
        self.form.blocks["consent.guardian_name"].setVisible(self.flow.text("consent.consenter") == "guardian")
        self.form.blocks["consent.witness_name"].setVisible(
            self.flow.text("consent.method") == "verbal_with_witness")


class IdentityPage(Page):
    proposed = Signal(list)  # the keys filled in from the NIK (the address page shows its own)

    def build(self) -> None:
        f = self.form
        nik = f.line("identity.nik", self.tr("NIK (16 digits, as on the KTP)"), placeholder="3201 0141 0890 0001")
        kk = f.line("identity.kk", self.tr("Family card (KK) number (16 digits)"))
        nik.editingFinished.connect(self._nik_left)
        self.proposal = QLabel(self)  # what was filled in from the NIK, said once and shown under it
        self.proposal.setObjectName("nikProposal")
        self.proposal.setWordWrap(True)
        self.proposal.setVisible(False)
        self.box.insertWidget(self.box.indexOf(f.blocks["identity.nik"]) + 1, self.proposal)
        kk.editingFinished.connect(lambda: self._check_as_typed("identity.kk", force=True))
        f.line("identity.full_name", self.tr("Full name as on the KTP"))
        f.line("identity.birth_place", self.tr("Place of birth"))
        birth = f.line("identity.birth_date", self.tr("Date of birth"),
                       hint=self.tr("Day-month-year, e.g. 17-08-1990"), placeholder=self.tr("DD-MM-YYYY"))
        birth.editingFinished.connect(self._check_birth_date)
        f.choice("identity.sex", self.tr("Sex"), labels.sexes())
        f.choice("identity.marital_status", self.tr("Marital status"), labels.marital_statuses())
        self.warnings = QLabel(self)
        self.warnings.setObjectName("nikWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(False)
        self.box.addWidget(self.warnings)
        f.check(NIK_CONFIRMED, self.tr("I confirm this matches the KTP"))

    def _nik_left(self) -> None:
        self._check_as_typed("identity.nik", force=True)
        if self.flow.correcting is not None:
            return  # a correction changes what the officer chooses, nothing by itself
        proposed = propose_from_nik(self.flow.data, regions=self.flow.reference.regions, today=self.flow.today)
        if not proposed:
            return
        self.flow.data.update(proposed)
        self.load()
        names = [labels.nik_proposal_names()[key] for key in proposed if key in labels.nik_proposal_names()]
        text = self.tr("Filled in from the NIK: {fields}. Check them against the KTP; change any that differ."
                       ).format(fields=", ".join(dict.fromkeys(names)))
        self.proposal.setText(text)
        self.proposal.setVisible(True)
        announce(self.proposal, text)
        self.proposed.emit(list(proposed))

    def _check_as_typed(self, key: str, *, force: bool = False) -> None:
        """NIK/KK are checked while typing once 16 digits are there (or on leaving the field)."""
        value = self.flow.text(key)
        digits = sum(ch.isdigit() for ch in value)
        label = self.form.errors[key]
        if not value or (digits < 16 and not force):
            if label.text():
                set_error(label, "")
            return
        parse = nik_rules.parse if key == "identity.nik" else kk_rules.parse
        try:
            parse(value, today=self.flow.today)
        except DomainError as exc:
            text = "⚠ " + exc.message.text(self.language)
            if label.text() != text:
                set_error(label, text)
        else:
            if label.text():
                set_error(label, "")

    def _check_birth_date(self) -> None:
        """Said on leaving the field ("February has no 31st"), not first at Next; cleared once it is a date."""
        value = self.flow.text("identity.birth_date")
        text = "" if not value or parse_date(value) else "⚠ " + date_message(value).text(self.language)
        label = self.form.errors["identity.birth_date"]
        if label.text() != text:
            set_error(label, text)

    def refresh(self) -> None:
        if parse_date(self.flow.text("identity.birth_date")) and self.form.errors["identity.birth_date"].text():
            set_error(self.form.errors["identity.birth_date"], "")  # fixed: the old message must not stay
        self._check_as_typed("identity.nik")
        self._check_as_typed("identity.kk")
        reading = self.flow.reading()
        text = "\n".join("⚠ " + w.text(self.language) for w in reading.nik_warnings())
        if text != self.warnings.text():
            set_error(self.warnings, text)
        # A district from before a split, a differing birth date or sex: warned about, confirmed, never refused.
        self.form.blocks[NIK_CONFIRMED].setVisible(reading.nik_needs_confirming)


class ContactPage(Page):
    def build(self) -> None:
        f = self.form
        f.line("contact.phone", self.tr("Mobile phone number"), hint=self.tr("Indonesian mobile, e.g. 0812 3456 7890"))
        f.line("contact.email", self.tr("E-mail address (optional)"))
        f.choice("contact.no_email_reason", self.tr("If there is no e-mail address, why?"),
                 labels.no_email_reasons())

    def refresh(self) -> None:
        self.form.widgets["contact.no_email_reason"].setEnabled(not self.flow.text("contact.email"))

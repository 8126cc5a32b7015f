"""The last step: every value in readable form and the eligibility verdict with reasons."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.domain.registration_form import CURRENT_DIFFERS, FormReading, rt_rw
from desktop.operations.wizard_flow import WizardFlow, format_local_time
from desktop.ui.context import UiContext
from desktop.ui.wizard import labels
from desktop.ui.wizard.page import Page


def consent_time(text: str) -> str:
    """The consent time (stored in UTC) as the officer's local "dd-mm-yyyy hh:mm"; "—" before consent."""
    try:
        return format_local_time(dt.datetime.fromisoformat(text)) if text else "—"
    except ValueError:
        return "—"


class ReviewPage(Page):
    """The wizard's last step, and the read-only view of a saved record (`check_steps=False`): in the wizard an
    unfinished step is the first thing to say; a saved record is judged as it is."""

    FILL = True

    def __init__(self, context: UiContext, flow: WizardFlow, on_change: Callable[[], None],
                 parent: QWidget | None = None, *, check_steps: bool = True) -> None:
        self.check_steps = check_steps
        super().__init__(context, flow, on_change, parent)

    def build(self) -> None:
        self.note(self.tr("Check every value with the applicant. Go back to any step to change it."))
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setAccessibleName(self.tr("Summary of the registration"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 20)
        self.box.addWidget(self.summary, 1)

    def enter(self) -> None:
        self.summary.setHtml(self.summary_html())

    def _region(self, code: str) -> str:
        region = self.flow.reference.regions.get(code) if code else None
        return region.name if region is not None else code

    def summary_html(self) -> str:
        f, d = self.flow, self.flow.data
        reading = f.reading()
        yes, no = self.tr("Yes"), self.tr("No")

        def pick(key: str, options: list[tuple[str, str]]) -> str:
            return labels.label_for(options, f.text(key)) if f.text(key) else "—"

        def many(key: str, options: list[tuple[str, str]]) -> str:
            chosen = [labels.label_for(options, v) for v in f.choices(key)]
            return ", ".join(chosen) if chosen else self.tr("None")

        def address(prefix: str) -> str:
            parts = [f.text(f"{prefix}.street"), self.tr("RT {rt} / RW {rw}").format(
                rt=rt_rw(f.text(f"{prefix}.rt")), rw=rt_rw(f.text(f"{prefix}.rw")))]
            parts += [self._region(f.text(f"{prefix}.{lv}_code"))
                      for lv in ("village", "district", "regency", "province")]
            return ", ".join(p for p in parts if p) + " " + f.text(f"{prefix}.postal_code")

        sections: list[tuple[str, list[tuple[str, str]]]] = [
            (self.tr("Consent"), [
                (self.tr("Given by"), pick("consent.consenter", labels.consenters())),
                (self.tr("Guardian"), f.text("consent.guardian_name") or "—"),
                (self.tr("How"), pick("consent.method", labels.consent_methods())),
                (self.tr("Witness"), f.text("consent.witness_name") or "—"),
                (self.tr("Given at"), consent_time(f.text("consent.given_at")))]),
            (self.tr("Identity"), [
                ("NIK", f.text("identity.nik")), (self.tr("KK number"), f.text("identity.kk")),
                (self.tr("Full name"), f.text("identity.full_name")),
                (self.tr("Born"), f"{f.text('identity.birth_place')}, {f.text('identity.birth_date')}"),
                (self.tr("Sex"), pick("identity.sex", labels.sexes())),
                (self.tr("Marital status"), pick("identity.marital_status", labels.marital_statuses())),
                # Only when the NIK raised a warning: a line saying "—" every time would teach officers to skip it.
                *([(self.tr("Warnings confirmed as on the KTP"),
                    yes if f.flag("identity.nik_warnings_confirmed") else no)] if reading.nik_needs_confirming
                  else [])]),
            (self.tr("Address"), [(self.tr("As on the KTP"), address("address")),
                                  (self.tr("Current address"),
                                   address("current_address") if f.flag(CURRENT_DIFFERS) else self.tr("Same"))]),
            (self.tr("Contact"), [
                (self.tr("Mobile phone"), f.text("contact.phone")),
                (self.tr("E-mail"), f.text("contact.email") or pick("contact.no_email_reason",
                                                                     labels.no_email_reasons()))]),
            (self.tr("Background"), [
                (self.tr("Education"), pick("background.education", labels.educations())),
                (self.tr("Employment"), pick("background.employment_status", labels.employment_statuses())),
                (self.tr("In formal education"), yes if f.flag("background.in_formal_education") else no),
                (self.tr("Excluded occupations"),
                 many("background.excluded_occupations", labels.excluded_occupations())),
                (self.tr("Dependants"), f.text("background.dependants") or "0"),
                (self.tr("Desired training"), f.text("background.desired_training_field") or "—")]),
            (self.tr("Disability"), [
                (self.tr("Recorded with consent"), yes if f.flag("disability.consented") else no),
                (self.tr("Types"), many("disability.types", labels.disability_types())
                 if f.flag("disability.has_disability") else self.tr("None")),
                (self.tr("Support"), many("disability.accommodations", labels.accommodations())
                 if f.flag("disability.has_disability") else self.tr("None")),
                (self.tr("Notes on the support"), f.text("disability.notes").strip()
                 if f.flag("disability.has_disability") and f.text("disability.notes").strip() else "—")]),
            (self.tr("Documents"), [
                (self.tr("KTP"), yes if isinstance(d.get("documents.ktp"), dict) else no),
                (self.tr("Selfie"), yes if isinstance(d.get("documents.selfie"), dict) else no)]),
        ]
        eligibility = self.tr("Eligibility")
        out = [f"<h2>{html.escape(eligibility)}</h2>", self._verdict(reading)]
        # One table for every section, so the values line up down the whole summary.
        out.append("<table cellpadding='3'>")
        for title, rows in sections:
            out.append(f"<tr><td colspan='2'><h2>{html.escape(title)}</h2></td></tr>")
            out += [f"<tr><th align='left'>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows]
        out.append("</table>")
        return "".join(out)

    def _verdict(self, reading: FormReading) -> str:
        if self.check_steps and reading.blocking:
            text = self.tr("✗ Some steps are not complete; go back to them before saving.")
            return "<p>" + html.escape(text) + "</p>"
        # The per-KK limit is counted by the store when saving (KkLimitReached), so it is not among these.
        reasons = [message.text(self.language) for message in reading.eligibility()]
        if not reasons:
            return "<p>" + html.escape(self.tr("✓ Meets the current eligibility rules.")) + "</p>"
        head = self.tr("✗ Does not meet the current eligibility rules. You may still save it as a draft:")
        return "<p>" + html.escape(head) + "</p><ul>" + "".join(
            f"<li>{html.escape(r)}</li>" for r in reasons) + "</ul>"

"""Small things an officer relies on: the review shows every value, Browse offers WebP, the shortcuts
are on screen, and the receipt's personal fields stay out of repr()."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.domain.registration import Accommodation, DisabilityType
from desktop.operations.wizard_flow import REVIEW
from desktop.reports import receipt
from desktop.ui.context import UiContext
from desktop.ui.record_dialog import RecordDialog
from desktop.ui.records_view import RecordsView
from desktop.ui.wizard.registration_wizard import RegistrationWizard
from tests.operations.test_wizard_flow import GOOD
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.ui.helpers import focused, open_wizard, tab_to
from tests.ui.test_wizard_a11y import EVERYTHING_VISIBLE


def open_review(qtbot, context: UiContext, data: dict) -> str:
    wizard = open_wizard(qtbot, context, data, REVIEW)
    return wizard.pages[REVIEW].summary.toPlainText()


def test_review_shows_disability_notes_and_the_consent_time(qtbot, ui_context: UiContext) -> None:
    given = dt.datetime(2026, 3, 4, 2, 5, tzinfo=dt.UTC)
    text = open_review(qtbot, ui_context, {
        **GOOD, "consent.given_at": given.isoformat(), "disability.consented": True,
        "disability.has_disability": True, "disability.types": ["physical"],
        "disability.accommodations": ["physical_assistance"], "disability.notes": "Perlu meja yang lebih rendah",
    })
    assert "Perlu meja yang lebih rendah" in text
    assert given.astimezone().strftime("%d-%m-%Y %H:%M") in text


def test_a_saved_record_shows_its_consent_time(qtbot, ui_context: UiContext) -> None:
    reg = make_reg(4)
    reg = dataclasses.replace(reg, disability=dataclasses.replace(
        reg.disability, consented=True, has_disability=True, types=frozenset({DisabilityType.PHYSICAL}),
        accommodations=frozenset({Accommodation.PHYSICAL_ASSISTANCE}), notes="Kursi roda"))
    ui_context.session.records.save_registration(reg, reference=REFERENCE)
    view = RecordsView(ui_context)
    qtbot.addWidget(view)
    dialog = RecordDialog(ui_context, reg.record_id, view)
    qtbot.waitUntil(lambda: dialog.registration is not None, timeout=10_000)
    text = dialog.view.summary.toPlainText()
    assert reg.consent.given_at.astimezone().strftime("%d-%m-%Y %H:%M") in text
    assert "Kursi roda" in text
    dialog.close()


def test_browse_offers_webp_as_the_store_accepts_it(qtbot, ui_context: UiContext) -> None:
    wizard = open_wizard(qtbot, ui_context, {}, 6)
    wizard.pages[6].findChild(type(wizard.next_button), "documents.ktp.browse").click()
    dialog = wizard.pages[6].findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    assert "*.webp" in " ".join(dialog.nameFilters())
    dialog.reject()


def test_the_wizard_shows_its_shortcuts(qtbot, ui_context: UiContext) -> None:
    wizard = RegistrationWizard(ui_context, REFERENCE)
    qtbot.addWidget(wizard)
    wizard.show()
    QApplication.processEvents()
    hint = wizard.shortcuts_hint
    assert hint.isVisible()
    assert "Ctrl+S" in hint.text() and "Esc" in hint.text() and "F6" in hint.text()
    assert "Esc" in wizard.close_button.toolTip()


def test_the_step_list_is_reached_by_f6_not_by_tab(qtbot, ui_context: UiContext) -> None:
    wizard = open_wizard(qtbot, ui_context, EVERYTHING_VISIBLE, REVIEW)
    assert wizard.show_step(1)
    QApplication.processEvents()
    seen = set()
    for _ in range(60):  # more than every Tab stop of the page, twice round
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        seen.add(focused().objectName())
    assert "stepList" not in seen
    assert "identity.nik" in seen, "Tab went round the page"
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert focused() is wizard.steps
    assert "F6" in wizard.steps.accessibleDescription()
    qtbot.keyClick(wizard.steps, Qt.Key.Key_Up)
    qtbot.keyClick(wizard.steps, Qt.Key.Key_Return)
    assert wizard.flow.step == 0


def test_receipt_repr_holds_no_personal_data() -> None:
    reg = make_reg(8)
    content = receipt.receipt_content(reg, office="Disnaker Kota Bogor", officer="Petugas Delapan", language="id")
    shown = repr(content)
    for personal in (reg.identity.full_name, content.nik_masked, "Petugas Delapan"):
        assert personal not in shown
    assert content.reference in shown


def test_review_writes_rt_and_rw_as_on_the_ktp(qtbot, ui_context: UiContext) -> None:
    text = open_review(qtbot, ui_context, {**GOOD, "address.rt": "3", "address.rw": "15"})
    assert "RT 003 / RW 015" in text


def test_the_warnings_line_is_there_only_when_the_nik_raised_one(qtbot, ui_context: UiContext) -> None:
    assert "Warnings confirmed" not in open_review(qtbot, ui_context, GOOD)
    # A pre-split district code: warned about, and confirmed by the officer.
    text = open_review(qtbot, ui_context, {**EVERYTHING_VISIBLE, "identity.nik_warnings_confirmed": True})
    assert "Warnings confirmed as on the KTP\tYes" in text or "Warnings confirmed as on the KTP\nYes" in text


def test_none_of_these_passes_the_exclusions_with_one_key(qtbot, ui_context: UiContext) -> None:
    wizard = open_wizard(qtbot, ui_context, GOOD, 4)
    none = tab_to(qtbot, "background.excluded_occupations.none_of_these")
    assert none.accessibleName() == "None of these"
    qtbot.keyClick(none, Qt.Key.Key_Space)
    qtbot.keyClick(none, Qt.Key.Key_Tab)
    assert focused().objectName() == "background.dependants", "the ten boxes are out of the Tab order"
    boxes = wizard.pages[4].form.multis["background.excluded_occupations"].values()
    assert not any(box.isEnabled() or box.isChecked() for box in boxes)
    assert wizard.flow.reading().registration.background.excluded_occupations == frozenset()
    # Kept with the draft, and undone with the same key.
    wizard.save_draft_now()
    qtbot.waitUntil(lambda: wizard.draft_status.text().startswith("Draft saved"), timeout=5_000)
    again = open_wizard(qtbot, ui_context, ui_context.session.drafts.load(wizard.flow.draft_id), 4)
    reopened = again.pages[4].form.nones["background.excluded_occupations"]
    assert reopened.isChecked()
    reopened.click()
    assert all(box.isEnabled() for box in again.pages[4].form.multis["background.excluded_occupations"].values())

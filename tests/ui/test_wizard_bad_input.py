"""MUST-SHOW (3): bad input gets a clear message next to the field, the focus, and nothing saved half-way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.operations import registration_ops
from desktop.operations.wizard_flow import REVIEW
from desktop.store.records import RecordQuery
from desktop.ui.context import UiContext
from desktop.ui.record_windows import RecordWindows
from desktop.ui.wizard.registration_wizard import RegistrationWizard
from tests.operations.test_wizard_flow import GOOD
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.ui.a11y_checks import assert_all_focusable_named
from tests.ui.helpers import field_error, focused, ktp_image, open_wizard, press_alt, tab_to, type_into, with_stored_ktp


def assert_nothing_saved(qtbot: Any, wizard: RegistrationWizard, context: UiContext) -> None:
    """Try to save anyway from the review (Alt+R), with what this wizard holds continued as a draft: it goes back
    to a bad step and the store holds no record."""
    wizard.save_draft_now()
    qtbot.waitUntil(lambda: wizard.draft_status.text().startswith("Draft saved"), timeout=5_000)
    data = context.session.drafts.load(wizard.flow.draft_id)
    review = open_wizard(qtbot, context, data, REVIEW)
    press_alt(qtbot, Qt.Key.Key_R)
    assert review.flow.step < REVIEW, "the save was not refused"
    assert context.session.records.count_records(RecordQuery()) == 0


def test_empty_consent_is_explained_and_focused(qtbot, ui_context: UiContext) -> None:
    wizard = open_wizard(qtbot, ui_context)
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 0
    assert field_error(wizard, "consent.consenter") == "⚠ Choose one."
    assert field_error(wizard, "consent.method") == "⚠ Choose one."
    assert "Tick once the applicant" in field_error(wizard, "consent.given")
    assert "3 field(s)" in wizard.summary.text()
    assert focused().objectName() == "consent.consenter"
    assert focused().accessibleDescription() == "Choose one.", "the error travels with the focus"
    assert_nothing_saved(qtbot, wizard, ui_context)


def test_malformed_identity_typed_in(qtbot, ui_context: UiContext) -> None:
    wizard = open_wizard(qtbot, ui_context, {k: v for k, v in GOOD.items() if not k.startswith("identity.")}, 1)
    type_into(qtbot, "identity.nik", "3201014113900001")  # month 13
    assert "month" in field_error(wizard, "identity.nik"), "the NIK is checked as typed, before Next"
    type_into(qtbot, "identity.kk", "12345")
    type_into(qtbot, "identity.full_name", "Siti")
    type_into(qtbot, "identity.birth_date", "31-04-1990")
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 1
    assert "must have 16 digits; 5 were typed" in field_error(wizard, "identity.kk")
    assert field_error(wizard, "identity.birth_date") == "⚠ April has no 31st."
    assert field_error(wizard, "identity.birth_place") == "⚠ This field is required."
    assert focused().objectName() == "identity.nik"
    # Fixing the NIK clears its message as soon as the 16 digits are right.
    nik = wizard.pages[1].form.widgets["identity.nik"]
    nik.selectAll()
    qtbot.keyClicks(nik, "3201014108900001")
    assert field_error(wizard, "identity.nik") == ""
    assert_nothing_saved(qtbot, wizard, ui_context)


def test_a_kk_and_an_impossible_date_are_told_on_leaving_the_field(qtbot, ui_context: UiContext) -> None:
    wizard = open_wizard(qtbot, ui_context, {k: v for k, v in GOOD.items() if not k.startswith("identity.")}, 1)
    type_into(qtbot, "identity.kk", "320101150515000")  # 15 digits
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert "must have 16 digits; 15 were typed" in field_error(wizard, "identity.kk"), "said before Next"
    type_into(qtbot, "identity.birth_date", "31-02-1990")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert wizard.flow.step == 1
    assert field_error(wizard, "identity.birth_date") == "⚠ February has no 31st."
    # Fixed: the old message goes as soon as the field holds a date, not at the next Next.
    date = wizard.pages[1].form.widgets["identity.birth_date"]
    date.selectAll()
    qtbot.keyClicks(date, "28-02-1990")
    assert field_error(wizard, "identity.birth_date") == ""


def test_ten_thousand_pasted_characters(qtbot, ui_context: UiContext) -> None:
    data = {k: v for k, v in GOOD.items() if k != "identity.full_name"}
    wizard = open_wizard(qtbot, ui_context, data, 1)
    QApplication.clipboard().setText("A" * 10_000)
    name = tab_to(qtbot, "identity.full_name")
    qtbot.keyClick(name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(wizard.flow.text("identity.full_name")) == 10_000, "a long paste is not silently cut"
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 1
    assert field_error(wizard, "identity.full_name") == "⚠ Too long: at most 100 characters."
    assert focused() is name
    assert_nothing_saved(qtbot, wizard, ui_context)


def test_bad_phone_and_email(qtbot, ui_context: UiContext) -> None:
    data = {k: v for k, v in GOOD.items() if not k.startswith("contact.")}
    wizard = open_wizard(qtbot, ui_context, data, 3)
    type_into(qtbot, "contact.phone", "021-555-1234")
    type_into(qtbot, "contact.email", "siti@")
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 3
    assert "not a valid Indonesian mobile number" in field_error(wizard, "contact.phone")
    assert "The e-mail address is not valid" in field_error(wizard, "contact.email")
    assert_nothing_saved(qtbot, wizard, ui_context)


def test_non_image_and_oversized_files(qtbot, ui_context: UiContext, tmp_path: Path) -> None:
    data = {k: v for k, v in GOOD.items() if k != "documents.ktp"}
    wizard = open_wizard(qtbot, ui_context, data, 6)
    fake = tmp_path / "foto.jpg"
    fake.write_text("this is not a photo\n" * 50)
    type_into(qtbot, "documents.ktp.path", str(fake))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field_error(wizard, "documents.ktp") != "", timeout=10_000)
    assert "not a JPEG, PNG or WebP photo" in field_error(wizard, "documents.ktp")
    big = tmp_path / "besar.jpg"
    with big.open("wb") as handle:
        handle.truncate(registration_ops.MAX_ATTACHMENT_BYTES + 1)  # sparse: large without filling the disk
    path = wizard.pages[6].paths["ktp"]
    path.selectAll()
    qtbot.keyClicks(path, str(big))
    qtbot.keyClick(path, Qt.Key.Key_Return)
    assert "too large" in field_error(wizard, "documents.ktp")
    path.selectAll()
    qtbot.keyClicks(path, str(tmp_path / "missing.jpg"))
    qtbot.keyClick(path, Qt.Key.Key_Return)
    assert "not found" in field_error(wizard, "documents.ktp")
    assert "documents.ktp" not in wizard.flow.data
    assert not wizard.pages[6].removers["ktp"].isEnabled(), "nothing to remove"
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 6
    assert "KTP is required" in field_error(wizard, "documents.ktp")
    assert ui_context.session.records.count_records(RecordQuery()) == 0


def test_incomplete_save_goes_back_to_the_bad_step(qtbot, ui_context: UiContext) -> None:
    wizard = open_wizard(qtbot, ui_context, {**GOOD, "contact.phone": "12"}, 7)
    press_alt(qtbot, Qt.Key.Key_R)
    assert wizard.flow.step == 3
    assert focused().objectName() == "contact.phone"
    assert ui_context.session.records.count_records(RecordQuery()) == 0


def test_duplicate_nik_offers_the_existing_record(qtbot, ui_context: UiContext, tmp_path: Path) -> None:
    existing = make_reg(5)
    ui_context.session.records.save_registration(existing, reference=REFERENCE)
    data = {k: v for k, v in GOOD.items() if k != "documents.ktp"}
    data["identity.nik"] = existing.identity.nik
    data["identity.birth_date"] = existing.identity.birth_date.strftime("%d-%m-%Y")
    data["identity.sex"] = existing.identity.sex.value
    wizard = open_wizard(qtbot, ui_context, data, 6)
    type_into(qtbot, "documents.ktp.path", str(ktp_image(tmp_path)))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(wizard.flow.data.get("documents.ktp"), dict), timeout=10_000)
    press_alt(qtbot, Qt.Key.Key_N)
    windows = RecordWindows(ui_context, wizard, wizard.stack, wizard)  # the coordinator the main window has
    wizard.existing_record_requested.connect(lambda record_id: windows.open_record(record_id, over=wizard))
    press_alt(qtbot, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: wizard.findChild(QMessageBox, "duplicateNikBox") is not None, timeout=10_000)
    box = wizard.findChild(QMessageBox, "duplicateNikBox")
    assert "already registered" in box.text()
    assert_all_focusable_named(box)
    assert "already registered" in wizard.summary.text()
    assert ui_context.session.records.count_records(RecordQuery()) == 1
    box.findChild(QPushButton, "openExisting").click()
    (dialog,) = windows.windows
    qtbot.waitUntil(lambda: dialog.registration is not None, timeout=10_000)
    assert dialog.registration.record_id == existing.record_id
    assert ui_context.session.drafts.all(), "the work typed so far stays as a draft"


def test_every_rule_of_the_domain_applies_on_its_step(qtbot, ui_context: UiContext) -> None:
    """A pasted name with an invisible control character is refused on the identity step itself: the step asks
    the domain's check_registration, the same rules the store and the centre apply."""
    wizard = open_wizard(qtbot, ui_context, {k: v for k, v in GOOD.items() if k != "identity.full_name"}, 1)
    QApplication.clipboard().setText("Siti\u0007Aminah")
    name = tab_to(qtbot, "identity.full_name")
    qtbot.keyClick(name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 1
    assert "invisible or invalid characters" in field_error(wizard, "identity.full_name")
    assert focused() is name
    assert_nothing_saved(qtbot, wizard, ui_context)


def test_kk_limit_is_explained(qtbot, ui_context: UiContext) -> None:
    kk = GOOD["identity.kk"]
    for n in (1, 2):
        ui_context.session.records.save_registration(make_reg(n, kk=kk), reference=REFERENCE)
    wizard = open_wizard(qtbot, ui_context, with_stored_ktp(ui_context, GOOD), 7)
    press_alt(qtbot, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: "already 2 applicants from this family card" in wizard.summary.text(), timeout=10_000)
    assert wizard.isEnabled() and wizard.flow.step == REVIEW
    assert ui_context.session.records.count_records(RecordQuery()) == 2
    for box in wizard.findChildren(QMessageBox):
        box.close()

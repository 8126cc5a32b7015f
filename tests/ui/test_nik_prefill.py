"""Leaving the NIK fills in what it says (birth date, sex, the KTP address down to the district), says so, and
leaves everything editable; the address step then starts at the village."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.context import UiContext
from tests.ui.helpers import focused, open_wizard, type_into


def test_leaving_the_nik_fills_in_what_it_says_and_the_address_starts_at_the_village(
        qtbot, ui_context: UiContext) -> None:
    wizard = open_wizard(qtbot, ui_context, {"consent.given": True}, step=1)
    identity = wizard.pages[1]
    type_into(qtbot, "identity.nik", "3201 0141 0890 0001")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert identity.form.widgets["identity.birth_date"].text() == "01-08-1990"
    assert identity.form.widgets["identity.sex"].currentData() == "female"
    said = identity.proposal.text()
    assert identity.proposal.isVisibleTo(identity) and "date of birth, sex, province, regency and district" in said
    assert not identity.warnings.text()  # nothing differs from the NIK: nothing to confirm
    # Still editable: a different birth date is the NIK warning, not a refusal.
    birth = identity.form.widgets["identity.birth_date"]
    birth.setFocus()
    birth.selectAll()
    qtbot.keyClicks(birth, "02-08-1990")
    qtbot.keyClick(birth, Qt.Key.Key_Tab)
    assert "birth date" in identity.warnings.text()
    address = wizard.pages[2]
    assert [address.cascades["address"].code(level) for level in ("province", "regency", "district")] == [
        "32", "32.01", "32.01.01"]
    assert address.first_field() is address.form.widgets["address.village_code"]  # where the step starts


def test_a_nik_typed_over_an_address_begun_by_hand_keeps_the_address(qtbot, ui_context: UiContext) -> None:
    wizard = open_wizard(qtbot, ui_context, {"consent.given": True, "address.province_code": "31"}, step=1)
    type_into(qtbot, "identity.nik", "3201014108900001")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert wizard.flow.text("address.province_code") == "31"
    assert "province" not in wizard.pages[1].proposal.text()

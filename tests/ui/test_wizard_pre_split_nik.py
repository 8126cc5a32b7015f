"""A NIK issued in a district from before a split: warned about, confirmed against the KTP, saved, kept.

Through the real wizard with the real 2025 region list: 32.01.41 is not a
district today, so the officer is told, ticks "I confirm this matches the
KTP", and the record is stored with that confirmation and the versions of
the reference data it was checked against.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.validation import NIK_CONFIRMED
from desktop.ui.context import UiContext
from tests.operations.test_wizard_flow import GOOD
from tests.support import REFERENCE
from tests.ui.helpers import focused, open_wizard, press_alt, type_into, with_stored_ktp

PRE_SPLIT_NIK = "3201 4141 0890 0001"  # district 32.01.41: in no 2025 list; born 1 Aug 1990, female


def test_a_pre_split_nik_is_warned_about_confirmed_and_saved_with_the_confirmation(
        qtbot, ui_context: UiContext) -> None:
    assert REFERENCE.regions.get("32.01.41") is None and REFERENCE.regions.get("32.01") is not None
    others = {k: v for k, v in with_stored_ktp(ui_context, GOOD).items() if not k.startswith("identity.")}
    wizard = open_wizard(qtbot, ui_context, {**others, "identity.kk": GOOD["identity.kk"],
                                             "identity.full_name": "Siti Aminah", "identity.birth_place": "Bogor",
                                             "identity.birth_date": "01-08-1990", "identity.sex": "female",
                                             "identity.marital_status": "married"}, 1)
    identity = wizard.pages[1]
    confirm = identity.form.widgets[NIK_CONFIRMED]
    assert not confirm.isVisibleTo(wizard), "no warning yet, nothing to confirm"

    type_into(qtbot, "identity.nik", PRE_SPLIT_NIK)
    assert "not in the 2025 Kemendagri region list" in identity.warnings.text()
    assert confirm.isVisibleTo(wizard), "the way out: confirm it matches the KTP"

    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 1, "a warning is confirmed before going on, never silently passed"
    assert focused() is confirm
    qtbot.keyClick(confirm, Qt.Key.Key_Space)
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 2

    for step in range(2, 7):  # the rest was typed before (the draft): walk on with Next
        press_alt(qtbot, Qt.Key.Key_N)
        assert wizard.flow.step == step + 1
    with qtbot.waitSignal(wizard.saved, timeout=10_000) as saved:
        press_alt(qtbot, Qt.Key.Key_R)
    summary = saved.args[0]
    assert summary.status == "ready" and summary.nik_masked == "3201********0001"

    records = ui_context.session.records
    stored = records.get_registration(summary.record_id)
    assert stored.identity.nik == "3201414108900001", "the NIK is never corrected"
    assert stored.identity.nik_warnings_confirmed
    assert records.checked_against(summary.record_id) == REFERENCE.versions

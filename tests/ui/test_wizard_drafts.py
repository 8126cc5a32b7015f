"""Drafts autosave (debounced, on every step change, Ctrl+S) and come back when reopened."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store.outbox_table import RecordStatus
from desktop.store.records import RecordQuery
from desktop.ui.context import UiContext
from desktop.ui.wizard.registration_wizard import RegistrationWizard
from tests.operations.test_wizard_flow import GOOD
from tests.support import REFERENCE
from tests.ui.helpers import focused, open_wizard, press_alt, type_into, with_stored_ktp


def test_typing_autosaves_after_a_pause(qtbot, ui_context: UiContext) -> None:
    wizard = open_wizard(qtbot, ui_context, {k: v for k, v in GOOD.items() if k.startswith("consent.")}, 1)
    type_into(qtbot, "identity.full_name", "Siti Aminah")
    qtbot.waitUntil(lambda: "Draft saved" in wizard.draft_status.text(), timeout=5_000)
    (info,) = ui_context.session.drafts.all()
    assert info.draft_id == wizard.flow.draft_id
    assert ui_context.session.drafts.load(info.draft_id)["identity.full_name"] == "Siti Aminah"


def test_ctrl_s_saves_now_and_a_reopened_draft_comes_back(qtbot, ui_context: UiContext) -> None:
    data = {k: v for k, v in GOOD.items() if not k.startswith(("contact.", "background.", "documents."))}
    wizard = open_wizard(qtbot, ui_context, data, 2)
    press_alt(qtbot, Qt.Key.Key_N)  # address → contact, which saves the draft at once
    assert wizard.flow.step == 3
    type_into(qtbot, "contact.phone", "0812 1111 2222")
    wizard.draft_status.clear()
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Draft saved" in wizard.draft_status.text(), timeout=2_000)
    with qtbot.waitSignal(wizard.closed, timeout=5_000):
        press_alt(qtbot, Qt.Key.Key_C)
    (info,) = ui_context.session.drafts.all()
    assert info.step == 3

    again = RegistrationWizard(ui_context, REFERENCE, draft_id=info.draft_id)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.isEnabled, timeout=5_000)
    assert again.flow.step == 3
    assert again.pages[3].form.widgets["contact.phone"].text() == "0812 1111 2222"
    assert again.pages[1].form.widgets["identity.nik"].text() == GOOD["identity.nik"]
    assert again.pages[2].cascades["address"].code("village") == GOOD["address.village_code"]
    assert again.steps.item(3).text().startswith("▶")


def test_save_as_draft_record(qtbot, ui_context: UiContext) -> None:
    wizard = open_wizard(qtbot, ui_context, with_stored_ktp(ui_context, GOOD), 7)
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        press_alt(qtbot, Qt.Key.Key_D)
    (summary,) = ui_context.session.records.list_records(RecordQuery(), 0, 5)
    assert summary.status == RecordStatus.DRAFT
    assert ui_context.session.drafts.all() == []


def test_idle_lock_keeps_what_was_typed(qtbot, ui_context: UiContext) -> None:
    wizard = open_wizard(qtbot, ui_context, {k: v for k, v in GOOD.items() if k.startswith("consent.")}, 1)
    type_into(qtbot, "identity.full_name", "Siti")
    ui_context.signals.session_ending.emit()  # what the shell does on idle lock, before closing the session
    ui_context.runner.run_now(lambda: None)  # the draft job was queued first on the store thread
    qtbot.waitUntil(lambda: bool(ui_context.session.drafts.all()), timeout=5_000)
    (info,) = ui_context.session.drafts.all()
    assert ui_context.session.drafts.load(info.draft_id)["identity.full_name"] == "Siti"
    wizard.draft_status.clear()
    type_into(qtbot, "identity.birth_place", "Bogor")  # typed behind the lock screen's back: not saved again
    wizard.save_draft_now()
    assert wizard.draft_status.text() == ""
    assert ui_context.session.drafts.load(info.draft_id).get("identity.birth_place") != "Bogor"

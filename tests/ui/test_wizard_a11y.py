"""MUST-SHOW (2): every wizard page and the dialogs name every focusable control; no colour-only cues."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.operations.wizard_flow import REVIEW
from desktop.ui import theme
from desktop.ui.context import UiContext
from desktop.ui.preferences import Preferences
from desktop.ui.record_dialog import RecordDialog
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.ui.a11y_checks import assert_all_focusable_named, assert_targets_large_enough
from tests.ui.helpers import open_wizard

EVERYTHING_VISIBLE = {
    "consent.consenter": "guardian", "consent.method": "verbal_with_witness", "address.current_differs": True,
    "disability.consented": True, "disability.has_disability": True, "identity.nik": "3201014108900001",
    "identity.kk": "3201011505150003", "identity.birth_date": "02-08-1990", "identity.sex": "male",
}

MUST_SHOW = {0: ("consent.guardian_name", "consent.witness_name"), 1: ("identity.nik_warnings_confirmed",),
             2: ("current_address.province_code", "current_address.street"),
             5: ("disability.types", "disability.notes")}


def test_every_page_names_every_control(qtbot, qapp, ui_context: UiContext) -> None:
    theme.apply(qapp, Preferences())  # as the application starts: the theme sets the 24 px minimum targets
    wizard = open_wizard(qtbot, ui_context, EVERYTHING_VISIBLE, REVIEW)  # every step reached
    for step, page in enumerate(wizard.pages):
        assert wizard.show_step(step)  # as Enter on the step list does
        QApplication.processEvents()
        assert_all_focusable_named(wizard)
        assert_targets_large_enough(wizard)
        # The current step is marked by text, not colour alone.
        assert wizard.steps.item(step).text().startswith("▶")
        spoken = wizard.steps.item(step).data(Qt.ItemDataRole.AccessibleTextRole)
        assert spoken.endswith("(current step)")
        assert f"Step {step + 1} of 8" in wizard.title.text()
        # The optional parts really were shown (otherwise the check above proved nothing about them).
        for key in MUST_SHOW.get(step, ()):
            widget = page.form.focus_target(key)
            assert widget is not None and widget.isVisibleTo(wizard) and widget.isEnabled(), key


def test_record_dialog_names_every_control(qtbot, qapp, ui_context: UiContext) -> None:
    theme.apply(qapp, Preferences(text_scale=200))
    reg = make_reg(1)
    ui_context.session.records.save_registration(reg, reference=REFERENCE)
    dialog = RecordDialog(ui_context, reg.record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.registration is not None, timeout=10_000)
    assert_all_focusable_named(dialog)
    assert_targets_large_enough(dialog)

"""Every draft can be found, opened and discarded, not only the newest (the banner counted them all)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.context import UiContext
from desktop.ui.drafts_dialog import DRAFT_ROLE, DraftsDialog
from desktop.ui.records_view import RecordsView
from tests.ui.a11y_checks import assert_all_focusable_named
from tests.ui.helpers import answer_yes, focused

APPLICANTS = {"Siti Aminah": 1, "Budi Santoso": 4, "": 0}  # name typed so far -> step


def _view_with_drafts(qtbot, context: UiContext) -> tuple[RecordsView, dict[str, uuid.UUID]]:
    ids = {}
    for name, step in APPLICANTS.items():
        ids[name] = uuid.uuid4()
        context.session.drafts.save(ids[name], {"identity.full_name": name}, step)
    view = RecordsView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.continue_button.isVisible() and len(view.drafts) == 3, timeout=10_000)
    return view, ids


def _open_list(qtbot, view: RecordsView) -> DraftsDialog:
    view.activateWindow()
    view.continue_button.setFocus()
    qtbot.keyClick(view.continue_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.drafts_dialog is not None and view.drafts_dialog.isVisible(), timeout=5_000)
    dialog = view.drafts_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list, timeout=5_000)
    return dialog


def _row_of(dialog: DraftsDialog, draft_id: uuid.UUID) -> int:
    (row,) = [r for r in range(dialog.list.count()) if dialog.list.item(r).data(DRAFT_ROLE) == str(draft_id)]
    return row


def test_every_draft_is_listed_with_whose_when_and_how_far(qtbot, ui_context: UiContext) -> None:
    view, _ids = _view_with_drafts(qtbot, ui_context)
    assert view.continue_button.text() == "&Continue a draft…"
    dialog = _open_list(qtbot, view)
    assert_all_focusable_named(dialog)
    texts = sorted(dialog.list.item(r).text() for r in range(dialog.list.count()))
    assert len(texts) == 3
    assert any(t.startswith("Siti Aminah · saved ") and t.endswith("step 2 of 8") for t in texts)
    assert any(t.startswith("Budi Santoso · saved ") and t.endswith("step 5 of 8") for t in texts)
    assert any(t.startswith("(no name yet) · saved ") for t in texts)


def test_any_draft_opens_by_keyboard(qtbot, ui_context: UiContext) -> None:
    view, ids = _view_with_drafts(qtbot, ui_context)
    dialog = _open_list(qtbot, view)
    target = _row_of(dialog, ids["Budi Santoso"])
    for _ in range(target):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.draft_requested, timeout=5_000) as opened:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert opened.args == [ids["Budi Santoso"]]


def test_a_draft_is_discarded_after_a_confirmation(qtbot, ui_context: UiContext) -> None:
    view, ids = _view_with_drafts(qtbot, ui_context)
    dialog = _open_list(qtbot, view)
    dialog.list.setCurrentRow(_row_of(dialog, ids["Siti Aminah"]))
    dialog.discard_button.click()
    answer_yes(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5_000)
    assert dialog.status.text() == "The unfinished registration was discarded."
    left = {d.draft_id for d in ui_context.session.drafts.all()}
    assert left == {ids["Budi Santoso"], ids[""]}
    qtbot.waitUntil(lambda: len(view.drafts) == 2, timeout=5_000)  # the banner follows the change

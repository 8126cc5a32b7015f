"""The records list: a lazy model checked by qtmodeltester, search, filter, opening and drafts."""

from __future__ import annotations

import dataclasses
import uuid

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.registration import AttachmentKind
from desktop.operations.wizard_flow import REVIEW
from desktop.store.outbox_table import RecordStatus
from desktop.store.records import RecordQuery
from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.record_dialog import RecordDialog
from desktop.ui.records_model import RecordsModel
from desktop.ui.records_view import RecordsView
from desktop.ui.translations import install_translators
from desktop.ui.wizard.registration_wizard import RegistrationWizard
from tests.store.record_helpers import make_reg, spelled
from tests.support import REFERENCE
from tests.ui.a11y_checks import assert_all_focusable_named
from tests.ui.helpers import press_alt

COUNT = 450


@pytest.fixture
def filled(ui_context: UiContext) -> UiContext:
    for n in range(1, COUNT + 1):
        ui_context.session.records.save_registration(make_reg(n), ready=n % 3 != 0, reference=REFERENCE)
    return ui_context


def wait_loaded(qtbot, model: RecordsModel) -> None:
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        pass


def test_model_pages_lazily_and_passes_qtmodeltester(qtbot, qtmodeltester, filled: UiContext) -> None:
    model = RecordsModel(filled, page_size=200)
    with qtbot.waitSignal(model.loaded, timeout=10_000) as loaded:
        model.set_query(RecordQuery())
    assert loaded.args == [COUNT]
    assert model.rowCount() == 200 and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)  # it fetches a page itself
    qtbot.waitUntil(lambda: not model.fetching, timeout=10_000)
    while model.canFetchMore():
        before = model.rowCount()
        model.fetchMore()
        assert not model.canFetchMore(), "one page at a time"
        qtbot.waitUntil(lambda b=before: model.rowCount() > b, timeout=10_000)
    assert model.rowCount() == COUNT
    qtmodeltester.check(model, force_py=True)
    names = {model.index(r, 0).data() for r in range(COUNT)}
    assert len(names) == COUNT
    niks = {model.index(r, 1).data() for r in range(COUNT)}
    assert all("********" in nik for nik in niks), "the list shows masked NIKs only"


def test_a_record_made_with_a_doubtful_clock_says_so_in_its_date(qtbot, ui_context: UiContext) -> None:
    records = ui_context.session.records
    fine = records.save_registration(make_reg(1), reference=REFERENCE)
    ui_context.session.outbox.record_clock_offset(6 * 3600)  # the last sync found the clock six hours off
    doubtful = records.save_registration(make_reg(2), reference=REFERENCE)
    model = RecordsModel(ui_context)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(RecordQuery())
    dates = {model.index(r, 0).data(): model.index(r, 5).data() for r in range(model.rowCount())}
    spoken = {model.index(r, 0).data(): model.index(r, 5).data(Qt.ItemDataRole.AccessibleTextRole)
              for r in range(model.rowCount())}
    assert "doubtful" not in dates[fine.full_name]
    assert dates[doubtful.full_name].endswith("(device clock doubtful)")  # words, not a colour
    assert spoken[doubtful.full_name] == dates[doubtful.full_name]


def test_search_by_nik_prefix_name_and_phone(qtbot, filled: UiContext) -> None:
    model = RecordsModel(filled)
    reg = make_reg(123)
    for text in (reg.identity.nik[:12], "Nomor Bcd", "0812-0000-0123"):
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            model.set_query(RecordQuery(text=text))
        names = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert "Pendaftar Nomor Bcd" in names, text
    with qtbot.waitSignal(model.loaded, timeout=10_000) as loaded:
        model.set_query(RecordQuery(text="no such person"))
    assert loaded.args == [0] and model.rowCount() == 0


def test_view_keyboard_search_filter_sort_and_open(qtbot, filled: UiContext) -> None:
    view = RecordsView(filled)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        view.show()
        view.activateWindow()
    assert_all_focusable_named(view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.search
    with qtbot.waitSignal(view.model.loaded, timeout=10_000) as loaded:
        qtbot.keyClicks(view.search, "Nomor Bc")
    assert loaded.args[0] == 11  # 12 and 120..129
    assert "11" in view.count_label.text()
    # The status filter by keyboard: Tab to it, arrow down to "Ready to send".
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.status_filter
    with qtbot.waitSignal(view.model.loaded, timeout=10_000) as loaded:
        qtbot.keyClick(view.status_filter, Qt.Key.Key_Down)
        qtbot.keyClick(view.status_filter, Qt.Key.Key_Down)
    assert view.status_filter.currentData() == RecordStatus.READY
    assert loaded.args[0] == 6  # of 12 and 120..129, the multiples of 3 were saved as drafts
    view.table.setFocus()
    view.table.selectRow(2)
    chosen = view.selected_summary()
    # Enter asks for it (the main window's coordinator opens it: test_enter_opens_the_record_window).
    with qtbot.waitSignal(view.record_requested, timeout=5_000) as requested:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert requested.args == [chosen]


def test_header_clicks_do_not_reorder_a_partly_loaded_list(qtbot, filled: UiContext) -> None:
    """Only the first page (200 of 450 here, of 100,000 at an office) is loaded: sorting it by a header would
    show "A…" names of that page as if they were the first of all, so the headers do not sort."""
    view = RecordsView(filled)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        view.show()
    assert view.model.rowCount() < COUNT
    def names() -> list[str]:
        return [view.table.model().index(r, 0).data() for r in range(view.table.model().rowCount())]

    before = names()
    assert before[0] == f"Pendaftar Nomor {spelled(COUNT)}", "newest first, in the store's order"
    header = view.table.horizontalHeader()
    for column in (0, 5, 0):  # name, registered, name again: ascending, then descending if it sorted
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(column) + 5, 5))
        assert names() == before, f"a click on column {column} reordered the page"
    assert not header.isSortIndicatorShown()
    assert "newest first" in view.count_label.text()


@pytest.mark.parametrize(("language", "one", "many"), [
    ("en", "1 record found, newest first.", "11 records found, newest first."),
    ("id", "1 data ditemukan, yang terbaru di atas.", "11 data ditemukan, yang terbaru di atas."),
])
def test_the_count_reads_naturally_in_each_language(qtbot, qapp, filled: UiContext, language, one, many) -> None:
    install_translators(qapp, language)
    view = RecordsView(filled)
    qtbot.addWidget(view)
    wait_loaded(qtbot, view.model)
    for text, expected in (("Nomor Bcd", one), ("Nomor Bc", many)):
        with qtbot.waitSignal(view.model.loaded, timeout=10_000):
            view.search.setText(text)
        assert view.count_label.text() == expected


def test_continue_draft_offers_the_newest_draft(qtbot, ui_context: UiContext) -> None:
    draft_id = uuid.uuid4()
    ui_context.session.drafts.save(draft_id, {"identity.full_name": "x"}, 2)
    view = RecordsView(ui_context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.continue_button.isVisible(), timeout=10_000)
    assert_all_focusable_named(view)
    assert "step 3" in view.drafts_label.text()
    with qtbot.waitSignal(view.draft_requested, timeout=5_000) as opened:
        view.continue_button.setFocus()
        qtbot.keyClick(view.continue_button, Qt.Key.Key_Space)
    assert opened.args == [draft_id]


def open_main(qtbot, context: UiContext) -> MainWindow:
    main = MainWindow(context)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.home.model.loaded, timeout=10_000):
        main.show()
    # The filled device is past the offline limits' warning: the officer reads the log-in notice and closes it.
    qtbot.waitUntil(lambda: main.limits.evaluation is not None, timeout=10_000)
    notice = main.limits.notice
    if notice is not None and shiboken6.isValid(notice):
        notice.accept()
    main.activateWindow()
    return main


def open_selected(qtbot, main: MainWindow, row: int = 0) -> RecordDialog:
    """Select a row of the records list and press Enter, as the officer does."""
    # Enter is the table's own shortcut: it works only once the main window is active and the table has focus,
    # which on a busy machine comes a moment after show().
    main.show_home()  # a supervisor's window opens on the dashboard
    main.activateWindow()
    main.home.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main.home.table, timeout=5_000)
    main.home.table.selectRow(row)
    qtbot.keyClick(main.home.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(isinstance(w, RecordDialog) for w in main.windows.windows), timeout=5_000)
    (dialog,) = [w for w in main.windows.windows if isinstance(w, RecordDialog)]
    qtbot.waitUntil(lambda: dialog.registration is not None, timeout=10_000)
    return dialog


def correction_window(qtbot, main: MainWindow, dialog: RecordDialog) -> RegistrationWizard:
    dialog.correct_button.click()
    (wizard,) = [w for w in main.windows.windows if isinstance(w, RegistrationWizard)]
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=5_000)
    return wizard


def retype(qtbot, wizard: RegistrationWizard, step: int, key: str, text: str) -> None:
    """Jump to `step` with the step list and replace what `key` holds, by keyboard."""
    assert wizard.show_step(step)
    field = wizard.pages[step].form.widgets[key]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_enter_opens_the_record_window(qtbot, filled: UiContext) -> None:
    main = open_main(qtbot, filled)
    chosen = main.home.model.rows[2]
    dialog = open_selected(qtbot, main, 2)
    assert dialog.registration.identity.full_name == chosen.full_name
    assert "LRG-" in dialog.status.text()
    assert_all_focusable_named(dialog)
    dialog.close()


def test_correct_makes_the_wizard_save_a_correction(qtbot, ui_context: UiContext) -> None:
    reg = make_reg(7)
    reg = dataclasses.replace(reg, attachments=())
    ui_context.session.records.save_registration(reg, reference=REFERENCE)
    ref = ui_context.session.attachments.add(AttachmentKind.KTP, _jpeg())
    reg = dataclasses.replace(reg, attachments=(ref,))
    ui_context.session.records.correct_registration(reg, reference=REFERENCE)
    main = open_main(qtbot, ui_context)
    wizard = correction_window(qtbot, main, open_selected(qtbot, main))
    assert wizard.flow.text("identity.full_name") == "Pendaftar Nomor H"
    assert wizard.pages[2].cascades["address"].code("village") == reg.address.village_code
    retype(qtbot, wizard, 1, "identity.full_name", "Pendaftar Nomor Tujuh")
    assert wizard.show_step(REVIEW)
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        press_alt(qtbot, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: any(isinstance(w, RecordDialog) for w in main.windows.windows), timeout=5_000)
    again = ui_context.session.records.get_registration(reg.record_id)
    assert again.identity.full_name == "Pendaftar Nomor Tujuh"
    assert again.identity.nik == reg.identity.nik


def test_correcting_an_accepted_record_makes_version_2(qtbot, ui_context: UiContext) -> None:
    """Once the centre accepted version 1, a correction is a new version that names the one it replaces."""
    from desktop.store.outbox import OutboxStore

    ref = ui_context.session.attachments.add(AttachmentKind.KTP, _jpeg())
    reg = dataclasses.replace(make_reg(17), attachments=(ref,))
    ui_context.session.records.save_registration(reg, reference=REFERENCE)
    centre = OutboxStore(ui_context.session.engine)  # what the sync engine records when the centre answers
    centre.mark_sending(reg.record_id, 1)
    centre.mark_result(reg.record_id, 1, RecordStatus.ACCEPTED)
    main = open_main(qtbot, ui_context)
    dialog = open_selected(qtbot, main)
    assert dialog.summary.status is RecordStatus.ACCEPTED
    wizard = correction_window(qtbot, main, dialog)
    retype(qtbot, wizard, 1, "identity.full_name", "Pendaftar Nomor Tujuh Belas")
    assert wizard.show_step(REVIEW)
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        press_alt(qtbot, Qt.Key.Key_R)  # ready to send
    corrected = ui_context.session.records.get_registration(reg.record_id)
    assert (corrected.version, corrected.replaces_version) == (2, 1)
    assert corrected.identity.full_name == "Pendaftar Nomor Tujuh Belas"
    [summary] = ui_context.session.records.list_records(RecordQuery(), 0, 10)
    assert (summary.version, summary.status) == (2, RecordStatus.READY)


def _jpeg() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (60, 40), (10, 20, 30)).save(out, "JPEG")
    return out.getvalue()


def error_box() -> QMessageBox | None:
    """The error box on screen, shown from the one place errors are shown."""
    boxes = [w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.objectName() == "errorBox"
             and w.isVisible()]
    return boxes[0] if boxes else None


def test_a_receipt_pdf_that_cannot_be_written_is_told_to_the_officer(qtbot, ui_context: UiContext,
                                                                      tmp_path) -> None:
    reg = make_reg(11)
    ui_context.session.records.save_registration(reg, reference=REFERENCE)
    view = RecordsView(ui_context)
    qtbot.addWidget(view)
    dialog = RecordDialog(ui_context, reg.record_id, view)
    qtbot.waitUntil(lambda: dialog.registration is not None, timeout=10_000)
    dialog.show()
    content = dialog.receipt_content()
    nowhere = tmp_path / "no-such-folder" / "receipt.pdf"
    dialog.write_pdf(content, nowhere)  # written off the GUI thread
    qtbot.waitUntil(lambda: error_box() is not None, timeout=10_000)
    box = error_box()
    text = box.text()
    assert "The receipt could not be saved" in text
    assert reg.identity.full_name not in text and reg.identity.nik not in text
    assert not nowhere.exists()
    box.close()  # as the officer would
    here = tmp_path / "receipt.pdf"
    with qtbot.waitSignal(dialog.pdf_written, timeout=10_000) as written:
        dialog.write_pdf(content, here)
    assert written.args == [here] and here.read_bytes().startswith(b"%PDF")


def test_the_officer_column_names_the_officer_as_at_log_in(qtbot, ui_context: UiContext) -> None:
    ui_context.session.records.save_registration(make_reg(1), reference=REFERENCE)
    main = open_main(qtbot, ui_context)
    model = main.home.model
    column = model.COLUMNS.index("officer")
    name = ui_context.session.account.display_name
    qtbot.waitUntil(lambda: model.index(0, column).data() == name, timeout=5_000)
    assert name != ui_context.session.account.username

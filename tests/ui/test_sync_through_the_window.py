"""MUST-SHOW: the whole loop through the window, against the real reference server on 127.0.0.1.

A supervisor enrols the device from Tools, registers an applicant through the wizard by keyboard, presses F5;
the centre refuses the applicant as ineligible, and the record says so at once; the correction made through the
wizard goes again and is accepted; the centre verifies it, and the next F5 brings that decision onto the record
in the list and its dialog.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.operations.wizard_flow import REVIEW
from desktop.store.device import Device
from desktop.store.outbox_table import RecordStatus
from desktop.store.records import RecordQuery
from desktop.ui import preferences
from desktop.ui.preferences import Preferences
from desktop.ui.record_dialog import RecordDialog
from desktop.ui.wizard.registration_wizard import RegistrationWizard
from sync.server.cli import main as central_cli
from sync.server.subprocess_server import ServerProcess
from tests.sync.sync_support import centre_counts, enrolment_code
from tests.ui.helpers import DESK_PASSWORD, DESK_USER, focused, press_alt, set_up_desk, tick
from tests.ui.test_shell_login import log_in
from tests.ui.test_wizard_keyboard import walk_wizard

BACKGROUND_STEP = 4


@pytest.mark.slow
def test_enrol_register_sync_decision_and_correction_through_the_window(qtbot, make_shell, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, central = tmp_path / "device", tmp_path / "central"
    set_up_desk(data_dir)
    preferences.save(data_dir, Preferences(language="en"))
    with ServerProcess(central) as server:
        shell = make_shell(data_dir)
        main = log_in(qtbot, shell, DESK_USER, DESK_PASSWORD)
        enrol_from_tools(qtbot, shell, main, server.url, central, capsys)

        record_id = register(qtbot, main, tmp_path)  # a village official: the review warned, saving was allowed
        bar = main.sync_status
        press_f5(qtbot, main)
        qtbot.waitUntil(lambda: row_status(main, record_id) == "Rejected", timeout=20_000)
        assert "0 sent, 1 refused" in main.statusBar().currentMessage()
        assert "Open the refused records to see the centre's reasons" in main.statusBar().currentMessage()
        qtbot.waitUntil(lambda: bar.waiting_label.text() == "Waiting to be sent: 0",  # judged: not retried
                        timeout=5_000)

        dialog = open_record(qtbot, main, record_id)
        assert "Status: Rejected" in dialog.status.text()
        dialog.correct_button.click()
        correct_occupation(qtbot, main)
        press_f5(qtbot, main)
        qtbot.waitUntil(lambda: row_status(main, record_id) == "Accepted", timeout=20_000)
        assert "1 sent, 0 refused" in main.statusBar().currentMessage()

        capsys.readouterr()
        assert central_cli(["decide", "--data-dir", str(central), "--record", record_id, "--verify"]) == 0
        press_f5(qtbot, main)
        qtbot.waitUntil(lambda: row_status(main, record_id) == "Verified", timeout=20_000)
        assert "1 decisions received" in main.statusBar().currentMessage()
        assert "Status: Verified" in open_record(qtbot, main, record_id).status.text()
        counts = centre_counts(central, capsys)
        # The centre kept nothing of what it refused: the corrected data went as the same version.
        assert (counts["devices"], counts["records"], counts["record_versions"]) == (1, 1, 1)

    session = Device.open(data_dir).login(DESK_USER, DESK_PASSWORD)
    try:
        (summary,) = session.records.list_records(RecordQuery(), 0, 10)
        assert (summary.version, summary.status) == (1, RecordStatus.VERIFIED)
        assert session.records.get_registration(summary.record_id).background.excluded_occupations == set()
    finally:
        session.close()


def enrol_from_tools(qtbot, shell, main, url: str, central: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, words = enrolment_code(central, capsys)
    main.enrol_action.trigger()
    dialog = shell.dialog
    qtbot.keyClicks(dialog.url, url)
    qtbot.keyClicks(dialog.code, code)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.words.isVisible(), timeout=10_000)
    assert dialog.words.text() == words
    dialog.yes_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: main.sync_status.online_label.text() != "Not enrolled", timeout=10_000)


def register(qtbot, main, tmp_path: Path) -> str:
    main.activateWindow()
    QApplication.processEvents()
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(main.wizard, RegistrationWizard), timeout=5_000)
    qtbot.waitUntil(lambda: focused().objectName() == "consentText", timeout=5_000)
    walk_wizard(qtbot, main.wizard, tmp_path)
    qtbot.waitUntil(lambda: main.wizard is None, timeout=5_000)
    (dialog,) = main.findChildren(RecordDialog)
    qtbot.waitUntil(lambda: dialog.registration is not None, timeout=5_000)
    record_id = str(dialog.registration.record_id)
    dialog.close()
    return record_id


def press_f5(qtbot, main) -> None:
    """F5 in the main window, once the record dialog the last step left open is closed."""
    for dialog in main.findChildren(RecordDialog):
        dialog.close()
    main.activateWindow()
    QApplication.processEvents()
    qtbot.keyClick(focused(), Qt.Key.Key_F5)


def row_status(main, record_id: str) -> str:
    """The Status cell of the record's row, as the list shows (and a screen reader reads) it."""
    model = main.home.model
    for row in range(model.rowCount()):
        if str(model.rows[row].record_id) == record_id:
            return str(model.data(model.index(row, model.COLUMNS.index("status"))))
    return ""


def open_record(qtbot, main, record_id: str) -> RecordDialog:
    model = main.home.model
    row = next(r for r in range(model.rowCount()) if str(model.rows[r].record_id) == record_id)
    main.home.table.setCurrentIndex(model.index(row, 0))
    main.home.table.setFocus()
    qtbot.keyClick(main.home.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.registration is not None and d.isVisible()
                                for d in main.findChildren(RecordDialog)), timeout=5_000)
    return next(d for d in main.findChildren(RecordDialog) if d.isVisible())


def correct_occupation(qtbot, main) -> None:
    """A correction window opens on the record: go to Background, untick the village official, review, save."""
    qtbot.waitUntil(lambda: len(main.findChildren(RegistrationWizard)) == 1, timeout=5_000)
    (wizard,) = main.findChildren(RegistrationWizard)
    wizard.activateWindow()
    QApplication.processEvents()
    while wizard.flow.step < BACKGROUND_STEP:
        press_alt(qtbot, Qt.Key.Key_N)
    tick(qtbot, "background.excluded_occupations.village_official")
    while wizard.flow.step < REVIEW:
        press_alt(qtbot, Qt.Key.Key_N)
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        press_alt(qtbot, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: not main.findChildren(RegistrationWizard), timeout=5_000)

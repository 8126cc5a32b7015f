"""The officer syncs from the main window (F5) against the real reference server; the status bar says, in
words, what waits, what is held back, when the last sync succeeded and whether the centre is reachable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.cli import main as luring
from desktop.store.device import Device
from sync.server.subprocess_server import ServerProcess
from tests.support import REFERENCE
from tests.sync.records import new_registration
from tests.sync.sync_support import enrolment_code
from tests.ui.a11y_checks import assert_all_focusable_named, assert_targets_large_enough
from tests.ui.helpers import OFFICER, SUPERVISOR
from tests.ui.test_shell_login import log_in


@pytest.mark.slow
def test_f5_sends_what_waits_and_the_status_bar_says_so(qtbot, make_shell, device, tmp_path, capsys,
                                                      monkeypatch):
    session = Device.open(device.data_dir).login(OFFICER[0], OFFICER[2])
    for _ in range(3):
        session.records.save_registration(new_registration(), reference=REFERENCE)
    session.close()
    central = tmp_path / "central"
    with ServerProcess(central) as server:
        shell = make_shell(device.data_dir)
        main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
        bar = main.sync_status
        qtbot.waitUntil(lambda: bar.waiting_label.text() == "Menunggu dikirim: 3", timeout=10_000)
        assert bar.online_label.text() == "Belum terdaftar di pusat"
        assert bar.sync_label.text() == "Sinkronisasi terakhir: belum pernah"

        qtbot.keyClick(main, Qt.Key.Key_F5)  # not enrolled yet: said plainly, nothing lost
        qtbot.waitUntil(lambda: "belum terdaftar" in main.statusBar().currentMessage(), timeout=10_000)

        monkeypatch.setenv("LURING_PASSWORD", SUPERVISOR[2])
        code, words = enrolment_code(central, capsys)
        assert luring(["enrol", "--data-dir", str(device.data_dir), "--user", SUPERVISOR[0], "--url", server.url,
                       "--code", code, "--fingerprint", words]) == 0
        qtbot.keyClick(main, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: bar.waiting_label.text() == "Menunggu dikirim: 0", timeout=20_000)
        assert "3 terkirim" in main.statusBar().currentMessage()
        assert bar.online_label.text() == "Terhubung" and bar.held_label.text() == "Ditahan: 0"
        assert bar.sync_label.text().startswith("Sinkronisasi terakhir: ")
        assert "belum pernah" not in bar.sync_label.text()
        for label in (bar.waiting_label, bar.held_label, bar.sync_label, bar.online_label):
            assert label.accessibleName()  # each figure is read out, not only drawn

    qtbot.keyClick(main, Qt.Key.Key_F5)  # the centre is gone: the officer is told what to do
    qtbot.waitUntil(lambda: "tidak dapat dihubungi" in main.statusBar().currentMessage(), timeout=30_000)
    qtbot.waitUntil(lambda: bar.online_label.text() == "Tidak terhubung", timeout=10_000)


@pytest.mark.slow
def test_a_supervisor_enrols_from_the_window_only_after_comparing_the_words(qtbot, make_shell, device, tmp_path,
                                                                             capsys):
    central = tmp_path / "central"
    with ServerProcess(central) as server:
        shell = make_shell(device.data_dir)
        main = log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
        assert main.enrol_action.isVisible()

        def open_dialog(code: str):
            main.enrol_action.trigger()
            dialog = shell.dialog
            qtbot.keyClicks(dialog.url, server.url)
            qtbot.keyClicks(dialog.code, code)
            dialog.connect_button.click()
            qtbot.waitUntil(lambda: dialog.words.isVisible(), timeout=10_000)
            return dialog

        code, words = enrolment_code(central, capsys)
        dialog = open_dialog(code)
        assert dialog.words.text() == words  # what the supervisor compares with the printout
        assert_all_focusable_named(dialog)
        assert_targets_large_enough(dialog)
        assert words in dialog.words.accessibleName()
        dialog.no_button.click()  # they differ: nothing of the answer is kept
        assert "does not match" in dialog.error.text() or "tidak cocok" in dialog.error.text()
        dialog.reject()
        other = Device.open(device.data_dir).login(SUPERVISOR[0], SUPERVISOR[2])
        assert other.enrolment.current() is None
        other.close()

        code, words = enrolment_code(central, capsys)
        dialog = open_dialog(code)
        dialog.yes_button.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        main.sync_action.trigger()
        qtbot.waitUntil(lambda: main.sync_status.online_label.text() == "Terhubung", timeout=20_000)

"""The sync panel against the real reference server: progress, Stop that really stops and loses nothing, the
last syncs in words, and a sync that starts by itself once the centre answers again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.cli import main as luring
from desktop.operations import sync_ops
from desktop.store.device import Device
from desktop.ui import sync_control
from desktop.ui.sync_runs_model import SyncRunsModel
from sync.server.subprocess_server import ServerProcess, free_port
from tests.support import REFERENCE
from tests.sync.records import new_registration
from tests.sync.sync_support import centre_counts, enrolment_code
from tests.ui.helpers import OFFICER, SUPERVISOR
from tests.ui.test_shell_login import log_in


def save_records(data_dir, count: int) -> None:
    session = Device.open(data_dir).login(OFFICER[0], OFFICER[2])
    try:
        for _ in range(count):
            session.records.save_registration(new_registration(), reference=REFERENCE)
    finally:
        session.close()


def enrol(data_dir, url, central, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LURING_PASSWORD", SUPERVISOR[2])
    code, words = enrolment_code(central, capsys)
    assert luring(["enrol", "--data-dir", str(data_dir), "--user", SUPERVISOR[0], "--url", url,
                   "--code", code, "--fingerprint", words]) == 0


def history_texts(panel) -> list[str]:
    model = panel.history.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def open_panel(qtbot, main):
    qtbot.keyClick(main, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: main.sync_panel is not None and main.sync_panel.isVisible(), timeout=5000)
    return main.sync_panel


@pytest.mark.slow
def test_the_panel_shows_progress_stop_stops_mid_way_and_nothing_is_lost(qtbot, make_shell, device, tmp_path,
                                                                       capsys, monkeypatch):
    total = 80
    save_records(device.data_dir, total)
    monkeypatch.setattr(sync_ops, "BATCH_ITEMS", 2)  # many batches: Stop lands between two of them
    monkeypatch.setattr(sync_control, "TICK_MS", 3_600_000)  # only what the test presses
    central = tmp_path / "central"
    with ServerProcess(central) as server:
        enrol(device.data_dir, server.url, central, capsys, monkeypatch)
        shell = make_shell(device.data_dir)
        main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
        panel = open_panel(qtbot, main)
        qtbot.waitUntil(lambda: panel.waiting.text() == f"Menunggu dikirim: {total}", timeout=10_000)
        assert panel.empty.isVisible() and not panel.bar.isVisible()
        assert not panel.cancel_button.isEnabled()

        qtbot.keyClick(panel.sync_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: panel.bar.value() >= 2, timeout=20_000)
        assert panel.bar.isVisible() and panel.bar.maximum() == total
        assert panel.state.text().startswith("Menyinkronkan: ") and f"dari {total}" in panel.state.text()
        assert not main.sync_action.isEnabled()  # one sync at a time: F5 waits for this one
        panel.cancel_button.click()
        qtbot.waitUntil(lambda: not main.sync.running, timeout=20_000)
        qtbot.waitUntil(lambda: history_texts(panel) != [], timeout=5000)
        [stopped] = history_texts(panel)
        assert "dihentikan" in stopped
        run = panel.history.model().index(0, 0).data(SyncRunsModel.RunRole)
        assert run.cancelled and 0 < run.held < total
        qtbot.waitUntil(lambda: "dihentikan" in main.statusBar().currentMessage(), timeout=5000)
        qtbot.waitUntil(lambda: panel.waiting.text() == f"Menunggu dikirim: {total - run.held}", timeout=5000)
        assert centre_counts(central, capsys)["record_versions"] == run.held

        # The rest goes at the next sync, started with F5 with the panel closed; opened again, the panel shows
        # that sync rather than starting one of its own. Nothing was lost or sent twice.
        panel.close_button.click()
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow, timeout=5000)
        monkeypatch.setattr(sync_ops, "BATCH_ITEMS", 1)
        qtbot.keyClick(main, Qt.Key.Key_F5)
        assert main.sync.running
        assert open_panel(qtbot, main) is panel
        assert panel.bar.isVisible() and panel.cancel_button.isEnabled() and not panel.sync_button.isEnabled()
        qtbot.waitUntil(lambda: len(history_texts(panel)) == 2, timeout=30_000)
        qtbot.waitUntil(lambda: panel.waiting.text() == "Menunggu dikirim: 0", timeout=5000)
        assert f"{total - run.held} terkirim" in history_texts(panel)[0]
        assert centre_counts(central, capsys)["record_versions"] == total
        assert panel.state.text() == "Tidak ada sinkronisasi yang berjalan."


@pytest.mark.slow
def test_a_sync_starts_by_itself_once_the_centre_answers_again(qtbot, make_shell, device, tmp_path, capsys,
                                                              monkeypatch):
    central, port = tmp_path / "central", free_port()
    with ServerProcess(central, port=port) as server:
        enrol(device.data_dir, server.url, central, capsys, monkeypatch)
    save_records(device.data_dir, 3)
    monkeypatch.setattr(sync_control, "TICK_MS", 100)
    monkeypatch.setattr(sync_control, "PROBE_EVERY_S", 0.3)
    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
    bar = main.sync_status
    qtbot.waitUntil(lambda: bar.waiting_label.text() == "Menunggu dikirim: 3", timeout=10_000)
    assert bar.online_label.text() == "Tidak terhubung"
    qtbot.wait(1500)  # several probes, none answered: no sync, nothing in the history
    assert bar.waiting_label.text() == "Menunggu dikirim: 3" and not main.sync.running
    assert Device.open(device.data_dir).login(OFFICER[0], OFFICER[2]).sync_history.latest() == []

    with ServerProcess(central, port=port):  # the centre is back: nobody presses anything
        qtbot.waitUntil(lambda: bar.waiting_label.text() == "Menunggu dikirim: 0", timeout=30_000)
        qtbot.waitUntil(lambda: bar.online_label.text() == "Terhubung", timeout=10_000)
        assert "3 terkirim" in main.statusBar().currentMessage()
        panel = open_panel(qtbot, main)
        qtbot.waitUntil(lambda: len(history_texts(panel)) == 1, timeout=5000)
        assert "Sinkronisasi selesai: 3 terkirim" in history_texts(panel)[0]
        assert panel.connection.text().startswith("Koneksi: terhubung")

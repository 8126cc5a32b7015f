"""The sync panel by keyboard and screen reader, in Indonesian and English, at 100 % and 200 % text."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.store.device import Device
from desktop.store.sync_history import SyncRun
from desktop.ui import sync_control
from tests.ui.a11y_checks import accessible_name, assert_all_focusable_named, assert_targets_large_enough
from tests.ui.helpers import OFFICER
from tests.ui.test_shell_login import log_in
from tests.ui.test_sync_panel import history_texts, open_panel

WHEN = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)
WORDS = {
    "id": {"title": "Sinkronisasi dengan pusat", "happened": "Pusat tidak dapat dihubungi",
           "to_do": "dicoba lagi otomatis", "done": "Sinkronisasi selesai: 3 terkirim",
           "connection": "Koneksi: perangkat ini belum terdaftar di pusat", "idle": "Tidak ada sinkronisasi"},
    "en": {"title": "Sync with the centre", "happened": "The centre cannot be reached",
           "to_do": "tried again by itself", "done": "Sync finished: 3 sent",
           "connection": "Connection: this device is not enrolled with the centre yet", "idle": "No sync is running"},
}


def clipped_labels(root) -> list[str]:
    """Word-wrapped lines drawn lower than their text needs at their width."""
    QApplication.processEvents()
    return [f"{label.objectName()}: {label.text()!r}" for label in root.findChildren(QLabel)
            if label.isVisibleTo(root) and label.wordWrap() and label.heightForWidth(label.width()) > label.height()]


@pytest.mark.parametrize(("language", "scale"), [("id", 100), ("en", 100), ("id", 200), ("en", 200)])
def test_the_panel_is_named_in_order_and_in_words(qtbot, make_shell, device, language, scale, monkeypatch):
    monkeypatch.setattr(sync_control, "TICK_MS", 3_600_000)
    (device.data_dir / "preferences.json").write_text(
        json.dumps({"language": language, "text_scale": scale}), encoding="utf-8")
    session = Device.open(device.data_dir).login(OFFICER[0], OFFICER[2])
    session.sync_history.record(SyncRun(WHEN, WHEN + dt.timedelta(seconds=4), 3, 3, 0, 0))
    session.sync_history.record(SyncRun(WHEN, WHEN + dt.timedelta(minutes=5), 0, 0, 0, 0, error="network"))
    session.close()
    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
    panel = open_panel(qtbot, main)  # Ctrl+Shift+Y, from anywhere in the main window
    words = WORDS[language]
    qtbot.waitUntil(lambda: len(history_texts(panel)) == 2, timeout=5000)
    qtbot.waitUntil(lambda: panel.connection.text() == words["connection"], timeout=5000)
    assert panel.windowTitle() == words["title"]
    latest, earlier = history_texts(panel)
    assert words["happened"] in latest and words["to_do"] in latest  # what happened, and what to do
    assert words["done"] in earlier
    assert panel.state.text().startswith(words["idle"]) and not panel.bar.isVisible()
    assert not panel.empty.isVisible()

    assert_all_focusable_named(panel)
    assert_targets_large_enough(panel)
    assert accessible_name(panel.history) == panel.history.accessibleName() != ""
    for line in (panel.waiting, panel.held, panel.last_success, panel.connection, panel.state):
        assert line.accessibleName() == line.text()  # every figure is read out, not only drawn
    assert not clipped_labels(panel)
    assert panel.width() <= panel.screen().availableGeometry().width()

    # Keyboard: Sync now first; Stop is skipped while nothing runs; the list, then Close.
    assert QApplication.focusWidget() is panel.sync_button
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [panel.history, panel.close_button, panel.sync_button]
    qtbot.keyClick(panel.sync_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=2000)

"""The offline limits by screen reader and keyboard, in Indonesian and English, at 100 % and 200 % text: the
status bar line, the notice, the held "New registration" and the sync panel's Limits section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.offline_limits import MEASURES
from desktop.ui import sync_control
from tests.ui.a11y_checks import assert_all_focusable_named, assert_targets_large_enough
from tests.ui.helpers import OFFICER
from tests.ui.test_offline_limits_window import close, notice, prepare
from tests.ui.test_shell_login import log_in
from tests.ui.test_sync_panel import open_panel
from tests.ui.test_sync_panel_a11y import clipped_labels

WORDS = {
    "id": {"bar": "Dihentikan: pendaftaran baru", "reason": "Pendaftaran baru dihentikan: data tertua sudah 22 hari",
           "to_do": "serahkan data lewat USB", "title": "Batas kerja luring",
           "levels": ("Aman: ", "Dihentikan: ", "Dihentikan: ")},
    "en": {"bar": "Stopped: new registrations", "reason": "New registrations are stopped: the oldest record has "
           "waited 22 days", "to_do": "hand the records over by USB", "title": "Offline limits",
           "levels": ("OK: ", "Stopped: ", "Stopped: ")},
}


@pytest.mark.parametrize(("language", "scale"), [("id", 100), ("en", 100), ("id", 200), ("en", 200)])
def test_the_limits_are_said_in_words_named_and_fit(qtbot, make_shell, device, language, scale, monkeypatch):
    monkeypatch.setattr(sync_control, "TICK_MS", 3_600_000)
    prepare(device.data_dir, saved_days_ago=22, language=language, scale=scale)
    main = log_in(qtbot, make_shell(device.data_dir), OFFICER[0], OFFICER[2])
    words = WORDS[language]
    box = notice(qtbot, main)
    assert words["reason"] in box.text() and words["to_do"] in box.text()
    assert box.windowTitle() == words["title"] and box.accessibleDescription() == box.text()
    close(qtbot, box, main)

    label = main.limits.label
    assert label.text() == label.accessibleName() == words["bar"]
    assert words["reason"] in label.accessibleDescription() and label.toolTip() == label.accessibleDescription()
    # The whole sentence also stands above the records, wrapped, where it fits at 200 %.
    banner = main.limits.banner
    assert banner.isVisible() and banner.text() == banner.accessibleName() == label.accessibleDescription()
    assert not [text for text in clipped_labels(main) if text.startswith("limitsBanner")]
    assert banner.width() <= main.width()
    button = main.toolbar.widgetForAction(main.new_action)
    assert not button.isEnabled() and words["reason"] in button.accessibleDescription()

    panel = open_panel(qtbot, main)
    section = panel.limits_section
    assert section.title() == words["title"]
    qtbot.waitUntil(lambda: section.lines[MEASURES[1]].text().startswith(words["levels"][1]), timeout=5_000)
    for measure, level in zip(MEASURES, words["levels"], strict=True):
        line = section.lines[measure]
        assert line.text().startswith(level)  # the level in words, never colour alone
        assert line.accessibleName() == line.text()
    assert not clipped_labels(panel)
    assert_all_focusable_named(panel)
    assert_targets_large_enough(panel)
    # The section adds no stop to the tab order: Sync now, the list, Close, as before.
    assert QApplication.focusWidget() is panel.sync_button
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [panel.history, panel.close_button, panel.sync_button]

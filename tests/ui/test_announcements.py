"""Screen readers hear inline errors: pressing Next with a bad NIK announces the NIK's own message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from desktop.ui.context import UiContext
from desktop.ui.translations import install_translators
from tests.operations.test_wizard_flow import GOOD
from tests.ui.helpers import field_error, focused, open_wizard, press_alt, type_into


@pytest.fixture
def announcements(monkeypatch) -> list[str]:
    """What the application asks screen readers to say, caught where Qt would hand it to them."""
    said: list[str] = []
    forward = QAccessible.updateAccessibility

    def capture(event) -> None:
        if event.type() == QAccessible.Event.Announcement:
            said.append(event.message())
        forward(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", capture)
    return said


def test_a_bad_nik_is_announced_when_next_is_pressed(qtbot, ui_context: UiContext,
                                                      announcements: list[str]) -> None:
    data = {k: v for k, v in GOOD.items() if k != "identity.nik"}
    wizard = open_wizard(qtbot, ui_context, data, 1)
    type_into(qtbot, "identity.nik", "3201")  # too short: only checked on leaving the field or on Next
    announcements.clear()
    qtbot.keyClick(focused(), Qt.Key.Key_Home)  # still in the field; nothing said yet
    assert announcements == []
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 1
    shown = field_error(wizard, "identity.nik")
    assert "16" in shown, shown
    assert shown in announcements, f"the inline error was not announced: {announcements}"
    assert any("need attention" in text for text in announcements), "the step summary is announced too"


def test_the_step_summary_counts_fields_in_words(qtbot, qapp, ui_context: UiContext,
                                                 announcements: list[str]) -> None:
    install_translators(qapp, "en")
    data = {k: v for k, v in GOOD.items() if k != "identity.nik"}
    wizard = open_wizard(qtbot, ui_context, data, 1)
    type_into(qtbot, "identity.nik", "3201")
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 1
    assert "⚠ 1 field on this step needs attention. It has the focus." in announcements

"""A recovery key nobody confirmed is said plainly to every supervisor, and a new one can be made and confirmed;
the old key then opens nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.store.device import Device
from desktop.store.errors import LoginFailed, PermissionDenied
from tests.ui.a11y_checks import assert_all_focusable_named
from tests.ui.helpers import OFFICER, SUPERVISOR
from tests.ui.test_shell_login import log_in


def test_an_unconfirmed_key_is_said_and_a_new_one_is_made_and_confirmed(qtbot, make_shell, device):
    main = log_in(qtbot, make_shell(device.data_dir), SUPERVISOR[0], SUPERVISOR[2])
    desk = main.dashboard
    # Set up without the first run's confirmation (the application stopped on the key's page).
    qtbot.waitUntil(lambda: desk.recovery_notice.isVisibleTo(desk), timeout=10_000)
    assert "tidak pernah dikonfirmasi" in desk.recovery_notice.accessibleName()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.recovery_notice, timeout=5_000)
    desk.recovery_button.click()
    dialog = desk.recovery_dialog
    assert_all_focusable_named(dialog)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: bool(dialog.panel.key), timeout=20_000)
    key = dialog.panel.key
    assert dialog.panel.key_label.text() == key and not dialog.cancel_button.isVisible()
    dialog.reject()  # Escape before it is confirmed: refused, the only copy is on screen
    assert dialog.isVisible() and dialog.error.text()
    dialog.panel.last_group.setText("ZZZZ")
    dialog.done_button.click()
    assert dialog.isVisible() and QApplication.focusWidget() in (dialog.panel.last_group, None)
    dialog.panel.last_group.setText(key.split("-")[-1].lower())
    dialog.panel.written.setFocus()
    qtbot.keyClick(dialog.panel.written, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.confirmed, timeout=10_000):
        dialog.done_button.click()
    qtbot.waitUntil(lambda: not desk.recovery_notice.isVisibleTo(desk), timeout=10_000)
    opened = Device.open(device.data_dir)
    with pytest.raises(LoginFailed):
        opened.login_with_recovery_key(device.recovery_key)  # the old key opens nothing
    again = opened.login_with_recovery_key(key)
    try:
        assert again.accounts.recovery_key_confirmed()
        events = [e.event for e in again.audit.entries(10)]
        assert {"recovery_key_regenerated", "recovery_key_confirmed", "recovery_login"} <= set(events)
    finally:
        again.close()


def test_an_officer_can_neither_see_nor_confirm_the_key(qtbot, make_shell, device):
    session = Device.open(device.data_dir).login(OFFICER[0], OFFICER[2])
    try:
        with pytest.raises(PermissionDenied):
            session.accounts.confirm_recovery_key()
        with pytest.raises(PermissionDenied):
            session.accounts.regenerate_recovery_key()
    finally:
        session.close()

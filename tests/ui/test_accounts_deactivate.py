"""Deactivating an officer from the accounts window, and bringing them back with a password reset."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressDialog

from desktop.store.device import Device
from desktop.store.errors import LoginFailed
from tests.ui.helpers import OFFICER, SUPERVISOR, answer_yes
from tests.ui.test_shell_session import open_accounts, select


def item_text(dialog, username: str) -> str:
    return next(dialog.list.item(i).text() for i in range(dialog.list.count())
                if f"({username})" in dialog.list.item(i).text())


def test_a_deactivated_officer_is_said_in_words_leaves_the_log_in_and_a_reset_brings_them_back(
        qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    dialog = open_accounts(qtbot, shell)
    select(dialog, SUPERVISOR[0])
    assert not dialog.deactivate_button.isEnabled()  # never oneself
    select(dialog, OFFICER[0])
    assert dialog.deactivate_button.isEnabled() and dialog.deactivate_button.accessibleDescription()
    dialog.confirm_deactivate()
    answer_yes(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.findChild(QProgressDialog, "rekeyProgress") is not None, timeout=5000)
    qtbot.waitUntil(lambda: "dinonaktifkan" in item_text(dialog, OFFICER[0]) or dialog.error.text() != "",
                    timeout=20_000)
    assert dialog.error.text() == ""
    assert "tidak dapat masuk" in item_text(dialog, OFFICER[0])  # in words, not a grey shade alone
    select(dialog, OFFICER[0])
    assert not dialog.deactivate_button.isEnabled()
    opened = Device.open(device.data_dir)
    assert OFFICER[0] not in [a.username for a in opened.accounts()]
    try:
        opened.login(OFFICER[0], OFFICER[2])
    except LoginFailed:
        pass
    else:
        raise AssertionError("a deactivated account still logs in")

    dialog.confirm_reset()  # "bring back"
    answer_yes(qtbot, dialog)
    qtbot.waitUntil(lambda: "dinonaktifkan" not in item_text(dialog, OFFICER[0]), timeout=20_000)
    assert OFFICER[0] in [a.username for a in Device.open(device.data_dir).accounts()]

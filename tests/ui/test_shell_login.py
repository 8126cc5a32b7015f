"""Log-in window: wrong password, lock-out countdown, forced password change, recovery key, unreadable store."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.store.device import Device
from desktop.store.errors import LoginFailed
from tests.ui.helpers import OFFICER, SUPERVISOR, focused, settle


def wait_login(qtbot, shell):
    qtbot.waitUntil(lambda: shell.login_window is not None and shell.login_window.isVisible(), timeout=10_000)
    return shell.login_window


def choose(window, username: str) -> None:
    assert username in window.usernames, f"{username} is not in the list"
    window.accounts_list.setCurrentRow(window.usernames.index(username))


def attempt(qtbot, window, password: str) -> None:
    window.password.setFocus()
    qtbot.keyClicks(window.password, password)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)


def log_in(qtbot, shell, username: str, password: str):
    window = wait_login(qtbot, shell)
    choose(window, username)
    attempt(qtbot, window, password)
    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible(), timeout=10_000)
    return shell.main_window


def test_lists_display_names_not_usernames_and_focuses_the_list(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    window = wait_login(qtbot, shell)
    names = [window.accounts_list.item(r).text() for r in range(window.accounts_list.count())]
    assert sorted(names) == sorted([SUPERVISOR[1], OFFICER[1]])
    assert "Kunci pemulihan / Recovery key" not in names
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.accounts_list)
    # Keyboard: arrow to a name, Enter moves to the password field.
    qtbot.keyClick(window.accounts_list, Qt.Key.Key_Down)
    qtbot.keyClick(window.accounts_list, Qt.Key.Key_Return)
    assert focused() is window.password


def test_the_log_in_window_takes_the_application_icon_once_it_is_on_screen(qtbot, make_shell, device, qapp):
    qapp.setWindowIcon(QIcon())  # as a fresh start has it: the icon is set after the first paint
    shell = make_shell(device.data_dir)
    window = wait_login(qtbot, shell)
    qtbot.waitUntil(lambda: not window.windowIcon().isNull(), timeout=10_000)
    assert not qapp.windowIcon().isNull()


def test_wrong_password_shows_one_generic_message(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    window = wait_login(qtbot, shell)
    choose(window, OFFICER[0])
    attempt(qtbot, window, "salah-sekali-ini")
    generic = LoginFailed().message.text("id")
    qtbot.waitUntil(lambda: window.error.text() == generic, timeout=10_000)
    assert window.error.isVisibleTo(window)
    assert window.error.accessibleName() == generic
    assert window.password.text() == ""
    assert shell.main_window is None
    assert OFFICER[0] not in window.error.text()


def seconds_shown(window) -> int:
    """The seconds the lock-out message tells the officer to wait (0 when there is none)."""
    found = re.search(r"(\d+) detik", window.error.text())
    return int(found.group(1)) if found else 0


def test_lockout_counts_down_and_survives_a_restart(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    window = wait_login(qtbot, shell)
    choose(window, OFFICER[0])
    for _ in range(6):
        attempt(qtbot, window, "bukan-kata-sandinya")
        qtbot.waitUntil(window.password.isEnabled, timeout=10_000)  # the answer came back
        if seconds_shown(window):
            break
    assert 0 < seconds_shown(window) <= 30
    assert not window.login_button.isEnabled()
    first = window.error.text()
    qtbot.waitUntil(lambda: window.error.text() != first, timeout=3000)  # it counts down
    assert seconds_shown(window) < 30
    # Enter does nothing while locked, even with the right password.
    attempt(qtbot, window, OFFICER[2])
    settle(qtbot, shell.runner)
    assert shell.main_window is None

    # A fresh start shows the countdown straight away.
    shell.shutdown()
    window.close()
    again = make_shell(device.data_dir)
    window2 = wait_login(qtbot, again)
    qtbot.waitUntil(lambda: seconds_shown(window2) > 0, timeout=5000)
    assert not window2.login_button.isEnabled()


def test_supervisor_logs_in_and_sees_status_bar(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
    assert SUPERVISOR[1] in main.officer_label.text()
    assert "Disnaker Kabupaten Bandung" in main.officer_label.text()
    qtbot.waitUntil(lambda: main.sync_status.waiting_label.text().endswith(" 0"), timeout=5000)
    assert "belum pernah" in main.sync_status.sync_label.text()
    assert main.accounts_action.isVisible()
    assert shell.login_window is None


def test_officer_has_no_accounts_action(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
    assert not main.accounts_action.isVisible()


def test_reset_password_forces_a_change_at_next_log_in(qtbot, make_shell, device):
    session = Device.open(device.data_dir).login(SUPERVISOR[0], SUPERVISOR[2])
    code = session.accounts.reset_password(OFFICER[0])
    session.close()
    shell = make_shell(device.data_dir)
    window = wait_login(qtbot, shell)
    choose(window, OFFICER[0])
    attempt(qtbot, window, code)
    qtbot.waitUntil(lambda: window.change_dialog is not None and window.change_dialog.isVisible(), timeout=10_000)
    dialog = window.change_dialog
    assert not dialog.old.isVisibleTo(dialog)  # the one-time code is the old password
    # Too short, then different: both refused with words.
    dialog.new.setText("pendek")
    dialog.repeat.setText("pendek")
    dialog.submit()
    assert "10" in dialog.error.text()
    dialog.new.setText("kata-sandi-baru-petugas")
    dialog.repeat.setText("kata-sandi-baru-petugaz")
    dialog.submit()
    assert "tidak sama" in dialog.error.text()
    dialog.repeat.setText("kata-sandi-baru-petugas")
    with qtbot.waitSignal(window.logged_in, timeout=10_000):
        dialog.submit()
    qtbot.waitUntil(lambda: shell.main_window is not None)
    shell.lock()
    # The new password works, the code does not any more.
    device_again = Device.open(device.data_dir)
    device_again.login(OFFICER[0], "kata-sandi-baru-petugas").close()


def test_recovery_key_logs_in_as_supervisor(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    window = wait_login(qtbot, shell)
    qtbot.mouseClick(window.recovery_button, Qt.MouseButton.LeftButton)
    dialog = window.recovery_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.key.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert dialog.error.text() == LoginFailed().message.text("id")
    dialog.key.setText(device.recovery_key.lower().replace("-", " "))
    dialog.submit()
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=10_000)
    assert shell.main_window.accounts_action.isVisible()


def damage(device, size: int) -> bytes:
    damaged = os.urandom(size)
    (device.data_dir / "luring.db").write_bytes(damaged)
    for extra in ("luring.db-wal", "luring.db-shm"):
        (device.data_dir / extra).unlink(missing_ok=True)
    return damaged


def assert_refused(qtbot, shell, db: Path, damaged: bytes) -> None:
    qtbot.waitUntil(lambda: shell.fatal_box is not None and shell.fatal_box.isVisible(), timeout=10_000)
    text = shell.fatal_box.text()
    assert "tidak dapat dibaca" in text
    assert "Traceback" not in text and "Error" not in text
    assert shell.login_window is None and shell.first_run is None and shell.main_window is None
    assert db.read_bytes() == damaged
    with qtbot.waitSignal(shell.exit_requested, timeout=5000) as blocker:
        shell.fatal_box.accept()
    assert blocker.args == [2]


def test_truncated_store_refuses_to_start_without_replacing_it(qtbot, make_shell, device):
    damaged = damage(device, 5000)
    shell = make_shell(device.data_dir)
    assert_refused(qtbot, shell, device.data_dir / "luring.db", damaged)


def test_foreign_store_is_refused_at_log_in(qtbot, make_shell, device):
    # Whole pages of noise look like any encrypted file until a key is tried.
    damaged = damage(device, 8192)
    shell = make_shell(device.data_dir)
    window = wait_login(qtbot, shell)
    choose(window, SUPERVISOR[0])
    attempt(qtbot, window, SUPERVISOR[2])
    assert_refused(qtbot, shell, device.data_dir / "luring.db", damaged)


def test_missing_database_beside_key_file_is_refused_not_recreated(qtbot, make_shell, device):
    db: Path = device.data_dir / "luring.db"
    for name in ("luring.db", "luring.db-wal", "luring.db-shm"):
        (device.data_dir / name).unlink(missing_ok=True)
    shell = make_shell(device.data_dir)
    qtbot.waitUntil(lambda: shell.fatal_box is not None, timeout=10_000)
    assert shell.first_run is None
    assert not db.exists()


def test_closing_the_login_window_quits(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    window = wait_login(qtbot, shell)
    with qtbot.waitSignal(shell.exit_requested, timeout=2000) as blocker:
        window.close()  # the close button or Alt+F4
    assert blocker.args == [0]


def test_logging_in_does_not_quit(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    with qtbot.assertNotEmitted(shell.exit_requested, wait=200):
        log_in(qtbot, shell, OFFICER[0], OFFICER[2])

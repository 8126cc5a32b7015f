"""Idle lock, lock and switch user, settings that persist and apply live, and the accounts dialog."""

from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QProgressDialog

from desktop.store.device import Device
from desktop.store.errors import LoginFailed, SessionClosed
from desktop.ui import preferences
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.ui.helpers import OFFICER, SUPERVISOR, answer_yes, hold_store_thread, settle, visible_child
from tests.ui.test_shell_login import log_in, wait_login


def test_idle_lock_closes_everything_and_drops_the_key(qtbot, make_shell, device):
    officer = Device.open(device.data_dir).login(OFFICER[0], OFFICER[2])
    officer.records.save_registration(make_reg(31), reference=REFERENCE)
    officer.close()
    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
    session = shell.context.session
    model = main.home.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    rows_after_reset: list[int] = []
    model.modelReset.connect(lambda: rows_after_reset.append(model.rowCount()))
    stray = QLineEdit()  # e.g. a window that showed personal data
    stray.setAccessibleName("stray")
    stray.show()
    QGuiApplication.clipboard().setText("3204011203900001")
    # Input keeps the session alive: each key press starts the silence over...
    shell.idle.set_timeout(60_000)
    qtbot.waitUntil(lambda: shell.idle.remaining_ms < 59_700, timeout=5_000)
    waited = shell.idle.remaining_ms
    qtbot.keyClick(main, Qt.Key.Key_Shift)
    assert shell.idle.remaining_ms > waited and shell.main_window is main
    # ...and silence locks it.
    shell.idle.set_timeout(150)
    login = wait_login(qtbot, shell)
    assert shell.context is None and shell.main_window is None
    assert rows_after_reset and rows_after_reset[-1] == 0, "the records model was not cleared"
    qtbot.waitUntil(lambda: not shiboken6.isValid(main), timeout=5000)  # deleted, not just hidden
    assert not shiboken6.isValid(model)
    assert not stray.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert login.selected_username() == OFFICER[0]  # lock keeps who was working
    qtbot.waitUntil(lambda: not session.is_open, timeout=5000)
    try:
        session.records.outbox_counts()
    except SessionClosed:
        pass
    else:
        raise AssertionError("a locked session still reads the database")
    assert not shell.idle.active  # nothing to lock at the log-in window


def test_lock_shortcut_and_switch_user(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
    assert main.lock_action.shortcut().toString() == "Ctrl+L"
    assert main.switch_action.shortcut().toString() == "Ctrl+Shift+L"
    assert main.new_action.shortcut().toString() == "Ctrl+N"
    assert main.find_action.shortcut().toString() == "Ctrl+F"
    main.switch_action.trigger()
    login = wait_login(qtbot, shell)
    assert shell.main_window is None
    # The supervisor takes the desk without restarting the application.
    main2 = log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
    assert SUPERVISOR[1] in main2.officer_label.text()
    assert login is not shell.login_window
    main2.lock_action.trigger()
    login2 = wait_login(qtbot, shell)
    assert login2.selected_username() == SUPERVISOR[0]


def test_settings_persist_and_apply_before_log_in(qtbot, make_shell, device, qapp):
    base_size = qapp.font().pointSizeF()
    shell = make_shell(device.data_dir)
    login = wait_login(qtbot, shell)
    assert login.login_button.text() == "&Masuk"
    login.settings_button.click()
    dialog = shell.dialog
    assert dialog.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(200))
    dialog.high_contrast.setChecked(True)
    assert not dialog.idle_minutes.isEnabled(), "before log-in nobody is a supervisor"
    dialog.idle_minutes.setValue(9)  # even if it were changed, it is not taken
    with qtbot.waitSignal(dialog.applied):
        dialog.save_button.click()
    stored = json.loads((device.data_dir / "preferences.json").read_text(encoding="utf-8"))
    default_idle = preferences.Preferences().idle_lock_minutes
    assert stored == {"language": "en", "text_scale": 200, "high_contrast": True, "idle_lock_minutes": default_idle,
                      "office_address": "", "office_phone": ""}
    assert abs(qapp.font().pointSizeF() - 2 * base_size) < 0.01
    assert qapp.palette().color(qapp.palette().ColorRole.Window).name() == "#000000"
    qtbot.waitUntil(lambda: shell.login_window is not login and shell.login_window is not None, timeout=5000)
    assert shell.login_window.login_button.text() == "Log &in"
    assert shell.login_window.windowTitle() == "Luring — log in"
    # A new start reads them back.
    shell.shutdown()
    again = make_shell(device.data_dir)
    assert again.prefs == preferences.Preferences("en", 200, True, default_idle)
    main = log_in(qtbot, again, OFFICER[0], OFFICER[2])
    assert main.windowTitle().startswith("Luring — offline")
    assert "Waiting to be sent" in main.sync_status.waiting_label.text()


def test_only_a_supervisor_changes_the_idle_lock_and_the_office_contact(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
    main.settings_action.trigger()
    assert not shell.dialog.idle_minutes.isEnabled()
    assert not shell.dialog.office_address.isEnabled() and not shell.dialog.office_phone.isEnabled()
    assert "Hanya supervisor" in shell.dialog.idle_minutes.accessibleDescription()  # the device speaks Indonesian
    shell.dialog.office_phone.setText("0800 PALSU")  # not taken from an officer, even if typed
    with qtbot.waitSignal(shell.dialog.applied):
        shell.dialog.save_button.click()
    assert shell.prefs.office_phone == ""
    shell.switch_user()
    main = log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
    main.settings_action.trigger()
    dialog = shell.dialog
    assert dialog.idle_minutes.isEnabled()
    dialog.idle_minutes.setValue(9)
    dialog.office_address.setText("  Jl. Raya Bogor No. 12,   Cibinong ")
    dialog.office_phone.setText("(021) 8765 4321")
    with qtbot.waitSignal(dialog.applied):
        dialog.save_button.click()
    stored = json.loads((device.data_dir / "preferences.json").read_text(encoding="utf-8"))
    assert (stored["idle_lock_minutes"], stored["office_address"], stored["office_phone"]) == \
        (9, "Jl. Raya Bogor No. 12, Cibinong", "(021) 8765 4321")
    assert shell.context.preferences.office_contact() == "Jl. Raya Bogor No. 12, Cibinong · (021) 8765 4321"


def test_language_change_while_logged_in_rebuilds_the_main_window(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
    assert "Menunggu dikirim" in main.sync_status.waiting_label.text()
    main.settings_action.trigger()
    dialog = shell.dialog
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: shell.main_window is not main, timeout=5000)
    assert "Waiting to be sent" in shell.main_window.sync_status.waiting_label.text()
    assert shell.context.language == "en"
    assert shell.context.session.is_open


def open_accounts(qtbot, shell):
    """Log in as the supervisor and open the accounts dialog with its two accounts listed."""
    main = log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
    main.accounts_action.trigger()
    dialog = shell.dialog
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5000)
    return dialog


def select(dialog, username: str) -> None:
    names = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())]
    dialog.list.setCurrentRow(names.index(username))


def test_removing_the_last_supervisor_is_refused_in_words(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    dialog = open_accounts(qtbot, shell)
    select(dialog, SUPERVISOR[0])
    dialog.confirm_remove()
    answer_yes(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert "supervisor" in dialog.error.text()
    assert dialog.list.count() == 2


def fill_new_officer(add, username: str, name: str, password: str) -> None:
    add.username.setText(username)
    add.display_name.setText(name)
    add.password.setText(password)
    add.repeat.setText(password)


def test_accounts_dialog_add_reset_and_remove(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    dialog = open_accounts(qtbot, shell)
    # Add an officer; a short password is refused in words.
    dialog.add_button.click()
    add = visible_child(dialog, QDialog, "addOfficerDialog")
    fill_new_officer(add, "petugas2", "Sari Petugas", "pendek")
    add.submit()
    assert "10" in add.error.text()
    fill_new_officer(add, "petugas2", "Sari Petugas", "rahasia-petugas-02")
    with qtbot.waitSignal(add.added, timeout=10_000):
        add.submit()
    qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=5000)
    # Reset: confirm, then a one-time code is shown.
    select(dialog, "petugas2")
    dialog.confirm_reset()
    answer_yes(qtbot, dialog)
    qtbot.waitUntil(lambda: visible_child(dialog, QDialog, "oneTimeCodeDialog") is not None, timeout=10_000)
    shown = visible_child(dialog, QDialog, "oneTimeCodeDialog")
    code = shown.code_label.text()
    assert code
    shown.close()
    # Remove: confirm, progress while re-keying, then the account is gone.
    qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=5000)
    select(dialog, "petugas2")
    dialog.confirm_remove()
    answer_yes(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.findChild(QProgressDialog, "rekeyProgress") is not None, timeout=5000)
    qtbot.waitUntil(lambda: dialog.list.count() == 2 or dialog.error.text() != "", timeout=20_000)
    assert dialog.error.text() == ""
    shell.lock()
    opened = Device.open(device.data_dir)
    assert "petugas2" not in [a.username for a in opened.accounts()]
    try:
        opened.login("petugas2", code)
    except LoginFailed:
        pass
    else:
        raise AssertionError("a removed account still logs in")
    opened.login(SUPERVISOR[0], SUPERVISOR[2]).close()


def test_status_bar_counts_what_waits_and_new_registration_opens_the_wizard(qtbot, make_shell, device, monkeypatch):
    from desktop.store.demo_data import main as demo_main

    monkeypatch.setenv("LURING_PASSWORD", SUPERVISOR[2])
    assert demo_main(["--data-dir", str(device.data_dir), "--count", "12", "--user", SUPERVISOR[0],
                      "--seed", "3"]) == 0
    probe = Device.open(device.data_dir).login(SUPERVISOR[0], SUPERVISOR[2])
    counts = probe.records.outbox_counts()
    # The demo's records waited up to 60 days, past the offline limits' stop: a bundle hand-over lifts it.
    probe.handovers.record("bundle_exported", 12, 1, "0" * 64)
    probe.close()
    waiting = counts.get("ready", 0) + counts.get("sending", 0) + counts.get("quarantined", 0)
    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
    qtbot.waitUntil(lambda: main.sync_status.waiting_label.text() == f"Menunggu dikirim: {waiting}", timeout=5000)
    assert main.sync_status.waiting_label.accessibleName() == main.sync_status.waiting_label.text()
    # Ctrl+N puts the registration wizard in the central area; locking closes it with everything else.
    main.new_action.trigger()
    wizard = main.wizard
    assert wizard is not None and wizard.isVisible()
    assert main.centralWidget().currentWidget() is wizard
    main.new_action.trigger()
    assert main.wizard is wizard  # one registration at a time
    shell.lock()
    wait_login(qtbot, shell)
    assert shell.main_window is None


def test_find_shortcut_focuses_the_search_field(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
    main.activateWindow()
    main.find_action.trigger()
    focus = QApplication.focusWidget()
    assert isinstance(focus, QLineEdit)
    assert main.home.isAncestorOf(focus)


def test_language_change_waits_for_an_open_registration(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
    main.new_action.trigger()
    wizard = main.wizard
    main.settings_action.trigger()
    dialog = shell.dialog
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "setelah pendaftaran" in main.statusBar().currentMessage()
                    or "after this registration" in main.statusBar().currentMessage(), timeout=5_000)
    assert shell.main_window is main and main.wizard is wizard  # nothing typed is thrown away
    wizard.close_wizard()  # the officer closes the wizard (Esc: the draft stays)
    qtbot.waitUntil(lambda: shell.main_window is not main, timeout=5000)
    assert "Waiting to be sent" in shell.main_window.sync_status.waiting_label.text()


def test_locking_while_an_account_is_removed_leaves_no_error(qtbot, make_shell, device):
    """The re-key finishes after the idle lock closed the accounts dialog: nothing is left to update."""
    shell = make_shell(device.data_dir)
    dialog = open_accounts(qtbot, shell)
    select(dialog, OFFICER[0])
    dialog.confirm_remove()
    release = hold_store_thread(shell.runner)  # the re-key waits behind this
    answer_yes(qtbot, dialog)
    assert dialog.findChild(QProgressDialog, "rekeyProgress") is not None
    shell.lock()  # closes and deletes the accounts dialog and its progress
    release.set()
    wait_login(qtbot, shell)
    settle(qtbot, shell.runner)  # the removal's answer has arrived: pytest-qt fails the test on an error in a slot
    opened = Device.open(device.data_dir)
    assert OFFICER[0] not in [a.username for a in opened.accounts()]


def test_a_new_officer_is_on_the_log_in_window_at_once(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    dialog = open_accounts(qtbot, shell)
    dialog.add_button.click()
    add = visible_child(dialog, QDialog, "addOfficerDialog")
    fill_new_officer(add, "petugas3", "Rina Petugas", "rahasia-petugas-03")
    with qtbot.waitSignal(add.added, timeout=10_000):
        add.submit()
    qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=5000)
    dialog.close()
    shell.switch_user()
    login = wait_login(qtbot, shell)
    names = [login.accounts_list.item(i).text() for i in range(login.accounts_list.count())]
    assert "Rina Petugas" in names
    assert log_in(qtbot, shell, "petugas3", "rahasia-petugas-03") is not None


@pytest.mark.parametrize("start", ["log-in", "first run"])
def test_a_new_text_size_resizes_the_start_windows_at_once(qtbot, make_shell, device, data_dir, start):
    from PySide6.QtWidgets import QPushButton

    from tests.ui.test_shell_first_run import wait_first_run

    # English: the test screen is 800 px wide, too narrow for the Indonesian log-in buttons at 200 % in one row.
    if start == "log-in":
        preferences.save(device.data_dir, preferences.Preferences(language="en"))
        shell = make_shell(device.data_dir)
        window = wait_login(qtbot, shell)
    else:
        (data_dir / "fresh").mkdir()
        preferences.save(data_dir / "fresh", preferences.Preferences(language="en"))
        shell = make_shell(data_dir / "fresh")
        window = wait_first_run(qtbot, shell)
    window.settings_button.click()
    dialog = shell.dialog
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(200))
    with qtbot.waitSignal(dialog.applied):
        dialog.save_button.click()
    current = (lambda: shell.login_window) if start == "log-in" else (lambda: shell.first_run)
    qtbot.waitUntil(lambda: current() is not None and current() is not window and current().isVisible(),
                    timeout=20_000)
    QApplication.processEvents()
    clipped = [b.text() for b in current().findChildren(QPushButton)
               if b.isVisible() and b.fontMetrics().horizontalAdvance(b.text().replace("&", "")) > b.width()]
    assert clipped == []

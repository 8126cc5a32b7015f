"""Supervisors are told, after logging in, when the store saw tampering or the audit chain is broken."""

from __future__ import annotations

import json

import shiboken6
from sqlalchemy import text

from desktop.store.device import Device
from desktop.store.errors import LoginFailed
from desktop.ui import preferences
from desktop.ui.preferences import Preferences
from desktop.ui.security_notice import SecurityNoticeDialog
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.ui.a11y_checks import assert_all_focusable_named, assert_targets_large_enough
from tests.ui.helpers import OFFICER, SUPERVISOR, settle
from tests.ui.test_shell_login import log_in, wait_login


def reset_lockout_counter(data_dir) -> None:
    """Five wrong passwords, then keyslots.json edited back to "no failures": the naive unlock."""
    device = Device.open(data_dir)
    for _ in range(5):
        try:
            device.login(OFFICER[0], "salah-sekali-lagi")
        except LoginFailed:
            pass
    path = data_dir / "keyslots.json"
    document = json.loads(path.read_text())
    document["lockout"].update(failures=0, locked_until=0)
    path.write_text(json.dumps(document))


def break_audit_chain(data_dir) -> int:
    """Edit one audit entry behind the application's back; returns its number."""
    session = Device.open(data_dir).login(SUPERVISOR[0], SUPERVISOR[2])
    session.records.save_registration(make_reg(41), reference=REFERENCE)
    with session.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET event = 'logout' WHERE seq = 2"))
    session.close()
    return 2


def notice(qtbot, shell) -> SecurityNoticeDialog:
    qtbot.waitUntil(lambda: shell.main_window is not None
                    and shell.main_window.findChild(SecurityNoticeDialog, "securityNotice") is not None,
                    timeout=10_000)
    dialog = shell.main_window.findChild(SecurityNoticeDialog, "securityNotice")
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def no_notice(qtbot, shell) -> bool:
    settle(qtbot, shell.runner)  # the check runs on the store thread after the main window's first page
    return shell.main_window.findChild(SecurityNoticeDialog, "securityNotice") is None


def test_a_reset_lockout_counter_is_shown_to_the_supervisor_only(qtbot, make_shell, device) -> None:
    reset_lockout_counter(device.data_dir)
    shell = make_shell(device.data_dir)
    log_in(qtbot, shell, OFFICER[0], OFFICER[2])
    assert no_notice(qtbot, shell), "officers are not the audience"
    shell.switch_user()
    wait_login(qtbot, shell)
    log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
    dialog = notice(qtbot, shell)
    findings = dialog.details.toPlainText()
    assert "Penghitung percobaan masuk" in findings  # the store's own words, in the chosen language
    assert dialog.windowTitle() == "Pemberitahuan keamanan"
    assert dialog.done_button.isVisible()
    for personal in (OFFICER[0], OFFICER[1], SUPERVISOR[1], str(device.data_dir)):
        assert personal not in findings and personal not in dialog.accessibleDescription()
    assert_all_focusable_named(dialog)
    assert_targets_large_enough(dialog)
    # Dealt with: the store forgets the warning, and the next log-in is quiet.
    dialog.done_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)  # closed and deleted
    shell.lock()
    wait_login(qtbot, shell)
    log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
    assert no_notice(qtbot, shell)


def test_a_broken_audit_chain_is_shown_in_english_and_cannot_be_acknowledged(qtbot, make_shell, device) -> None:
    entry = break_audit_chain(device.data_dir)
    preferences.save(device.data_dir, Preferences(language="en"))
    shell = make_shell(device.data_dir)
    log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
    dialog = notice(qtbot, shell)
    assert dialog.windowTitle() == "Security notice"
    assert f"from entry {entry} on" in dialog.details.toPlainText()
    assert not dialog.done_button.isVisible(), "a broken chain stays until someone repairs it"
    assert dialog.later_button.isDefault()
    dialog.later_button.click()
    shell.lock()
    wait_login(qtbot, shell)
    log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
    assert notice(qtbot, shell).isVisible(), "shown again at the next supervisor log-in"


def test_a_clean_device_shows_no_notice(qtbot, make_shell, device) -> None:
    shell = make_shell(device.data_dir)
    log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
    assert no_notice(qtbot, shell)


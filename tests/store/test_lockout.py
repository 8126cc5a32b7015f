"""Lockout: growing delay, survival across restarts, and detection of an edited counter."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop.store import lockout
from desktop.store.device import Device, OfficeInfo, Role
from desktop.store.errors import LockedOut, LoginFailed
from desktop.store.kdf import KdfParams

CHEAP = KdfParams(memory_kib=1024, iterations=1)
OFFICE = OfficeInfo("Disnaker Kota Bekasi", "3275", "32.75")
KEY = b"k" * 32


def make_device(tmp_path: Path) -> tuple[Path, str]:
    data_dir = tmp_path / "data"
    session, recovery_key = Device.set_up(data_dir, OFFICE, "sari", "Sari", "sari password", kdf=CHEAP)
    session.add_account("budi", "Budi", Role.OFFICER, "budi password")
    session.close()
    return data_dir, recovery_key


def fail(device: Device, times: int, username: str = "budi") -> None:
    for _ in range(times):
        with pytest.raises(LoginFailed):
            device.login(username, "wrong password")


def edit_lockout(data_dir: Path, **changes: Any) -> None:
    path = data_dir / "keyslots.json"
    document = json.loads(path.read_text())
    document["lockout"].update(changes)
    path.write_text(json.dumps(document))


def test_delay_grows_and_is_capped() -> None:
    assert [lockout.delay_for(n) for n in range(5)] == [0] * 5
    assert [lockout.delay_for(n) for n in range(5, 10)] == [30, 60, 120, 240, 480]
    assert lockout.delay_for(12) == 3600 and lockout.delay_for(10_000) == 3600


def test_state_after_failures_and_a_clock_moved_back() -> None:
    state = lockout.signed_fresh(KEY, "d" * 32, 7)
    for n in range(6):
        state = lockout.after_failure(state, "budi", now=1000.0 + 100 * n)
    assert (state.seq, state.failures, len(state.pending)) == (13, 6, 6)
    assert lockout.seconds_left(state, now=1500.0) == 60
    assert lockout.seconds_left(state, now=1530.0) == 30
    assert lockout.seconds_left(state, now=1561.0) == 0
    assert lockout.seconds_left(state, now=-1e9) == 60  # never longer than the delay itself
    assert lockout.problems(state, KEY, "d" * 32, 7, now=1600.0) == []


def test_five_failures_lock_even_the_right_password_and_survive_a_restart(tmp_path: Path) -> None:
    data_dir, recovery_key = make_device(tmp_path)
    device = Device.open(data_dir)
    fail(device, 4)
    assert device.lockout_seconds() == 0
    fail(device, 1, username="nobody")  # unknown names count too: the lock is for the whole device
    with pytest.raises(LockedOut) as locked:
        device.login("budi", "budi password")
    assert 25 <= locked.value.seconds <= 30
    assert str(locked.value.seconds) in locked.value.message.text("en")

    restarted = Device.open(data_dir)
    assert 25 <= restarted.lockout_seconds() <= 30
    with pytest.raises(LockedOut):
        restarted.login("sari", "sari password")
    with pytest.raises(LockedOut):
        restarted.login_with_recovery_key(recovery_key)


def test_failures_are_audited_at_the_next_login_without_guessed_names(tmp_path: Path) -> None:
    data_dir, _ = make_device(tmp_path)
    device = Device.open(data_dir)
    fail(device, 1, username="budi")
    fail(device, 1, username="Sup3rSecretPassw0rd")  # a password typed in the username box
    session = device.login("sari", "sari password")
    failed = [e for e in session.audit_entries() if e.event == "login_failed"]
    assert sorted(e.officer for e in failed) == ["#unknown", "budi"]
    assert "Sup3rSecret" not in (data_dir / "keyslots.json").read_text()
    assert session.security_warnings() == []
    session.close()
    assert json.loads((data_dir / "keyslots.json").read_text())["lockout"]["pending"] == []


def test_a_reset_counter_is_detected_and_shown_to_supervisors(tmp_path: Path) -> None:
    data_dir, _ = make_device(tmp_path)
    device = Device.open(data_dir)
    fail(device, 5)
    with pytest.raises(LockedOut):
        device.login("budi", "budi password")
    edit_lockout(data_dir, failures=0, locked_until=0)  # the naive "unlock me" edit

    officer = Device.open(data_dir).login("budi", "budi password")
    assert officer.security_warnings() == []  # officers are not the audience
    officer.close()
    supervisor = Device.open(data_dir).login("sari", "sari password")
    assert [m.code for m in supervisor.security_warnings()] == ["lockout_tamper_detected"]
    tamper = [e for e in supervisor.audit_entries() if e.event == "lockout_tamper_detected"]
    assert len(tamper) == 1 and tamper[0].officer == "budi" and "counter" in str(tamper[0].details["reasons"])
    supervisor.acknowledge_security_warnings()
    assert supervisor.security_warnings() == []
    supervisor.close()


def test_an_edited_lock_time_is_detected(tmp_path: Path) -> None:
    data_dir, _ = make_device(tmp_path)
    fail(Device.open(data_dir), 5)
    edit_lockout(data_dir, locked_until=0)  # counters left consistent
    session = Device.open(data_dir).login("sari", "sari password")
    tamper = [e for e in session.audit_entries() if e.event == "lockout_tamper_detected"]
    assert tamper and "pace" in str(tamper[0].details["reasons"])
    session.close()


def test_an_older_copy_of_the_file_is_detected(tmp_path: Path) -> None:
    data_dir, _ = make_device(tmp_path)
    old_copy = tmp_path / "old.json"
    shutil.copy(data_dir / "keyslots.json", old_copy)
    Device.open(data_dir).login("budi", "budi password").close()  # moves the signed sequence on
    shutil.copy(old_copy, data_dir / "keyslots.json")
    session = Device.open(data_dir).login("sari", "sari password")
    tamper = [e for e in session.audit_entries() if e.event == "lockout_tamper_detected"]
    assert tamper and "rolled_back" in str(tamper[0].details["reasons"])
    session.close()


def test_a_forged_signed_sequence_is_detected(tmp_path: Path) -> None:
    data_dir, _ = make_device(tmp_path)
    document = json.loads((data_dir / "keyslots.json").read_text())
    seq = document["lockout"]["seq"]
    edit_lockout(data_dir, seq=seq + 50, signed_seq=seq + 50)
    session = Device.open(data_dir).login("sari", "sari password")
    tamper = [e for e in session.audit_entries() if e.event == "lockout_tamper_detected"]
    assert tamper and "signature" in str(tamper[0].details["reasons"])
    session.close()
    # After a signed log-in the state is clean again: no new warning event.
    again = Device.open(data_dir).login("sari", "sari password")
    assert len([e for e in again.audit_entries() if e.event == "lockout_tamper_detected"]) == 1
    again.close()


def test_pending_entries_removed_but_counter_kept_is_detected() -> None:
    state = lockout.signed_fresh(KEY, "d" * 32, 3)
    for n in range(3):
        state = lockout.after_failure(state, "budi", now=1000.0 + n)
    trimmed = lockout.LockoutState.from_dict(dict(state.to_dict(), pending=[]))
    assert "counter" in lockout.problems(trimmed, KEY, "d" * 32, 3, now=2000.0)
    reordered = lockout.LockoutState.from_dict(dict(state.to_dict(), pending=list(reversed(state.pending))))
    assert lockout.problems(reordered, KEY, "d" * 32, 3, now=2000.0) != []

"""Setting up a device, logging in, and account management, through the public interface."""

from __future__ import annotations

import json
import os
import stat
import uuid
from pathlib import Path

import pytest

from desktop.domain.registration import AttachmentKind
from desktop.store.device import Account, Device, OfficeInfo, Role
from desktop.store.errors import (
    AlreadySetUp,
    InvalidUsername,
    LockedOut,
    LoginFailed,
    NotSetUp,
    PasswordChangeRequired,
    PasswordUnchanged,
    PermissionDenied,
    SessionClosed,
    UsernameTaken,
    WeakPassword,
)
from desktop.store.records import RecordQuery
from desktop.store.session import Session
from tests.store.record_helpers import make_reg
from tests.support import CHEAP_KDF, REFERENCE

OFFICE = OfficeInfo("Disnaker Kota Bandung", "3273", "32.73")
SUPERVISOR_PASSWORD = "kepala seksi 2026"


def set_up(tmp_path: Path) -> tuple[Path, Session, str]:
    data_dir = tmp_path / "data"
    session, recovery_key = Device.set_up(data_dir, OFFICE, "Sari", "Ibu Sari", SUPERVISOR_PASSWORD, kdf=CHEAP_KDF)
    return data_dir, session, recovery_key


def test_set_up_makes_a_private_encrypted_folder(tmp_path: Path) -> None:
    data_dir, session, recovery_key = set_up(tmp_path)
    session.close()
    assert sorted(p.name for p in data_dir.iterdir()) == ["keyslots.json", "luring.db"]
    if os.name == "posix":
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        assert stat.S_IMODE((data_dir / "keyslots.json").stat().st_mode) == 0o600
        assert stat.S_IMODE((data_dir / "luring.db").stat().st_mode) == 0o600
    raw = (data_dir / "luring.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Disnaker" not in raw and b"sari" not in raw and b"device_settings" not in raw
    assert recovery_key.count("-") == 7 and all(len(g) == 4 for g in recovery_key.split("-"))


def test_set_up_refuses_a_folder_in_use(tmp_path: Path) -> None:
    data_dir, session, _ = set_up(tmp_path)
    session.close()
    before = (data_dir / "luring.db").read_bytes()
    with pytest.raises(AlreadySetUp):
        Device.set_up(data_dir, OFFICE, "other", "Other", "another password", kdf=CHEAP_KDF)
    assert (data_dir / "luring.db").read_bytes() == before


def test_set_up_checks_username_and_password_before_writing(tmp_path: Path) -> None:
    with pytest.raises(InvalidUsername):
        Device.set_up(tmp_path / "a", OFFICE, "x'; DROP", "X", "long enough pw", kdf=CHEAP_KDF)
    with pytest.raises(WeakPassword):
        Device.set_up(tmp_path / "b", OFFICE, "sari", "Sari", "short", kdf=CHEAP_KDF)
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_open_on_an_empty_folder_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(NotSetUp):
        Device.open(tmp_path / "missing")
    assert not (tmp_path / "missing").exists()
    (tmp_path / "empty").mkdir()
    with pytest.raises(NotSetUp):
        Device.open(tmp_path / "empty")
    assert list((tmp_path / "empty").iterdir()) == []


def test_login_after_restart_and_office_and_accounts(tmp_path: Path) -> None:
    data_dir, session, _ = set_up(tmp_path)
    assert session.account == Account("sari", "Ibu Sari", Role.SUPERVISOR, False)
    session.close()
    device = Device.open(data_dir)
    assert device.office == OFFICE
    assert device.accounts() == [Account("sari", "Ibu Sari", Role.SUPERVISOR, False)]
    again = device.login("  SARI ", SUPERVISOR_PASSWORD)
    assert again.account.username == "sari"
    again.close()


def test_wrong_password_and_unknown_user_give_the_same_message(tmp_path: Path) -> None:
    data_dir, session, _ = set_up(tmp_path)
    session.close()
    device = Device.open(data_dir)
    with pytest.raises(LoginFailed) as wrong_password:
        device.login("sari", "not the password")
    with pytest.raises(LoginFailed) as unknown_user:
        device.login("nobody", SUPERVISOR_PASSWORD)
    with pytest.raises(LoginFailed) as recovery_by_name:
        device.login("#recovery", SUPERVISOR_PASSWORD)
    assert wrong_password.value.message == unknown_user.value.message == recovery_by_name.value.message
    assert "sari" not in str(wrong_password.value) and "nobody" not in str(unknown_user.value)


@pytest.mark.parametrize("password", [
    "x'; ATTACH DATABASE '/tmp/pwn.db' AS pwn; --",
    "\"; PRAGMA key = 'zzz'; --",
    "a\0b\0c\0d\0e\0f\0",
    "🔑 kata sandi rahasia ü ñ 日本",
    "x" * 10_000,
    "' OR 1=1 --  \\x00 %s %d {0}",
])
def test_hostile_passwords_are_just_passwords(tmp_path: Path, password: str) -> None:
    data_dir = tmp_path / "data"
    session, _ = Device.set_up(data_dir, OFFICE, "sari", "Sari", password, kdf=CHEAP_KDF)
    session.accounts.add("budi", "Budi", Role.OFFICER, password + "!")
    session.close()
    device = Device.open(data_dir)
    device.login("sari", password).close()
    device.login("budi", password + "!").close()
    with pytest.raises(LoginFailed):
        device.login("sari", password[:-1])
    assert sorted(p.name for p in data_dir.iterdir()) == ["keyslots.json", "keyslots.lock", "luring.db"]
    assert not (tmp_path / "pwn.db").exists() and not Path("/tmp/pwn.db").exists()


def test_unicode_password_is_normalised(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    composed = "caf\u00e9 dan teh manis"
    Device.set_up(data_dir, OFFICE, "sari", "Sari", composed, kdf=CHEAP_KDF)[0].close()
    Device.open(data_dir).login("sari", "cafe\u0301 dan teh manis").close()


def test_officers_cannot_manage_accounts(tmp_path: Path) -> None:
    data_dir, session, _ = set_up(tmp_path)
    session.accounts.add("budi", "Budi Santoso", "officer", "budi password")
    with pytest.raises(UsernameTaken):
        session.accounts.add("BUDI", "Budi 2", Role.OFFICER, "another password")
    session.close()
    officer = Device.open(data_dir).login("budi", "budi password")
    assert officer.account.role is Role.OFFICER
    for attempt in (lambda: officer.accounts.add("eve", "Eve", Role.SUPERVISOR, "eve password"),
                    lambda: officer.accounts.remove("sari"),
                    lambda: officer.accounts.reset_password("sari"),
                    lambda: officer.accounts.regenerate_recovery_key()):
        with pytest.raises(PermissionDenied):
            attempt()
    assert officer.audit.security_warnings() == []
    officer.close()


def edit_lockout_to_free(data_dir: Path) -> None:
    """What an attacker would do; here it lets the test go on without waiting 30 s."""
    path = data_dir / "keyslots.json"
    document = json.loads(path.read_text())
    document["lockout"]["locked_until"] = 0
    path.write_text(json.dumps(document))


def test_change_password(tmp_path: Path) -> None:
    data_dir, session, _ = set_up(tmp_path)
    with pytest.raises(WeakPassword):
        session.accounts.change_own_password(SUPERVISOR_PASSWORD, "short")
    for _ in range(5):
        with pytest.raises(LoginFailed):
            session.accounts.change_own_password("wrong old password", "a new password")
    with pytest.raises(LockedOut):  # guessing the old password counts like guessing at log-in
        session.accounts.change_own_password(SUPERVISOR_PASSWORD, "a new password")
    edit_lockout_to_free(data_dir)
    session.accounts.change_own_password(SUPERVISOR_PASSWORD, "a new password")
    failed = [e for e in session.audit.entries() if e.event == "login_failed"]
    assert len(failed) == 5 and [m.code for m in session.audit.security_warnings()] == ["lockout_tamper_detected"]
    session.close()
    device = Device.open(data_dir)
    with pytest.raises(LoginFailed):
        device.login("sari", SUPERVISOR_PASSWORD)
    device.login("sari", "a new password").close()


def test_reset_password_gives_a_one_time_code_that_must_be_changed(tmp_path: Path) -> None:
    data_dir, session, _ = set_up(tmp_path)
    session.accounts.add("budi", "Budi", Role.OFFICER, "budi password")
    code = session.accounts.reset_password("budi")
    session.close()
    device = Device.open(data_dir)
    assert [a.must_change_password for a in device.accounts()] == [True, False]
    with pytest.raises(LoginFailed):
        device.login("budi", "budi password")
    officer = device.login("budi", code)
    assert officer.account.must_change_password
    officer.accounts.change_own_password(code, "budi's new password")
    assert not officer.account.must_change_password
    officer.close()
    assert not Device.open(data_dir).accounts()[0].must_change_password


def test_a_one_time_code_opens_nothing_but_the_password_change(tmp_path: Path) -> None:
    data_dir, session, _ = set_up(tmp_path)
    session.accounts.add("budi", "Budi", Role.OFFICER, "budi password")
    session.accounts.add("wati", "Wati", Role.SUPERVISOR, "wati password")
    officer_code, supervisor_code = session.accounts.reset_password("budi"), session.accounts.reset_password("wati")
    session.close()
    device = Device.open(data_dir)

    officer = device.login("budi", officer_code)
    refused = [lambda: officer.records.save_registration(make_reg(1), reference=REFERENCE),
               lambda: officer.records.list_records(RecordQuery(), 0, 10),
               lambda: officer.records.count_records(RecordQuery()), lambda: officer.records.outbox_counts(),
               lambda: officer.drafts.save(uuid.uuid4(), {"step": 1}, 1), lambda: officer.drafts.all(),
               lambda: officer.attachments.add(AttachmentKind.KTP, b"\xff\xd8 not looked at")]
    for attempt in refused:
        with pytest.raises(PasswordChangeRequired) as caught:
            attempt()
    assert caught.value.message.text("id") and caught.value.message.text("en")
    with pytest.raises(PasswordUnchanged):
        officer.accounts.change_own_password(officer_code, officer_code)  # the code the supervisor saw is no password
    officer.accounts.change_own_password(officer_code, "budi's own password")
    officer.records.save_registration(make_reg(1), reference=REFERENCE)
    assert officer.records.count_records(RecordQuery()) == 1
    officer.close()

    supervisor = device.login("wati", supervisor_code)
    for attempt in (lambda: supervisor.accounts.add("eve", "Eve", Role.SUPERVISOR, "eve password"),
                    lambda: supervisor.accounts.reset_password("sari"), lambda: supervisor.accounts.remove("budi"),
                    lambda: supervisor.accounts.regenerate_recovery_key()):
        with pytest.raises(PasswordChangeRequired):
            attempt()
    supervisor.accounts.change_own_password(supervisor_code, "wati's own password")
    supervisor.accounts.add("eve", "Eve", Role.OFFICER, "eve password")
    supervisor.close()


def test_a_new_password_must_differ_from_the_current_one(tmp_path: Path) -> None:
    _, session, _ = set_up(tmp_path)
    with pytest.raises(PasswordUnchanged):
        session.accounts.change_own_password(SUPERVISOR_PASSWORD, SUPERVISOR_PASSWORD)
    session.close()


def test_recovery_key_logs_in_as_supervisor_and_can_be_regenerated(tmp_path: Path) -> None:
    data_dir, session, recovery_key = set_up(tmp_path)
    session.close()
    device = Device.open(data_dir)
    recovery = device.login_with_recovery_key(recovery_key.lower().replace("-", " "))
    assert recovery.account.role is Role.SUPERVISOR
    code = recovery.accounts.reset_password("sari")  # what a recovery key is for: a forgotten supervisor password
    with pytest.raises(PermissionDenied):
        recovery.accounts.change_own_password(recovery_key, "a new password")
    new_key = recovery.accounts.regenerate_recovery_key()
    assert new_key != recovery_key
    events = [e.event for e in recovery.audit.entries()]
    assert "recovery_login" in events and "password_reset" in events and "recovery_key_regenerated" in events
    recovery.close()
    with pytest.raises(LoginFailed):
        device.login_with_recovery_key(recovery_key)
    device.login_with_recovery_key(new_key).close()
    device.login("sari", code).close()


def test_close_drops_the_key(tmp_path: Path) -> None:
    _, session, _ = set_up(tmp_path)
    session.close()
    session.close()
    assert not session.is_open
    for after_close in (session.audit.verify, lambda: session.records, lambda: session.accounts.all()):
        with pytest.raises(SessionClosed):
            after_close()


@pytest.mark.parametrize("key", [b"x'; ATTACH DATABASE 'pwn.db' AS pwn; --", b"", b"\0" * 31, b"\0" * 33,
                                 "a" * 32])
def test_only_a_32_byte_key_reaches_the_pragma(tmp_path: Path, key: object) -> None:
    from desktop.store.database import open_engine

    with pytest.raises(ValueError, match="32 bytes"):
        open_engine(tmp_path / "x.db", key)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_the_database_runs_in_wal_mode(tmp_path: Path) -> None:
    _, session, _ = set_up(tmp_path)
    with session.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    session.close()


def test_calibrate_gives_usable_parameters() -> None:
    from desktop.store.kdf import calibrate

    params = calibrate(0.05, max_memory_kib=64 * 1024)
    assert params.memory_kib >= 19 * 1024 and params.iterations >= 2 and params.lanes == 1

"""Key slots: every field is bound, slots do not travel, and a removed account's slot opens nothing."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop.store import key_file as key_file_module
from desktop.store.device import Device, OfficeInfo, Role
from desktop.store.errors import KeySlotsUnreadable, LoginFailed, StoreUnreadable
from desktop.store.key_file import KeyFile
from desktop.store.key_slots import RECOVERY_USERNAME, normalise_recovery_key
from desktop.store.session_state import open_database
from tests.support import CHEAP_KDF

OFFICE = OfficeInfo("Disnaker Kabupaten Garut", "3205", "32.05")


def make_device(root: Path) -> Path:
    data_dir = root / "data"
    session, _ = Device.set_up(data_dir, OFFICE, "sari", "Ibu Sari", "sari password", kdf=CHEAP_KDF)
    session.accounts.add("budi", "Budi", Role.OFFICER, "budi password")
    session.accounts.add("wati", "Wati", Role.OFFICER, "wati password")
    session.close()
    return data_dir


def load(data_dir: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((data_dir / "keyslots.json").read_text())
    return document


def save(data_dir: Path, document: dict[str, Any]) -> None:
    (data_dir / "keyslots.json").write_text(json.dumps(document))


def slot_of(document: dict[str, Any], username: str) -> dict[str, Any]:
    return next(s for s in document["slots"] if s["username"] == username)


def flip_bit(text: str, byte: int) -> str:
    data = bytearray(base64.b64decode(text))
    data[byte % len(data)] ^= 0x01
    return base64.b64encode(bytes(data)).decode()


@pytest.mark.parametrize("field", ["salt", "public_key", "wrapped_private_key", "wrapped_data_key"])
@pytest.mark.parametrize("byte", [0, 13, 31, -1])
def test_a_flipped_bit_in_a_binary_field_fails_the_login(tmp_path: Path, field: str, byte: int) -> None:
    data_dir = make_device(tmp_path)
    document = load(data_dir)
    slot = slot_of(document, "budi")
    slot[field] = flip_bit(slot[field], byte)
    save(data_dir, document)
    device = Device.open(data_dir)
    with pytest.raises(LoginFailed):
        device.login("budi", "budi password")
    device.login("wati", "wati password").close()  # the other slots are untouched


@pytest.mark.parametrize(("field", "value"), [
    ("role", "supervisor"),
    ("display_name", "Budi (admin)"),
    ("must_change_password", True),
    ("kdf", {"memory_kib": 2048, "iterations": 1, "lanes": 1}),
    ("kdf", {"memory_kib": 1024, "iterations": 2, "lanes": 1}),
])
def test_an_edited_text_field_fails_the_login(tmp_path: Path, field: str, value: object) -> None:
    data_dir = make_device(tmp_path)
    document = load(data_dir)
    slot_of(document, "budi")[field] = value
    save(data_dir, document)
    with pytest.raises(LoginFailed):
        Device.open(data_dir).login("budi", "budi password")


def test_a_slot_copied_to_another_username_opens_nothing(tmp_path: Path) -> None:
    data_dir = make_device(tmp_path)
    document = load(data_dir)
    copy = dict(slot_of(document, "sari"), username="eve")
    document["slots"].append(copy)
    save(data_dir, document)
    with pytest.raises(LoginFailed):
        Device.open(data_dir).login("eve", "sari password")
    document = load(data_dir)
    slot_of(document, "budi")["username"] = "budi2"
    save(data_dir, document)
    with pytest.raises(LoginFailed):
        Device.open(data_dir).login("budi2", "budi password")


def test_a_slot_copied_to_another_device_opens_nothing(tmp_path: Path) -> None:
    here = make_device(tmp_path / "here")
    there = make_device(tmp_path / "there")
    document = load(there)
    document["slots"] = [s for s in document["slots"] if s["username"] != "budi"]
    document["slots"].append(slot_of(load(here), "budi"))
    save(there, document)
    with pytest.raises(LoginFailed):
        Device.open(there).login("budi", "budi password")
    document = load(here)
    document["device_id"] = load(there)["device_id"]
    save(here, document)
    with pytest.raises(LoginFailed):
        Device.open(here).login("sari", "sari password")


@pytest.mark.parametrize("damage", [
    lambda d: d.pop("slots"),
    lambda d: d.update(slots=[]),
    lambda d: d.update(version=2),
    lambda d: d.update(device_id="not hex"),
    lambda d: d.update(extra="field"),
    lambda d: d["slots"][0].update(salt="!!not base64!!"),
    lambda d: d["slots"][0].update(salt=base64.b64encode(b"short").decode()),
    lambda d: d["slots"][0].update(kdf={"memory_kib": 1, "iterations": 1, "lanes": 1}),
    lambda d: d["slots"][0].update(kdf={"memory_kib": 1024, "iterations": True, "lanes": 1}),
    lambda d: d["slots"][0].update(role="root"),
    lambda d: d["slots"].append(dict(d["slots"][0])),
    lambda d: d["slots"].pop(1),  # the recovery slot
    lambda d: d["lockout"].update(failures=-1),
    lambda d: d.update(lockout={}),
])
def test_a_malformed_file_is_refused_before_login(tmp_path: Path, damage: Any) -> None:
    data_dir = make_device(tmp_path)
    document = load(data_dir)
    damage(document)
    save(data_dir, document)
    with pytest.raises(KeySlotsUnreadable):
        Device.open(data_dir)


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe garbage", b"[]", b"null", b"{}"])
def test_an_unreadable_or_missing_file_is_refused(tmp_path: Path, content: bytes) -> None:
    data_dir = make_device(tmp_path)
    (data_dir / "keyslots.json").write_bytes(content)
    with pytest.raises(KeySlotsUnreadable):
        Device.open(data_dir)
    (data_dir / "keyslots.json").unlink()
    with pytest.raises(KeySlotsUnreadable):
        Device.open(data_dir)
    assert sorted(p.name for p in data_dir.iterdir()) == ["luring.db"]


def test_removed_account_old_slot_opens_nothing(tmp_path: Path) -> None:
    data_dir = make_device(tmp_path)
    stale = tmp_path / "stale-keyslots.json"
    shutil.copy(data_dir / "keyslots.json", stale)
    session = Device.open(data_dir).login("sari", "sari password")
    session.audit.record("export", rows=3)
    session.accounts.remove("budi")
    assert [a.username for a in session.accounts.all()] == ["sari", "wati"]
    session.close()

    device = Device.open(data_dir)
    assert [a.username for a in device.accounts()] == ["sari", "wati"]
    with pytest.raises(LoginFailed):
        device.login("budi", "budi password")
    for who, password in (("sari", "sari password"), ("wati", "wati password")):
        kept = device.login(who, password)
        assert kept.audit.verify().ok
        kept.close()

    # The whole old file back: budi's slot still opens the OLD data key, which opens nothing now.
    current = (data_dir / "keyslots.json").read_bytes()
    shutil.copy(stale, data_dir / "keyslots.json")
    with pytest.raises(StoreUnreadable):
        Device.open(data_dir).login("budi", "budi password")
    # Only budi's old slot, grafted into the current file: same result.
    document = json.loads(current)
    document["slots"].append(slot_of(json.loads(stale.read_text()), "budi"))
    save(data_dir, document)
    with pytest.raises(StoreUnreadable):
        Device.open(data_dir).login("budi", "budi password")


def test_a_crash_between_rekey_and_file_swap_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = make_device(tmp_path)
    session = Device.open(data_dir).login("sari", "sari password")

    real_replace = key_file_module.os.replace

    def crash_at_swap(source: Any, target: Any) -> None:
        if Path(source).name == "keyslots.next.json":
            raise OSError("power cut")
        real_replace(source, target)

    monkeypatch.setattr(key_file_module.os, "replace", crash_at_swap)
    with pytest.raises(OSError, match="power cut"):
        session.accounts.remove("budi")
    monkeypatch.undo()
    session.close()
    assert (data_dir / "keyslots.next.json").exists()

    device = Device.open(data_dir)  # still the old file: budi is listed until a log-in finishes the swap
    with pytest.raises((LoginFailed, StoreUnreadable)):
        device.login("budi", "budi password")
    again = device.login("wati", "wati password")
    assert again.audit.verify().ok
    again.close()
    assert not (data_dir / "keyslots.next.json").exists()
    assert [a.username for a in Device.open(data_dir).accounts()] == ["sari", "wati"]


def test_after_a_crash_the_removal_can_be_finished(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = make_device(tmp_path)
    session = Device.open(data_dir).login("sari", "sari password")
    real_replace = key_file_module.os.replace

    def crash_at_swap(source: Any, target: Any) -> None:
        if Path(source).name == "keyslots.next.json":
            raise OSError("power cut")
        real_replace(source, target)

    monkeypatch.setattr(key_file_module.os, "replace", crash_at_swap)
    with pytest.raises(OSError, match="power cut"):
        session.accounts.remove("budi")
    monkeypatch.undo()
    session.close()

    supervisor = Device.open(data_dir).login("sari", "sari password")
    assert [m.code for m in supervisor.audit.security_warnings()] == ["key_slots_mismatch"]
    assert "budi" in [a.username for a in supervisor.accounts.all()]  # the row outlived the crash, its slot did not
    supervisor.accounts.remove("budi")
    supervisor.audit.acknowledge_security_warnings()
    supervisor.close()
    again = Device.open(data_dir).login("sari", "sari password")
    assert again.audit.security_warnings() == [] and [a.username for a in again.accounts.all()] == ["sari", "wati"]
    assert again.audit.verify().ok
    again.close()


def opens_the_database_offline(stale_file: Path, data_dir: Path, username: str, secret: str) -> bool:
    """The attack: the old slot opened with the old secret outside the application, its data key tried on the
    current database directly (no lock-out, no account checks)."""
    folder = stale_file.parent / "attacker"
    folder.mkdir(exist_ok=True)
    shutil.copy(stale_file, folder / "keyslots.json")
    opened = KeyFile(folder).open(username, secret)
    try:
        open_database(data_dir / "luring.db", opened.data_key, opened.slots.device_id).dispose()
    except StoreUnreadable:
        return False
    return True


def test_after_a_password_reset_the_old_password_in_an_old_file_opens_nothing(tmp_path: Path) -> None:
    data_dir = make_device(tmp_path)
    stale = tmp_path / "stale-keyslots.json"
    shutil.copy(data_dir / "keyslots.json", stale)  # budi's password is suspected leaked, with a copy of the file
    assert opens_the_database_offline(stale, data_dir, "budi", "budi password")
    session = Device.open(data_dir).login("sari", "sari password")
    code = session.accounts.reset_password("budi")
    session.close()

    Device.open(data_dir).login("budi", code).close()  # the one-time code opens today's database
    assert not opens_the_database_offline(stale, data_dir, "budi", "budi password")
    for who, password in (("sari", "sari password"), ("wati", "wati password")):
        kept = Device.open(data_dir).login(who, password)
        assert kept.audit.verify().ok
        kept.close()


def test_after_a_new_recovery_key_the_old_one_in_an_old_file_opens_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    session, old_key = Device.set_up(data_dir, OFFICE, "sari", "Ibu Sari", "sari password", kdf=CHEAP_KDF)
    stale = tmp_path / "stale-keyslots.json"
    shutil.copy(data_dir / "keyslots.json", stale)
    new_key = session.accounts.regenerate_recovery_key()
    session.close()

    Device.open(data_dir).login_with_recovery_key(new_key).close()
    with pytest.raises(LoginFailed):
        Device.open(data_dir).login_with_recovery_key(old_key)
    assert not opens_the_database_offline(stale, data_dir, RECOVERY_USERNAME, normalise_recovery_key(old_key))
    Device.open(data_dir).login("sari", "sari password").close()

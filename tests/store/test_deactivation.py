"""Deactivating an account: listed still, unable to log in, its old password opening nothing; a reset brings it
back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.store.device import Device, OfficeInfo, Role
from desktop.store.errors import LastSupervisor, LoginFailed, PermissionDenied
from desktop.store.records import RecordQuery
from tests.store.record_helpers import make_reg
from tests.store.test_key_slots import make_device, opens_the_database_offline
from tests.support import CHEAP_KDF, REFERENCE

OFFICE = OfficeInfo("Disnaker Kabupaten Garut", "3205", "32.05")


def test_a_deactivated_officer_stays_listed_but_cannot_log_in_and_a_reset_brings_them_back(tmp_path: Path) -> None:
    data_dir = make_device(tmp_path)
    budi = Device.open(data_dir).login("budi", "budi password")
    budi.records.save_registration(make_reg(1), reference=REFERENCE)
    budi.close()
    stale = tmp_path / "stale-keyslots.json"
    shutil.copy(data_dir / "keyslots.json", stale)  # budi kept a copy of the file when he left

    sari = Device.open(data_dir).login("sari", "sari password")
    sari.accounts.deactivate("budi")
    assert [(a.username, a.active) for a in sari.accounts.all()] == [("budi", False), ("sari", True),
                                                                      ("wati", True)]
    events = [e.event for e in sari.audit.all_entries()]
    assert events[-2:] == ["account_deactivated", "rekey"]
    sari.close()

    device = Device.open(data_dir)
    assert [a.username for a in device.accounts()] == ["sari", "wati"]  # not offered at log-in
    with pytest.raises(LoginFailed):
        device.login("budi", "budi password")
    assert not opens_the_database_offline(stale, data_dir, "budi", "budi password")
    sari = device.login("sari", "sari password")
    assert sari.audit.security_warnings() == []  # a listed account without a slot is no tampering here
    assert sari.records.count_records(RecordQuery()) == 1  # his record stays, named after him
    code = sari.accounts.reset_password("budi")
    assert all(a.active for a in sari.accounts.all())
    assert "account_reactivated" in [e.event for e in sari.audit.all_entries()]
    sari.close()
    Device.open(data_dir).login("budi", code).close()


def test_no_one_deactivates_themselves_the_last_supervisor_or_as_an_officer(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    sari, recovery_key = Device.set_up(data_dir, OFFICE, "sari", "Ibu Sari", "sari password", kdf=CHEAP_KDF)
    sari.accounts.add("budi", "Budi", Role.OFFICER, "budi password")
    with pytest.raises(PermissionDenied):
        sari.accounts.deactivate("sari")
    sari.close()
    budi = Device.open(data_dir).login("budi", "budi password")
    with pytest.raises(PermissionDenied):
        budi.accounts.deactivate("sari")
    budi.close()
    recovery = Device.open(data_dir).login_with_recovery_key(recovery_key)
    with pytest.raises(LastSupervisor):
        recovery.accounts.deactivate("sari")  # the device would be left with no supervisor to bring anyone back
    recovery.close()
    Device.open(data_dir).login("sari", "sari password").close()

"""The enrolment kept in the encrypted store, the sequence floor that never goes back, the witnessed checkpoint."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
from pathlib import Path

import pytest

from desktop.operations.sync_ports import sync_ports
from desktop.store.device import Device, OfficeInfo, Role
from desktop.store.enrolment import DeviceEnrolment, EnrolmentError
from desktop.store.errors import PermissionDenied
from desktop.store.session import Session
from desktop.store.sync_progress import SyncStateRefused
from sync import sealing
from sync.sequence import ReservedSequence
from sync.signing import DeviceKey
from tests.store.record_helpers import make_reg
from tests.support import CHEAP_KDF, REFERENCE

OFFICE = OfficeInfo("Disnaker Kota Cimahi", "3277", "32.77")
NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


def new_enrolment(**changes: object) -> DeviceEnrolment:
    value = DeviceEnrolment(
        device_id="3f2a9c1e0b7d4e8f9a6b5c4d3e2f1a0b", central_url="https://pusat.example.go.id",
        office_code="32.77", device_private_key=DeviceKey.generate().private_bytes(),
        centre_public_key=sealing.public_key_bytes(sealing.generate_centre_key()),
        spki_pins=(hashlib.sha256(b"pin").hexdigest(),), ca_bundle=None)
    return dataclasses.replace(value, **changes)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    session, _ = Device.set_up(tmp_path / "data", OFFICE, "sari", "Sari", "sari password", kdf=CHEAP_KDF)
    session.accounts.add("budi", "Budi", Role.OFFICER, "budi password")
    session.close()
    return tmp_path / "data"


def log_in(data_dir: Path, who: str = "sari") -> Session:
    return Device.open(data_dir).login(who, f"{who} password")


def test_an_enrolment_survives_a_restart_inside_the_encrypted_file(data_dir: Path,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    enrolment = new_enrolment()
    session = log_in(data_dir)
    assert session.enrolment.current() is None
    session.enrolment.enrol(enrolment)
    session.close()

    officer = log_in(data_dir, "budi")  # sync runs in an officer's session too
    stored = officer.enrolment.current()
    assert stored == enrolment
    assert stored.centre_key_fingerprint == hashlib.sha256(enrolment.centre_public_key).hexdigest()
    assert enrolment.device_private_key.hex() not in repr(stored)
    officer.close()
    for path in data_dir.iterdir():  # nowhere on disk in the clear, nor in the log
        assert enrolment.device_private_key not in path.read_bytes()
    assert enrolment.device_private_key.hex() not in caplog.text


def test_a_second_enrolment_replaces_the_first_only_when_asked(data_dir: Path) -> None:
    session = log_in(data_dir)
    first, second = new_enrolment(), new_enrolment(device_id="another-device")
    session.enrolment.enrol(first)
    with pytest.raises(EnrolmentError) as refused:
        session.enrolment.enrol(second)
    assert refused.value.code == "already_enrolled" and refused.value.message.text("id")
    assert session.enrolment.current() == first
    session.enrolment.reserve_sequence(500)
    session.enrolment.replace(second)
    assert session.enrolment.current() == second
    assert session.enrolment.sequence_floor() == 500  # a new identity, but numbers still never go back
    assert [e.event for e in session.audit.entries(5)][:2] == ["device_enrolled", "device_enrolled"]
    session.close()


def test_replacing_an_enrolment_seals_unsent_records_afresh(data_dir: Path) -> None:
    session = log_in(data_dir)
    session.enrolment.enrol(new_enrolment())
    reg = make_reg(1)
    session.records.save_registration(reg, reference=REFERENCE)
    [old] = session.outbox.claim_batch(1, NOW, lambda _item: b"\x01" * 64)
    session.enrolment.replace(new_enrolment(device_id="new-device"))  # the old seal names the old device
    assert session.outbox.frozen_seal(reg.record_id, 1) is None
    [new] = session.outbox.claim_batch(1, NOW, lambda _item: b"\x02" * 64)
    assert (old.sealed, new.sealed) == (b"\x01" * 64, b"\x02" * 64)
    session.close()


def test_only_a_supervisor_enrols(data_dir: Path) -> None:
    officer = log_in(data_dir, "budi")
    with pytest.raises(PermissionDenied):
        officer.enrolment.enrol(new_enrolment())
    with pytest.raises(PermissionDenied):
        officer.enrolment.replace(new_enrolment())
    assert officer.enrolment.current() is None
    officer.close()


@pytest.mark.parametrize(
    ("changes", "what"),
    [
        ({"device_private_key": b"\x01" * 31}, "device_private_key"),
        ({"device_private_key": bytes(32)}, "device_private_key"),
        ({"device_private_key": "not bytes"}, "device_private_key"),
        ({"centre_public_key": b"\x01" * 33}, "centre_public_key"),
        ({"device_id": ""}, "device_id"),
        ({"device_id": "x" * 65}, "device_id"),
        ({"device_id": "id; DROP TABLE enrolment"}, "device_id"),
        ({"central_url": "http://pusat.example.go.id"}, "central_url"),  # plain http off this machine
        ({"central_url": "https://user:secret@pusat.example.go.id"}, "central_url"),
        ({"central_url": "ftp://pusat.example.go.id"}, "central_url"),
        ({"central_url": "https://"}, "central_url"),
        ({"spki_pins": ("not-hex",)}, "spki_pins"),
        ({"spki_pins": ["a" * 64]}, "spki_pins"),
        ({"ca_bundle": "  "}, "ca_bundle"),
        ({"ca_bundle": "/etc/ssl/a\0b"}, "ca_bundle"),
        ({"office_code": "x" * 40}, "office_code"),
    ],
)
def test_hostile_enrolments_are_refused(data_dir: Path, changes: dict[str, object], what: str) -> None:
    session = log_in(data_dir)
    with pytest.raises(EnrolmentError) as refused:
        session.enrolment.enrol(new_enrolment(**changes))
    assert refused.value.what == what
    assert session.enrolment.current() is None
    session.close()


def test_the_reference_server_on_this_machine_may_be_plain_http(data_dir: Path) -> None:
    session = log_in(data_dir)
    session.enrolment.enrol(new_enrolment(central_url="http://127.0.0.1:8765", ca_bundle="/etc/ssl/centre.pem"))
    assert session.enrolment.current() is not None
    session.close()


def test_the_sequence_never_goes_back_after_a_restart_even_with_the_clock_set_back(data_dir: Path) -> None:
    session = log_in(data_dir)
    session.enrolment.enrol(new_enrolment())
    clock = [1_800_000_000.0]
    numbers = ReservedSequence(sync_ports(session).enrolment, clock=lambda: clock[0], block=1000)
    used = [numbers() for _ in range(5)]
    assert used == sorted(set(used))
    assert session.enrolment.sequence_floor() >= used[-1]  # committed before the numbers were handed out
    session.close()  # the process ends; the clock is then set back an hour

    clock[0] -= 3600
    session = log_in(data_dir)
    after = ReservedSequence(session.enrolment, clock=lambda: clock[0], block=1000)
    assert after() > used[-1]
    for _ in range(1500):  # past the reserved block: another one is reserved first
        last = after()
    assert session.enrolment.sequence_floor() >= last
    session.close()


def test_hostile_sequence_reservations_are_refused(data_dir: Path) -> None:
    session = log_in(data_dir)
    with pytest.raises(EnrolmentError) as refused:
        session.enrolment.reserve_sequence(10)
    assert refused.value.code == "not_enrolled"
    session.enrolment.enrol(new_enrolment())
    for bad in (-1, 2**62, True, "10"):
        with pytest.raises(EnrolmentError):
            session.enrolment.reserve_sequence(bad)  # type: ignore[arg-type]
    assert session.enrolment.reserve_sequence(10) == 10
    assert session.enrolment.reserve_sequence(5) == 10  # never lowered
    session.close()


def test_a_witnessed_checkpoint_is_the_devices_own_and_never_goes_back(data_dir: Path) -> None:
    session = log_in(data_dir)
    checkpoints = sync_ports(session).checkpoints
    assert (checkpoints.witnessed().position, checkpoints.witnessed().head) == (0, "0" * 64)
    head = checkpoints.audit_head()
    checkpoints.record_witnessed(head.position, head.head, NOW)
    assert checkpoints.witnessed() == head
    session.audit.record("sync")
    later = checkpoints.audit_head()
    assert later.position == head.position + 1
    for position, claimed in ((later.position, "f" * 64), (later.position + 5, later.head), ("1", head.head)):
        with pytest.raises(SyncStateRefused):
            checkpoints.record_witnessed(position, claimed, NOW)  # type: ignore[arg-type]
    with pytest.raises(SyncStateRefused) as back:
        first = session.audit.entries(500)[-1]
        session.checkpoints.record_witnessed(first.seq, session_mac(session, first.seq), NOW)
    assert back.value.what == "checkpoint_goes_back"
    checkpoints.record_witnessed(later.position, later.head, NOW)
    session.close()
    session = log_in(data_dir)
    assert session.checkpoints.witnessed() == later
    session.close()


def session_mac(session: Session, seq: int) -> str:
    from sqlalchemy import select

    from desktop.store.audit import audit_log

    with session.engine.connect() as conn:
        return str(conn.execute(select(audit_log.c.mac).where(audit_log.c.seq == seq)).scalar_one())

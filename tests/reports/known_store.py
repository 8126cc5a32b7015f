"""A device whose content a report must describe exactly: statuses, decisions, days, hand-overs, hostile text.

Records are loaded with the trusted bulk loader (as `luring demo-data` does) and the centre's decisions are
applied through the outbox, as a sync applies them. Nine records in the period 1-3 December 2026 (WIB), one
the day before it; two are from the officer "budi", the rest from "sari".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import update

from desktop.domain.clock import ClockFlag
from desktop.store.demo_data import PeopleMaker, bulk_insert
from desktop.store.device import Device, OfficeInfo
from desktop.store.enrolment import DeviceEnrolment
from desktop.store.outbox_table import RecordStatus
from desktop.store.record_tables import registrations
from desktop.store.report_query import ReportFilter
from desktop.store.session import Session
from sync import sealing
from sync.outbox import CentreDecision, Reason
from sync.signing import DeviceKey
from tests.support import CHEAP_KDF, REFERENCE

OFFICE = OfficeInfo("Disnaker Kota Depok", "3276", "32.76")
WIB = dt.timezone(dt.timedelta(hours=7))
PERIOD = ReportFilter(dt.date(2026, 12, 1), dt.date(2026, 12, 3), tz=WIB)
DEVICE_ID = "3f2a9c1e0b7d4e8f9a6b5c4d3e2f1a0b"
NOW = dt.datetime(2026, 12, 4, 3, 0, tzinfo=dt.UTC)
HOSTILE_NAMES = ["=HYPERLINK(\"http://x\",\"klik\")", "+62 812", "-1+1", "@SUM(A1)", "\tTab Awal",
                 "\rCR Awal", "Koma, \"kutip\"\nbaris baru", "\u200fمحمد\u200e Rizki", "Nyoman Ke\u0301tut",
                 "<r>Siti & <t>x</t> 😀👍🧑‍🌾</r>"]  # xlsxwriter takes "<r>…</r>" for rich-text XML
HOSTILE_REASON = "=cmd|' /C calc'!A0, \"tolak\"\r\nbaris 2 👎"


def wib(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, 15, tzinfo=WIB)


# (day, hour, officer, status, decision) in December 2026, WIB; decisions are applied after loading.
PLAN = [
    (30, 10, "sari", RecordStatus.READY, None),  # 30 November: outside the period
    (1, 0, "sari", RecordStatus.READY, None),  # 00:15 WIB on the 1st is 30 November in UTC: inside
    (1, 9, "sari", RecordStatus.READY, None),
    (1, 11, "budi", RecordStatus.ACCEPTED, None),
    (2, 9, "sari", RecordStatus.ACCEPTED, RecordStatus.VERIFIED),
    (2, 10, "sari", RecordStatus.ACCEPTED, RecordStatus.REJECTED),
    (2, 14, "budi", RecordStatus.ACCEPTED, RecordStatus.REJECTED),
    (3, 8, "sari", RecordStatus.ACCEPTED, RecordStatus.NEEDS_CORRECTION),
    (3, 9, "sari", RecordStatus.QUARANTINED, None),
    (3, 23, "sari", RecordStatus.SENDING, None),  # 23:15 WIB on the 3rd: still inside
]


@dataclass
class KnownStore:
    data_dir: Path
    session: Session
    record_ids: list[uuid.UUID]
    niks: list[str]
    names: list[str]


def build(tmp_path: Path, *, enrolled: bool = True) -> KnownStore:
    data_dir = tmp_path / "data"
    session, _ = Device.set_up(data_dir, OFFICE, "sari", "Sari Lestari", "sari password", kdf=CHEAP_KDF)
    session.accounts.add("budi", "Budi Santoso", "officer", "budi password 1")
    maker = PeopleMaker(REFERENCE, seed=14, today=dt.date(2026, 12, 1))
    regs = []
    for n, (day, hour, officer, status, _decision) in enumerate(PLAN):
        when = dt.datetime(2026, 11, 30, hour, 15, tzinfo=WIB) if day == 30 else wib(day, hour)
        reg = maker.registration(officer, when)
        reg = dataclasses.replace(reg, identity=dataclasses.replace(reg.identity, full_name=HOSTILE_NAMES[n]))
        regs.append(reg)
        bulk_insert(session.engine, officer, [(reg, status, when)], REFERENCE.versions)
    decisions = [CentreDecision(reg.record_id, 1, decision, _reasons(decision, n))
                 for n, (reg, (*_rest, decision)) in enumerate(zip(regs, PLAN, strict=True)) if decision]
    session.outbox.apply_decisions(decisions, "cursor-1")
    with session.engine.begin() as conn:  # one record made while the device's clock could not be believed
        conn.execute(update(registrations).where(registrations.c.record_id == str(regs[2].record_id))
                     .values(clock_flag=ClockFlag.OFF_FROM_CENTRE.value))
    session.outbox.record_clock_offset(-42.4)
    session.outbox.transport_succeeded(dt.datetime(2026, 12, 3, 6, 0, tzinfo=dt.UTC))
    digest = hashlib.sha256(b"bundle").hexdigest()
    session.handovers.record("bundle_exported", 4, 1, digest, at=dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC))
    session.handovers.record("receipt_imported", 4, 1, digest, at=dt.datetime(2026, 11, 29, 3, 0, tzinfo=dt.UTC))
    if enrolled:
        session.enrolment.enrol(DeviceEnrolment(
            device_id=DEVICE_ID, central_url="https://pusat.example.go.id", office_code="32.76",
            device_private_key=DeviceKey.generate().private_bytes(),
            centre_public_key=sealing.public_key_bytes(sealing.generate_centre_key()),
            spki_pins=(hashlib.sha256(b"pin").hexdigest(),), ca_bundle=None))
    return KnownStore(data_dir, session, [r.record_id for r in regs], [r.identity.nik for r in regs],
                      HOSTILE_NAMES[:len(PLAN)])


def _reasons(decision: RecordStatus, n: int) -> tuple[Reason, ...]:
    if decision is RecordStatus.REJECTED:
        return (Reason("nik_registered", "identity.nik"),) if n == 5 else (Reason(HOSTILE_REASON),
                                                                          Reason("nik_registered"))
    if decision is RecordStatus.NEEDS_CORRECTION:
        return (Reason("validation", "address.village_code"),)
    return ()

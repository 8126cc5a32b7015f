"""The audit chain names the first entry that was edited, deleted or moved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from desktop.store.audit import audit_log
from desktop.store.device import Device, OfficeInfo, Role
from desktop.store.session import Session
from tests.support import CHEAP_KDF

OFFICE = OfficeInfo("Disnaker Kota Depok", "3276", "32.76")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _ = Device.set_up(tmp_path / "data", OFFICE, "sari", "Sari", "sari password", kdf=CHEAP_KDF)
    for n in range(6):
        opened.audit.record("export", rows=n, format="csv")
    yield opened
    opened.close()


def test_a_fresh_chain_verifies(session: Session) -> None:
    verdict = session.audit.verify()
    assert verdict.ok and verdict.first_broken is None and verdict.entries == 8  # set-up, login, 6 exports
    seq, mac = session.audit.head()
    assert seq == 8 and len(mac) == 64
    session.audit.record("export", rows=9)
    assert session.audit.head()[0] == 9 and session.audit.head()[1] != mac


@pytest.mark.parametrize(("column", "value"), [
    ("details", '{"format":"csv","rows":999}'),
    ("event", "login"),
    ("officer", "budi"),
    ("time", "2020-01-01T00:00:00.000000+00:00"),
    ("mac", "0" * 64),
])
def test_an_edited_entry_is_named(session: Session, column: str, value: str) -> None:
    with session.engine.begin() as conn:
        conn.execute(update(audit_log).where(audit_log.c.seq == 5).values({column: value}))
    verdict = session.audit.verify()
    assert not verdict.ok and verdict.first_broken == 5 and verdict.entries == 4


def test_a_deleted_entry_is_named(session: Session) -> None:
    with session.engine.begin() as conn:
        conn.execute(delete(audit_log).where(audit_log.c.seq == 3))
    assert session.audit.verify().first_broken == 3


def test_deleted_entries_at_the_end_are_noticed(session: Session) -> None:
    with session.engine.begin() as conn:
        conn.execute(delete(audit_log).where(audit_log.c.seq >= 7))
    verdict = session.audit.verify()
    assert not verdict.ok and verdict.first_broken == 7


def test_reordered_entries_are_named(session: Session) -> None:
    with session.engine.begin() as conn:
        rows = {r.seq: r for r in conn.execute(select(audit_log).where(audit_log.c.seq.in_([4, 6])))}
        conn.execute(delete(audit_log).where(audit_log.c.seq.in_([4, 6])))
        for seq, other in ((4, 6), (6, 4)):
            moved = rows[other]._asdict()
            moved["seq"] = seq
            conn.execute(audit_log.insert().values(moved))
    assert session.audit.verify().first_broken == 4


def test_the_chain_survives_a_rekey(session: Session) -> None:
    session.accounts.add("budi", "Budi", Role.OFFICER, "budi password")
    session.accounts.remove("budi")
    verdict = session.audit.verify()
    assert verdict.ok
    events = [e.event for e in session.audit.entries()]
    assert events[:3] == ["rekey", "account_removed", "account_added"]  # newest first


@pytest.mark.parametrize("details", [
    {"nik": "3201234567890001"},
    {"phone": "+6281234567890"},
    {"note": "KK 3201011234567890"},
])
def test_personal_looking_details_are_refused(session: Session, details: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="personal"):
        session.audit.record("export", **details)
    assert session.audit.verify().entries == 8


def test_unknown_events_and_odd_values_are_refused(session: Session) -> None:
    with pytest.raises(ValueError, match="unknown audit event"):
        session.audit.record("made_up")
    with pytest.raises(TypeError):
        session.audit.record("export", flag=True)
    session.audit.record("registration_saved", record="12345678-1234-1234-1234-123456789012", version=1)
    assert session.audit.verify().ok

"""NIK and KK checks hold when another worker stores a conflicting record between our reads and our writes."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.domain.registration import Registration
from sync import sealing
from sync.protocol import Outcome, SealedItem
from sync.server import intake
from sync.server.central import Central, open_central
from sync.server.config import Settings
from sync.server.models import Device, Family, NikClaim
from tests.sync.records import fresh_kk, new_registration

DATABASES = ["sqlite"] + (["postgresql"] if os.environ.get("LURING_TEST_PG_URL") else [])  # PostgreSQL: opt-in


@pytest.fixture(params=DATABASES)
def central(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Central]:
    url = os.environ["LURING_TEST_PG_URL"] if request.param == "postgresql" else None
    central = open_central(Settings.for_folder(tmp_path, url))
    yield central
    central.engine.dispose()


@pytest.fixture
def devices(central: Central) -> tuple[str, str]:
    """Two enrolled device ids, fresh each time (one PostgreSQL database serves many runs)."""
    ids = (str(uuid.uuid4()), str(uuid.uuid4()))
    with central.sessions() as session:
        session.add_all(Device(id=i, public_key=uuid.uuid4().bytes * 2, office_code="32.01") for i in ids)
        session.commit()
    return ids


def _sealed(central: Central, reg: Registration, device_id: str) -> SealedItem:
    sealed = sealing.seal_record(central.keys.centre_public, reg.to_dict(), str(reg.record_id), 1, device_id)
    return SealedItem(str(reg.record_id), 1, sealed)


def _receive(central: Central, device_id: str, items: list[SealedItem]) -> list[intake.ItemOutcome]:
    with central.sessions() as session:
        return intake.receive(session, central.keys, central.checks, device_id, items)


def _race(monkeypatch: pytest.MonkeyPatch, competitor: Any) -> None:
    """Run `competitor()` once, after our batch is judged and before it is written."""
    judged = intake._fill_missing_attachments
    pending = [competitor]

    def between(*args: Any) -> None:
        if pending:
            pending.pop()()
        judged(*args)

    monkeypatch.setattr(intake, "_fill_missing_attachments", between)


def test_same_nik_from_two_workers_is_accepted_once(
    central: Central, devices: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = devices
    first = new_registration()
    twin = new_registration(identity__nik=first.identity.nik, identity__birth_date=first.identity.birth_date)
    other: list[intake.ItemOutcome] = []
    _race(monkeypatch, lambda: other.extend(_receive(central, b, [_sealed(central, twin, b)])))
    (ours,) = _receive(central, a, [_sealed(central, first, a)])
    assert other[0].outcome == Outcome.ACCEPTED
    assert ours.outcome == Outcome.REJECTED and ours.reasons[0]["code"] == "nik_registered"
    with central.sessions() as session:
        nik_hash = intake.identity_hash(central.keys, "nik", first.identity.nik)
        assert session.scalar(select(func.count()).select_from(NikClaim).where(NikClaim.nik_hash == nik_hash)) == 1


@pytest.mark.parametrize("already", [0, 1])
def test_a_third_family_member_from_two_workers_is_refused(
    central: Central, devices: tuple[str, str], monkeypatch: pytest.MonkeyPatch, already: int
) -> None:
    a, b = devices
    kk = fresh_kk()
    members = [new_registration(kk=kk) for _ in range(3)]
    if already:  # the family row exists (compare-and-set) or is new (primary key)
        assert _receive(central, a, [_sealed(central, members.pop(), a)])[0].outcome == "accepted"
    theirs = [_sealed(central, r, b) for r in members[1:]]
    other: list[intake.ItemOutcome] = []
    _race(monkeypatch, lambda: other.extend(_receive(central, b, theirs)))
    (ours,) = _receive(central, a, [_sealed(central, members[0], a)])
    assert [o.outcome for o in other] == [Outcome.ACCEPTED] * len(theirs)
    assert ours.outcome == Outcome.REJECTED and ours.reasons[0]["code"] == "kk_limit"
    with central.sessions() as session:
        kk_hash = intake.identity_hash(central.keys, "kk", kk)
        assert session.scalar(select(Family.members).where(Family.kk_hash == kk_hash)) == 2


def test_an_older_database_gets_its_claims_and_families_rebuilt(tmp_path: Path) -> None:
    first = open_central(Settings.for_folder(tmp_path))
    with first.sessions() as session:
        session.add(Device(id="device-a", public_key=b"k" * 32, office_code="32.01"))
        session.commit()
    kk = fresh_kk()
    regs = [new_registration(kk=kk), new_registration(kk=kk)]
    for reg in regs:
        assert _receive(first, "device-a", [_sealed(first, reg, "device-a")])[0].outcome == Outcome.ACCEPTED
    with first.sessions() as session:  # as if made before these tables existed
        session.query(NikClaim).delete()
        session.query(Family).delete()
        session.commit()
    first.sessions.kw["bind"].dispose()
    second = open_central(Settings.for_folder(tmp_path))
    twin = new_registration(identity__nik=regs[0].identity.nik, identity__birth_date=regs[0].identity.birth_date)
    results = _receive(second, "device-a", [_sealed(second, twin, "device-a"),
                                            _sealed(second, new_registration(kk=kk), "device-a")])
    assert [r.reasons[0]["code"] for r in results] == ["nik_registered", "kk_limit"]
    second.sessions.kw["bind"].dispose()

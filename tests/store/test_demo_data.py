"""`luring demo-data`: a demo device with realistic synthetic registrations."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from desktop.domain import nik as nik_rules
from desktop.domain.phone import normalise_phone
from desktop.domain.validation import check_registration
from desktop.store.demo_data import bulk_insert, main
from desktop.store.device import Device
from desktop.store.errors import DuplicateNik
from desktop.store.outbox_table import RecordStatus
from desktop.store.records import RecordQuery, RecordStore
from tests.store.record_helpers import AuditLog, make_reg, new_engine, with_identity
from tests.support import CHEAP_KDF, REFERENCE


def test_sets_up_a_device_and_adds_valid_registrations(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LURING_PASSWORD", raising=False)
    data_dir = tmp_path / "demo"
    assert main(["--data-dir", str(data_dir), "--count", "300", "--seed", "7"], kdf=CHEAP_KDF) == 0
    out = capsys.readouterr().out
    passwords = dict(re.findall(r"^  (supervisor|petugas1|petugas2) +(\S+)$", out, re.MULTILINE))
    assert set(passwords) == {"supervisor", "petugas1", "petugas2"}
    assert len(set(passwords.values())) == 3 and all(len(p) >= 12 for p in passwords.values())
    assert f"luring --data-dir {data_dir}" in out and "300" in out

    session = Device.open(data_dir).login("petugas1", passwords["petugas1"])
    try:
        assert session.records.count_records(RecordQuery()) == 300
        summaries = session.records.list_records(RecordQuery(), 0, 300)
        assert {s.officer for s in summaries} == {"petugas1", "petugas2"}
        # Waiting to be sent, a few still drafts: nothing claims a decision no centre made.
        assert {s.status for s in summaries} == {RecordStatus.READY, RecordStatus.DRAFT}
        regs = [session.records.get_registration(s.record_id) for s in summaries]
    finally:
        session.close()
    regions, rules = REFERENCE.regions, REFERENCE.rules
    assert max(Counter(r.identity.kk for r in regs).values()) <= 2
    assert any(n == 2 for n in Counter(r.identity.kk for r in regs).values())  # families exist
    assert len({r.identity.nik for r in regs}) == 300
    for reg in regs:
        parsed = nik_rules.parse(reg.identity.nik, birth_date=reg.identity.birth_date, sex=reg.identity.sex,
                                 regions=regions)
        assert parsed.warnings == [] and parsed.district_dotted == reg.address.district_code
        assert regions.get(reg.address.village_code) is not None
        assert normalise_phone(reg.contact.phone) == reg.contact.phone
        problems = check_registration(reg, regions=regions, rules=rules, today=reg.registered_on)
        assert problems == [], problems
        assert reg.registered_on <= dt.date.today()


def test_adds_to_an_existing_device_as_a_named_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "demo"
    monkeypatch.setenv("LURING_PASSWORD", "demo password 2026")
    assert main(["--data-dir", str(data_dir), "--count", "20", "--seed", "1"], kdf=CHEAP_KDF) == 0
    out = capsys.readouterr().out
    assert "demo password 2026" not in out and "(LURING_PASSWORD)" in out
    assert main(["--data-dir", str(data_dir), "--count", "30", "--user", "petugas2", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    listed = re.findall(r"^  (supervisor|petugas1|petugas2) +(.+) \((supervisor|officer)\)$", out, re.MULTILINE)
    assert [(name, role) for name, _, role in listed] == [("petugas1", "officer"), ("petugas2", "officer"),
                                                          ("supervisor", "supervisor")]
    assert f"luring --data-dir {data_dir}" in out and "demo password 2026" not in out
    monkeypatch.setenv("LURING_PASSWORD", "wrong password")
    assert main(["--data-dir", str(data_dir), "--count", "5", "--user", "petugas2"]) == 1
    assert "salah" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--data-dir", str(data_dir), "--count", "5"])  # already set up: --user is required
    session = Device.open(data_dir).login("supervisor", "demo password 2026")
    try:
        assert session.records.count_records(RecordQuery()) == 50
    finally:
        session.close()


def test_bulk_insert_writes_whole_batches(tmp_path: Path) -> None:
    engine = new_engine(tmp_path / "luring.db")
    store = RecordStore(engine, "petugas1", AuditLog())
    when = dt.datetime(2026, 10, 1, tzinfo=dt.UTC)
    items = [(make_reg(i), RecordStatus.VERIFIED if i % 2 else RecordStatus.READY, when + dt.timedelta(hours=i))
             for i in range(1, 8)]
    assert bulk_insert(engine, "petugas1", items, REFERENCE.versions, batch_size=3) == 7
    assert store.count_records(RecordQuery()) == 7
    assert store.count_records(RecordQuery(status=RecordStatus.VERIFIED)) == 4
    newest = store.list_records(RecordQuery(), 0, 1)[0]
    assert (newest.record_id, newest.created_at) == (items[-1][0].record_id, items[-1][2])
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar_one() == 7
        assert conn.exec_driver_sql("SELECT count(*) FROM consents").scalar_one() == 7
    clash = [(make_reg(20), RecordStatus.READY, when), (with_identity(make_reg(21), nik=items[0][0].identity.nik),
                                                        RecordStatus.READY, when)]
    with pytest.raises(DuplicateNik) as caught:
        bulk_insert(engine, "petugas1", clash, REFERENCE.versions)
    assert caught.value.existing_id == items[0][0].record_id
    assert store.count_records(RecordQuery()) == 7  # the whole batch was rolled back
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar_one() == 7

"""Records store at scale: bulk import, single saves, NIK lookup, name search, file size.

    python bench/store_benchmark.py --count 100000

Everything runs on a real device (set up with cheap key derivation: log-in cost
is not measured here) in a temporary folder, removed after. Single saves go the
whole way an officer's do: `Session.save_registration`, with its outbox,
consent and audit entry in one transaction. The bulk import is compared with
plain `sqlcipher3` executemany of the very same rows into the same tables and
indexes of a keyed database, with the same pragmas and one transaction per
1,000 rows: the ratio is what the store's own work (JSON, search columns,
outbox and consent rows, SQLAlchemy) costs on top.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

from desktop.domain.reference import load_reference
from desktop.domain.registration import Registration, Sex
from desktop.domain.synthetic import valid_kk, valid_nik
from desktop.paths import resource
from desktop.store import attachments, drafts  # noqa: F401  (all tables, as on a device)
from desktop.store.database import connect
from desktop.store.demo_data import PeopleMaker, bulk_insert
from desktop.store.device import Device, OfficeInfo, Role
from desktop.store.kdf import KdfParams
from desktop.store.outbox_table import RecordStatus, outbox
from desktop.store.record_tables import consents, registrations, version_rows
from desktop.store.records import RecordQuery

REFERENCE = load_reference(resource())

BATCH = 1000
STATUSES = [RecordStatus.READY] * 3 + [RecordStatus.VERIFIED] * 5 + [RecordStatus.ACCEPTED, RecordStatus.DRAFT]


def spelled(n: int) -> str:
    """`n` in letters (123 -> "Bcd"): a name holds no digits, and the store refuses one that does."""
    return "".join("abcdefghij"[int(d)] for d in str(n)).capitalize()


def people(count: int, seed: int, start: dt.datetime) -> Iterator[tuple[Registration, RecordStatus, dt.datetime]]:
    """`count` distinct applicants: 500 Faker people, varied in NIK, KK, name, phone and id (Faker is slow)."""
    maker = PeopleMaker(REFERENCE, seed)
    base = [maker.registration("petugas1", start) for _ in range(min(count, 500))]
    rng = random.Random(seed)
    districts = [b.address.district_code for b in base]
    for n in range(count):
        template = base[n % len(base)]
        birth = dt.date(1962, 1, 1) + dt.timedelta(days=(n * 7919) % 16000)
        sex = Sex.FEMALE if n % 2 else Sex.MALE
        district = districts[n % len(districts)]
        serial = n // 16000 * 500 + n % 500 + 1  # (birth, serial) pairs never repeat below 8 million
        identity = dataclasses.replace(
            template.identity, nik=valid_nik(district, birth, sex, serial), birth_date=birth, sex=sex,
            kk=valid_kk(district, dt.date(2000, 1, 1) + dt.timedelta(days=n // 2 % 9000), n // 2 // 9000 + 1),
            full_name=f"{template.identity.full_name} {spelled(n)}")
        contact = dataclasses.replace(template.contact, phone=f"+62812{n:08d}")
        record_id = uuid.UUID(int=rng.getrandbits(128))
        reg = dataclasses.replace(template, identity=identity, contact=contact, record_id=record_id)
        yield reg, STATUSES[n % len(STATUSES)], start + dt.timedelta(seconds=n)


def plain_executemany(path: Path, key: bytes, count: int, seed: int, start: dt.datetime) -> float:
    """Seconds spent in executemany + commit for the same rows, tables and indexes, without the store."""
    conn = connect(path, key)
    dialect = sqlite.dialect()  # type: ignore[no-untyped-call]
    tables = (registrations, outbox, consents)
    for table in tables:
        conn.execute(str(CreateTable(table).compile(dialect=dialect)))
        for index in table.indexes:
            conn.execute(str(CreateIndex(index).compile(dialect=dialect)))
    sql = {t.name: f"INSERT INTO {t.name} ({', '.join(c.name for c in t.columns if c.name != 'id')}) VALUES "
                   f"({', '.join('?' for c in t.columns if c.name != 'id')})" for t in tables}
    items = people(count, seed, start)
    spent = 0.0
    while True:
        batch = [version_rows(r, s, REFERENCE.versions, officer="petugas1", created_at=w.replace(tzinfo=None),
                              now=w.replace(tzinfo=None))
                 for r, s, w in (next(items, None) or (None, None, None) for _ in range(BATCH)) if r is not None]
        if not batch:
            break
        rows = {t.name: [tuple(b[i][c.name] for c in t.columns if c.name != "id") for b in batch]
                for i, t in enumerate(tables)}
        began = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for table in tables:
            conn.executemany(sql[table.name], rows[table.name])
        conn.execute("COMMIT")
        spent += time.perf_counter() - began
    conn.close()
    return spent


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def timed(action: object, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - began)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=200, help="single saves timed after the bulk load")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args(argv)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    key = os.urandom(32)  # for the plain sqlcipher3 comparison only
    with tempfile.TemporaryDirectory(prefix="luring-bench-") as folder:
        data_dir = Path(folder) / "device"
        cheap = KdfParams(memory_kib=1024, iterations=1)
        office = OfficeInfo("Disnaker (benchmark)", "3201", "32.01")
        supervisor, _ = Device.set_up(data_dir, office, "supervisor", "Supervisor", "benchmark password", kdf=cheap)
        supervisor.accounts.add("petugas1", "Petugas 1", Role.OFFICER, "benchmark password")
        supervisor.close()
        session = Device.open(data_dir).login("petugas1", "benchmark password")  # the officer's session
        engine = session.engine
        db = data_dir / "luring.db"

        with engine.connect() as conn:
            version = conn.exec_driver_sql("PRAGMA cipher_version").scalar_one()
        print(f"records: {options.count:,} registrations, SQLCipher {version}")
        bulk = building = 0.0
        items = people(options.count, options.seed, start)
        while chunk := list(itertools.islice(items, 10 * BATCH)):  # made outside the timing: Faker is slow
            began = time.perf_counter()
            bulk_insert(engine, "petugas1", chunk, REFERENCE.versions, batch_size=BATCH)
            bulk += time.perf_counter() - began
            began = time.perf_counter()
            for reg, status, when in chunk:  # the store's own Python work, timed apart to show the split
                version_rows(reg, status, REFERENCE.versions, officer="petugas1", created_at=when, now=when)
            building += time.perf_counter() - began
        plain = plain_executemany(Path(folder) / "plain.db", key, options.count, options.seed, start)
        print(f"bulk import:        {bulk:.2f} s ({options.count / bulk:,.0f} registrations/s, 1,000 per transaction)")
        print(f"plain executemany:  {plain:.2f} s (same rows, tables, indexes, key) -> store/plain {bulk / plain:.2f}x")
        print(f"  of the store's time, building rows (JSON, search columns): {building:.2f} s")

        extra = list(people(options.count + options.saves, options.seed + 1, start))[options.count:]
        # The bulk records wait, many for weeks, past the offline limits' stop; a bundle hand-over carries them off.
        session.handovers.record("bundle_exported", options.count, 1, "0" * 64)
        saves = []
        for reg, _, _ in extra:
            began = time.perf_counter()
            session.records.save_registration(reg, reference=REFERENCE)
            saves.append(time.perf_counter() - began)
        saves.sort()
        print(f"save_registration:  p50 {ms(statistics.median(saves))}, p95 {ms(saves[int(len(saves) * 0.95) - 1])}"
              f" ({len(saves)} single saves through the session at {options.count:,} records: registration,"
              f" outbox, consent and audit entry in one transaction, fsync per commit)")

        sample = random.Random(5).sample([r.identity.nik for r, _, _ in extra], min(50, len(extra)))
        lookups = [t for nik in sample for t in timed(lambda nik=nik: session.records.find_by_nik(nik), 1)]
        print(f"NIK lookup:         median {ms(statistics.median(lookups))} (find_by_nik)")
        prefix = timed(lambda: session.records.list_records(RecordQuery(text=sample[0][:10]), 0, 50), 20)
        print(f"NIK prefix search:  median {ms(statistics.median(prefix))} (list_records, first page)")
        for text in ("wati", "zzzz"):
            found = session.records.count_records(RecordQuery(text=text))
            page = timed(lambda text=text: session.records.list_records(RecordQuery(text=text), 0, 50), 10)
            count = timed(lambda text=text: session.records.count_records(RecordQuery(text=text)), 5)
            print(f"name search {text!r}:  first page median {ms(statistics.median(page))}, "
                  f"count median {ms(statistics.median(count))} ({found:,} matches)")
        newest = timed(lambda: session.records.list_records(RecordQuery(), options.count // 2, 50), 20)
        print(f"list page at offset {options.count // 2:,}: median {ms(statistics.median(newest))}")

        assert session.audit.verify().ok
        session.close()
        size = db.stat().st_size
        wal = Path(str(db) + "-wal")
        print(f"database file:      {size / 1e6:.1f} MB ({size / options.count / 1024:.2f} KiB per registration)"
              f"{f', WAL {wal.stat().st_size / 1e6:.1f} MB' if wal.exists() else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

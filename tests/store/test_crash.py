"""A writer killed with SIGKILL at random points never loses a committed record nor leaves half of one."""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select as sql_select

from desktop.domain.registration import Registration
from desktop.store import audit, settings
from desktop.store.database import open_engine
from desktop.store.outbox_table import outbox
from desktop.store.record_tables import consents, registrations
from desktop.store.sync_tables import outbox_seals
from tests.store.record_helpers import new_engine, spelled

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50


def prepare_database(db: Path, key: bytes) -> None:
    """The tables and the audit key set-up stores, so the writers append to the real audit chain."""
    engine = new_engine(db, key)
    with engine.begin() as conn:
        settings.put(conn, settings.AUDIT_KEY, audit.derive_key(key).hex())
    engine.dispose()


def spawn(db: Path, first: int) -> subprocess.Popen[bytes]:
    """Start a writer; it imports, then waits for its key, so start-up overlaps the previous round."""
    return subprocess.Popen([sys.executable, "-m", "tests.store.crash_writer", str(db), str(first)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT)


def run_and_kill(child: subprocess.Popen[bytes], key: bytes, rng: random.Random) -> list[tuple[str, uuid.UUID, int]]:
    """Give the writer its key, let it commit a random number of writes, SIGKILL it; return its lines."""
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(key)
    child.stdin.close()
    wanted = rng.randint(0, 4)
    buffer = b""
    deadline = time.monotonic() + 30
    while buffer.count(b"\n") < wanted and time.monotonic() < deadline:
        ready, _, _ = select.select([child.stdout], [], [], 0.5)
        if ready:
            chunk = os.read(child.stdout.fileno(), 4096)
            if not chunk:
                break
            buffer += chunk
    time.sleep(rng.uniform(0, 0.03))  # land somewhere inside the next transaction
    child.send_signal(signal.SIGKILL)
    buffer += child.stdout.read()
    child.stdout.close()
    child.wait()
    assert child.returncode == -signal.SIGKILL, "the writer finished or failed before it was killed"
    lines = []
    for line in buffer.decode().splitlines():
        action, record_id, number = line.split()
        lines.append((action, uuid.UUID(record_id), int(number)))
    return lines


def check_consistent(db: Path, key: bytes, promised: dict[uuid.UUID, tuple[str, int]],
                     claimed: set[uuid.UUID]) -> int:
    engine = open_engine(db, key)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
            assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").all() == []
            rows = conn.execute(sql_select(registrations)).all()
            boxes = {(r.record_id, r.version): r for r in conn.execute(sql_select(outbox))}
            consented = {(r.record_id, r.version) for r in conn.execute(sql_select(consents))}
            assert audit.verify(conn, audit.derive_key(key)).ok, "the audit chain is broken"
            entries = [(r.event, json.loads(r.details)) for r in conn.execute(sql_select(audit.audit_log))]
            seals = {(r.record_id, r.version): r for r in conn.execute(sql_select(outbox_seals))}
        current = {}
        for row in rows:
            reg = Registration.from_dict(json.loads(row.data))  # the JSON is whole
            assert (str(reg.record_id), reg.version) == (row.record_id, row.version)
            assert reg.identity.full_name == row.full_name and row.nik in (None, reg.identity.nik)
            box = boxes.get((row.record_id, row.version))
            assert box is not None, "a registration without its outbox row"
            assert box.state == row.status
            assert (row.record_id, row.version) in consented
            if row.is_current:
                assert row.record_id not in current
                current[row.record_id] = row
        assert set(boxes) == {(r.record_id, r.version) for r in rows}, "an outbox row without its registration"
        for key_, seal in seals.items():  # a seal is whole, and frozen only with its item claimed
            assert hashlib.sha256(seal.sealed).hexdigest() == seal.sealed_sha256
            assert boxes[key_].state == "sending"
        for record_id in claimed:  # a claim that returned is on disk: seal and `sending` together
            assert any(k[0] == str(record_id) for k in seals), "a claimed item without its frozen seal"
        check_audited(rows, entries)
        for record_id, (action, number) in promised.items():
            row = current.get(str(record_id))
            assert row is not None, "a registration whose save returned is missing"
            if action == "corrected":
                assert row.full_name == f"Koreksi {spelled(int(number))}"
            if action == "versioned":
                assert (row.version, row.replaces_version, row.full_name) == (2, 1, f"Versi {spelled(int(number))}")
        return len(current)
    finally:
        engine.dispose()


def check_audited(rows: list[Any], entries: list[tuple[str, dict[str, Any]]]) -> None:
    """One `registration_saved` entry per record on disk and none for a record that is not; every
    correction that reached the disk has its entry (they commit together)."""
    saved = Counter(details["record"] for event, details in entries if event == "registration_saved")
    assert saved == Counter({r.record_id for r in rows}), "a record without its audit entry, or the reverse"
    corrected = Counter((d["record"], d["version"]) for event, d in entries if event == "registration_corrected")
    for row in rows:
        if row.full_name.startswith("Koreksi "):
            assert corrected[(row.record_id, row.version)] >= 1, "a correction without its audit entry"
        if row.version == 2:
            assert corrected[(row.record_id, 2)] == 1, "a new version without its audit entry"
    versions = {(r.record_id, r.version) for r in rows}
    assert set(corrected) <= versions, "an audit entry for a correction that never reached the disk"


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_sigkill_at_random_points_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "luring.db"
    key = os.urandom(32)
    prepare_database(db, key)
    rng = random.Random(int.from_bytes(os.urandom(4)))
    promised: dict[uuid.UUID, tuple[str, int]] = {}
    claimed: set[uuid.UUID] = set()
    waiting = spawn(db, 1)
    for attempt in range(KILLS):
        child = waiting
        if attempt + 1 < KILLS:
            waiting = spawn(db, 1 + (attempt + 1) * 150)
        for action, record_id, number in run_and_kill(child, key, rng):
            if action == "claimed":
                claimed.add(record_id)
            else:
                promised[record_id] = (action, number)
        assert check_consistent(db, key, promised, claimed) >= len(promised)
    assert len(promised) > KILLS  # the writers really wrote

"""Schema migrations: numbered steps, run in order, after a copy of the database is made.

`schema_version` in device settings counts the steps applied. A new device is
created with the current tables (`metadata.create_all`) and stamped with
`len(MIGRATIONS)`. Before any step runs, the WAL is checkpointed into the main
file and the file is copied to `luring.db.bak-v<N>` (still encrypted: it is a
byte copy), so a failed migration never loses data. Each step runs in its own
transaction together with the version bump.

A copy is under the data key of its day, so it must not outlive it: every copy
is deleted at the first log-in that finds nothing to migrate (the migrated
database has opened and been read since), and before any re-key, so a removed
account's old key slot opens no copy either.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from desktop.store import key_slots, settings
from desktop.store.errors import DatabaseTooNew, MigrationFailed

log = logging.getLogger("luring.store")

Step = Callable[[Connection], None]



def _reference_versions(conn: Connection) -> None:
    """1: each registration version records the rules, regions and consent text it was checked against."""
    for column in ("rules_version", "regions_version", "consent_version"):
        conn.execute(text(f"ALTER TABLE registrations ADD COLUMN {column} VARCHAR(64)"))


# Written out rather than taken from sync_tables.py: a released step must not change when a table does later.
_SYNC_TABLES = (
    "CREATE TABLE outbox_seals (record_id VARCHAR(36) NOT NULL, version INTEGER NOT NULL, sealed BLOB NOT NULL, "
    "sealed_sha256 VARCHAR(64) NOT NULL, sealed_at DATETIME NOT NULL, may_be_at_centre INTEGER NOT NULL, "
    "PRIMARY KEY (record_id, version))",
    "CREATE TABLE outbox_attachments (record_id VARCHAR(36) NOT NULL, version INTEGER NOT NULL, "
    "sha256 VARCHAR(64) NOT NULL, at_centre INTEGER NOT NULL, PRIMARY KEY (record_id, version, sha256))",
    "CREATE INDEX ix_outbox_attachments_missing ON outbox_attachments (at_centre, sha256)",
    "CREATE TABLE centre_reasons (record_id VARCHAR(36) NOT NULL, version INTEGER NOT NULL, "
    "state VARCHAR(20) NOT NULL, reasons TEXT NOT NULL, decided_at DATETIME, received_at DATETIME NOT NULL, "
    "PRIMARY KEY (record_id, version))",
    "CREATE TABLE sync_state (id INTEGER NOT NULL, transport_failures INTEGER NOT NULL, next_attempt_at DATETIME, "
    "last_error VARCHAR(64), last_success_at DATETIME, decision_cursor VARCHAR(64) NOT NULL, "
    "checkpoint_position INTEGER NOT NULL, checkpoint_head VARCHAR(64) NOT NULL, checkpoint_at DATETIME, "
    "PRIMARY KEY (id), CONSTRAINT ck_sync_state_single_row CHECK (id = 1))",
    "CREATE TABLE enrolment (id INTEGER NOT NULL, device_id VARCHAR(64) NOT NULL, central_url VARCHAR(500) NOT NULL, "
    "office_code VARCHAR(32) NOT NULL, device_private_key BLOB NOT NULL, centre_public_key BLOB NOT NULL, "
    "centre_key_fingerprint VARCHAR(64) NOT NULL, spki_pins TEXT NOT NULL, ca_bundle VARCHAR(1000), "
    "enrolled_at DATETIME NOT NULL, sequence_floor INTEGER NOT NULL, PRIMARY KEY (id), "
    "CONSTRAINT ck_enrolment_single_row CHECK (id = 1))",
)


def _sync_state(conn: Connection) -> None:
    """2: frozen seals, documents at the centre, the centre's reasons, the engine's state and the enrolment."""
    for statement in _SYNC_TABLES:
        conn.execute(text(statement))


def _clock_checks(conn: Connection) -> None:
    """3: a registration made with an implausible clock is flagged; the centre's offset and the latest time seen."""
    conn.execute(text("ALTER TABLE registrations ADD COLUMN clock_flag VARCHAR(32)"))
    conn.execute(text("ALTER TABLE sync_state ADD COLUMN clock_offset_seconds FLOAT"))
    conn.execute(text("ALTER TABLE sync_state ADD COLUMN latest_seen_at DATETIME"))


def _sync_runs(conn: Connection) -> None:
    """4: the last syncs (times, counts, an error code; nothing about a person) for the sync panel and reports."""
    conn.execute(text(
        "CREATE TABLE sync_runs (id INTEGER NOT NULL, started_at DATETIME NOT NULL, finished_at DATETIME NOT NULL, "
        "sent INTEGER NOT NULL, held INTEGER NOT NULL, refused INTEGER NOT NULL, decisions INTEGER NOT NULL, "
        "error VARCHAR(64) NOT NULL, cancelled INTEGER NOT NULL, PRIMARY KEY (id))"))


def _centre_reference(conn: Connection) -> None:
    """5: the eligibility rules and consent text kept from the centre."""
    conn.execute(text("CREATE TABLE centre_reference (kind VARCHAR(16) NOT NULL, centre_version VARCHAR(256) NOT NULL, "
                      "etag VARCHAR(256) NOT NULL, content BLOB NOT NULL, stored_at DATETIME NOT NULL, "
                      "PRIMARY KEY (kind))"))


def _due_order(conn: Connection) -> None:
    """6: the outbox's due index also orders by `updated_at`: a claim reads the oldest ready items, no sort."""
    conn.execute(text("DROP INDEX IF EXISTS ix_outbox_due"))
    conn.execute(text("CREATE INDEX ix_outbox_due ON outbox (state, next_attempt_at, updated_at)"))


def _handovers(conn: Connection) -> None:
    """7: the hand-overs made without the network (bundles written or forwarded, receipts read back)."""
    conn.execute(text("CREATE TABLE handovers (id INTEGER NOT NULL, at DATETIME NOT NULL, kind VARCHAR(32) NOT NULL, "
                      "records INTEGER NOT NULL, parts INTEGER NOT NULL, account VARCHAR(64) NOT NULL, "
                      "sha256 VARCHAR(64) NOT NULL, PRIMARY KEY (id))"))


def _report_index(conn: Connection) -> None:
    """8: a covering index for the sync reports, so 100,000 rows are read without the registrations' JSON pages."""
    conn.execute(text("CREATE INDEX ix_registrations_report ON registrations (is_current, created_at, id, record_id, "
                      "version, officer, village_code, status, clock_flag, nik)"))


# Step i migrates version i to version i + 1. Append only; never edit a released step.
MIGRATIONS: list[Step] = [_reference_versions, _sync_state, _clock_checks, _sync_runs, _centre_reference,
                          _due_order, _handovers, _report_index]


def current_version(conn: Connection) -> int:
    stored = settings.get(conn, settings.SCHEMA_VERSION)
    return int(stored) if stored is not None else 0


def stamp_new(conn: Connection, steps: Sequence[Step] = MIGRATIONS) -> None:
    settings.put(conn, settings.SCHEMA_VERSION, str(len(steps)))


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file so a byte copy of luring.db is complete."""
    engine.dispose()  # idle pooled connections would keep WAL frames pinned
    raw = engine.raw_connection()
    try:
        # Outside any transaction: the engine's BEGIN IMMEDIATE would make the checkpoint fail.
        busy, _, _ = raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()  # type: ignore[union-attr]
    finally:
        raw.close()
    if busy:
        raise RuntimeError("the database is busy: the write-ahead log could not be folded in")


def backup_copy(engine: Engine, db_path: Path, version: int) -> Path:
    checkpoint(engine)
    target = db_path.with_name(f"{db_path.name}.bak-v{version}")
    temp = target.with_name(target.name + ".tmp")
    shutil.copyfile(db_path, temp)
    os.chmod(temp, 0o600)
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, target)
    return target


def backups(db_path: Path) -> list[Path]:
    """Every pre-migration copy of `db_path`, with any half-written `.tmp` a crash left."""
    return sorted(db_path.parent.glob(f"{db_path.name}.bak-v*"))


def discard_backups(db_path: Path) -> int:
    """Delete every pre-migration copy; returns how many there were."""
    found = backups(db_path)
    for copy in found:
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()
    if found:
        key_slots.fsync_dir(db_path.parent)
        log.info("%d pre-migration copies deleted", len(found))
    return len(found)


def migrate(engine: Engine, db_path: Path, steps: Sequence[Step] = MIGRATIONS) -> int:
    """Bring the database to `len(steps)`; returns the number of steps run."""
    with engine.connect() as conn:
        version = current_version(conn)
    if version > len(steps):
        raise DatabaseTooNew()
    if version == len(steps):
        return 0
    backup = backup_copy(engine, db_path, version)
    ran = 0
    for number in range(version, len(steps)):
        try:
            with engine.begin() as conn:
                steps[number](conn)
                settings.put(conn, settings.SCHEMA_VERSION, str(number + 1))
        except Exception as exc:
            log.error("schema migration %d -> %d failed (%s)", number, number + 1, type(exc).__name__)
            raise MigrationFailed(backup.name) from exc
        log.info("schema migrated to version %d", number + 1)
        ran += 1
    return ran

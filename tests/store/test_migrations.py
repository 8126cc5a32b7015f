"""Schema migrations: a copy first, then numbered steps, each with its version bump."""

from __future__ import annotations

import datetime as dt
import shutil
import stat
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, inspect, text

from desktop.store import database, key_slots, migrations, settings, slot_crypto
from desktop.store.device import Device, OfficeInfo, Role
from desktop.store.errors import DatabaseTooNew, MigrationFailed, StoreUnreadable
from desktop.store.key_file import LOCK_FILE_NAME
from desktop.store.records import RecordQuery, RecordSummary
from desktop.store.report_query import ReportFilter
from desktop.store.session import Session
from tests.store.record_helpers import make_reg
from tests.support import CHEAP_KDF, REFERENCE

OFFICE = OfficeInfo("Disnaker Kota Cimahi", "3277", "32.77")
RELEASED = list(migrations.MIGRATIONS)  # a new device is created at this version
NOW = len(RELEASED)
SYNC_TABLES = ("outbox_seals", "outbox_attachments", "centre_reasons", "sync_state", "enrolment")  # step 2
LATER_TABLES = ("sync_runs", "centre_reference", "handovers")  # steps 4, 5 and 7


def add_notes_table(conn: Connection) -> None:
    conn.execute(text("CREATE TABLE supervisor_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"))


def broken_step(conn: Connection) -> None:
    conn.execute(text("CREATE TABLE half_done (id INTEGER)"))
    raise RuntimeError("step 2 has a bug")


def make_device(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    session, _ = Device.set_up(data_dir, OFFICE, "sari", "Sari", "sari password", kdf=CHEAP_KDF)
    with session.engine.connect() as conn:
        assert migrations.current_version(conn) == len(migrations.MIGRATIONS)
    session.close()
    return data_dir


def version_and_tables(data_dir: Path) -> tuple[int, set[str]]:
    session = Device.open(data_dir).login("sari", "sari password")
    with session.engine.connect() as conn:
        version = migrations.current_version(conn)
    tables = set(inspect(session.engine).get_table_names())
    session.close()
    return version, tables


def test_login_copies_the_database_then_migrates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = make_device(tmp_path)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*RELEASED, add_notes_table])
    session = Device.open(data_dir).login("sari", "sari password")
    session.close()
    backup = data_dir / f"luring.db.bak-v{NOW}"
    assert backup.exists()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert sorted(p.name for p in data_dir.iterdir()) == ["keyslots.json", "keyslots.lock", "luring.db", backup.name]
    kept = tmp_path / "kept-copy"
    shutil.copy(backup, kept)

    # The next log-in reads the migrated database: the copy (under the data key of its day) is deleted.
    version, tables = version_and_tables(data_dir)
    assert version == NOW + 1 and "supervisor_notes" in tables
    assert sorted(p.name for p in data_dir.iterdir()) == ["keyslots.json", "keyslots.lock", "luring.db"]

    # The copy was complete (the WAL was folded in first): put it back and it opens, at the version before.
    monkeypatch.setattr(migrations, "MIGRATIONS", RELEASED)
    shutil.copy(kept, data_dir / "luring.db")
    version, tables = version_and_tables(data_dir)
    assert version == NOW and "supervisor_notes" not in tables and "accounts" in tables


def test_a_removed_accounts_old_slot_opens_no_file_in_the_folder(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = make_device(tmp_path)
    supervisor = Device.open(data_dir).login("sari", "sari password")
    supervisor.accounts.add("budi", "Budi", Role.OFFICER, "budi password")
    supervisor.close()
    stale = key_slots.read(data_dir)  # what budi could have copied while still an officer
    stale_slot = stale.find("budi")
    assert stale_slot is not None
    opened = slot_crypto.open_slot(stale.device_id, stale_slot, "budi password")
    assert opened is not None
    old_key = opened[1]

    monkeypatch.setattr(migrations, "MIGRATIONS", [*RELEASED, add_notes_table])
    supervisor = Device.open(data_dir).login("sari", "sari password")  # migrates: a copy under the old key
    copy = data_dir / f"luring.db.bak-v{NOW}"
    shutil.copy(copy, tmp_path / "copy-before.db")
    database.connect(tmp_path / "copy-before.db", old_key).close()  # until the re-key, the copy opens under it
    (data_dir / f"luring.db.bak-v{NOW + 1}.tmp").write_bytes(copy.read_bytes())  # a cut copy
    supervisor.accounts.remove("budi")
    supervisor.close()

    names = sorted(p.name for p in data_dir.iterdir())
    assert names == ["keyslots.json", "keyslots.lock", "luring.db"]
    assert (data_dir / LOCK_FILE_NAME).stat().st_size == 0  # nothing in it to open
    for name in set(names) - {LOCK_FILE_NAME}:  # every other file, tried under budi's old key, on a scratch copy
        probe = tmp_path / f"probe-{name}"
        shutil.copy(data_dir / name, probe)
        with pytest.raises(StoreUnreadable):
            database.connect(probe, old_key).close()
    assert version_and_tables(data_dir)[0] == NOW + 1


def test_nothing_is_copied_when_nothing_is_due(tmp_path: Path) -> None:
    data_dir = make_device(tmp_path)
    Device.open(data_dir).login("sari", "sari password").close()
    assert not list(data_dir.glob("*.bak-*"))


def test_a_failing_step_keeps_the_steps_before_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = make_device(tmp_path)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*RELEASED, add_notes_table, broken_step])
    with pytest.raises(MigrationFailed) as failed:
        Device.open(data_dir).login("sari", "sari password")
    assert failed.value.backup_name == f"luring.db.bak-v{NOW}"
    assert f"luring.db.bak-v{NOW}" in failed.value.message.text("en")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*RELEASED, add_notes_table])
    version, tables = version_and_tables(data_dir)
    assert version == NOW + 1 and "supervisor_notes" in tables and "half_done" not in tables


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = make_device(tmp_path)
    session = Device.open(data_dir).login("sari", "sari password")
    with session.engine.begin() as conn:
        settings.put(conn, settings.SCHEMA_VERSION, str(NOW + 1))
    session.close()
    with pytest.raises(DatabaseTooNew):
        Device.open(data_dir).login("sari", "sari password")
    assert not list(data_dir.glob("*.bak-*"))


def test_step_one_adds_the_reference_versions_to_records_saved_before_it(tmp_path: Path) -> None:
    data_dir = make_device(tmp_path)
    session = Device.open(data_dir).login("sari", "sari password")
    before = session.records.save_registration(make_reg(1), reference=REFERENCE)
    with session.engine.begin() as conn:  # the schema of version 0: no versions kept, no sync tables
        conn.execute(text(UNDO_REPORT_INDEX))
        for column in ("rules_version", "regions_version", "consent_version", "clock_flag"):
            conn.execute(text(f"ALTER TABLE registrations DROP COLUMN {column}"))
        for table in SYNC_TABLES + LATER_TABLES:
            conn.execute(text(f"DROP TABLE {table}"))
        settings.put(conn, settings.SCHEMA_VERSION, "0")
    session.close()

    session = Device.open(data_dir).login("sari", "sari password")
    with session.engine.connect() as conn:
        assert migrations.current_version(conn) == NOW
    assert session.records.checked_against(before.record_id) is None  # saved before versions were kept
    assert session.records.get_registration(before.record_id).identity.nik == make_reg(1).identity.nik
    after = session.records.save_registration(make_reg(2), reference=REFERENCE)
    assert session.records.checked_against(after.record_id) == REFERENCE.versions
    session.close()


def fresh_schema(folder: Path) -> dict[str, object]:
    """The schema a device set up now has: what every migrated database must end with."""
    session = Device.open(make_device(folder)).login("sari", "sari password")
    try:
        return schema_of(session.engine)
    finally:
        session.close()


def schema_of(engine: Engine) -> dict[str, object]:
    found = inspect(engine)
    return {name: ([(c["name"], str(c["type"]), c["nullable"]) for c in found.get_columns(name)],
                   found.get_pk_constraint(name)["constrained_columns"],
                   sorted((i["name"], tuple(i["column_names"])) for i in found.get_indexes(name)),
                   sorted(c["sqltext"] for c in found.get_check_constraints(name)))
            for name in found.get_table_names()}


def reopened_after_undoing(tmp_path: Path, version: int, undo: list[str],
                           *, with_record: bool = False) -> tuple[Session, RecordSummary | None]:
    """A device whose database `undo` took back to `version`, opened again: it must migrate to the schema a new
    device has. With a record saved before the undo, to show that the steps carry it."""
    new_schema = fresh_schema(tmp_path / "fresh")
    data_dir = make_device(tmp_path / "old")
    session = Device.open(data_dir).login("sari", "sari password")
    saved = session.records.save_registration(make_reg(1), reference=REFERENCE) if with_record else None
    with session.engine.begin() as conn:
        # Every version before 8 lacks the report index; it goes first, as it names columns other undos drop.
        for statement in [UNDO_REPORT_INDEX, *undo]:
            conn.execute(text(statement))
        settings.put(conn, settings.SCHEMA_VERSION, str(version))
    session.close()

    session = Device.open(data_dir).login("sari", "sari password")
    with session.engine.connect() as conn:
        assert migrations.current_version(conn) == NOW
    assert schema_of(session.engine) == new_schema
    return session, saved


UNDO_REPORT_INDEX = "DROP INDEX ix_registrations_report"


def drop_tables(tables: tuple[str, ...]) -> list[str]:
    return [f"DROP TABLE {table}" for table in tables]


UNDO_CLOCK_CHECKS = ["ALTER TABLE registrations DROP COLUMN clock_flag"] + [
    f"ALTER TABLE sync_state DROP COLUMN {column}" for column in ("clock_offset_seconds", "latest_seen_at")]


def test_step_two_gives_a_version_one_database_the_tables_a_new_device_has(tmp_path: Path) -> None:
    # Version 1 had no sync tables and no clock flag.
    session, saved = reopened_after_undoing(
        tmp_path, 1, drop_tables(SYNC_TABLES + LATER_TABLES) + UNDO_CLOCK_CHECKS[:1], with_record=True)
    assert saved is not None
    [claimed] = session.outbox.claim_batch(1, dt.datetime.now(dt.UTC), lambda _item: b"\x01" * 64)
    assert claimed.record_id == saved.record_id  # a record saved before the step is sent after it
    session.close()


def test_step_three_adds_the_clock_checks_and_leaves_earlier_records_unflagged(tmp_path: Path) -> None:
    session, saved = reopened_after_undoing(tmp_path, 2, UNDO_CLOCK_CHECKS + drop_tables(LATER_TABLES),
                                            with_record=True)
    assert saved is not None
    [listed] = session.records.list_records(RecordQuery(), 0, 10)
    assert listed.record_id == saved.record_id and listed.clock_flag is None
    session.close()


def test_step_four_adds_an_empty_sync_history(tmp_path: Path) -> None:
    session, _ = reopened_after_undoing(tmp_path, 3, drop_tables(LATER_TABLES))
    assert session.sync_history.latest() == []
    session.close()


def test_step_five_adds_the_reference_data_kept_from_the_centre(tmp_path: Path) -> None:
    session, _ = reopened_after_undoing(tmp_path, 4, drop_tables(("centre_reference", "handovers")))
    assert session.reference.stored() == (None, None)
    session.close()


def test_step_six_orders_the_due_index_by_age(tmp_path: Path) -> None:
    session, saved = reopened_after_undoing(
        tmp_path, 5, ["DROP INDEX ix_outbox_due", "CREATE INDEX ix_outbox_due ON outbox (state, next_attempt_at)",
                      "DROP TABLE handovers"], with_record=True)
    assert saved is not None
    [claimed] = session.outbox.claim_batch(1, dt.datetime.now(dt.UTC), lambda _item: b"\x01" * 64)
    assert claimed.record_id == saved.record_id
    session.close()


def test_step_seven_adds_an_empty_list_of_hand_overs(tmp_path: Path) -> None:
    session, _ = reopened_after_undoing(tmp_path, 6, drop_tables(("handovers",)))
    assert session.handovers.latest() == [] and session.handovers.last_at() is None
    session.close()


def test_step_eight_adds_the_report_index_and_the_report_reads_records_saved_before_it(tmp_path: Path) -> None:
    session, saved = reopened_after_undoing(tmp_path, 7, [], with_record=True)
    assert saved is not None
    today = dt.datetime.now(dt.UTC).date()
    rows = list(session.report_data.rows(ReportFilter(today - dt.timedelta(days=1), today + dt.timedelta(days=1))))
    assert [row.record_id for row in rows] == [str(saved.record_id)]
    session.close()

"""No personal value ever reaches the disk in plaintext.

Canary values (a NIK, a KK, a name, a phone, a street) are registered, edited,
vacuumed, crashed and re-keyed; after each, every file under the data folder
(database, WAL, -shm, journals, backups, key slots, logs) and the temporary
folder is searched for them in UTF-8 and UTF-16. The search itself is proven
able to find them in an unencrypted SQLite file. After a retention purge the
files are also searched decrypted, page by page, with the data key: what was
purged is gone, not merely encrypted (test_retention_canary.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import os
import random
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from desktop import logging_setup
from desktop.domain.registration import AttachmentKind, Contact, Registration, Sex
from desktop.domain.synthetic import valid_kk, valid_nik
from desktop.store.device import Device, OfficeInfo, Role
from desktop.store.outbox import OutboxStore
from desktop.store.records import RecordQuery
from desktop.store.session import Session
from tests.store.crash_writer import main as _writer_main  # noqa: F401  (the writer must import cleanly)
from tests.store.record_helpers import make_reg, with_identity
from tests.store.test_crash import prepare_database, run_and_kill, spawn
from tests.support import CHEAP_KDF, REFERENCE

NIK = valid_nik("32.73.05", dt.date(1987, 3, 29), Sex.FEMALE, serial=4321)
KK = valid_kk("32.73.05", dt.date(2011, 7, 14), serial=9876)
NAME = "Kenarianti Wibisonowati"
NEW_NAME = "Kenarianti Wibisonowati Prameswari"
PHONE = "+6281299887766"
STREET = "Jalan Kutilang Kenari Nomor 77"
CANARIES = [NIK, KK, NAME, NEW_NAME, PHONE, PHONE[1:], "0" + PHONE[3:], STREET]


def encodings(value: str) -> list[bytes]:
    return [value.encode("utf-8"), value.encode("utf-16-le"), value.encode("utf-16-be"), value.lower().encode()]


def hits(folders: list[Path], canaries: list[str]) -> list[tuple[str, str]]:
    """(file, canary) for every canary found in any file under `folders`."""
    found = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            found += [(str(path), c) for c in canaries if any(e in data for e in encodings(c))]
    return found


def canary_registration() -> Registration:
    reg = with_identity(make_reg(1), nik=NIK, kk=KK, full_name=NAME, birth_date=dt.date(1987, 3, 29), sex=Sex.FEMALE)
    contact = Contact(phone=PHONE, email=None, no_email_reason=reg.contact.no_email_reason)
    return dataclasses.replace(reg, contact=contact, address=dataclasses.replace(reg.address, street=STREET))


def photo_with_canary_metadata() -> bytes:
    exif = Image.Exif()
    exif[0x010E] = NAME  # ImageDescription
    exif[0x013B] = NAME  # Artist
    out = io.BytesIO()
    Image.new("RGB", (120, 80), (90, 90, 90)).save(out, "JPEG", exif=exif, comment=NIK.encode())
    return out.getvalue()


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    """(data folder, temp folder); logging goes to data/logs and temp files to tmp for the duration."""
    data_dir, temp_dir = tmp_path / "data", tmp_path / "tmp"
    temp_dir.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(temp_dir))
    logger = logging.getLogger("luring")
    saved = (logger.handlers[:], logger.level, logger.propagate)
    logging_setup.configure(data_dir / "logs")
    yield data_dir, temp_dir
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:], logger.level, logger.propagate = saved[0], saved[1], saved[2]


def officer_session(data_dir: Path) -> tuple[Session, Session]:
    supervisor, _ = Device.set_up(data_dir, OfficeInfo("Disnaker Kota Bandung", "3273", "32.73"), "sari",
                                  "Ibu Sari", "kepala seksi 2026", kdf=CHEAP_KDF)
    supervisor.accounts.add("budi", "Pak Budi", Role.OFFICER, "petugas meja 1")
    return supervisor, Device.open(data_dir).login("budi", "petugas meja 1")


def assert_clean(data_dir: Path, temp_dir: Path) -> None:
    assert (data_dir / "luring.db").exists()
    assert hits([data_dir, temp_dir], CANARIES) == []


def test_the_search_finds_canaries_in_a_plain_database(tmp_path: Path) -> None:
    control = tmp_path / "control"
    control.mkdir()
    with sqlite3.connect(control / "plain.db") as conn:
        conn.execute("CREATE TABLE t (v TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [(c,) for c in (NIK, NAME, PHONE)])
    conn.close()
    (control / "log.txt").write_text(f"saved {STREET}".encode("utf-16-le").decode("latin-1"), "latin-1")
    found = {c for _, c in hits([control], CANARIES)}
    assert {NIK, NAME, PHONE, STREET} <= found


def test_registrations_drafts_attachments_leave_no_plaintext(folders: tuple[Path, Path]) -> None:
    data_dir, temp_dir = folders
    supervisor, session = officer_session(data_dir)
    reg = canary_registration()
    ref = session.attachments.add(AttachmentKind.KTP, photo_with_canary_metadata())
    session.records.save_registration(dataclasses.replace(reg, attachments=(ref,)), reference=REFERENCE)
    session.drafts.save(uuid.uuid4(), {"identity": {"nik": NIK, "full_name": NAME}, "phone": PHONE}, 2)
    assert session.records.list_records(RecordQuery(text=NAME[:6]), 0, 5)[0].record_id == reg.record_id
    assert (data_dir / "luring.db-wal").exists()  # checked while the write-ahead log is live
    assert_clean(data_dir, temp_dir)
    session.close()
    supervisor.close()
    assert (data_dir / "logs" / "luring.log").stat().st_size > 0  # the logs were written, and searched
    assert_clean(data_dir, temp_dir)


def test_edits_new_versions_and_vacuum_leave_no_plaintext(folders: tuple[Path, Path]) -> None:
    data_dir, temp_dir = folders
    supervisor, session = officer_session(data_dir)
    reg = canary_registration()
    session.records.save_registration(reg, reference=REFERENCE)
    session.records.correct_registration(with_identity(reg, full_name=NEW_NAME), reference=REFERENCE)  # in place
    box = OutboxStore(session.engine)
    box.mark_sending(reg.record_id, 1)
    box.mark_result(reg.record_id, 1, "accepted")
    session.records.correct_registration(with_identity(reg, full_name=NAME), reference=REFERENCE)  # a new version
    draft_id = uuid.uuid4()
    session.drafts.save(draft_id, {"full_name": NEW_NAME}, 1)
    session.drafts.delete(draft_id)
    assert_clean(data_dir, temp_dir)
    session.engine.dispose()
    raw = session.engine.raw_connection()  # outside the engine's BEGIN IMMEDIATE: VACUUM needs no transaction
    try:
        raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()
    assert_clean(data_dir, temp_dir)
    session.close()
    supervisor.close()
    assert_clean(data_dir, temp_dir)


def test_a_rekey_after_removing_an_officer_leaves_no_plaintext(folders: tuple[Path, Path]) -> None:
    data_dir, temp_dir = folders
    supervisor, session = officer_session(data_dir)
    reg = canary_registration()
    session.records.save_registration(reg, reference=REFERENCE)
    session.close()
    supervisor.accounts.remove("budi")
    assert supervisor.records.get_registration(reg.record_id).identity.nik == NIK  # still readable under the new key
    assert_clean(data_dir, temp_dir)
    supervisor.close()
    assert_clean(data_dir, temp_dir)


def test_a_killed_writer_leaves_no_plaintext(folders: tuple[Path, Path]) -> None:
    data_dir, temp_dir = folders
    data_dir.mkdir(exist_ok=True)
    db = data_dir / "luring.db"
    key = os.urandom(32)
    prepare_database(db, key)
    written: list[int] = []
    for first in (1, 200, 400):
        numbers = [number for _, _, number in run_and_kill(spawn(db, first), key, random.Random(first))]
        written += [*numbers, max(numbers, default=first - 1) + 1]  # and the one in flight when killed
    assert (data_dir / "luring.db-wal").exists()  # killed, never closed: the log was left as it was
    canaries = []
    for number in written:
        reg = make_reg(number)
        canaries += [reg.identity.nik, reg.identity.full_name, reg.contact.phone, f"Koreksi {number}"]
    assert hits([data_dir, temp_dir], [NIK, *canaries]) == []

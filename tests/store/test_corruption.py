"""A damaged, truncated or foreign database is refused, and nothing in the folder changes.

A damaged page that log-in does not read is refused by whichever later read
meets it, with the same StoreUnreadable, never a raw database error.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from desktop.store.device import Device, OfficeInfo, Role
from desktop.store.errors import StoreUnreadable
from desktop.store.key_file import LOCK_FILE_NAME
from desktop.store.records import RecordQuery
from desktop.store.session import Session
from tests.store.record_helpers import make_reg
from tests.support import CHEAP_KDF, REFERENCE

OFFICE = OfficeInfo("Disnaker Kota Bogor", "3271", "32.71")
PAGE = 4096


def make_device(root: Path, events: int = 40, registrations: int = 0) -> Path:
    data_dir = root / "data"
    session, _ = Device.set_up(data_dir, OFFICE, "sari", "Sari", "sari password", kdf=CHEAP_KDF)
    session.accounts.add("budi", "Budi", Role.OFFICER, "budi password")
    for n in range(events):  # a few pages of audit entries
        session.audit.record("export", rows=n, format="pdf" * 20)
    for n in range(1, registrations + 1):  # pages log-in never reads
        session.records.save_registration(make_reg(n), reference=REFERENCE)
    session.drafts.save(uuid.uuid4(), {"note": "setengah jadi"}, 2)
    session.close()
    return data_dir


def read_everything(session: Session) -> None:
    """Every read an officer's day makes: the list, each record, drafts, counts, the audit chain."""
    for summary in session.records.list_records(RecordQuery(), 0, 10_000):
        session.records.get_registration(summary.record_id)
    for draft in session.drafts.all():
        session.drafts.load(draft.draft_id)
    session.records.outbox_counts()
    session.records.count_records(RecordQuery(text="Pendaftar"))
    session.audit.verify()
    session.audit.entries(10_000)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes (the empty lock file the attempt held aside)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != LOCK_FILE_NAME}


def refused_unchanged(data_dir: Path) -> None:
    """Open and log in must raise StoreUnreadable and leave every byte and name in the folder as it was."""
    before = snapshot(data_dir)
    with pytest.raises(StoreUnreadable):
        Device.open(data_dir).login("sari", "sari password")
    assert snapshot(data_dir) == before


def test_a_zero_length_database(tmp_path: Path) -> None:
    data_dir = make_device(tmp_path, events=0)
    (data_dir / "luring.db").write_bytes(b"")
    refused_unchanged(data_dir)


@pytest.mark.parametrize("keep", [PAGE - 1, PAGE + 100, 3 * PAGE + 17])
def test_a_database_cut_mid_page(tmp_path: Path, keep: int) -> None:
    data_dir = make_device(tmp_path)
    path = data_dir / "luring.db"
    path.write_bytes(path.read_bytes()[:keep])
    refused_unchanged(data_dir)


@pytest.mark.parametrize("pages", [1, 2, 4])
def test_a_database_cut_at_a_page_boundary(tmp_path: Path, pages: int) -> None:
    data_dir = make_device(tmp_path)
    path = data_dir / "luring.db"
    assert path.stat().st_size > pages * PAGE
    path.write_bytes(path.read_bytes()[:pages * PAGE])
    refused_unchanged(data_dir)


def test_random_bytes(tmp_path: Path) -> None:
    data_dir = make_device(tmp_path)
    path = data_dir / "luring.db"
    path.write_bytes(secrets.token_bytes(path.stat().st_size))
    refused_unchanged(data_dir)


def test_a_plaintext_sqlite_database(tmp_path: Path) -> None:
    data_dir = make_device(tmp_path, events=0)
    path = data_dir / "luring.db"
    path.unlink()
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE device_settings (key TEXT PRIMARY KEY, value TEXT)")
    plain.commit()
    plain.close()
    before = snapshot(data_dir)
    with pytest.raises(StoreUnreadable):
        Device.open(data_dir)
    assert snapshot(data_dir) == before


def test_a_missing_database_is_not_recreated(tmp_path: Path) -> None:
    data_dir = make_device(tmp_path, events=0)
    (data_dir / "luring.db").unlink()
    with pytest.raises(StoreUnreadable):
        Device.open(data_dir)
    assert sorted(os.listdir(data_dir)) == ["keyslots.json"]


def test_a_database_from_another_device(tmp_path: Path) -> None:
    here = make_device(tmp_path / "here")
    there = make_device(tmp_path / "there")
    shutil.copy(there / "luring.db", here / "luring.db")
    refused_unchanged(here)


@pytest.mark.slow
def test_every_flipped_page_is_refused_at_login_or_at_the_read_that_meets_it(tmp_path: Path) -> None:
    data_dir = make_device(tmp_path, registrations=30)
    path = data_dir / "luring.db"
    original = path.read_bytes()
    pages = len(original) // PAGE
    assert pages >= 15
    refused_at_read = 0
    for page in range(pages):
        for offset in (17, PAGE // 2, PAGE - 40):  # header, content, the page's HMAC area
            damaged = bytearray(original)
            damaged[page * PAGE + offset] ^= 0x20
            path.write_bytes(bytes(damaged))
            try:
                session = Device.open(data_dir).login("sari", "sari password")
            except StoreUnreadable:
                continue
            try:
                read_everything(session)  # anything but StoreUnreadable (a raw sqlalchemy error) fails here
            except StoreUnreadable:
                refused_at_read += 1
                continue
            finally:
                session.close()
            # Nothing read it (a free page, an index no query used): the full check still finds it.
            checker = Device.open(data_dir).login("sari", "sari password")
            try:
                assert checker.check_integrity(), f"page {page} offset {offset}: a damaged page went unnoticed"
            finally:
                checker.close()
    assert refused_at_read > 0  # the case that matters: log-in succeeded, a later read refused
    path.write_bytes(original)
    session = Device.open(data_dir).login("sari", "sari password")
    read_everything(session)
    assert session.check_integrity() == []
    assert session.audit.verify().ok
    session.close()

"""A damaged, truncated or foreign database is refused, and nothing in the folder changes."""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.store.device import Device, OfficeInfo, Role
from desktop.store.errors import StoreUnreadable
from desktop.store.kdf import KdfParams

CHEAP = KdfParams(memory_kib=1024, iterations=1)
OFFICE = OfficeInfo("Disnaker Kota Bogor", "3271", "32.71")
PAGE = 4096


def make_device(root: Path, events: int = 40) -> Path:
    data_dir = root / "data"
    session, _ = Device.set_up(data_dir, OFFICE, "sari", "Sari", "sari password", kdf=CHEAP)
    session.add_account("budi", "Budi", Role.OFFICER, "budi password")
    for n in range(events):  # a few pages of audit entries
        session.record_event("export", rows=n, format="pdf" * 20)
    session.close()
    return data_dir


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


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


def test_every_flipped_page_is_refused_or_reported(tmp_path: Path) -> None:
    data_dir = make_device(tmp_path)
    path = data_dir / "luring.db"
    original = path.read_bytes()
    pages = len(original) // PAGE
    assert pages >= 5
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
                problems = session.check_integrity()
            finally:
                session.close()
            assert problems, f"page {page} offset {offset}: a damaged page went unnoticed"
    path.write_bytes(original)
    session = Device.open(data_dir).login("sari", "sari password")
    assert session.check_integrity() == []
    assert session.verify_audit().ok
    session.close()

"""Wizard drafts: autosave, per officer, encrypted in the database."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.store.drafts import DraftStore, DraftTooLarge
from desktop.store.errors import NotFound
from tests.store.record_helpers import new_engine


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_engine(tmp_path / "luring.db")


def test_save_overwrite_load_delete(engine: Engine) -> None:
    store = DraftStore(engine, "petugas1")
    draft_id = uuid.uuid4()
    store.save(draft_id, {"identity": {"full_name": "Budi"}, "ktp": None}, 1)
    store.save(draft_id, {"identity": {"full_name": "Budi Santoso", "nik": "3201"}}, 2)
    assert store.load(draft_id) == {"identity": {"full_name": "Budi Santoso", "nik": "3201"}}
    [info] = store.all()
    assert (info.draft_id, info.step, info.officer) == (draft_id, 2, "petugas1")
    assert info.updated_at.tzinfo is dt.UTC
    store.delete(draft_id)
    assert store.all() == []
    with pytest.raises(NotFound):
        store.load(draft_id)
    store.delete(draft_id)  # twice is harmless


def test_drafts_are_private_to_their_officer(engine: Engine) -> None:
    mine, theirs = DraftStore(engine, "petugas1"), DraftStore(engine, "petugas2")
    draft_id = uuid.uuid4()
    mine.save(draft_id, {"a": 1}, 0)
    assert theirs.all() == []
    with pytest.raises(NotFound):
        theirs.load(draft_id)
    with pytest.raises(NotFound):
        theirs.save(draft_id, {"a": 2}, 0)
    theirs.delete(draft_id)
    assert mine.load(draft_id) == {"a": 1}


def test_newest_first(engine: Engine) -> None:
    times = iter(dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=i) for i in range(10))
    store = DraftStore(engine, "petugas1", clock=lambda: next(times))
    ids = [uuid.uuid4() for _ in range(3)]
    for draft_id in ids:
        store.save(draft_id, {}, 0)
    store.save(ids[0], {"x": 1}, 3)
    assert [d.draft_id for d in store.all()] == [ids[0], ids[2], ids[1]]


def test_hostile_data_is_refused(engine: Engine) -> None:
    store = DraftStore(engine, "petugas1")
    with pytest.raises(TypeError):
        store.save(uuid.uuid4(), {"when": dt.date(2026, 1, 1)}, 0)
    with pytest.raises(ValueError, match="JSON"):
        store.save(uuid.uuid4(), {"n": math.nan}, 0)
    with pytest.raises(DraftTooLarge):
        store.save(uuid.uuid4(), {"notes": "x" * 1_000_001}, 0)
    assert store.all() == []


def test_unicode_survives(engine: Engine) -> None:
    store = DraftStore(engine, "petugas1")
    draft_id = uuid.uuid4()
    data = {"full_name": "Ñoman Ḍewi 😀", "rt": "001"}
    store.save(draft_id, data, 1)
    assert store.load(draft_id) == data

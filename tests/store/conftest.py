"""Fixtures the outbox and record tests share: a fresh encrypted database and an officer's record store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.store.records import RecordStore
from tests.store.record_helpers import AuditLog, new_engine


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def engine(tmp_path: Path, key: bytes) -> Engine:
    return new_engine(tmp_path / "luring.db", key)


@pytest.fixture
def records(engine: Engine) -> RecordStore:
    return RecordStore(engine, "petugas1", AuditLog())

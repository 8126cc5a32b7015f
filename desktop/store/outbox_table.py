"""The outbox table and the states a registration version goes through (the state machine is outbox.py).

Kept apart from the store that drives it, so the registrations table, which
mirrors the state, can be declared without the outbox's queries.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Column, DateTime, Index, Integer, String, Table

from desktop.store.schema import metadata


class RecordStatus(enum.StrEnum):
    DRAFT = "draft"
    READY = "ready"
    SENDING = "sending"
    ACCEPTED = "accepted"
    VERIFIED = "verified"
    REJECTED = "rejected"
    NEEDS_CORRECTION = "needs_correction"
    QUARANTINED = "quarantined"


outbox = Table(
    "outbox",
    metadata,
    Column("record_id", String(36), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("state", String(20), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime, nullable=True),
    Column("last_error", String(64), nullable=True),
    Column("reason_code", String(64), nullable=True),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_outbox_due", "state", "next_attempt_at", "updated_at"),  # next_batch reads it in order, no sort
)



def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def to_db_time(value: dt.datetime) -> dt.datetime:
    """SQLite keeps naive datetimes: store UTC without the zone."""
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def from_db_time(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC)

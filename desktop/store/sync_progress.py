"""The sync engine's own state, one row: transport back-off, the decision cursor, the witnessed checkpoint.

The row is made by the first write; until then every read gives the start
values (no failures, an empty cursor, nothing witnessed).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from desktop.domain.messages import Message
from desktop.store.errors import StoreError
from desktop.store.outbox_table import from_db_time, to_db_time
from desktop.store.sync_tables import SINGLE_ROW, sync_state

GENESIS_HEAD = "0" * 64
MAX_CURSOR = 64
_CURSOR = re.compile(r"^[\x21-\x7e]{0,64}$")  # opaque, but printable ASCII and short: it goes into a URL
_HEAD = re.compile(r"^[0-9a-f]{64}$")
_START: dict[str, Any] = {"transport_failures": 0, "next_attempt_at": None, "last_error": None,
                          "last_success_at": None, "decision_cursor": "", "checkpoint_position": 0,
                          "checkpoint_head": GENESIS_HEAD, "checkpoint_at": None, "clock_offset_seconds": None,
                          "latest_seen_at": None}


@dataclass(frozen=True)
class EngineBackoff:
    failures: int
    next_attempt_at: dt.datetime | None
    last_error: str | None
    last_success_at: dt.datetime | None


@dataclass(frozen=True)
class ChainPosition:
    position: int
    head: str


class SyncStateRefused(StoreError):
    """A value from the centre that cannot be kept: a malformed cursor, a checkpoint that goes back."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(Message(
            "sync_state_refused",
            "Jawaban pusat tidak dapat disimpan ({what}); sinkronisasi dicoba lagi nanti.",
            "The centre's answer cannot be kept ({what}); sync will try again later.",
            {"what": what},
        ))


def read(conn: Connection) -> dict[str, Any]:
    row = conn.execute(select(sync_state).where(sync_state.c.id == SINGLE_ROW)).mappings().first()
    return dict(row) if row else {"id": SINGLE_ROW, **_START}


def write(conn: Connection, **values: Any) -> None:
    statement = insert(sync_state).values(**{**read(conn), **values})
    conn.execute(statement.on_conflict_do_update(index_elements=[sync_state.c.id], set_=values))


def backoff(conn: Connection) -> EngineBackoff:
    row = read(conn)
    return EngineBackoff(row["transport_failures"], _aware(row["next_attempt_at"]), row["last_error"],
                         _aware(row["last_success_at"]))


def check_cursor(cursor: object) -> str:
    if not isinstance(cursor, str) or not _CURSOR.match(cursor):
        raise SyncStateRefused("cursor")
    return cursor


def witnessed(conn: Connection) -> ChainPosition:
    row = read(conn)
    return ChainPosition(row["checkpoint_position"], row["checkpoint_head"])


def record_witnessed(conn: Connection, position: object, head: object, now: dt.datetime) -> None:
    """The centre acknowledged the audit chain up to `position`; a position is never taken back."""
    if not isinstance(position, int) or isinstance(position, bool) or not 1 <= position < 2**62:
        raise SyncStateRefused("checkpoint_position")
    if not isinstance(head, str) or not _HEAD.match(head):
        raise SyncStateRefused("checkpoint_head")
    last = witnessed(conn)
    if position < last.position or (position == last.position and head != last.head):
        raise SyncStateRefused("checkpoint_goes_back")
    write(conn, checkpoint_position=position, checkpoint_head=head, checkpoint_at=to_db_time(now))


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    return from_db_time(value) if value is not None else None

"""Flags a registration made while the device's clock cannot be believed, in the transaction that saves it.

The centre's offset comes from the last sync (`record_offset`); the latest time
a registration was made with is kept here, so a clock set back is seen even
on a device that has never synced.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection

from desktop.domain.clock import ClockPolicy, clock_flag
from desktop.store import sync_progress
from desktop.store.outbox_table import from_db_time, to_db_time

DEFAULT_POLICY = ClockPolicy()


def flag_for(conn: Connection, now: dt.datetime, policy: ClockPolicy = DEFAULT_POLICY) -> str | None:
    """The flag a registration made at `now` (the device's clock) carries; remembers `now` if it is the latest."""
    state = sync_progress.read(conn)
    latest = from_db_time(state["latest_seen_at"]) if state["latest_seen_at"] is not None else None
    offset = state["clock_offset_seconds"]
    moment = now if now.tzinfo is not None else now.replace(tzinfo=dt.UTC)
    flag = clock_flag(moment, latest_seen=latest, policy=policy,
                      centre_offset=dt.timedelta(seconds=offset) if offset is not None else None)
    if latest is None or moment > latest:
        sync_progress.write(conn, latest_seen_at=to_db_time(moment))
    return flag.value if flag is not None else None


def record_offset(conn: Connection, seconds: float) -> None:
    """What the last sync measured: the centre's time minus this device's."""
    sync_progress.write(conn, clock_offset_seconds=float(seconds))

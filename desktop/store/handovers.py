"""Every hand-over that did not go over the network: a bundle written for a USB stick, a bundle forwarded to the
centre for another device, a receipt file read back (schema step 7).

Each is kept with when, what kind, how many records and parts, who, and the
file's SHA-256 (never which records or whose), in the same transaction as its
audit entry, so the supervisors' reports and the audit chain always agree. The
offline limits read `last_at`: a hand-over counts like a successful sync.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import Column, Connection, DateTime, Integer, String, Table, func, insert, select

from desktop.store import audit
from desktop.store.outbox_table import from_db_time, to_db_time
from desktop.store.schema import metadata
from desktop.store.session_state import SessionState

KINDS = ("bundle_exported", "bundle_forwarded", "receipt_imported")  # each is also the audit event's name
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

handovers = Table(
    "handovers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("records", Integer, nullable=False),
    Column("parts", Integer, nullable=False),
    Column("account", String(64), nullable=False),  # the username, as in the audit log
    Column("sha256", String(64), nullable=False),  # of the file (a bundle: of its first part)
)


@dataclass(frozen=True)
class Handover:
    at: dt.datetime
    kind: str
    records: int
    parts: int
    account: str
    sha256: str


class HandoverStore:
    """`session.handovers`."""

    def __init__(self, state: SessionState) -> None:
        self._state = state

    def record(self, kind: str, records: int, parts: int, sha256: str, *, at: dt.datetime | None = None) -> Handover:
        """Keep one hand-over by the logged-in account and write its audit entry, in one transaction."""
        with self._state.engine.begin() as conn:
            return keep(conn, self._state.account.username, kind, records, parts, sha256, at=at)

    def seen(self, kind: str, sha256: str) -> bool:
        """Whether a hand-over of this kind was already made with this very file."""
        with self._state.engine.connect() as conn:
            return seen(conn, kind, sha256)

    def latest(self, limit: int = 50) -> list[Handover]:
        """The newest first."""
        with self._state.engine.connect() as conn:
            rows = conn.execute(select(handovers).order_by(handovers.c.id.desc()).limit(limit)).mappings().all()
        return [Handover(from_db_time(row["at"]), row["kind"], row["records"], row["parts"], row["account"],
                         row["sha256"]) for row in rows]

    def last_at(self) -> dt.datetime | None:
        """When the last hand-over of any kind was made (None: never)."""
        with self._state.engine.connect() as conn:
            newest = conn.execute(select(func.max(handovers.c.at))).scalar_one_or_none()
        return from_db_time(newest) if newest is not None else None


def keep(conn: Connection, account: str, kind: str, records: int, parts: int, sha256: str, *,
         at: dt.datetime | None = None) -> Handover:
    """`HandoverStore.record` inside the caller's transaction (the hand-over and what it changed commit together)."""
    if kind not in KINDS or not _SHA256.match(sha256) or records < 0 or parts < 0:
        raise ValueError("not a hand-over this store keeps")
    done = Handover(at or dt.datetime.now(dt.UTC), kind, records, parts, account, sha256)
    conn.execute(insert(handovers).values(at=to_db_time(done.at), kind=kind, records=records, parts=parts,
                                          account=done.account, sha256=sha256))
    audit.append(conn, audit.stored_key(conn), kind, done.account, {"records": records, "parts": parts,
                                                                     "sha256": sha256})
    return done


def seen(conn: Connection, kind: str, sha256: str) -> bool:
    return conn.execute(select(handovers.c.id).where(handovers.c.kind == kind, handovers.c.sha256 == sha256)
                        .limit(1)).first() is not None

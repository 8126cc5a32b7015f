"""The outbox: what waits to be sent to the centre, and the state machine the sync engine drives.

A row per registration version, written by `RecordStore` in the same transaction
as the registration. The payload is the registration row's JSON itself: a version
is never edited once sending starts (a correction then makes a new version), so
keeping a second copy would only double the file. The registration's `status` column mirrors `state` through
a trigger (declared with the registrations table), so the list and the outbox can never disagree.

    draft -> ready -> sending -> accepted -> verified | rejected | needs_correction
                         |   \\-> verified | rejected | needs_correction
                         \\-> ready (retry later, with backoff) -> ... -> quarantined
    quarantined -> ready (an officer or supervisor retries)

A quarantined item is never picked by `next_batch`, so it never blocks others.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, func, select, update
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain.messages import Message
from desktop.store.errors import NotFound, StoreError
from desktop.store.outbox_table import RecordStatus, from_db_time, outbox, to_db_time, utc_now
from desktop.store.record_tables import registrations

_DECISIONS = {RecordStatus.VERIFIED, RecordStatus.REJECTED, RecordStatus.NEEDS_CORRECTION}
# What the centre's answer may move an item to, from each state.
_RESULTS: dict[RecordStatus, set[RecordStatus]] = {
    RecordStatus.SENDING: {RecordStatus.ACCEPTED, *_DECISIONS},
    RecordStatus.ACCEPTED: set(_DECISIONS),
}


class IllegalTransition(StoreError):
    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        super().__init__(
            Message(
                "illegal_outbox_transition",
                "Status pengiriman tidak dapat diubah dari {old} ke {new}. Muat ulang lalu coba lagi.",
                "The sending status cannot change from {old} to {new}. Reload and try again.",
                {"old": old, "new": new},
            )
        )


@dataclass(frozen=True)
class OutboxItem:
    record_id: uuid.UUID
    version: int
    payload_json: str


@dataclass(frozen=True)
class OutboxEntry:
    """An item's bookkeeping, for status screens and tests (no payload)."""

    record_id: uuid.UUID
    version: int
    state: RecordStatus
    attempts: int
    next_attempt_at: dt.datetime | None
    last_error: str | None
    reason_code: str | None


class OutboxStore:
    """What the sync engine calls. Every method is one short transaction."""

    def __init__(self, engine: Engine, *, max_attempts: int = 8, base_delay: dt.timedelta = dt.timedelta(seconds=30),
                 max_delay: dt.timedelta = dt.timedelta(hours=6), rng: random.Random | None = None) -> None:
        self._engine = engine
        self.max_attempts = max_attempts
        self._base = base_delay
        self._max = max_delay
        self._rng = rng or random.SystemRandom()

    def next_batch(self, limit: int, now: dt.datetime) -> list[OutboxItem]:
        """Ready items whose retry time has come, oldest first, with the registration JSON to seal."""

        due = to_db_time(now)
        statement = (
            select(outbox.c.record_id, outbox.c.version, registrations.c.data)
            .join(registrations, (registrations.c.record_id == outbox.c.record_id)
                  & (registrations.c.version == outbox.c.version))
            .where(outbox.c.state == RecordStatus.READY.value,
                   (outbox.c.next_attempt_at.is_(None)) | (outbox.c.next_attempt_at <= due))
            .order_by(outbox.c.next_attempt_at.is_not(None), outbox.c.next_attempt_at, outbox.c.updated_at)
            .limit(max(limit, 0))
        )
        with self._engine.connect() as conn:
            return [OutboxItem(uuid.UUID(r.record_id), r.version, r.data) for r in conn.execute(statement)]

    def entry(self, record_id: uuid.UUID, version: int) -> OutboxEntry:
        with self._engine.connect() as conn:
            row = conn.execute(select(outbox).where(outbox.c.record_id == str(record_id),
                                                    outbox.c.version == version)).first()
        if row is None:
            raise NotFound()
        return OutboxEntry(uuid.UUID(row.record_id), row.version, RecordStatus(row.state), row.attempts,
                           from_db_time(row.next_attempt_at) if row.next_attempt_at else None,
                           row.last_error, row.reason_code)

    def mark_sending(self, record_id: uuid.UUID, version: int) -> None:
        self._move(record_id, version, {RecordStatus.READY}, RecordStatus.SENDING, {})

    def mark_result(self, record_id: uuid.UUID, version: int, state: RecordStatus | str,
                    reason_code: str | None = None) -> None:
        """The centre's answer: accepted, then verified / rejected / needs_correction (with a reason code)."""
        new = RecordStatus(state)
        allowed = {old for old, targets in _RESULTS.items() if new in targets}
        self._move(record_id, version, allowed, new, {"reason_code": reason_code, "last_error": None})

    def mark_failed(self, record_id: uuid.UUID, version: int, error_code: str, now: dt.datetime) -> RecordStatus:
        """A temporary failure: back to ready after a growing, jittered delay; quarantined after too many."""
        with self._engine.begin() as conn:
            row = self._row(conn, record_id, version)
            if row.state != RecordStatus.SENDING.value:
                raise IllegalTransition(row.state, RecordStatus.QUARANTINED.value)
            attempts = row.attempts + 1
            if attempts >= self.max_attempts:
                new, next_at = RecordStatus.QUARANTINED, None
            else:
                new, next_at = RecordStatus.READY, to_db_time(now) + self.delay(attempts)
            conn.execute(update(outbox).where(*self._key(record_id, version)).values(
                state=new.value, attempts=attempts, next_attempt_at=next_at, last_error=error_code[:64],
                updated_at=to_db_time(now)))
        return new

    def delay(self, attempts: int) -> dt.timedelta:
        """Exponential backoff with "full jitter" between half and all of the step, capped."""
        step: dt.timedelta = min(self._base * (2 ** min(attempts - 1, 30)), self._max)
        factor: float = 0.5 + self._rng.random() / 2
        return step * factor

    def retry(self, record_id: uuid.UUID, version: int) -> None:
        """Give a quarantined item a fresh start."""
        self._move(record_id, version, {RecordStatus.QUARANTINED}, RecordStatus.READY,
                   {"attempts": 0, "next_attempt_at": None, "last_error": None})

    def requeue_interrupted(self) -> int:
        """After a crash or a cut connection, items left `sending` go back to ready (the centre is idempotent)."""
        with self._engine.begin() as conn:
            result = conn.execute(update(outbox).where(outbox.c.state == RecordStatus.SENDING.value)
                                  .values(state=RecordStatus.READY.value, updated_at=to_db_time(utc_now())))
            return int(result.rowcount)

    def counts(self) -> dict[str, int]:
        counts = {status.value: 0 for status in RecordStatus}
        with self._engine.connect() as conn:
            for state, count in conn.execute(select(outbox.c.state, func.count()).group_by(outbox.c.state)):
                counts[str(state)] = int(count)
        return counts

    @staticmethod
    def _key(record_id: uuid.UUID, version: int) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
        return outbox.c.record_id == str(record_id), outbox.c.version == version

    def _row(self, conn: Connection, record_id: uuid.UUID, version: int) -> Any:
        row = conn.execute(select(outbox).where(*self._key(record_id, version))).first()
        if row is None:
            raise NotFound()
        return row

    def _move(self, record_id: uuid.UUID, version: int, allowed: set[RecordStatus], new: RecordStatus,
              extra: dict[str, Any]) -> None:
        with self._engine.begin() as conn:
            row = conn.execute(select(outbox.c.state).where(*self._key(record_id, version))).first()
            if row is None:
                raise NotFound()
            if RecordStatus(row.state) not in allowed:
                raise IllegalTransition(row.state, new.value)
            conn.execute(update(outbox).where(*self._key(record_id, version)).values(
                state=new.value, updated_at=to_db_time(utc_now()), **extra))

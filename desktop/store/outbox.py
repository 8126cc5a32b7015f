"""The outbox: what waits to be sent to the centre, and the state machine the sync engine drives.

A row per registration version, written by `RecordStore` in the same transaction
as the registration. What is sealed is the registration row's JSON; what is sent
is that seal, frozen the first time the version is claimed (outbox_seals.py). The
registration's `status` column mirrors `state` through a trigger (declared with
the registrations table), so the list and the outbox can never disagree.

    draft -> ready -> sending -> accepted -> verified | rejected | needs_correction
                         |   \\-> verified | rejected | needs_correction
                         \\-> ready (refused: retry later, with backoff) -> ... -> quarantined
                         \\-> ready (no answer: no attempt counted; the engine as a whole backs off)
    quarantined -> ready (an officer or supervisor retries)

A quarantined item is never picked by `next_batch`, so it never blocks others.
Only a failure of the item itself (the centre refused it, or answered for the
others and not for it) counts towards quarantine: an outage of the centre is
the engine's back-off (`transport_failed`), kept in `sync_state` so that it
survives a restart. The sealed bytes are frozen when first claimed
(outbox_seals.py) and the centre's answers are applied by centre_answers.py;
this class is what the sync engine calls (it fits `sync.outbox.Outbox`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, func, select, update
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain.messages import Message
from desktop.store import centre_answers, clock_guard, outbox_seals, record_centre, sync_progress
from desktop.store.attachments import attachments_table
from desktop.store.audit import AuditHook
from desktop.store.centre_answers import CentreAnswer, DecisionLike, DecisionReport, VerdictLike
from desktop.store.errors import NotFound, StoreError
from desktop.store.outbox_seals import FrozenSeal
from desktop.store.outbox_table import RecordStatus, from_db_time, outbox, to_db_time, utc_now
from desktop.store.record_centre import CentreStatus
from desktop.store.record_tables import registrations
from desktop.store.sync_progress import EngineBackoff
from desktop.store.sync_tables import outbox_attachments

_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")

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
    """A due item before it is claimed: the registration JSON a seal is made of."""

    record_id: uuid.UUID
    version: int
    payload_json: str
    replaces_version: int | None = None


@dataclass(frozen=True)
class SealedOutboxItem:
    """A claimed item: the frozen bytes sent on every try, and the documents the centre must also hold."""

    record_id: uuid.UUID
    version: int
    replaces_version: int | None
    sealed: bytes
    sealed_sha256: str
    attachments: tuple[str, ...]


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
                 max_delay: dt.timedelta = dt.timedelta(hours=6),
                 transport_base: dt.timedelta = dt.timedelta(seconds=30),
                 transport_max: dt.timedelta = dt.timedelta(minutes=30), rng: random.Random | None = None) -> None:
        self._engine = engine
        self.max_attempts = max_attempts
        self._base = base_delay
        self._max = max_delay
        self._transport_base = transport_base
        self._transport_max = transport_max
        self._rng = rng or random.SystemRandom()

    # -- what to send ------------------------------------------------------------------------------------
    def next_batch(self, limit: int, now: dt.datetime) -> list[OutboxItem]:
        """Ready items whose retry time has come, oldest first, with the registration JSON to seal."""

        due = to_db_time(now)
        ready = (
            select(outbox.c.record_id, outbox.c.version, registrations.c.data, registrations.c.replaces_version)
            .join(registrations, (registrations.c.record_id == outbox.c.record_id)
                  & (registrations.c.version == outbox.c.version))
            .where(outbox.c.state == RecordStatus.READY.value)
        )
        # Never tried first, then those whose retry time has come: each read in the order of ix_outbox_due.
        with self._engine.connect() as conn:
            rows = list(conn.execute(ready.where(outbox.c.next_attempt_at.is_(None))
                                     .order_by(outbox.c.updated_at).limit(max(limit, 0))))
            if len(rows) < limit:
                rows += conn.execute(ready.where(outbox.c.next_attempt_at <= due)
                                     .order_by(outbox.c.next_attempt_at, outbox.c.updated_at)
                                     .limit(limit - len(rows))).all()
        return [OutboxItem(uuid.UUID(r.record_id), r.version, r.data, r.replaces_version) for r in rows]

    def freeze(self, record_id: uuid.UUID, version: int, sealed: bytes, sealed_sha256: str) -> None:
        """Keep `sealed` as the version's bytes for good (`SealRefused` for other bytes once frozen)."""
        with self._engine.begin() as conn:
            outbox_seals.freeze(conn, record_id, version, sealed, sealed_sha256)

    def frozen_seal(self, record_id: uuid.UUID, version: int) -> FrozenSeal | None:
        with self._engine.connect() as conn:
            return outbox_seals.frozen(conn, record_id, version)

    def claim_batch(self, limit: int, now: dt.datetime, seal: Callable[[OutboxItem], bytes]) -> list[SealedOutboxItem]:
        """Due items, sealed by `seal` only if they have no frozen seal yet, frozen and marked sending.

        Sealing runs between the read and the write, outside any transaction; the claim commits before
        anything is sent, so after a crash the same bytes go out again (`requeue_interrupted`).
        """
        due = self.next_batch(limit, now)
        keys = [(str(item.record_id), item.version) for item in due]
        with self._engine.connect() as conn:
            held = outbox_seals.frozen_many(conn, keys)
        fresh: dict[outbox_seals.Key, FrozenSeal] = {}
        for key, item in zip(keys, due, strict=True):
            if key not in held:
                sealed = seal(item)
                fresh[key] = FrozenSeal(sealed, hashlib.sha256(sealed).hexdigest() if isinstance(sealed, bytes) else "")
        with self._engine.begin() as conn:
            # Changed since it was read (corrected, or claimed), or its seal dropped since: its turn comes again.
            still = self._still_due(conn, due)
            keys = [key for key, item in zip(keys, due, strict=True) if still.get(key) == item.payload_json]
            frozen = outbox_seals.frozen_many(conn, keys)
            first = [(key, fresh[key], still[key]) for key in keys if key not in frozen and key in fresh]
            outbox_seals.freeze_first(conn, first)
            frozen.update((key, seal) for key, seal, _ in first)
            keys = [key for key in keys if key in frozen]
            outbox_seals.mark_sent_many(conn, keys)
            if keys:
                conn.execute(update(outbox).where(outbox.c.record_id == bindparam("key_record"),
                                                  outbox.c.version == bindparam("key_version"))
                             .values(state=RecordStatus.SENDING.value, updated_at=to_db_time(now)),
                             [{"key_record": r, "key_version": v} for r, v in keys])
            documents = outbox_seals.frozen_attachments_many(conn, keys)
        items = {(str(item.record_id), item.version): item for item in due}
        return [SealedOutboxItem(items[key].record_id, key[1], items[key].replaces_version, frozen[key].sealed,
                                 frozen[key].sealed_sha256, documents.get(key, ())) for key in keys]

    def entry(self, record_id: uuid.UUID, version: int) -> OutboxEntry:
        with self._engine.connect() as conn:
            row = conn.execute(select(outbox).where(outbox.c.record_id == str(record_id),
                                                    outbox.c.version == version)).first()
        if row is None:
            raise NotFound()
        return OutboxEntry(uuid.UUID(row.record_id), row.version, RecordStatus(row.state), row.attempts,
                           from_db_time(row.next_attempt_at) if row.next_attempt_at else None,
                           row.last_error, row.reason_code)

    # -- moving items ------------------------------------------------------------------------------------
    def mark_sending(self, record_id: uuid.UUID, version: int) -> None:
        """One item by hand (tests, tools); the engine claims with `claim_batch`, which freezes the seal too."""
        self._move(record_id, version, {RecordStatus.READY}, RecordStatus.SENDING, {})

    def mark_result(self, record_id: uuid.UUID, version: int, state: RecordStatus | str,
                    reason_code: str | None = None) -> None:
        """The centre's answer: accepted, then verified / rejected / needs_correction (with a reason code)."""
        new = RecordStatus(state)
        allowed = {old for old, targets in _RESULTS.items() if new in targets}
        self._move(record_id, version, allowed, new, {"reason_code": reason_code, "last_error": None})

    def item_failed(self, record_id: uuid.UUID, version: int, error_code: str, now: dt.datetime) -> RecordStatus:
        """A failure of this item itself: back to ready after a growing, jittered delay; quarantined after too many.

        The code is kept as the item's reason. An outage of the centre is `transport_failed`, which counts nothing.
        """
        with self._engine.begin() as conn:
            return self._count_failure(conn, record_id, version, error_code, now)

    def record_verdicts(self, verdicts: Sequence[VerdictLike], now: dt.datetime) -> list[str]:
        """The centre's per-item answers to a batch, in one commit; each item's state afterwards, or "unknown"."""
        with self._engine.begin() as conn:
            return centre_answers.apply_verdicts(conn, verdicts, now, count_failure=self._count_failure)

    def transport_failed(self, items: Sequence[tuple[uuid.UUID, int]], error_code: str, now: dt.datetime,
                         retry_after: dt.timedelta | None = None) -> EngineBackoff:
        """No usable answer at all: the items go back to ready uncounted and the whole engine waits longer."""
        with self._engine.begin() as conn:
            for record_id, version in items:
                conn.execute(update(outbox).where(*self._key(record_id, version),
                                                  outbox.c.state == RecordStatus.SENDING.value)
                             .values(state=RecordStatus.READY.value, updated_at=to_db_time(now)))
            failures = sync_progress.backoff(conn).failures + 1
            wait = self._jittered(self._transport_base, self._transport_max, failures)
            if retry_after is not None:  # the centre's own Retry-After, within our cap
                wait = max(wait, min(retry_after, self._transport_max))
            sync_progress.write(conn, transport_failures=failures, next_attempt_at=to_db_time(now + wait),
                                last_error=str(error_code)[:64])
            return sync_progress.backoff(conn)

    def transport_succeeded(self, now: dt.datetime) -> None:
        with self._engine.begin() as conn:
            sync_progress.write(conn, transport_failures=0, next_attempt_at=None, last_error=None,
                                last_success_at=to_db_time(now))

    def record_clock_offset(self, seconds: float) -> None:
        """The centre's time minus this device's, as the last sync measured it (registrations check it)."""
        with self._engine.begin() as conn:
            clock_guard.record_offset(conn, seconds)

    def backoff(self) -> EngineBackoff:
        with self._engine.connect() as conn:
            return sync_progress.backoff(conn)

    def delay(self, attempts: int) -> dt.timedelta:
        """Exponential backoff with "full jitter" between half and all of the step, capped."""
        return self._jittered(self._base, self._max, attempts)

    def retry(self, record_id: uuid.UUID, version: int, *, audit: AuditHook | None = None) -> None:
        """Give a quarantined item a fresh start; `audit` records who did, in the same transaction."""
        self._move(record_id, version, {RecordStatus.QUARANTINED}, RecordStatus.READY,
                   {"attempts": 0, "next_attempt_at": None, "last_error": None}, audit=audit)

    def requeue_interrupted(self) -> int:
        """After a crash or a cut connection, items left `sending` go back to ready (their seals are kept)."""
        with self._engine.begin() as conn:
            result = conn.execute(update(outbox).where(outbox.c.state == RecordStatus.SENDING.value)
                                  .values(state=RecordStatus.READY.value, updated_at=to_db_time(utc_now())))
            return int(result.rowcount)

    # -- decisions ---------------------------------------------------------------------------------------
    def decision_cursor(self) -> str:
        """The centre's cursor after the last page of decisions applied ("" before the first)."""
        with self._engine.connect() as conn:
            return str(sync_progress.read(conn)["decision_cursor"])

    def apply_decisions(self, decisions: Sequence[DecisionLike], next_cursor: str) -> DecisionReport:
        """A page of decisions and the cursor after it, in one commit: a page applied twice changes nothing."""
        cursor = sync_progress.check_cursor(next_cursor)
        now = utc_now()
        applied = unchanged = 0
        unknown: list[tuple[uuid.UUID, int]] = []
        with self._engine.begin() as conn:
            for decision in decisions:
                changed = centre_answers.apply_decision(conn, decision, now)
                if changed is None:
                    unknown.append((decision.record_id, decision.version))
                elif changed:
                    applied += 1
                else:
                    unchanged += 1
            sync_progress.write(conn, decision_cursor=cursor)
        return DecisionReport(applied, unchanged, tuple(unknown))

    def centre_status(self, record_id: uuid.UUID) -> CentreStatus:
        """The current version's sync state, the centre's last word on it and its documents, for its screen."""
        with self._engine.connect() as conn:
            return record_centre.read(conn, record_id)

    def answer(self, record_id: uuid.UUID, version: int) -> CentreAnswer | None:
        """What the centre last said of a version and why, for the record's screen."""
        with self._engine.connect() as conn:
            return centre_answers.answer(conn, record_id, version)

    # -- documents ---------------------------------------------------------------------------------------
    def attachments_to_upload(self, limit: int) -> list[str]:
        """Documents of claimed versions that the centre does not hold yet."""
        with self._engine.connect() as conn:
            return list(conn.execute(select(outbox_attachments.c.sha256).where(outbox_attachments.c.at_centre == 0)
                                     .group_by(outbox_attachments.c.sha256).order_by(outbox_attachments.c.sha256)
                                     .limit(max(limit, 0))).scalars())

    def attachment_bytes(self, sha256: str) -> bytes:
        with self._engine.connect() as conn:
            data = conn.execute(select(attachments_table.c.data).where(
                attachments_table.c.sha256 == _checked_hash(sha256))).scalar_one_or_none()
        if data is None:
            raise NotFound()
        return bytes(data)

    def attachment_held(self, sha256: str) -> None:
        """The centre holds this document (it is the device's, whichever versions name it)."""
        with self._engine.begin() as conn:
            conn.execute(update(outbox_attachments).where(outbox_attachments.c.sha256 == _checked_hash(sha256))
                         .values(at_centre=1))

    def missing_attachments(self, record_id: uuid.UUID, version: int) -> tuple[str, ...]:
        """The version's documents the centre does not hold yet: it is complete there once this is empty."""
        with self._engine.connect() as conn:
            return tuple(conn.execute(select(outbox_attachments.c.sha256).where(
                *self._key(record_id, version, outbox_attachments), outbox_attachments.c.at_centre == 0)
                .order_by(outbox_attachments.c.sha256)).scalars())

    def counts(self) -> dict[str, int]:
        counts = {status.value: 0 for status in RecordStatus}
        with self._engine.connect() as conn:
            for state, count in conn.execute(select(outbox.c.state, func.count()).group_by(outbox.c.state)):
                counts[str(state)] = int(count)
        return counts

    # -- inside ------------------------------------------------------------------------------------------
    @staticmethod
    def _key(record_id: uuid.UUID, version: int, table: Any = outbox) -> tuple[ColumnElement[bool], ...]:
        return table.c.record_id == str(record_id), table.c.version == version

    def _jittered(self, base: dt.timedelta, cap: dt.timedelta, count: int) -> dt.timedelta:
        step: dt.timedelta = min(base * (2 ** min(max(count, 1) - 1, 30)), cap)
        factor: float = 0.5 + self._rng.random() / 2
        return step * factor

    def _count_failure(self, conn: Connection, record_id: uuid.UUID, version: int, error_code: str,
                       now: dt.datetime) -> RecordStatus:
        row = self._row(conn, record_id, version)
        if row.state != RecordStatus.SENDING.value:
            raise IllegalTransition(row.state, RecordStatus.QUARANTINED.value)
        attempts = row.attempts + 1
        if attempts >= self.max_attempts:
            new, next_at = RecordStatus.QUARANTINED, None
        else:
            new, next_at = RecordStatus.READY, to_db_time(now) + self.delay(attempts)
        code = str(error_code)[:64]
        conn.execute(update(outbox).where(*self._key(record_id, version)).values(
            state=new.value, attempts=attempts, next_attempt_at=next_at, last_error=code, reason_code=code,
            updated_at=to_db_time(now)))
        return new

    @staticmethod
    def _still_due(conn: Connection, items: Sequence[OutboxItem]) -> dict[outbox_seals.Key, str]:
        """The registration JSON of those of `items` that are still ready, by key, in one query."""
        wanted = {(str(item.record_id), item.version) for item in items}
        rows = conn.execute(select(outbox.c.record_id, outbox.c.version, registrations.c.data)
                            .join(registrations, (registrations.c.record_id == outbox.c.record_id)
                                  & (registrations.c.version == outbox.c.version))
                            .where(outbox.c.record_id.in_(sorted({record_id for record_id, _ in wanted})),
                                   outbox.c.state == RecordStatus.READY.value))
        return {(row.record_id, row.version): row.data for row in rows if (row.record_id, row.version) in wanted}

    def _row(self, conn: Connection, record_id: uuid.UUID, version: int) -> Any:
        row = conn.execute(select(outbox).where(*self._key(record_id, version))).first()
        if row is None:
            raise NotFound()
        return row

    def _move(self, record_id: uuid.UUID, version: int, allowed: set[RecordStatus], new: RecordStatus,
              extra: dict[str, Any], audit: AuditHook | None = None) -> None:
        with self._engine.begin() as conn:
            row = conn.execute(select(outbox.c.state).where(*self._key(record_id, version))).first()
            if row is None:
                raise NotFound()
            if RecordStatus(row.state) not in allowed:
                raise IllegalTransition(row.state, new.value)
            conn.execute(update(outbox).where(*self._key(record_id, version)).values(
                state=new.value, updated_at=to_db_time(utc_now()), **extra))
            if audit is not None:
                audit(conn, "record_requeued", record=str(record_id), version=version, status=new.value)


def _checked_hash(sha256: object) -> str:
    if not isinstance(sha256, str) or not _SHA256_HEX.match(sha256):
        raise NotFound()
    return sha256

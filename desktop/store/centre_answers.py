"""What the centre answered: per-item verdicts on a batch, and its decisions, applied to the outbox.

The types of what comes in are Protocols: the sync engine passes its own
frozen dataclasses (sync/outbox.py), which fit them, and the store imports
nothing of sync. Each function runs inside the caller's one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.dialects.sqlite import insert

from desktop.store import outbox_seals
from desktop.store.outbox_table import RecordStatus, from_db_time, outbox, to_db_time
from desktop.store.sync_progress import SyncStateRefused
from desktop.store.sync_tables import centre_reasons, outbox_attachments

DECISIONS = frozenset({RecordStatus.VERIFIED, RecordStatus.REJECTED, RecordStatus.NEEDS_CORRECTION})
REFUSED = "refused"  # centre_reasons.state for a refusal at upload
UNKNOWN = "unknown"  # what record_verdicts reports for a version this device does not have
MAX_REASONS = 20


class ReasonLike(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def field(self) -> str: ...


class VerdictLike(Protocol):
    @property
    def record_id(self) -> uuid.UUID: ...
    @property
    def version(self) -> int: ...
    @property
    def held(self) -> bool: ...
    @property
    def answered(self) -> bool: ...
    @property
    def refusal(self) -> str: ...
    @property
    def final(self) -> bool: ...
    @property
    def reasons(self) -> Sequence[ReasonLike]: ...
    @property
    def missing_attachments(self) -> Sequence[str]: ...


class DecisionLike(Protocol):
    @property
    def record_id(self) -> uuid.UUID: ...
    @property
    def version(self) -> int: ...
    @property
    def state(self) -> str: ...
    @property
    def reasons(self) -> Sequence[ReasonLike]: ...
    @property
    def decided_at(self) -> dt.datetime | None: ...


@dataclass(frozen=True)
class DecisionReport:
    applied: int
    unchanged: int
    unknown: tuple[tuple[uuid.UUID, int], ...]


@dataclass(frozen=True)
class CentreAnswer:
    """The centre's last word on a version, for the record's screen: a refusal or a decision, and why."""

    state: str
    reasons: tuple[tuple[str, str], ...]  # (code, field)
    decided_at: dt.datetime | None
    received_at: dt.datetime


def apply_verdict(conn: Connection, verdict: VerdictLike, now: dt.datetime, *,
                  count_failure: Callable[[Connection, uuid.UUID, int, str, dt.datetime], RecordStatus]) -> str:
    """Move one sent item by the centre's answer; returns its state afterwards (or `UNKNOWN`)."""
    record_id, version = _key(verdict.record_id, verdict.version)
    if not all(isinstance(flag, bool) for flag in (verdict.held, verdict.answered, verdict.final)):
        raise SyncStateRefused("verdict")  # a truthy stand-in would decide an item's fate by accident
    state = _state(conn, record_id, version)
    if state is None:
        return UNKNOWN
    if verdict.held:
        _note_documents(conn, record_id, version, verdict.missing_attachments)
        outbox_seals.mark_sent(conn, record_id, version)  # held: whatever happens next, it is at the centre
        if state in (RecordStatus.SENDING, RecordStatus.READY):
            _set_state(conn, record_id, version, RecordStatus.ACCEPTED, now, reason_code=None, last_error=None)
            return RecordStatus.ACCEPTED.value
        return state.value
    if state is not RecordStatus.SENDING:
        return state.value  # an answer to a send this device no longer waits for
    if verdict.answered:
        outbox_seals.mark_refused(conn, record_id, version)
        _keep_reasons(conn, record_id, version, REFUSED, verdict.reasons, None, now)
        if verdict.final:  # judged on its content: rejected now, the officer corrects it (same version)
            code = str(verdict.refusal)[:64]
            _set_state(conn, record_id, version, RecordStatus.REJECTED, now, reason_code=code, last_error=code)
            return RecordStatus.REJECTED.value
    return count_failure(conn, record_id, version, verdict.refusal or "refused", now).value


def apply_verdicts(conn: Connection, verdicts: Sequence[VerdictLike], now: dt.datetime, *,
                   count_failure: Callable[[Connection, uuid.UUID, int, str, dt.datetime], RecordStatus]) -> list[str]:
    """`apply_verdict` for each verdict, in order. When they name distinct versions (a batch's answers), the
    held ones, nearly all of them, are applied together: one query and one statement per kind of change."""
    keys = []
    for v in verdicts:  # refused as apply_verdict would refuse them, in order, before anything is changed
        keys.append(_key(v.record_id, v.version))
        if not isinstance(v.held, bool) or not isinstance(v.answered, bool):
            raise SyncStateRefused("verdict")
    if len(set(keys)) != len(keys):
        return [apply_verdict(conn, v, now, count_failure=count_failure) for v in verdicts]
    stored = [(str(record_id), version) for record_id, version in keys]
    states = _states(conn, stored)
    held = [(key, v) for key, v in zip(stored, verdicts, strict=True) if v.held and key in states]
    documents = outbox_seals.frozen_attachments_many(conn, [key for key, _ in held])
    notes = [{"key_record": key[0], "key_version": key[1], "key_sha256": sha256,
              "at_centre": int(sha256 not in {h for h in v.missing_attachments if isinstance(h, str)})}
             for key, v in held for sha256 in documents.get(key, ())]
    if notes:
        conn.execute(update(outbox_attachments).where(
            outbox_attachments.c.record_id == bindparam("key_record"),
            outbox_attachments.c.version == bindparam("key_version"),
            outbox_attachments.c.sha256 == bindparam("key_sha256")), notes)
    outbox_seals.mark_sent_many(conn, [key for key, _ in held])
    accepted = {key for key, _ in held if states[key] in (RecordStatus.SENDING, RecordStatus.READY)}
    if accepted:
        conn.execute(update(outbox).where(outbox.c.record_id == bindparam("key_record"),
                                          outbox.c.version == bindparam("key_version"))
                     .values(state=RecordStatus.ACCEPTED.value, next_attempt_at=None, updated_at=to_db_time(now),
                             reason_code=None, last_error=None),
                     [{"key_record": r, "key_version": v} for r, v in sorted(accepted)])
    results = []
    for key, verdict in zip(stored, verdicts, strict=True):
        if key not in states:
            results.append(UNKNOWN)
        elif verdict.held:
            results.append(RecordStatus.ACCEPTED.value if key in accepted else states[key].value)
        else:  # a refusal: rare, and counted one at a time
            results.append(apply_verdict(conn, verdict, now, count_failure=count_failure))
    return results


def apply_decision(conn: Connection, decision: DecisionLike, now: dt.datetime) -> bool | None:
    """True when the decision changed something, False when it was already stored, None for an unknown version."""
    record_id, version = _key(decision.record_id, decision.version)
    try:
        new = RecordStatus(decision.state)
    except ValueError:
        new = RecordStatus.DRAFT
    if new not in DECISIONS:
        raise SyncStateRefused("decision_state")
    state = _state(conn, record_id, version)
    if state is None or state is RecordStatus.DRAFT:
        return None  # never sent from here: nothing to decide
    reasons = _reasons_json(decision.reasons)
    stored = answer(conn, record_id, version)
    if state is new and stored is not None and stored.state == new.value and _reasons_json_of(stored) == reasons:
        return False
    first_code = decision.reasons[0].code[:64] if decision.reasons else None
    _set_state(conn, record_id, version, new, now, reason_code=first_code, last_error=None)
    outbox_seals.mark_sent(conn, record_id, version)  # decided: the centre holds it
    _keep_reasons(conn, record_id, version, new.value, decision.reasons, decision.decided_at, now)
    return True


def answer(conn: Connection, record_id: uuid.UUID, version: int) -> CentreAnswer | None:
    row = conn.execute(select(centre_reasons).where(centre_reasons.c.record_id == str(record_id),
                                                    centre_reasons.c.version == version)).first()
    if row is None:
        return None
    reasons = tuple((str(r["code"]), str(r["field"])) for r in json.loads(row.reasons))
    return CentreAnswer(row.state, reasons, from_db_time(row.decided_at) if row.decided_at else None,
                        from_db_time(row.received_at))


def refused_at_upload(conn: Connection, record_id: uuid.UUID, version: int) -> bool:
    """The centre refused these bytes whole when they were sent (it keeps none of them)."""
    state = conn.execute(select(centre_reasons.c.state).where(centre_reasons.c.record_id == str(record_id),
                                                              centre_reasons.c.version == version)).scalar()
    return bool(state == REFUSED)


def _key(record_id: object, version: object) -> tuple[uuid.UUID, int]:
    if not isinstance(record_id, uuid.UUID):
        raise SyncStateRefused("record_id")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 2**31:
        raise SyncStateRefused("version")
    return record_id, version


def _state(conn: Connection, record_id: uuid.UUID, version: int) -> RecordStatus | None:
    raw = conn.execute(select(outbox.c.state).where(outbox.c.record_id == str(record_id),
                                                    outbox.c.version == version)).scalar_one_or_none()
    return RecordStatus(raw) if raw is not None else None


def _states(conn: Connection, keys: Sequence[tuple[str, int]]) -> dict[tuple[str, int], RecordStatus]:
    wanted = set(keys)
    rows = conn.execute(select(outbox.c.record_id, outbox.c.version, outbox.c.state)
                        .where(outbox.c.record_id.in_(sorted({record_id for record_id, _ in wanted}))))
    return {(row.record_id, row.version): RecordStatus(row.state) for row in rows
            if (row.record_id, row.version) in wanted}


def _set_state(conn: Connection, record_id: uuid.UUID, version: int, new: RecordStatus, now: dt.datetime,
               **values: Any) -> None:
    conn.execute(update(outbox).where(outbox.c.record_id == str(record_id), outbox.c.version == version)
                 .values(state=new.value, next_attempt_at=None, updated_at=to_db_time(now), **values))


def _note_documents(conn: Connection, record_id: uuid.UUID, version: int, missing: Sequence[str]) -> None:
    """Of the documents frozen with the version, those the centre did not call missing are at the centre."""
    lacking = {h for h in missing if isinstance(h, str)}
    for sha256 in outbox_seals.frozen_attachments(conn, record_id, version):
        conn.execute(update(outbox_attachments).where(
            outbox_attachments.c.record_id == str(record_id), outbox_attachments.c.version == version,
            outbox_attachments.c.sha256 == sha256).values(at_centre=int(sha256 not in lacking)))


def _reasons_json(reasons: Sequence[ReasonLike]) -> str:
    kept = [{"code": str(r.code)[:500], "field": str(r.field)[:120]} for r in list(reasons)[:MAX_REASONS]]
    return json.dumps(kept, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _reasons_json_of(stored: CentreAnswer) -> str:
    kept = [{"code": code, "field": field} for code, field in stored.reasons]
    return json.dumps(kept, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _keep_reasons(conn: Connection, record_id: uuid.UUID, version: int, state: str, reasons: Sequence[ReasonLike],
                  decided_at: dt.datetime | None, now: dt.datetime) -> None:
    values = {"state": state, "reasons": _reasons_json(reasons),
              "decided_at": to_db_time(decided_at) if decided_at else None, "received_at": to_db_time(now)}
    statement = insert(centre_reasons).values(record_id=str(record_id), version=version, **values)
    conn.execute(statement.on_conflict_do_update(index_elements=[centre_reasons.c.record_id,
                                                                 centre_reasons.c.version], set_=values))

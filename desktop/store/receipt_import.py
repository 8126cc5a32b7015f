"""A receipt file's answers applied to the outbox, exactly as a sync applies the centre's answers.

The per-item results go through `centre_answers.apply_verdicts` (a held item
moves to accepted, its documents noted) and the decisions through
`apply_decision` with the decision cursor, all in one transaction with the
hand-over row and its audit entry. A receipt is older than what a sync or a
later receipt brought when its decisions are at or behind the stored cursor:
those are skipped and the cursor never goes back, so a replayed or stale
receipt changes nothing. Only answers about the bytes this device froze count:
a refusal on the content rejects the version as a sync would; any other
refusal counts no attempt (the device did not try to send), and the version
goes again with the next hand-over or sync.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Connection, select, update

from desktop.store import centre_answers, handovers, outbox_seals, sync_progress
from desktop.store.centre_answers import DecisionLike, VerdictLike
from desktop.store.outbox_table import RecordStatus, outbox, utc_now
from desktop.store.session_state import SessionState
from desktop.store.sync_progress import SyncStateRefused

KIND = "receipt_imported"


class CursoredDecision(DecisionLike, Protocol):
    @property
    def cursor(self) -> str: ...


@dataclass(frozen=True)
class ReceiptReport:
    accepted: int  # items that moved to accepted by this receipt
    decisions_applied: int
    unknown: int  # results or decisions naming versions this device does not have
    replayed: bool  # this very file was imported before: nothing was changed


class ReceiptImport:
    """`session.receipt_import`."""

    def __init__(self, state: SessionState) -> None:
        self._state = state

    def apply(self, verdicts: Sequence[VerdictLike], sealed_sha256: Sequence[str],
              decisions: Sequence[CursoredDecision], sha256: str) -> ReceiptReport:
        """`verdicts` with the SHA-256 of the sealed bytes each judged; only those about this device's frozen
        bytes count (a version corrected in place since is judged afresh when it goes again)."""
        self._state.require_password_changed()
        now = utc_now()
        with self._state.engine.begin() as conn:
            if handovers.seen(conn, KIND, sha256):
                return ReceiptReport(0, 0, 0, replayed=True)
            verdicts = _about_frozen_bytes(conn, verdicts, sealed_sha256)
            before = [_state(conn, v.record_id, v.version) for v in verdicts]
            states = centre_answers.apply_verdicts(conn, verdicts, now, count_failure=_not_counted)
            accepted = sum(1 for old, new in zip(before, states, strict=True)
                           if new == RecordStatus.ACCEPTED.value and old != new)
            unknown = states.count(centre_answers.UNKNOWN)
            applied, cursor = 0, _cursor_number(str(sync_progress.read(conn)["decision_cursor"]))
            newest = cursor
            for decision in decisions:
                position = _cursor_number(decision.cursor)
                if position <= cursor:
                    continue  # a sync or an earlier receipt already brought it, or something newer
                changed = centre_answers.apply_decision(conn, decision, now)
                applied += bool(changed)
                unknown += changed is None
                newest = max(newest, position)
            if newest > cursor:
                sync_progress.write(conn, decision_cursor=sync_progress.check_cursor(str(newest)))
            handovers.keep(conn, self._state.account.username, KIND, len(verdicts), 1, sha256)
        return ReceiptReport(accepted, applied, unknown, replayed=False)


def _about_frozen_bytes(conn: Connection, verdicts: Sequence[VerdictLike], sealed_sha256: Sequence[str]
                        ) -> list[VerdictLike]:
    """The verdicts on this device's frozen bytes (and on versions it does not have, counted as unknown). A
    refusal on the content of a handed-over version waiting here counts as the answer to a send: the version
    is marked sent, so the centre's verdict rejects it as a sync's would."""
    kept = []
    for verdict, digest in zip(verdicts, sealed_sha256, strict=True):
        state = _state(conn, verdict.record_id, verdict.version)
        if state:
            seal = outbox_seals.frozen(conn, verdict.record_id, verdict.version)
            if seal is None or seal.sealed_sha256 != digest:
                continue
            if not verdict.held and verdict.final and state == RecordStatus.READY.value:
                conn.execute(update(outbox).where(outbox.c.record_id == str(verdict.record_id),
                                                  outbox.c.version == verdict.version)
                             .values(state=RecordStatus.SENDING.value))
        kept.append(verdict)
    return kept


def _state(conn: Connection, record_id: uuid.UUID, version: int) -> str:
    state = conn.execute(select(outbox.c.state).where(outbox.c.record_id == str(record_id),
                                                      outbox.c.version == version)).scalar_one_or_none()
    return str(state or "")


def _cursor_number(cursor: str) -> int:
    """The centre's cursors count up (decimal); "" before the first decision. Anything else is no cursor."""
    if cursor == "":
        return 0
    if not cursor.isdigit() or len(cursor) > 18:
        raise SyncStateRefused("cursor")
    return int(cursor)


def _not_counted(conn: Connection, record_id: uuid.UUID, version: int, _code: str, _now: dt.datetime
                 ) -> RecordStatus:
    return RecordStatus(_state(conn, record_id, version))

"""The audit chain's head, and the position the centre last witnessed (its `/v1/checkpoints` acknowledgement).

A witnessed position is the outside proof that the chain reached it: it is
kept only if it is this device's own entry at that position, and it never goes
back.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from desktop.store import audit, settings, sync_progress
from desktop.store.audit import audit_log
from desktop.store.session_state import SessionState
from desktop.store.sync_progress import ChainPosition, SyncStateRefused


class CheckpointStore:
    """`session.checkpoints`; fits `sync.outbox.Checkpoints`."""

    def __init__(self, state: SessionState) -> None:
        self._state = state

    def audit_head(self) -> ChainPosition:
        with self._state.engine.connect() as conn:
            position, head = audit.head(conn)
        return ChainPosition(position, head)

    def head_at(self, position: int) -> str | None:
        """The chain's MAC at `position` as the log holds it now (None when the log no longer reaches it)."""
        with self._state.engine.connect() as conn:
            mac = conn.execute(select(audit_log.c.mac).where(audit_log.c.seq == position)).scalar_one_or_none()
        return str(mac) if mac is not None else None

    def report_mismatch(self, found: str) -> None:
        """A sync found the log no longer leads to the witnessed head (`cut`, `rewritten`, `rolled_back`):
        audited, and a security warning every supervisor sees at log-in until one acknowledges it."""
        with self._state.engine.begin() as conn:
            warnings = settings.read_warnings(conn) | {"audit_not_witnessed"}
            settings.put(conn, settings.SECURITY_WARNINGS, json.dumps(sorted(warnings)))
            audit.append(conn, audit.stored_key(conn), "audit_not_witnessed", self._state.account.username,
                         {"found": found[:32]})

    def witnessed(self) -> ChainPosition:
        with self._state.engine.connect() as conn:
            return sync_progress.witnessed(conn)

    def record_witnessed(self, position: int, head: str, now: dt.datetime) -> None:
        """The centre acknowledged the chain up to `position` with `head`: kept before the next checkpoint."""
        with self._state.engine.begin() as conn:
            mine = conn.execute(select(audit_log.c.mac).where(audit_log.c.seq == position)).scalar_one_or_none() \
                if isinstance(position, int) and not isinstance(position, bool) else None
            if mine is None or mine != head:
                raise SyncStateRefused("checkpoint_not_ours")
            sync_progress.record_witnessed(conn, position, head, now)

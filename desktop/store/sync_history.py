"""The last syncs this device ran: when, how many sent, held, refused, decisions, and how each ended.

Only counts and the engine's error code are kept, never which records or who
(the sync panel lists them; supervisors' reports read them), and only the
last `KEEP` runs: older ones are deleted as each new one is written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select

from desktop.store.outbox_table import from_db_time, to_db_time
from desktop.store.session_state import SessionState
from desktop.store.sync_tables import sync_runs

KEEP = 50
# An error code is the engine's or the centre's machine word; anything else (a message, a name) is not kept.
_CODE = re.compile(r"^[a-z0-9_]{0,64}$")


@dataclass(frozen=True)
class SyncRun:
    started_at: dt.datetime
    finished_at: dt.datetime
    sent: int
    held: int
    refused: int
    decisions: int
    error: str = ""  # "" when the sync ran to the end
    cancelled: bool = False


class SyncHistoryStore:
    """`session.sync_history`."""

    def __init__(self, state: SessionState, keep: int = KEEP) -> None:
        self._state = state
        self._keep = keep

    def record(self, run: SyncRun) -> None:
        error = run.error if _CODE.match(run.error) else "other"
        with self._state.engine.begin() as conn:
            conn.execute(insert(sync_runs).values(
                started_at=to_db_time(run.started_at), finished_at=to_db_time(run.finished_at), sent=run.sent,
                held=run.held, refused=run.refused, decisions=run.decisions, error=error,
                cancelled=int(run.cancelled)))
            newest = conn.execute(select(func.max(sync_runs.c.id))).scalar_one()
            conn.execute(delete(sync_runs).where(sync_runs.c.id <= newest - self._keep))

    def latest(self, limit: int = KEEP) -> list[SyncRun]:
        """The newest first."""
        with self._state.engine.connect() as conn:
            rows = conn.execute(select(sync_runs).order_by(sync_runs.c.id.desc()).limit(limit)).mappings().all()
        return [SyncRun(from_db_time(row["started_at"]), from_db_time(row["finished_at"]), row["sent"], row["held"],
                        row["refused"], row["decisions"], row["error"], bool(row["cancelled"])) for row in rows]

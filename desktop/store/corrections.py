"""The correction worklist: current records the centre rejected or sent back, with the centre's reasons.

Oldest first, since those have waited longest. The reasons are the centre's
stable codes and the field each names (`centre_reasons`); the UI says them in
plain words. A correction is saved as a new version (records.py), which leaves
the list as soon as it is saved.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_

from desktop.store.outbox_table import RecordStatus, from_db_time
from desktop.store.record_listing import RecordSummary, summaries, summary
from desktop.store.record_tables import registrations
from desktop.store.sync_tables import centre_reasons

TO_CORRECT = (RecordStatus.REJECTED, RecordStatus.NEEDS_CORRECTION)


@dataclass(frozen=True)
class ToCorrect:
    summary: RecordSummary
    reasons: tuple[tuple[str, str], ...]  # (code, field); the field may be empty
    answered_at: dt.datetime | None  # when the device received the centre's word


def to_correct(conn: Connection, limit: int) -> list[ToCorrect]:
    c, answers = registrations.c, centre_reasons.c
    joined = registrations.outerjoin(centre_reasons, and_(answers.record_id == c.record_id,
                                                          answers.version == c.version))
    statement = (summaries().add_columns(answers.reasons.label("centre_reasons"), answers.received_at)
                 .select_from(joined)
                 .where(c.is_current == 1, c.status.in_([s.value for s in TO_CORRECT]))
                 .order_by(c.created_at, c.id).limit(max(limit, 0)))
    return [ToCorrect(summary(row), _reasons(row.centre_reasons),
                      from_db_time(row.received_at) if row.received_at else None)
            for row in conn.execute(statement)]


def _reasons(stored: Any) -> tuple[tuple[str, str], ...]:
    try:
        items = json.loads(stored) if stored else []
        return tuple((str(i["code"]), str(i.get("field") or "")) for i in items
                     if isinstance(i, dict) and i.get("code"))
    except (ValueError, TypeError):
        return ()  # a damaged row says nothing rather than stopping the list

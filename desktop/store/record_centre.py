"""What the record's screen says of the centre: the item's sync state, the centre's last word, its documents.

One read of the current version's outbox row, its `centre_reasons` row and its
documents. Before a version is first sent its documents are not listed in
`outbox_attachments` yet (they are when its seal is frozen): then every
document the registration names is still to go.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from desktop.store import centre_answers, outbox_seals
from desktop.store.centre_answers import CentreAnswer
from desktop.store.errors import NotFound
from desktop.store.outbox_table import RecordStatus, from_db_time, outbox
from desktop.store.record_listing import HELD_AT_CENTRE
from desktop.store.record_tables import registrations
from desktop.store.sync_tables import outbox_attachments


@dataclass(frozen=True)
class CentreStatus:
    record_id: uuid.UUID
    version: int
    state: RecordStatus
    attempts: int  # the item's own failures since its last fresh start
    next_attempt_at: dt.datetime | None
    last_error: str | None  # the code of the last failure (why a quarantined item was held back)
    answer: CentreAnswer | None  # the centre's last refusal or decision, with its reasons
    documents: int
    documents_at_centre: int

    @property
    def documents_pending(self) -> bool:
        """The centre holds the record but not yet all its documents: it is not complete there."""
        return self.state in HELD_AT_CENTRE and self.documents_at_centre < self.documents


def read(conn: Connection, record_id: uuid.UUID) -> CentreStatus:
    row = conn.execute(
        select(registrations.c.version, registrations.c.data, outbox.c.state, outbox.c.attempts,
               outbox.c.next_attempt_at, outbox.c.last_error)
        .join(outbox, (outbox.c.record_id == registrations.c.record_id) & (outbox.c.version == registrations.c.version))
        .where(registrations.c.record_id == str(record_id), registrations.c.is_current == 1)).first()
    if row is None:
        raise NotFound()
    total, held = conn.execute(
        select(func.count(), func.coalesce(func.sum(outbox_attachments.c.at_centre), 0))
        .where(outbox_attachments.c.record_id == str(record_id), outbox_attachments.c.version == row.version)).one()
    # Not frozen yet: the documents the registration names, none at the centre. (A record the retention period
    # emptied has no JSON left; it was frozen long before, so it has its rows unless it named no document.)
    if not total and row.data:
        total, held = len(outbox_seals.attachment_hashes(json.loads(row.data))), 0
    return CentreStatus(
        record_id, row.version, RecordStatus(row.state), row.attempts,
        from_db_time(row.next_attempt_at) if row.next_attempt_at else None, row.last_error,
        centre_answers.answer(conn, record_id, row.version), int(total), int(held))

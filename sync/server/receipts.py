"""Receipt files the centre makes for a device: its answers and decisions, tagged with the centre's key.

The answer to a forwarded bundle part carries one (that part's results), so
the forwarding device can hand it back to the field device without being able
to forge or read more into it; `luring central receipt` makes one with every
version the centre holds from the device.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import Outcome
from sync.receipt import write_receipt
from sync.server import intake
from sync.server.intake import ItemOutcome
from sync.server.models import Decision, Device, Record

if TYPE_CHECKING:
    from sync.server.central import Central


def receipt_for(session: Session, central: Central, device_id: str,
                judged: list[tuple[ItemOutcome, str]] | None = None) -> bytes:
    """A receipt for `device_id`: `judged` (each outcome with the SHA-256 of the sealed bytes it is about), or
    (None) every version held from it; and all its decisions."""
    device = session.get(Device, device_id)
    if device is None:
        raise LookupError("no such device")
    if judged is None:
        judged = _held(session, device_id)
    decisions = session.scalars(select(Decision).where(Decision.device_id == device_id).order_by(Decision.id)).all()
    body = {
        "receipt_id": str(uuid.uuid4()),
        "issued": int(time.time()),
        "results": [{**o.to_json(), "sealed_sha256": digest} for o, digest in judged],
        "decisions": [{"cursor": str(d.id), "record_id": d.record_id, "version": d.version, "decision": d.decision,
                       "reason": d.reason, "decided_at": d.decided_at.replace(tzinfo=dt.UTC).isoformat()}
                      for d in decisions],
        "next_cursor": str(decisions[-1].id) if decisions else "0",
        "more": False,
    }
    return write_receipt(central.keys.centre, device_id, device.public_key, body)


def _held(session: Session, device_id: str) -> list[tuple[ItemOutcome, str]]:
    rows = session.scalars(select(Record).where(Record.device_id == device_id).order_by(Record.id)).all()
    have = intake.held_attachments(session, device_id, (h for row in rows for h in intake.declared_attachments(row)))
    return [(ItemOutcome(row.record_id, row.version, Outcome.ALREADY_HAVE,
                         missing_attachments=[h for h in intake.declared_attachments(row) if h not in have]),
             row.payload_sha256) for row in rows]

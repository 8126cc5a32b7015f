"""Child process for the crash test: writes to the store until it is killed.

    python -m tests.store.crash_writer DB_PATH FIRST_NUMBER   (32-byte key on stdin, from a pipe)

The key comes through an inherited pipe, never argv or the environment. The
database must hold an audit key: every save and correction appends to the
real audit chain, as a session's do. After
each write *returns* (committed), one line goes to stdout and is flushed:
    saved <record_id> <n>        a new registration
    corrected <record_id> <n>    an in-place correction (name becomes "Koreksi <n>")
    versioned <record_id> <n>    accepted by the "centre", then corrected into version 2
    claimed <record_id> <n>      sealed, the seal frozen and the item marked sending (one line per item)
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
import uuid
from pathlib import Path

from PIL import Image

from desktop.domain.registration import AttachmentKind
from desktop.store import audit
from desktop.store.attachments import AttachmentStore
from desktop.store.database import open_engine
from desktop.store.drafts import DraftStore
from desktop.store.outbox import OutboxStore
from desktop.store.records import RecordStore
from tests.store.record_helpers import make_reg, spelled, with_identity
from tests.support import REFERENCE

FAR_FUTURE = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)  # every ready item is due


def small_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 120, 200)).save(out, "PNG")
    return out.getvalue()


def report(action: str, record_id: uuid.UUID, n: int) -> None:
    # One write(2) per line: a pipe write this small is atomic, so a kill never leaves half a line
    # (print() makes one write per argument when PYTHONUNBUFFERED is set).
    os.write(1, f"{action} {record_id} {n}\n".encode())


def main() -> None:
    key = sys.stdin.buffer.read(32)
    path, first = Path(sys.argv[1]), int(sys.argv[2])
    engine = open_engine(path, key)
    records = RecordStore(engine, "petugas1", audit.in_transaction("petugas1"))  # the session's real audit path
    outbox = OutboxStore(engine)
    drafts = DraftStore(engine, "petugas1")
    attachments = AttachmentStore(engine, "petugas1")
    draft_id = uuid.uuid4()
    photo = small_png()
    for n in range(first, first + 100):
        reg = make_reg(n)
        drafts.save(draft_id, {"identity": {"full_name": reg.identity.full_name}}, n % 7)
        records.save_registration(reg, ready=n % 4 != 0, reference=REFERENCE)
        report("saved", reg.record_id, n)
        if n % 3 == 0:
            records.correct_registration(with_identity(reg, full_name=f"Koreksi {spelled(n)}"), reference=REFERENCE)
            report("corrected", reg.record_id, n)
        elif n % 5 == 1 and n % 4 != 0:
            outbox.mark_sending(reg.record_id, 1)
            outbox.mark_result(reg.record_id, 1, "accepted")
            records.correct_registration(with_identity(reg, full_name=f"Versi {spelled(n)}"), reference=REFERENCE)
            report("versioned", reg.record_id, n)
        if n % 6 == 0:
            attachments.add(AttachmentKind.KTP, photo)
        if n % 7 == 3:  # what the engine does before a request goes out
            for item in outbox.claim_batch(50, FAR_FUTURE, lambda _item: os.urandom(96)):
                report("claimed", item.record_id, n)
    drafts.delete(draft_id)


if __name__ == "__main__":
    main()

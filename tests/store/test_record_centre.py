"""What the record's screen and the list say of the centre: documents still missing, a held-back item, a retry."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from PIL import Image
from sqlalchemy import Engine

from desktop.domain.registration import AttachmentKind
from desktop.store.attachments import AttachmentStore
from desktop.store.outbox import OutboxStore
from desktop.store.outbox_table import RecordStatus
from desktop.store.records import RecordQuery, RecordStore
from sync.outbox import ItemVerdict, Reason
from tests.store.record_helpers import AuditLog, make_reg
from tests.support import REFERENCE

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
SEAL = b"\x07" * 64


def photo(shade: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (shade, 20, 30)).save(out, "JPEG")
    return out.getvalue()


def test_a_held_record_is_pending_until_the_centre_has_every_document(engine: Engine, records: RecordStore) -> None:
    files = AttachmentStore(engine, officer="petugas1")
    ktp, selfie = files.add(AttachmentKind.KTP, photo(10)), files.add(AttachmentKind.SELFIE, photo(200))
    reg = dataclasses.replace(make_reg(1), attachments=(ktp, selfie))
    records.save_registration(reg, reference=REFERENCE)
    other = make_reg(2)
    records.save_registration(other, reference=REFERENCE)
    box = OutboxStore(engine)
    before = box.centre_status(reg.record_id)
    assert (before.state, before.documents, before.documents_at_centre) == (RecordStatus.READY, 2, 0)
    assert not before.documents_pending  # not at the centre at all yet: nothing is "pending" there

    box.claim_batch(10, NOW, lambda _item: SEAL)
    box.record_verdicts([ItemVerdict(reg.record_id, 1, held=True, missing_attachments=(selfie.sha256,)),
                         ItemVerdict(other.record_id, 1, held=True)], NOW)
    status = box.centre_status(reg.record_id)
    assert (status.state, status.documents, status.documents_at_centre) == (RecordStatus.ACCEPTED, 2, 1)
    assert status.documents_pending
    listed = {s.record_id: s for s in records.list_records(RecordQuery(), 0, 10)}
    assert listed[reg.record_id].documents_pending and listed[reg.record_id].documents_missing == 1
    assert not listed[other.record_id].documents_pending
    pending = RecordQuery(documents_pending=True)
    assert records.count_records(pending) == 1
    assert [s.record_id for s in records.list_records(pending, 0, 10)] == [reg.record_id]
    assert records.count_records(RecordQuery(status=RecordStatus.ACCEPTED)) == 2  # still accepted, both
    assert records.count_records(RecordQuery(text="Nomor", documents_pending=True)) == 1

    box.attachment_held(selfie.sha256)  # the upload finished
    assert not box.centre_status(reg.record_id).documents_pending
    assert records.count_records(pending) == 0
    assert not records.list_records(RecordQuery(), 0, 10)[0].documents_pending


def test_a_held_back_record_says_why_and_a_retry_is_audited_with_it(engine: Engine, records: RecordStore) -> None:
    reg = make_reg(3)
    records.save_registration(reg, reference=REFERENCE)
    box = OutboxStore(engine, max_attempts=2)
    now = NOW
    for _ in range(2):
        box.claim_batch(10, now, lambda _item: SEAL)
        box.record_verdicts([ItemVerdict(reg.record_id, 1, held=False, refusal="seal_invalid",
                                         reasons=(Reason("seal_invalid"),))], now)
        now += dt.timedelta(days=1)
    status = box.centre_status(reg.record_id)
    assert (status.state, status.attempts, status.last_error) == (RecordStatus.QUARANTINED, 2, "seal_invalid")
    assert status.answer is not None and status.answer.reasons == (("seal_invalid", ""),)

    audit = AuditLog()
    box.retry(reg.record_id, 1, audit=audit)
    assert audit.events == [("record_requeued", {"record": str(reg.record_id), "version": 1, "status": "ready"})]
    again = box.centre_status(reg.record_id)
    assert (again.state, again.attempts, again.last_error) == (RecordStatus.READY, 0, None)
    assert [i.record_id for i in box.claim_batch(10, now, lambda _item: SEAL)] == [reg.record_id]

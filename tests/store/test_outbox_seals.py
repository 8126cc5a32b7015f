"""Frozen seals: a version is sealed once and the same bytes go out on every retry, even after a crash."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Engine

from desktop.domain.registration import AttachmentKind
from desktop.store.attachments import AttachmentStore
from desktop.store.database import open_engine
from desktop.store.errors import NotFound
from desktop.store.outbox import OutboxItem, OutboxStore
from desktop.store.outbox_seals import SealRefused
from desktop.store.outbox_table import RecordStatus
from desktop.store.records import RecordStore
from sync import sealing
from sync.outbox import ItemVerdict
from tests.store.record_helpers import make_reg, with_identity
from tests.support import REFERENCE

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
DEVICE = "d" * 32
CENTRE = sealing.generate_centre_key()


class CountingSealer:
    """The real HPKE seal to a centre key, counting how often it is asked."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, item: OutboxItem) -> bytes:
        self.calls += 1
        return sealing.seal_record(sealing.public_key_bytes(CENTRE), json.loads(item.payload_json),
                                   str(item.record_id), item.version, DEVICE)


def test_a_retry_after_a_lost_reply_and_a_crash_sends_byte_identical_bytes(tmp_path: Path, key: bytes,
                                                                           engine: Engine,
                                                                           records: RecordStore) -> None:
    reg = make_reg(1)
    records.save_registration(reg, reference=REFERENCE)
    sealer = CountingSealer()
    [first] = OutboxStore(engine).claim_batch(10, NOW, sealer)
    assert first.sealed_sha256 == hashlib.sha256(first.sealed).hexdigest()
    opened = sealing.open_record(CENTRE, first.sealed, str(reg.record_id), 1, DEVICE)
    assert json.loads(opened) == reg.to_dict()  # what was frozen is the record as saved

    engine.dispose()  # the process dies with the item `sending` and no answer
    reopened = open_engine(tmp_path / "luring.db", key)
    box = OutboxStore(reopened)
    assert box.entry(reg.record_id, 1).state is RecordStatus.SENDING
    assert box.requeue_interrupted() == 1
    [again] = box.claim_batch(10, NOW, sealer)
    assert (again.sealed, again.sealed_sha256) == (first.sealed, first.sealed_sha256)
    assert sealer.calls == 1  # sealed once: HPKE would give other bytes every time

    box.transport_failed([(reg.record_id, 1)], "network", NOW)  # a lost reply without a crash
    [third] = box.claim_batch(10, NOW + dt.timedelta(hours=1), sealer)
    assert third.sealed == first.sealed and sealer.calls == 1
    assert box.entry(reg.record_id, 1).attempts == 0


def test_freeze_once_same_bytes_again_is_nothing_other_bytes_are_refused(engine: Engine,
                                                                           records: RecordStore) -> None:
    reg = make_reg(1)
    records.save_registration(reg, reference=REFERENCE)
    box = OutboxStore(engine)
    [item] = box.next_batch(1, NOW)
    sealed = CountingSealer()(item)
    box.freeze(reg.record_id, 1, sealed, hashlib.sha256(sealed).hexdigest())
    box.freeze(reg.record_id, 1, sealed, hashlib.sha256(sealed).hexdigest())  # no-op
    other = CountingSealer()(item)
    with pytest.raises(SealRefused) as refused:
        box.freeze(reg.record_id, 1, other, hashlib.sha256(other).hexdigest())
    assert refused.value.reason == "already_frozen"
    assert refused.value.message.text("id") and refused.value.message.text("en")
    frozen = box.frozen_seal(reg.record_id, 1)
    assert frozen is not None and frozen.sealed == sealed
    [claimed] = box.claim_batch(1, NOW, lambda _item: pytest.fail("a frozen version is not sealed again"))
    assert claimed.sealed == sealed


@pytest.mark.parametrize(
    ("sealed", "digest", "reason"),
    [
        (b"", None, "wrong_length"),
        (b"\x01" * 47, None, "wrong_length"),  # shorter than an HPKE key and tag
        (b"\x01" * (256 * 1024 + 1), None, "wrong_length"),
        ("text, not bytes", "0" * 64, "not_bytes"),
        (b"\x01" * 64, "ABC", "bad_hash"),
        (b"\x01" * 64, "A" * 64, "bad_hash"),  # upper case is not the form the centre compares
        (b"\x01" * 64, hashlib.sha256(b"other").hexdigest(), "hash_mismatch"),
    ],
)
def test_hostile_seals_are_refused_and_nothing_is_frozen(engine: Engine, records: RecordStore, sealed: object,
                                                         digest: str | None, reason: str) -> None:
    reg = make_reg(1)
    records.save_registration(reg, reference=REFERENCE)
    box = OutboxStore(engine)
    if digest is None:
        digest = hashlib.sha256(sealed).hexdigest() if isinstance(sealed, bytes) else ""
    with pytest.raises(SealRefused) as refused:
        box.freeze(reg.record_id, 1, sealed, digest)  # type: ignore[arg-type]
    assert refused.value.reason == reason
    assert box.frozen_seal(reg.record_id, 1) is None


def test_a_sealer_that_returns_no_bytes_claims_nothing(engine: Engine, records: RecordStore) -> None:
    records.save_registration(make_reg(1), reference=REFERENCE)
    box = OutboxStore(engine)
    with pytest.raises(SealRefused):
        box.claim_batch(1, NOW, lambda _item: "not bytes")  # type: ignore[arg-type,return-value]
    assert box.counts()["sending"] == 0 and box.counts()["ready"] == 1


def test_unknown_versions_and_drafts_are_not_frozen(engine: Engine, records: RecordStore) -> None:
    box = OutboxStore(engine)
    sealed = b"\x02" * 64
    with pytest.raises(NotFound):
        box.freeze(make_reg(1).record_id, 1, sealed, hashlib.sha256(sealed).hexdigest())
    draft = make_reg(2)
    records.save_registration(draft, ready=False, reference=REFERENCE)
    with pytest.raises(SealRefused) as refused:
        box.freeze(draft.record_id, 1, sealed, hashlib.sha256(sealed).hexdigest())
    assert refused.value.reason == "draft"


def test_a_correction_after_a_refusal_is_sealed_afresh_in_place(engine: Engine, records: RecordStore) -> None:
    reg = make_reg(1)
    records.save_registration(reg, reference=REFERENCE)
    box = OutboxStore(engine)
    sealer = CountingSealer()
    [first] = box.claim_batch(1, NOW, sealer)
    box.record_verdicts([ItemVerdict(reg.record_id, 1, held=False, refusal="validation")], NOW)
    summary = records.correct_registration(with_identity(reg, full_name="Nama Diperbaiki"), reference=REFERENCE)
    assert summary.version == 1  # the centre keeps nothing it refused: the same version, new contents
    assert box.frozen_seal(reg.record_id, 1) is None
    [second] = box.claim_batch(1, NOW + dt.timedelta(days=1), sealer)
    assert second.sealed != first.sealed and sealer.calls == 2
    opened = json.loads(sealing.open_record(CENTRE, second.sealed, str(reg.record_id), 1, DEVICE))
    assert opened["identity"]["full_name"] == "Nama Diperbaiki"


def test_a_correction_while_the_centre_may_hold_the_bytes_is_a_new_version(engine: Engine,
                                                                         records: RecordStore) -> None:
    reg = make_reg(1)
    records.save_registration(reg, reference=REFERENCE)
    box = OutboxStore(engine)
    sealer = CountingSealer()
    [first] = box.claim_batch(1, NOW, sealer)
    box.transport_failed([(reg.record_id, 1)], "network", NOW)  # sent; whether it arrived is unknown
    summary = records.correct_registration(with_identity(reg, full_name="Nama Diperbaiki"), reference=REFERENCE)
    assert summary.version == 2
    items = box.claim_batch(10, NOW + dt.timedelta(hours=1), sealer)
    assert [(i.version, i.replaces_version) for i in items] == [(1, None), (2, 1)]
    assert items[0].sealed == first.sealed  # the old version still goes out as it was, then is replaced


def test_documents_are_frozen_with_the_version_and_tracked_until_the_centre_holds_them(
        engine: Engine, records: RecordStore) -> None:
    image = io.BytesIO()
    Image.new("RGB", (120, 80), (200, 30, 30)).save(image, "JPEG")
    photos = AttachmentStore(engine, "petugas1")
    ktp = photos.add(AttachmentKind.KTP, image.getvalue())
    reg = dataclasses.replace(make_reg(1), attachments=(ktp,))
    records.save_registration(reg, reference=REFERENCE)
    box = OutboxStore(engine)
    [item] = box.claim_batch(1, NOW, CountingSealer())
    assert item.attachments == (ktp.sha256,)
    assert box.attachments_to_upload(10) == [ktp.sha256]
    assert box.attachment_bytes(ktp.sha256) == photos.read(ktp.sha256)
    box.record_verdicts([ItemVerdict(reg.record_id, 1, held=True, missing_attachments=(ktp.sha256,))], NOW)
    assert box.entry(reg.record_id, 1).state is RecordStatus.ACCEPTED
    assert box.missing_attachments(reg.record_id, 1) == (ktp.sha256,)
    box.attachment_held(ktp.sha256)
    assert box.missing_attachments(reg.record_id, 1) == () and box.attachments_to_upload(10) == []
    for hostile in ("../etc/passwd", "A" * 64, ""):
        with pytest.raises(NotFound):
            box.attachment_bytes(hostile)
        with pytest.raises(NotFound):
            box.attachment_held(hostile)

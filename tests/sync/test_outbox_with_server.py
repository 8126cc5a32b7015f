"""The device's outbox against the real reference server: frozen bytes resent after a lost reply and a crash are
already held, not a conflict (a fresh seal of the same version would be one), decisions come back once, and the
documents and the audit checkpoint the centre holds are tracked."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import os
import uuid
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.registration import AttachmentKind
from desktop.operations.sync_ports import sync_ports
from desktop.store.database import open_engine
from desktop.store.device import Device, OfficeInfo
from desktop.store.outbox import OutboxItem, OutboxStore, SealedOutboxItem
from desktop.store.outbox_table import RecordStatus
from desktop.store.records import RecordStore
from sync import sealing
from sync.client import CentralClient, CentralUnavailable, ItemResult
from sync.outbox import CentreDecision, ItemVerdict, Reason
from sync.protocol import Outcome, SealedItem
from sync.server.central import issue_enrolment_code, open_central
from sync.server.cli import main as central_cli
from sync.server.config import Settings
from sync.server.subprocess_server import ServerProcess
from sync.signing import DeviceKey, SequenceCounter
from tests.store.record_helpers import AuditLog, new_engine
from tests.support import CHEAP_KDF, REFERENCE
from tests.sync.records import new_registration


def enrolled_client(url: str, central_dir: Path) -> tuple[CentralClient, bytes]:
    central = open_central(Settings.for_folder(central_dir))
    code = issue_enrolment_code(central.sessions, "32.01")
    central.sessions.kw["bind"].dispose()
    client = CentralClient(url, DeviceKey.generate(), next_seq=SequenceCounter(), timeout=10)
    return client, client.enrol(code).central_public_key


def wire(item: SealedOutboxItem) -> SealedItem:
    return SealedItem(str(item.record_id), item.version, item.sealed, item.replaces_version)


def verdict(result: ItemResult) -> ItemVerdict:
    held = result.outcome in (Outcome.ACCEPTED, Outcome.ALREADY_HAVE)
    reasons = tuple(Reason(r.get("code", ""), r.get("field", "")) for r in result.reasons)
    refusal = "" if held else (reasons[0].code if reasons else result.outcome.value)
    return ItemVerdict(uuid.UUID(result.record_id), result.version, held, refusal=refusal, reasons=reasons,
                       missing_attachments=tuple(result.missing_attachments))


@pytest.mark.slow
def test_frozen_bytes_after_a_lost_reply_and_a_crash_are_already_held(tmp_path: Path) -> None:
    central_dir, db = tmp_path / "central", tmp_path / "device" / "luring.db"
    db.parent.mkdir()
    key = os.urandom(32)
    engine = new_engine(db, key)
    reg = new_registration()
    RecordStore(engine, "petugas1", AuditLog()).save_registration(reg, reference=REFERENCE)
    now = dt.datetime.now(dt.UTC)
    with ServerProcess(central_dir) as server:
        client, centre_key = enrolled_client(server.url, central_dir)
    assert client.device_id is not None
    seals: list[bytes] = []

    def seal(item: OutboxItem) -> bytes:
        seals.append(sealing.seal_record(centre_key, json.loads(item.payload_json), str(item.record_id),
                                         item.version, str(client.device_id)))
        return seals[-1]

    with ServerProcess(central_dir, ["--fault-close", "1.0"]) as faulty:
        client.base_url = faulty.url
        [sent] = OutboxStore(engine).claim_batch(10, now, seal)
        with pytest.raises(CentralUnavailable):
            client.upload_batch([wire(sent)])  # the centre stored it; the answer never came
    engine.dispose()  # and the desk PC lost power before anything was written

    engine = open_engine(db, key)
    box = OutboxStore(engine)
    assert box.requeue_interrupted() == 1
    with ServerProcess(central_dir) as server:
        client.base_url = server.url
        [again] = box.claim_batch(10, now, seal)
        assert again.sealed == sent.sealed and len(seals) == 1
        [result] = client.upload_batch([wire(again)])
        assert result.outcome is Outcome.ALREADY_HAVE
        assert box.record_verdicts([verdict(result)], now) == ["accepted"]

        fresh = sealing.seal_record(centre_key, reg.to_dict(), str(reg.record_id), 1, client.device_id)
        [resealed] = client.upload_batch([SealedItem(str(reg.record_id), 1, fresh)])
        assert resealed.outcome is Outcome.CONFLICT  # what a retry without a frozen seal would have met

        assert central_cli(["decide", "--data-dir", str(central_dir), "--record", str(reg.record_id),
                            "--reject", "ineligible"]) == 0
        page = client.pull_decisions(box.decision_cursor())
        decisions = [CentreDecision.from_answer(decision) for decision in page.decisions]
        report = box.apply_decisions(decisions, page.next_cursor)
        assert (report.applied, report.unknown) == (1, ())
        assert box.entry(reg.record_id, 1).state is RecordStatus.REJECTED
        answer = box.answer(reg.record_id, 1)
        assert answer is not None and answer.reasons == (("ineligible", ""),)
        assert client.pull_decisions(box.decision_cursor()).decisions == []  # the cursor moved on, kept
    client.close()
    engine.dispose()


@pytest.mark.slow
def test_documents_and_the_audit_checkpoint_through_a_real_session(tmp_path: Path) -> None:
    central_dir = tmp_path / "central"
    session, _ = Device.set_up(tmp_path / "device", OfficeInfo("Disnaker Kota Cimahi", "3277", "32.77"), "sari",
                               "Sari", "sari password", kdf=CHEAP_KDF)
    image = io.BytesIO()
    Image.new("RGB", (160, 100), (20, 90, 160)).save(image, "JPEG")
    ktp = session.attachments.add(AttachmentKind.KTP, image.getvalue())
    reg = dataclasses.replace(new_registration(), attachments=(ktp,))
    session.records.save_registration(reg, reference=REFERENCE)
    ports = sync_ports(session)
    now = dt.datetime.now(dt.UTC)
    with ServerProcess(central_dir) as server:
        client, centre_key = enrolled_client(server.url, central_dir)
        device_id = str(client.device_id)
        [item] = ports.outbox.claim_batch(10, now, lambda i: sealing.seal_record(
            centre_key, json.loads(i.payload_json), str(i.record_id), i.version, device_id))
        assert item.attachments == (ktp.sha256,)
        [result] = client.upload_batch([SealedItem(str(item.record_id), item.version, item.sealed)])
        assert (result.outcome, result.missing_attachments) == (Outcome.ACCEPTED, [ktp.sha256])
        assert ports.outbox.record_verdicts([verdict(result)], now) == ["accepted"]
        assert session.outbox.missing_attachments(reg.record_id, 1) == (ktp.sha256,)

        for sha256 in ports.outbox.attachments_to_upload(10):
            _, sealed = sealing.seal_attachment(centre_key, ports.outbox.attachment_bytes(sha256), device_id)
            client.upload_attachment(sha256, sealed)
            ports.outbox.attachment_held(sha256)
        assert session.outbox.missing_attachments(reg.record_id, 1) == ()
        status = client.record_status(str(reg.record_id))
        assert status.versions[0].complete is True  # the centre agrees: the record is whole there

        head, last = ports.checkpoints.audit_head(), ports.checkpoints.witnessed()
        answer = client.post_checkpoint(head.position, head.head, last.position, "")
        ports.checkpoints.record_witnessed(answer.position, answer.head, now)
        assert session.checkpoints.witnessed() == head
        session.audit.record("sync")
        later = ports.checkpoints.audit_head()
        answer = client.post_checkpoint(later.position, later.head, head.position, head.head)
        assert answer.outcome is Outcome.ACCEPTED
        ports.checkpoints.record_witnessed(answer.position, answer.head, now)
        assert session.checkpoints.witnessed() == later
    client.close()
    session.close()

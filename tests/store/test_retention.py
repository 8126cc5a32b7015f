"""Retention: what goes when, what stays (the skeleton), and that every purge is in the audit log."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.registration import AttachmentKind, Registration
from desktop.store.attachments import AttachmentStore
from desktop.store.device import Device
from desktop.store.drafts import DraftStore
from desktop.store.errors import NotFound
from desktop.store.outbox_table import RecordStatus
from desktop.store.records import PersonalDataRemoved, RecordQuery
from desktop.store.session import Session
from sync.outbox import CentreDecision, ItemVerdict
from sync.protocol import Decision
from tests.store.record_helpers import make_reg, with_identity
from tests.store.test_migrations import make_device
from tests.support import REFERENCE

POLICY = REFERENCE.retention  # 90 days for verified records, 30 for drafts
DAY = dt.timedelta(days=1)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened = Device.open(make_device(tmp_path)).login("sari", "sari password")
    yield opened
    opened.close()


def photo(n: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (n * 7 % 256, n * 13 % 256, 90)).save(out, "PNG")
    return out.getvalue()


def saved(session: Session, n: int, *, ready: bool = True) -> Registration:
    ref = session.attachments.add(AttachmentKind.KTP, photo(n))
    reg = dataclasses.replace(make_reg(n), attachments=(ref,))
    session.records.save_registration(reg, ready=ready, reference=REFERENCE)
    return reg


def sent(session: Session, *regs: Registration, documents_held: bool = True) -> None:
    """Claimed, sealed and held by the centre, with or without their documents."""
    session.outbox.claim_batch(100, dt.datetime.now(dt.UTC), lambda _item: os.urandom(96))
    session.outbox.record_verdicts([ItemVerdict(reg.record_id, 1, held=True, missing_attachments=(
        () if documents_held else tuple(a.sha256 for a in reg.attachments))) for reg in regs],
        dt.datetime.now(dt.UTC))


def decided(session: Session, decision: Decision, *regs: Registration) -> None:
    session.outbox.apply_decisions([CentreDecision(reg.record_id, 1, decision) for reg in regs],
                                   str(uuid.uuid4().int % 10**6))


def sha(reg: Registration) -> str:
    return reg.attachments[0].sha256


def photo_kept(session: Session, reg: Registration) -> bool:
    try:
        session.attachments.read(sha(reg))
    except NotFound:
        return False
    return True


def retention_entries(session: Session) -> list[tuple[str, dict[str, str | int]]]:
    return [(e.event, e.details) for e in reversed(session.audit.entries()) if e.event.startswith("retention_")]


def test_a_verified_record_keeps_its_personal_data_until_the_period_is_over(session: Session) -> None:
    reg = saved(session, 1)
    sent(session, reg)
    decided(session, Decision.VERIFIED, reg)
    now = dt.datetime.now(dt.UTC)
    session.retention.purge(POLICY, now=now + 89 * DAY)
    assert session.records.get_registration(reg.record_id).identity.nik == reg.identity.nik

    report = session.retention.purge(POLICY, now=now + 91 * DAY)
    assert (report.records, report.seals) == (1, 0)  # the seal went at the first purge: the centre held it
    with pytest.raises(PersonalDataRemoved) as caught:
        session.records.get_registration(reg.record_id)
    assert caught.value.message.text("id").startswith("Data pribadi pendaftaran ini sudah dihapus")
    skeleton = session.records.list_records(RecordQuery(), 0, 10)[0]
    assert (skeleton.record_id, skeleton.version, skeleton.status, skeleton.officer, skeleton.village_code) == (
        reg.record_id, 1, RecordStatus.VERIFIED, "sari", reg.address.village_code)
    assert skeleton.personal_data_removed and (skeleton.nik_masked, skeleton.full_name, skeleton.phone) == ("", "", "")
    assert session.outbox.answer(reg.record_id, 1) is not None  # the centre's decision stays
    assert session.records.find_by_nik(reg.identity.nik) is None
    assert session.records.count_records(RecordQuery(text=reg.identity.full_name[:12])) == 0
    assert session.records.count_records(RecordQuery(text=reg.contact.phone)) == 0
    with pytest.raises(PersonalDataRemoved):  # nothing left to correct: the centre has the record
        session.records.correct_registration(reg, reference=REFERENCE)
    assert session.retention.purge(POLICY, now=now + 92 * DAY).removed_anything is False


def test_a_purged_record_without_documents_still_tells_what_the_centre_said(session: Session) -> None:
    reg = make_reg(5)
    session.records.save_registration(reg, reference=REFERENCE)
    sent(session, reg)
    decided(session, Decision.VERIFIED, reg)
    assert session.retention.purge(POLICY, now=dt.datetime.now(dt.UTC) + 91 * DAY).records == 1
    status = session.outbox.centre_status(reg.record_id)
    assert (status.state, status.documents, status.answer is not None) == (RecordStatus.VERIFIED, 0, True)


def test_only_verified_records_lose_their_personal_data(session: Session) -> None:
    waiting, accepted, rejected, to_fix = (saved(session, n) for n in (1, 2, 3, 4))
    sent(session, accepted, rejected, to_fix)
    decided(session, Decision.REJECTED, rejected)
    decided(session, Decision.NEEDS_CORRECTION, to_fix)
    report = session.retention.purge(POLICY, now=dt.datetime.now(dt.UTC) + 400 * DAY)
    assert report.records == 0
    for reg in (waiting, accepted, rejected, to_fix):
        assert session.records.get_registration(reg.record_id).identity.full_name == reg.identity.full_name


def test_a_verified_record_whose_documents_the_centre_lacks_keeps_them_and_its_data(session: Session) -> None:
    reg = saved(session, 1)
    sent(session, reg, documents_held=False)
    decided(session, Decision.VERIFIED, reg)
    report = session.retention.purge(POLICY, now=dt.datetime.now(dt.UTC) + 400 * DAY)
    assert (report.records, report.documents) == (0, 0)
    assert photo_kept(session, reg) and session.outbox.attachment_bytes(sha(reg))


def test_photos_go_as_soon_as_the_centre_holds_them(session: Session) -> None:
    held, missing, not_sent = saved(session, 1), saved(session, 2), saved(session, 3)
    session.outbox.claim_batch(100, dt.datetime.now(dt.UTC), lambda _item: os.urandom(96))
    session.outbox.record_verdicts([ItemVerdict(held.record_id, 1, held=True),
                                    ItemVerdict(missing.record_id, 1, held=True, missing_attachments=(sha(missing),))],
                                   dt.datetime.now(dt.UTC))
    session.outbox.requeue_interrupted()  # not_sent went out with the batch: back to ready, unanswered
    report = session.retention.purge(POLICY)
    assert (report.records, report.documents, report.seals) == (0, 1, 2)
    assert not photo_kept(session, held)
    assert photo_kept(session, missing) and photo_kept(session, not_sent)
    assert session.records.get_registration(held.record_id).identity.nik == held.identity.nik  # data stays
    assert session.outbox.frozen_seal(held.record_id, 1) is None
    assert session.outbox.frozen_seal(not_sent.record_id, 1) is not None  # it may still be sent again

    session.outbox.attachment_held(sha(missing))  # uploaded at the next sync
    assert session.retention.purge(POLICY).documents == 1
    assert not photo_kept(session, missing)


def test_a_photo_the_centre_holds_stays_while_a_record_waiting_to_be_sent_names_it(session: Session) -> None:
    first = saved(session, 1)
    sent(session, first)
    again = dataclasses.replace(make_reg(2), attachments=first.attachments)  # the same KTP scan, another record
    session.records.save_registration(again, reference=REFERENCE)
    assert session.retention.purge(POLICY).documents == 0
    assert photo_kept(session, first)


def test_a_correction_after_the_photos_went_names_them_and_needs_no_upload(session: Session) -> None:
    reg = saved(session, 1)
    sent(session, reg)
    decided(session, Decision.NEEDS_CORRECTION, reg)
    session.retention.purge(POLICY)
    assert photo_kept(session, reg)  # the officer corrects it with the photos it has
    session.records.correct_registration(with_identity(reg, full_name="Pendaftar Dikoreksi"), reference=REFERENCE)
    decided(session, Decision.VERIFIED, reg)  # the old version, decided late: held, superseded
    assert session.retention.purge(POLICY).documents == 0  # the new version, not yet sent, still names it

    accepted = saved(session, 2)
    sent(session, accepted)
    session.retention.purge(POLICY)
    assert not photo_kept(session, accepted)
    decided(session, Decision.NEEDS_CORRECTION, accepted)
    corrected = session.records.correct_registration(with_identity(accepted, full_name="Pendaftar Diperbaiki"),
                                                     reference=REFERENCE)
    assert corrected.version == 2
    session.outbox.claim_batch(100, dt.datetime.now(dt.UTC), lambda _item: os.urandom(96))
    assert session.outbox.missing_attachments(accepted.record_id, 2) == ()  # the centre has the scan already
    assert sha(accepted) not in session.outbox.attachments_to_upload(10)  # nothing asks for the deleted scan


def test_abandoned_drafts_and_the_photos_nothing_names_go_after_their_period(session: Session) -> None:
    now = dt.datetime.now(dt.UTC)
    old = DraftStore(session.engine, "sari", clock=lambda: now - 31 * DAY)
    recent = DraftStore(session.engine, "sari", clock=lambda: now - 29 * DAY)
    stale_photo = AttachmentStore(session.engine, "sari", clock=lambda: now - 31 * DAY).add(AttachmentKind.KTP,
                                                                                           photo(1))
    draft_photo = AttachmentStore(session.engine, "sari", clock=lambda: now - 31 * DAY).add(AttachmentKind.SELFIE,
                                                                                           photo(2))
    fresh_photo = session.attachments.add(AttachmentKind.KTP, photo(3))  # a wizard open right now
    abandoned, kept = uuid.uuid4(), uuid.uuid4()
    old.save(abandoned, {"identity.nik": "3201014101700001"}, 2)
    recent.save(kept, {"documents.selfie": {"sha256": draft_photo.sha256}}, 3)
    ready = saved(session, 4)  # its photo is named by a record, however old

    report = session.retention.purge(POLICY, now=now)
    assert (report.drafts, report.documents, report.records) == (1, 1, 0)
    assert [d.draft_id for d in session.drafts.all()] == [kept]
    with pytest.raises(NotFound):
        session.attachments.read(stale_photo.sha256)
    for still in (draft_photo.sha256, fresh_photo.sha256, sha(ready)):
        assert session.attachments.read(still)


def test_every_purge_step_is_audited_with_counts_only(session: Session) -> None:
    regs = [saved(session, n) for n in (1, 2)]
    sent(session, *regs)
    decided(session, Decision.VERIFIED, *regs)
    DraftStore(session.engine, "sari", clock=lambda: dt.datetime.now(dt.UTC) - 40 * DAY).save(uuid.uuid4(), {}, 1)
    report = session.retention.purge(POLICY, now=dt.datetime.now(dt.UTC) + 100 * DAY)
    assert (report.records, report.seals, report.documents, report.drafts) == (2, 2, 2, 1)
    assert retention_entries(session) == [
        ("retention_records_purged", {"policy": "2025.1", "records": 2}),
        ("retention_seals_dropped", {"policy": "2025.1", "seals": 2}),
        ("retention_documents_purged", {"policy": "2025.1", "documents": 2}),
        ("retention_drafts_purged", {"policy": "2025.1", "drafts": 1, "documents": 0}),
    ]
    assert session.audit.verify().ok
    last = session.retention.last_purge()
    assert last is not None and (last.records, last.documents, last.policy_version) == (2, 2, "2025.1")
    session.retention.purge(POLICY, now=dt.datetime.now(dt.UTC) + 101 * DAY)  # nothing to do: no entry
    assert len(retention_entries(session)) == 4
    assert session.retention.last_purge() is not None


def test_a_purge_deletes_the_pre_migration_copies_that_still_hold_the_data(session: Session, tmp_path: Path) -> None:
    reg = saved(session, 1)
    sent(session, reg)
    copy = tmp_path / "data" / "luring.db.bak-v6"
    copy.write_bytes(b"a copy made before a migration")
    assert session.retention.purge(POLICY).documents == 1
    assert not copy.exists()


def test_the_seal_of_a_record_refused_whole_stays_until_it_is_corrected(session: Session) -> None:
    reg = saved(session, 6)
    session.outbox.claim_batch(100, dt.datetime.now(dt.UTC), lambda _item: os.urandom(96))
    session.outbox.record_verdicts([ItemVerdict(reg.record_id, 1, held=False, final=True, refusal="ineligible")],
                                   dt.datetime.now(dt.UTC))
    assert session.outbox.entry(reg.record_id, 1).state is RecordStatus.REJECTED
    report = session.retention.purge(POLICY, now=dt.datetime.now(dt.UTC) + 400 * DAY)
    assert (report.seals, report.documents, report.records) == (0, 0, 0)  # the centre keeps none of it
    assert session.outbox.frozen_seal(reg.record_id, 1) is not None and photo_kept(session, reg)

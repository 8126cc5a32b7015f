"""The session hands registrations, drafts and attachments to the records area, across re-keys."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.registration import AttachmentKind
from desktop.store.device import Device, OfficeInfo, Role
from desktop.store.errors import DuplicateNik, SessionClosed
from desktop.store.records import RecordQuery
from tests.store.record_helpers import make_reg
from tests.support import CHEAP_KDF, REFERENCE

OFFICE = OfficeInfo("Disnaker Kabupaten Bandung", "3204", "32.04")


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 40)).save(out, "JPEG")
    return out.getvalue()


def test_records_drafts_and_attachments_through_the_session(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    supervisor, _ = Device.set_up(data_dir, OFFICE, "sari", "Sari", "sari password", kdf=CHEAP_KDF)
    supervisor.accounts.add("budi", "Budi", Role.OFFICER, "budi password")
    supervisor.accounts.add("wati", "Wati", Role.OFFICER, "wati password")
    supervisor.close()

    officer = Device.open(data_dir).login("budi", "budi password")
    reg = make_reg(7)
    summary = officer.records.save_registration(reg, reference=REFERENCE)
    assert summary.officer == "budi" and summary.nik_masked != reg.identity.nik
    with pytest.raises(DuplicateNik):
        officer.records.save_registration(make_reg(7), reference=REFERENCE)
    draft_id = uuid.uuid4()
    officer.drafts.save(draft_id, {"step": "identity", "note": "half done"}, 2)
    ref = officer.attachments.add(AttachmentKind.KTP, jpeg())
    assert officer.records.outbox_counts()
    officer.close()
    with pytest.raises(SessionClosed):
        officer.records.count_records(RecordQuery())

    supervisor = Device.open(data_dir).login("sari", "sari password")
    saved = [e for e in supervisor.audit.entries() if e.event == "registration_saved"]
    assert [e.officer for e in saved] == ["budi"]
    supervisor.accounts.remove("wati")  # re-keys: the session's stores must follow the new engine
    assert supervisor.records.count_records(RecordQuery()) == 1
    assert supervisor.records.get_registration(reg.record_id) == officer_view(data_dir, reg.record_id)
    assert supervisor.audit.verify().ok
    supervisor.close()

    again = Device.open(data_dir).login("budi", "budi password")
    assert again.drafts.load(draft_id)["note"] == "half done"
    assert [d.draft_id for d in again.drafts.all()] == [draft_id]
    assert again.attachments.read(ref.sha256)
    assert [s.record_id for s in again.records.list_records(RecordQuery(), 0, 10)] == [reg.record_id]
    again.close()


def officer_view(data_dir: Path, record_id: uuid.UUID) -> object:
    session = Device.open(data_dir).login("budi", "budi password")
    try:
        return session.records.get_registration(record_id)
    finally:
        session.close()


def test_a_draft_record_corrected_as_ready_leaves_draft_and_is_found_by_nik(tmp_path: Path) -> None:
    session, _ = Device.set_up(tmp_path / "data", OFFICE, "sari", "Sari", "sari password", kdf=CHEAP_KDF)
    reg = make_reg(11)
    assert session.records.save_registration(reg, ready=False, reference=REFERENCE).status == "draft"
    # No choice given: the state is kept.
    assert session.records.correct_registration(reg, reference=REFERENCE).status == "draft"
    assert session.records.correct_registration(reg, ready=True, reference=REFERENCE).status == "ready"
    found = session.records.find_by_nik(reg.identity.nik)
    assert found is not None and found.record_id == reg.record_id
    assert session.records.find_by_nik("3201010101900009") is None
    session.close()

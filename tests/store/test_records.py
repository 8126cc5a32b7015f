"""RecordStore through its public interface, on a real SQLCipher file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
import unicodedata
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import Connection, Engine, select

from desktop.domain.messages import DomainError
from desktop.domain.registration import AttachmentKind, AttachmentRef
from desktop.store.attachments import AttachmentRejected, AttachmentStore
from desktop.store.errors import DuplicateNik, InvalidAttachment, KkLimitReached, NotFound
from desktop.store.outbox import OutboxStore
from desktop.store.outbox_table import RecordStatus, outbox
from desktop.store.record_tables import consents, registrations
from desktop.store.records import RecordBusy, RecordQuery, RecordStore
from tests.store.record_helpers import AuditLog, make_reg, new_engine, with_identity
from tests.support import REFERENCE


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_engine(tmp_path / "luring.db")


@pytest.fixture
def audit() -> AuditLog:
    return AuditLog()


@pytest.fixture
def store(engine: Engine, audit: AuditLog) -> RecordStore:
    return RecordStore(engine, "petugas1", audit)


def test_save_and_read_back(store: RecordStore, engine: Engine, audit: AuditLog) -> None:
    reg = make_reg(1)
    summary = store.save_registration(reg, reference=REFERENCE)
    assert summary.record_id == reg.record_id and summary.version == 1
    assert summary.status is RecordStatus.READY
    assert summary.nik_masked == reg.identity.nik[:4] + "********" + reg.identity.nik[-4:]
    assert summary.full_name == "Pendaftar Nomor B" and summary.officer == "petugas1"
    assert summary.created_at.tzinfo is dt.UTC
    assert store.get_registration(reg.record_id) == reg
    with engine.connect() as conn:
        row = conn.execute(select(outbox)).one()
        assert (row.state, row.attempts) == ("ready", 0)
        consent = conn.execute(select(consents)).one()
        assert (consent.consenter, consent.method, consent.recorded_by) == ("applicant", "signature", "petugas1")
    [item] = OutboxStore(engine).next_batch(5, dt.datetime.now(dt.UTC))
    assert json.loads(item.payload_json) == reg.to_dict()
    assert audit.events == [("registration_saved", {"record": str(reg.record_id), "version": 1, "status": "ready"})]
    assert reg.identity.nik not in repr(audit.events)


def test_the_audit_entry_is_part_of_the_save(engine: Engine) -> None:
    """An audit append that fails takes the registration (and its outbox row) down with it, and back."""
    def failing_audit(conn: Connection, event: str, /, **details: str | int) -> None:
        raise RuntimeError("disk full while writing the audit entry")

    store = RecordStore(engine, "petugas1", failing_audit)
    with pytest.raises(RuntimeError):
        store.save_registration(make_reg(1), reference=REFERENCE)
    assert store.count_records(RecordQuery()) == 0
    saved = make_reg(2)
    RecordStore(engine, "petugas1", AuditLog()).save_registration(saved, reference=REFERENCE)
    with pytest.raises(RuntimeError):
        store.correct_registration(with_identity(saved, full_name="Nama Diperbaiki"), reference=REFERENCE)
    assert store.get_registration(saved.record_id).identity.full_name == "Pendaftar Nomor C"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar_one() == 1


def test_draft_save(store: RecordStore) -> None:
    summary = store.save_registration(make_reg(1), ready=False, reference=REFERENCE)
    assert summary.status is RecordStatus.DRAFT
    assert store.outbox_counts()["draft"] == 1 and store.outbox_counts()["ready"] == 0


def test_duplicate_nik_refused_with_link(store: RecordStore) -> None:
    first = make_reg(1)
    store.save_registration(first, reference=REFERENCE)
    again = with_identity(make_reg(2), nik=first.identity.nik)
    with pytest.raises(DuplicateNik) as caught:
        store.save_registration(again, reference=REFERENCE)
    assert caught.value.existing_id == first.record_id
    assert isinstance(caught.value, DomainError)
    assert first.identity.nik not in str(caught.value) and "Pendaftar" not in str(caught.value)
    assert caught.value.message.text("id") and caught.value.message.text("en")
    assert store.count_records(RecordQuery()) == 1


def test_same_record_id_twice_is_refused(store: RecordStore) -> None:
    reg = make_reg(1)
    store.save_registration(reg, reference=REFERENCE)
    other = dataclasses.replace(make_reg(2), record_id=reg.record_id)
    with pytest.raises(RecordBusy):
        store.save_registration(other, reference=REFERENCE)


def test_at_most_two_per_kk(store: RecordStore) -> None:
    kk = make_reg(1).identity.kk
    a = store.save_registration(with_identity(make_reg(1), kk=kk), reference=REFERENCE)
    b = store.save_registration(with_identity(make_reg(2), kk=kk), reference=REFERENCE)
    with pytest.raises(KkLimitReached) as caught:
        store.save_registration(with_identity(make_reg(3), kk=kk), reference=REFERENCE)
    assert caught.value.existing_ids == [a.record_id, b.record_id]
    assert kk not in str(caught.value)


def test_kk_limit_comes_from_the_reference_data_it_is_saved_against(store: RecordStore) -> None:
    one_per_kk = dataclasses.replace(REFERENCE, rules=dataclasses.replace(REFERENCE.rules, max_per_kk=1))
    kk = make_reg(1).identity.kk
    store.save_registration(with_identity(make_reg(1), kk=kk), reference=one_per_kk)
    with pytest.raises(KkLimitReached):
        store.save_registration(with_identity(make_reg(2), kk=kk), reference=one_per_kk)
    store.save_registration(with_identity(make_reg(2), kk=kk), reference=REFERENCE)  # two under today's rules


def test_search_by_nik_prefix_name_and_phone(store: RecordStore) -> None:
    regs = [make_reg(i) for i in range(1, 6)]
    regs[2] = with_identity(regs[2], full_name="Siti Nurhaliza")
    regs[3] = with_identity(make_reg(4, phone="+6285711112222"), full_name="Nur Hidayat")
    for reg in regs:
        store.save_registration(reg, reference=REFERENCE)
    by = lambda text: {s.record_id for s in store.list_records(RecordQuery(text=text), 0, 50)}  # noqa: E731
    assert by("") == {r.record_id for r in regs}
    assert by("nur") == {regs[2].record_id, regs[3].record_id}
    assert by("NURHAL") == {regs[2].record_id}
    assert by(regs[0].identity.nik) == {regs[0].record_id}
    assert by(regs[0].identity.nik[:14]) >= {regs[0].record_id}
    assert by("0857-1111") == {regs[3].record_id}
    assert by("+62 857 1111 2222") == {regs[3].record_id}
    assert by("857111") == {regs[3].record_id}
    assert by("%") == set() and by("_") == set()  # LIKE wildcards are literal
    assert by("999999") == set()
    assert store.count_records(RecordQuery(text="nur")) == 2


def test_newest_first_and_paging(engine: Engine, audit: AuditLog) -> None:
    clock_time = [dt.datetime(2026, 11, 23, tzinfo=dt.UTC)]

    def clock() -> dt.datetime:
        clock_time[0] += dt.timedelta(minutes=1)
        return clock_time[0]

    store = RecordStore(engine, "petugas1", audit, clock=clock)
    ids = [store.save_registration(make_reg(i), reference=REFERENCE).record_id for i in range(1, 8)]
    page1 = store.list_records(RecordQuery(), 0, 3)
    page2 = store.list_records(RecordQuery(), 3, 3)
    page3 = store.list_records(RecordQuery(), 6, 3)
    assert [s.record_id for s in page1 + page2 + page3] == ids[::-1]
    assert store.count_records(RecordQuery()) == 7


def test_status_filter_and_counts(store: RecordStore, engine: Engine) -> None:
    ready = store.save_registration(make_reg(1), reference=REFERENCE)
    store.save_registration(make_reg(2), ready=False, reference=REFERENCE)
    sender = OutboxStore(engine)
    sender.mark_sending(ready.record_id, 1)
    sender.mark_result(ready.record_id, 1, "accepted")
    assert [s.record_id for s in store.list_records(RecordQuery(status=RecordStatus.ACCEPTED), 0, 10)] == [
        ready.record_id]
    assert store.count_records(RecordQuery(status=RecordStatus.DRAFT)) == 1
    counts = store.outbox_counts()
    assert counts["accepted"] == 1 and counts["draft"] == 1 and set(counts) == {s.value for s in RecordStatus}


def test_find_by_nik(store: RecordStore) -> None:
    reg = make_reg(7)
    store.save_registration(reg, reference=REFERENCE)
    found = store.find_by_nik(reg.identity.nik)
    assert found is not None and found.record_id == reg.record_id
    assert store.find_by_nik("3201010101900001") is None


def test_not_found(store: RecordStore) -> None:
    with pytest.raises(NotFound):
        store.get_registration(uuid.uuid4())
    with pytest.raises(NotFound):
        store.correct_registration(make_reg(1), reference=REFERENCE)


def test_correction_before_acceptance_is_in_place(store: RecordStore, engine: Engine) -> None:
    reg = make_reg(1)
    store.save_registration(reg, reference=REFERENCE)
    fixed = with_identity(reg, full_name="Nama Diperbaiki")
    summary = store.correct_registration(fixed, reference=REFERENCE)
    assert summary.version == 1 and summary.full_name == "Nama Diperbaiki"
    assert store.get_registration(reg.record_id) == fixed
    with engine.connect() as conn:
        assert conn.execute(select(registrations)).all().__len__() == 1
    [item] = OutboxStore(engine).next_batch(5, dt.datetime.now(dt.UTC))
    assert json.loads(item.payload_json)["identity"]["full_name"] == "Nama Diperbaiki"
    assert store.list_records(RecordQuery(text="diperbaiki"), 0, 5)[0].record_id == reg.record_id
    assert store.list_records(RecordQuery(text="Pendaftar"), 0, 5) == []


@pytest.mark.parametrize("decision", ["accepted", "verified", "needs_correction", "rejected"])
def test_correction_after_the_centre_has_it_is_a_new_version(store: RecordStore, engine: Engine,
                                                             decision: str) -> None:
    reg = make_reg(1)
    store.save_registration(reg, reference=REFERENCE)
    sender = OutboxStore(engine)
    sender.mark_sending(reg.record_id, 1)
    sender.mark_result(reg.record_id, 1, decision, reason_code="data_mismatch")
    fixed = with_identity(reg, full_name="Nama Baru")
    summary = store.correct_registration(fixed, reference=REFERENCE)
    assert (summary.version, summary.status) == (2, RecordStatus.READY)
    stored = store.get_registration(reg.record_id)
    assert (stored.version, stored.replaces_version, stored.identity.full_name) == (2, 1, "Nama Baru")
    assert sender.entry(reg.record_id, 1).state == RecordStatus(decision)  # old version kept as it was
    assert [i.version for i in sender.next_batch(10, dt.datetime.now(dt.UTC))] == [2]
    assert json.loads(sender.next_batch(1, dt.datetime.now(dt.UTC))[0].payload_json)["replaces_version"] == 1
    assert store.count_records(RecordQuery()) == 1
    assert store.find_by_nik(reg.identity.nik) == summary  # the NIK belongs to the current version only
    with pytest.raises(DuplicateNik):
        store.save_registration(with_identity(make_reg(5), nik=reg.identity.nik), reference=REFERENCE)


def test_correction_while_sending_is_refused(store: RecordStore, engine: Engine) -> None:
    reg = make_reg(1)
    store.save_registration(reg, reference=REFERENCE)
    OutboxStore(engine).mark_sending(reg.record_id, 1)
    with pytest.raises(RecordBusy):
        store.correct_registration(with_identity(reg, full_name="X"), reference=REFERENCE)


def test_correction_to_another_records_nik_is_refused(store: RecordStore) -> None:
    a, b = make_reg(1), make_reg(2)
    store.save_registration(a, reference=REFERENCE)
    store.save_registration(b, reference=REFERENCE)
    with pytest.raises(DuplicateNik) as caught:
        store.correct_registration(with_identity(b, nik=a.identity.nik), reference=REFERENCE)
    assert caught.value.existing_id == a.record_id
    assert store.get_registration(b.record_id) == b


def test_correction_of_quarantined_requeues_it(store: RecordStore, engine: Engine) -> None:
    reg = make_reg(1)
    store.save_registration(reg, reference=REFERENCE)
    sender = OutboxStore(engine, max_attempts=1)
    sender.mark_sending(reg.record_id, 1)
    assert sender.item_failed(reg.record_id, 1, "validation", dt.datetime.now(dt.UTC)) is RecordStatus.QUARANTINED
    summary = store.correct_registration(with_identity(reg, full_name="Perbaikan"), reference=REFERENCE)
    assert (summary.version, summary.status) == (1, RecordStatus.READY)
    assert sender.entry(reg.record_id, 1).attempts == 0


def test_draft_becomes_ready_on_request(store: RecordStore) -> None:
    reg = make_reg(1)
    store.save_registration(reg, ready=False, reference=REFERENCE)
    assert store.correct_registration(reg, reference=REFERENCE).status is RecordStatus.DRAFT
    assert store.correct_registration(reg, ready=True, reference=REFERENCE).status is RecordStatus.READY


def test_changed_consent_is_recorded_again(store: RecordStore, engine: Engine) -> None:
    reg = make_reg(1)
    store.save_registration(reg, reference=REFERENCE)
    store.correct_registration(with_identity(reg, full_name="Sama"), reference=REFERENCE)
    again = dataclasses.replace(reg, consent=dataclasses.replace(reg.consent, text_version="2025.2"))
    store.correct_registration(again, reference=REFERENCE)
    with engine.connect() as conn:
        assert [r.text_version for r in conn.execute(select(consents).order_by(consents.c.id))] == [
            reg.consent.text_version, "2025.2"]


NAMES = ["Siti Nur'aini", "Budi_Santoso", "Ni Luh Putu Ayu", "Dewi 100% Lestari", "ÇAĞLAR Öz", "Agus\\Salim"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=12), st.sampled_from(["nur", "_", "%", "\\", "Ni ", "çağ", "0812", "62812",
                                                            "3201", "+62 812", "8120000000", "\x00", "a\x00",
                                                            "\ud800"])))
def test_search_matches_a_plain_python_oracle(store_with_names: RecordStore, text: str) -> None:
    regs = store_with_names.list_records(RecordQuery(), 0, 100)
    found = {s.record_id for s in store_with_names.list_records(RecordQuery(text=text), 0, 100)}
    visible = "".join(ch for ch in text if not unicodedata.category(ch).startswith("C")).strip()
    compact = re.sub(r"[\s.\-+()]", "", visible)
    if compact and compact.isascii() and compact.isdigit():
        phones = {compact} | ({"62" + compact[1:]} if compact[0] == "0" else set()) | (
            {"62" + compact} if compact[0] == "8" else set())
        full = {s.record_id: store_with_names.get_registration(s.record_id) for s in regs}
        expected = {i for i, r in full.items()
                    if r.identity.nik.startswith(compact) or any(r.contact.phone[1:].startswith(p) for p in phones)}
    else:
        needle = visible.casefold()
        expected = {s.record_id for s in regs if needle in s.full_name.casefold()}
    assert found == expected
    assert store_with_names.count_records(RecordQuery(text=text)) == len(expected)


@pytest.fixture
def store_with_names(store: RecordStore) -> RecordStore:
    for i, name in enumerate(NAMES, start=1):
        # Drafts: several of these are no names a KTP holds, which is the point of searching for them.
        store.save_registration(with_identity(make_reg(i), full_name=name), ready=False, reference=REFERENCE)
    return store


def test_a_registration_names_only_photos_the_device_holds(store: RecordStore, engine: Engine) -> None:
    photo = io.BytesIO()
    Image.new("RGB", (40, 30), (1, 2, 3)).save(photo, "PNG")
    real = AttachmentStore(engine, "petugas1").add(AttachmentKind.KTP, photo.getvalue())
    ghost = AttachmentRef(AttachmentKind.SELFIE, "ab" * 32, 1234, "image/jpeg")
    with pytest.raises(InvalidAttachment) as caught:
        store.save_registration(dataclasses.replace(make_reg(1), attachments=(real, ghost)), reference=REFERENCE)
    assert isinstance(caught.value, AttachmentRejected) and caught.value.reason == "missing"
    assert store.count_records(RecordQuery()) == 0
    reg = dataclasses.replace(make_reg(1), attachments=(real,))
    store.save_registration(reg, reference=REFERENCE)
    assert store.get_registration(reg.record_id).attachments == (real,)
    with pytest.raises(InvalidAttachment):
        store.correct_registration(dataclasses.replace(reg, attachments=(real, ghost)), reference=REFERENCE)

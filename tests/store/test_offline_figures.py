"""The offline limits' figures from the encrypted store, and the stop the store itself enforces."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.domain.offline_limits import (
    DAYS_SINCE_CONTACT,
    OLDEST_WAITING_DAYS,
    RECORDS_WAITING,
    OfflineLimitReached,
    OfflineLimits,
    Threshold,
)
from desktop.domain.reference import ReferenceData
from desktop.store import audit
from desktop.store.device import Device
from desktop.store.outbox_table import outbox, to_db_time
from desktop.store.records import RecordStore
from desktop.store.session import Session
from desktop.store.sync_history import SyncRun
from tests.store.record_helpers import make_reg
from tests.store.test_migrations import make_device
from tests.support import REFERENCE

NOW = dt.datetime.now(dt.UTC)
DIGEST = "ab" * 32
TWO_WAITING = dataclasses.replace(REFERENCE, limits=OfflineLimits("2025.9", dt.date(2025, 1, 1), {
    RECORDS_WAITING: Threshold(1, 2), OLDEST_WAITING_DAYS: Threshold(7, 14), DAYS_SINCE_CONTACT: Threshold(7, 14)}))


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened = Device.open(make_device(tmp_path)).login("sari", "sari password")
    yield opened
    opened.close()


def _records_made(session: Session, days_ago: float) -> RecordStore:
    made_at = NOW - dt.timedelta(days=days_ago)
    return RecordStore(session.engine, "sari", audit.in_transaction("sari"), clock=lambda: made_at)


def _sync(session: Session, days_ago: float, *, error: str = "", cancelled: bool = False) -> None:
    at = NOW - dt.timedelta(days=days_ago)
    session.sync_history.record(SyncRun(at, at, 1, 1, 0, 0, error, cancelled))


def test_a_new_device_has_nothing_waiting_and_no_contact(session: Session) -> None:
    figures = session.offline_figures.current()
    assert (figures.waiting, figures.oldest_waiting_at, figures.last_contact_at) == (0, None, None)


def test_waiting_counts_ready_and_sending_records_and_the_oldest_one(session: Session) -> None:
    _records_made(session, 9).save_registration(make_reg(1), reference=REFERENCE)
    _records_made(session, 2).save_registration(make_reg(2), reference=REFERENCE)
    third = session.records.save_registration(make_reg(3), reference=REFERENCE)
    session.records.save_registration(make_reg(4), ready=False, reference=REFERENCE)  # a draft does not wait
    with session.engine.begin() as conn:  # the centre accepted the third: no longer waiting
        conn.execute(update(outbox).where(outbox.c.record_id == str(third.record_id)).values(state="accepted"))
    figures = session.offline_figures.current()
    assert figures.waiting == 2
    assert figures.oldest_waiting_at is not None
    assert abs(figures.oldest_waiting_at - (NOW - dt.timedelta(days=9))) < dt.timedelta(seconds=1)


def test_the_last_contact_is_the_later_of_a_finished_sync_and_a_hand_over(session: Session) -> None:
    _sync(session, 5)
    _sync(session, 3, error="network")  # a failed or stopped sync reached nobody
    _sync(session, 2, cancelled=True)
    assert session.offline_figures.current().last_contact_at == to_db_time(
        NOW - dt.timedelta(days=5)).replace(tzinfo=dt.UTC)
    session.handovers.record("receipt_imported", 3, 1, DIGEST, at=NOW - dt.timedelta(days=1))
    last = session.offline_figures.current().last_contact_at
    assert last is not None and abs(last - (NOW - dt.timedelta(days=1))) < dt.timedelta(seconds=1)


def test_a_bundle_written_carries_off_what_waited_but_not_what_came_after(session: Session) -> None:
    _records_made(session, 3).save_registration(make_reg(1), reference=REFERENCE)
    _records_made(session, 2).save_registration(make_reg(2), reference=REFERENCE)
    session.handovers.record("bundle_exported", 2, 1, DIGEST, at=NOW - dt.timedelta(days=1))
    assert session.offline_figures.current().waiting == 0
    session.records.save_registration(make_reg(3), reference=REFERENCE)
    figures = session.offline_figures.current()
    assert figures.waiting == 1 and figures.oldest_waiting_at is not None
    assert figures.oldest_waiting_at > NOW - dt.timedelta(minutes=1)


def test_past_a_stop_a_new_ready_registration_is_refused_and_nothing_is_written(session: Session) -> None:
    session.records.save_registration(make_reg(1), reference=TWO_WAITING)
    session.records.save_registration(make_reg(2), reference=TWO_WAITING)
    before = len(session.audit.entries())
    with pytest.raises(OfflineLimitReached) as refused:
        session.records.save_registration(make_reg(3), reference=TWO_WAITING)
    assert refused.value.code == "limits_stop_records_waiting"
    assert "Pendaftaran baru dihentikan" in refused.value.message.text("id")
    assert session.records.find_by_nik(make_reg(3).identity.nik) is None
    assert len(session.audit.entries()) == before


def test_past_a_stop_drafts_and_corrections_still_save(session: Session) -> None:
    first = session.records.save_registration(make_reg(1), reference=TWO_WAITING)
    session.records.save_registration(make_reg(2), reference=TWO_WAITING)
    draft = session.records.save_registration(make_reg(3), ready=False, reference=TWO_WAITING)
    assert draft.status == "draft"
    session.drafts.save(make_reg(4).record_id, {"step": "identity"}, 1)
    corrected = session.records.correct_registration(
        dataclasses.replace(make_reg(1), record_id=first.record_id), reference=TWO_WAITING)
    assert corrected.status == "ready"
    # A draft record made ready would join the queue like a new registration: refused too.
    with pytest.raises(OfflineLimitReached):
        session.records.correct_registration(dataclasses.replace(make_reg(3), record_id=draft.record_id),
                                             ready=True, reference=TWO_WAITING)
    assert session.records.correct_registration(dataclasses.replace(make_reg(3), record_id=draft.record_id),
                                                ready=False, reference=TWO_WAITING).status == "draft"


def test_a_hand_over_releases_the_stop(session: Session) -> None:
    session.records.save_registration(make_reg(1), reference=TWO_WAITING)
    session.records.save_registration(make_reg(2), reference=TWO_WAITING)
    with pytest.raises(OfflineLimitReached):
        session.records.save_registration(make_reg(3), reference=TWO_WAITING)
    session.handovers.record("bundle_exported", 2, 1, DIGEST)
    assert session.records.save_registration(make_reg(3), reference=TWO_WAITING).status == "ready"


def test_days_without_contact_stop_until_a_sync_runs_to_the_end(session: Session) -> None:
    limits: ReferenceData = dataclasses.replace(REFERENCE, limits=OfflineLimits("2025.9", dt.date(2025, 1, 1), {
        RECORDS_WAITING: Threshold(100, 200), OLDEST_WAITING_DAYS: Threshold(300, 300),
        DAYS_SINCE_CONTACT: Threshold(7, 14)}))
    _sync(session, 20)
    with pytest.raises(OfflineLimitReached) as refused:
        session.records.save_registration(make_reg(1), reference=limits)
    assert refused.value.code == "limits_stop_days_since_contact"
    _sync(session, 0, error="network")
    with pytest.raises(OfflineLimitReached):
        session.records.save_registration(make_reg(1), reference=limits)
    _sync(session, 0)
    assert session.records.save_registration(make_reg(1), reference=limits).status == "ready"

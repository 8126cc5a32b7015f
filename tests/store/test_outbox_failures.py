"""Fair failure counting: an outage of the centre is the engine's back-off; only an item's own failures count."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.store.database import open_engine
from desktop.store.outbox import OutboxStore
from desktop.store.outbox_table import RecordStatus
from desktop.store.records import RecordStore
from desktop.store.sync_progress import SyncStateRefused
from sync.outbox import ItemVerdict, Reason
from tests.store.record_helpers import make_reg, with_identity
from tests.support import REFERENCE

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
SEAL = b"\x05" * 64  # these tests are about counting, not sealing: any well-formed bytes do


def box_on(engine: Engine) -> OutboxStore:
    return OutboxStore(engine, max_attempts=8, base_delay=dt.timedelta(seconds=30), rng=random.Random(7))


def test_an_outage_longer_than_eight_retry_periods_quarantines_nothing(tmp_path: Path, key: bytes, engine: Engine,
                                                                        records: RecordStore) -> None:
    regs = [make_reg(n) for n in range(1, 4)]
    for reg in regs:
        records.save_registration(reg, reference=REFERENCE)
    now = NOW
    for outage in range(1, 21):
        box = box_on(engine)
        claimed = box.claim_batch(10, now, lambda _item: SEAL)
        assert len(claimed) == 3  # every healthy record is still offered
        backoff = box.transport_failed([(i.record_id, i.version) for i in claimed], "http_503", now)
        assert backoff.failures == outage and backoff.last_error == "http_503"
        assert backoff.next_attempt_at is not None and backoff.next_attempt_at > now
        if outage % 5 == 0:  # a restart in the middle of the outage: the back-off is still there
            engine.dispose()
            engine = open_engine(tmp_path / "luring.db", key)
            assert box_on(engine).backoff() == backoff
        now = backoff.next_attempt_at
    box = box_on(engine)
    assert box.backoff().next_attempt_at <= now + dt.timedelta(minutes=30)  # capped: it keeps trying
    for reg in regs:
        entry = box.entry(reg.record_id, 1)
        assert (entry.state, entry.attempts, entry.reason_code) == (RecordStatus.READY, 0, None)
    assert box.counts()["quarantined"] == 0
    box.transport_succeeded(now)
    after = box.backoff()
    assert (after.failures, after.next_attempt_at, after.last_error, after.last_success_at) == (0, None, None, now)


def test_eight_refusals_quarantine_that_item_and_not_the_others(engine: Engine, records: RecordStore) -> None:
    bad, good, other = make_reg(1), make_reg(2), make_reg(3)
    for reg in (bad, good, other):
        records.save_registration(reg, reference=REFERENCE)
    box = box_on(engine)
    now = NOW
    refusals = rounds = 0
    states: list[str] = []
    while refusals < 8:
        rounds += 1
        claimed = box.claim_batch(10, now, lambda _item: SEAL)
        keys = [(i.record_id, i.version) for i in claimed]
        if rounds % 3 == 2:  # outages in between count for nothing
            box.transport_failed(keys, "network", now)
            now += dt.timedelta(days=1)
            continue
        verdicts = [ItemVerdict(record_id, version, held=record_id != bad.record_id, refusal="seal_invalid",
                                reasons=(Reason("seal_invalid", "sealed"),) if record_id == bad.record_id
                                else ()) for record_id, version in keys]
        states = box.record_verdicts(verdicts, now)
        refusals += 1
        now += dt.timedelta(days=1)  # past any item back-off
    assert rounds > refusals and states == ["quarantined"]  # outages happened; the last round sent the bad item alone
    entry = box.entry(bad.record_id, 1)
    assert (entry.state, entry.attempts, entry.reason_code) == (RecordStatus.QUARANTINED, 8, "seal_invalid")
    answer = box.answer(bad.record_id, 1)
    assert answer is not None and answer.state == "refused" and answer.reasons == (("seal_invalid", "sealed"),)
    for reg in (good, other):
        assert box.entry(reg.record_id, 1).state is RecordStatus.ACCEPTED
    assert box.claim_batch(10, now + dt.timedelta(days=365), lambda _item: SEAL) == []  # never picked again

    box.retry(bad.record_id, 1)  # a supervisor gives it another chance
    [again] = box.claim_batch(10, now, lambda _item: pytest.fail("its seal is kept"))
    assert again.record_id == bad.record_id and box.entry(bad.record_id, 1).attempts == 0


def test_a_refusal_on_the_content_rejects_at_once_and_a_correction_goes_again_as_the_same_version(
        engine: Engine, records: RecordStore) -> None:
    reg = make_reg(1)
    records.save_registration(reg, reference=REFERENCE)
    box = box_on(engine)
    box.claim_batch(10, NOW, lambda _item: SEAL)
    [state] = box.record_verdicts([ItemVerdict(reg.record_id, 1, held=False, refusal="ineligible", final=True,
                                               reasons=(Reason("ineligible", "background.excluded_occupations"),))],
                                  NOW)
    assert state == "rejected"  # not tried eight times over days: the same bytes will never be accepted
    entry = box.entry(reg.record_id, 1)
    assert (entry.state, entry.attempts, entry.reason_code) == (RecordStatus.REJECTED, 0, "ineligible")
    assert box.answer(reg.record_id, 1).reasons == (("ineligible", "background.excluded_occupations"),)
    assert box.claim_batch(10, NOW + dt.timedelta(days=365), lambda _item: SEAL) == []

    summary = records.correct_registration(with_identity(reg, full_name="Nama Diperbaiki"), reference=REFERENCE)
    assert (summary.version, summary.status) == (1, RecordStatus.READY)  # the centre kept nothing of version 1
    assert box.answer(reg.record_id, 1) is None  # the old refusal is not shown against the corrected data
    [again] = box.claim_batch(10, NOW, lambda _item: SEAL)
    assert (again.record_id, again.version, again.replaces_version) == (reg.record_id, 1, None)


def test_an_item_the_centre_did_not_answer_counts_against_it_alone(engine: Engine, records: RecordStore) -> None:
    lost, fine = make_reg(1), make_reg(2)
    records.save_registration(lost, reference=REFERENCE)
    records.save_registration(fine, reference=REFERENCE)
    box = box_on(engine)
    box.claim_batch(10, NOW, lambda _item: SEAL)
    states = box.record_verdicts([ItemVerdict(fine.record_id, 1, held=True),
                                  ItemVerdict(lost.record_id, 1, held=False, refusal="missing_from_results",
                                              answered=False)], NOW)
    assert states == ["accepted", "ready"]
    assert box.entry(lost.record_id, 1).attempts == 1
    assert box.answer(lost.record_id, 1) is None  # the centre said nothing to show


def test_verdicts_for_versions_not_sent_or_unknown_change_nothing(engine: Engine, records: RecordStore) -> None:
    reg = make_reg(1)
    records.save_registration(reg, reference=REFERENCE)
    box = box_on(engine)
    before = box.entry(reg.record_id, 1)
    states = box.record_verdicts([ItemVerdict(reg.record_id, 1, held=False, refusal="validation"),
                                  ItemVerdict(make_reg(2).record_id, 1, held=True)], NOW)
    assert states == ["ready", "unknown"]
    assert box.entry(reg.record_id, 1) == before


def test_retry_after_is_honoured_within_the_cap(engine: Engine, records: RecordStore) -> None:
    records.save_registration(make_reg(1), reference=REFERENCE)
    box = box_on(engine)
    backoff = box.transport_failed([], "http_429", NOW, retry_after=dt.timedelta(minutes=10))
    assert backoff.next_attempt_at == NOW + dt.timedelta(minutes=10)
    backoff = box.transport_failed([], "http_429", NOW, retry_after=dt.timedelta(days=400))  # hostile header
    assert backoff.next_attempt_at == NOW + dt.timedelta(minutes=30)


def test_verdicts_of_the_wrong_shape_are_refused_whole(engine: Engine, records: RecordStore) -> None:
    reg = make_reg(1)
    records.save_registration(reg, reference=REFERENCE)
    box = box_on(engine)
    box.claim_batch(10, NOW, lambda _item: SEAL)
    for bad in (ItemVerdict(reg.record_id, 1, "yes"),  # type: ignore[arg-type]
                ItemVerdict(reg.record_id, 1, held=False, answered=()),  # type: ignore[arg-type]
                ItemVerdict(str(reg.record_id), 1, held=True),  # type: ignore[arg-type]
                ItemVerdict(reg.record_id, 0, held=True)):
        with pytest.raises(SyncStateRefused):
            box.record_verdicts([ItemVerdict(make_reg(2).record_id, 1, held=True), bad], NOW)
    entry = box.entry(reg.record_id, 1)
    assert (entry.state, entry.attempts) == (RecordStatus.SENDING, 0)


def test_a_batch_of_verdicts_leaves_each_item_as_one_verdict_at_a_time_would(engine: Engine,
                                                                              records: RecordStore) -> None:
    ids = [records.save_registration(make_reg(n), reference=REFERENCE).record_id for n in range(1, 5)]
    box = box_on(engine)
    assert len(box.claim_batch(10, NOW, lambda _item: SEAL)) == 4
    stranger = uuid.UUID(int=7)
    verdicts = [ItemVerdict(ids[0], 1, held=True), ItemVerdict(ids[1], 1, held=False, refusal="validation",
                                                               reasons=(Reason("nik_invalid", "identity.nik"),)),
                ItemVerdict(stranger, 1, held=True), ItemVerdict(ids[2], 1, held=False, refusal="missing_from_results",
                                                                 answered=False),
                ItemVerdict(ids[3], 1, held=True)]
    assert box.record_verdicts(verdicts, NOW) == ["accepted", "ready", "unknown", "ready", "accepted"]
    entries = [box.entry(record_id, 1) for record_id in ids]
    assert [e.state for e in entries] == [RecordStatus.ACCEPTED, RecordStatus.READY, RecordStatus.READY,
                                          RecordStatus.ACCEPTED]
    assert [e.attempts for e in entries] == [0, 1, 1, 0]
    assert box.answer(ids[1], 1) is not None and box.answer(ids[0], 1) is None
    # Held twice in one answer: the second finds it accepted already, as it would one verdict at a time.
    assert box.record_verdicts([ItemVerdict(ids[0], 1, held=True)] * 2, NOW) == ["accepted", "accepted"]

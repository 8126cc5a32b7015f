"""The outbox state machine the sync engine drives, on a real encrypted database."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import Engine

from desktop.store.errors import NotFound
from desktop.store.outbox import IllegalTransition, OutboxStore
from desktop.store.outbox_table import RecordStatus
from desktop.store.records import RecordQuery, RecordStore
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


def test_happy_path_and_status_mirrored_on_the_record(engine: Engine, records: RecordStore) -> None:
    reg = make_reg(1)
    records.save_registration(reg, reference=REFERENCE)
    box = OutboxStore(engine)
    [item] = box.next_batch(10, NOW)
    assert (item.record_id, item.version) == (reg.record_id, 1)
    box.mark_sending(reg.record_id, 1)
    assert box.next_batch(10, NOW) == []
    box.mark_result(reg.record_id, 1, RecordStatus.ACCEPTED)
    box.mark_result(reg.record_id, 1, "verified")
    assert records.list_records(RecordQuery(), 0, 1)[0].status is RecordStatus.VERIFIED
    assert box.entry(reg.record_id, 1).state is RecordStatus.VERIFIED


def test_drafts_are_never_sent(engine: Engine, records: RecordStore) -> None:
    records.save_registration(make_reg(1), ready=False, reference=REFERENCE)
    box = OutboxStore(engine)
    assert box.next_batch(10, NOW) == []
    with pytest.raises(IllegalTransition):
        box.mark_sending(records.list_records(RecordQuery(), 0, 1)[0].record_id, 1)


@pytest.mark.parametrize(
    ("setup", "call"),
    [
        ([], lambda b, r: b.mark_result(r, 1, "accepted")),  # ready -> accepted skips sending
        ([], lambda b, r: b.item_failed(r, 1, "validation", NOW)),  # not sending
        ([], lambda b, r: b.retry(r, 1)),  # not quarantined
        (["send"], lambda b, r: b.mark_sending(r, 1)),  # already sending
        (["send"], lambda b, r: b.mark_result(r, 1, "ready")),  # a result is never "ready"
        (["send"], lambda b, r: b.mark_result(r, 1, "quarantined")),
        (["send", "accept"], lambda b, r: b.mark_result(r, 1, "accepted")),
        (["send", "accept", "verify"], lambda b, r: b.mark_result(r, 1, "rejected")),  # final
        (["send", "reject"], lambda b, r: b.mark_result(r, 1, "verified")),
        (["send", "accept", "verify"], lambda b, r: b.mark_sending(r, 1)),
    ],
)
def test_illegal_transitions_are_refused(engine: Engine, records: RecordStore, setup: list[str], call: object) -> None:
    reg = make_reg(1)
    records.save_registration(reg, reference=REFERENCE)
    box = OutboxStore(engine)
    steps = {
        "send": lambda: box.mark_sending(reg.record_id, 1),
        "accept": lambda: box.mark_result(reg.record_id, 1, "accepted"),
        "verify": lambda: box.mark_result(reg.record_id, 1, "verified"),
        "reject": lambda: box.mark_result(reg.record_id, 1, "rejected"),
    }
    for step in setup:
        steps[step]()
    before = box.entry(reg.record_id, 1)
    with pytest.raises(IllegalTransition) as caught:
        call(box, reg.record_id)  # type: ignore[operator]
    assert caught.value.message.text("id") and caught.value.message.text("en")
    assert box.entry(reg.record_id, 1) == before  # nothing changed


def test_unknown_item(engine: Engine) -> None:
    box = OutboxStore(engine)
    with pytest.raises(NotFound):
        box.mark_sending(make_reg(1).record_id, 1)
    with pytest.raises(NotFound):
        box.item_failed(make_reg(1).record_id, 1, "x", NOW)


def test_refusals_back_off_with_jitter_then_quarantine(engine: Engine, records: RecordStore) -> None:
    """Failures of the item itself count; an outage of the centre does not (test_outbox_failures.py)."""
    reg = make_reg(1)
    records.save_registration(reg, reference=REFERENCE)
    box = OutboxStore(engine, max_attempts=5, base_delay=dt.timedelta(seconds=10), rng=random.Random(4))
    now = NOW
    delays = []
    for attempt in range(1, 5):
        [item] = box.next_batch(5, now)
        box.mark_sending(item.record_id, 1)
        assert box.item_failed(item.record_id, 1, "validation", now) is RecordStatus.READY
        entry = box.entry(reg.record_id, 1)
        assert entry.attempts == attempt and entry.last_error == entry.reason_code == "validation"
        assert entry.next_attempt_at is not None
        delay = entry.next_attempt_at - now
        step = dt.timedelta(seconds=10 * 2 ** (attempt - 1))
        assert step / 2 <= delay <= step
        delays.append(delay)
        assert box.next_batch(5, now) == []  # not due yet
        now = entry.next_attempt_at
    assert len({d / (2 ** i) for i, d in enumerate(delays)}) > 1  # jittered, not a fixed ladder
    box.mark_sending(reg.record_id, 1)
    assert box.item_failed(reg.record_id, 1, "validation", now) is RecordStatus.QUARANTINED
    assert box.entry(reg.record_id, 1).reason_code == "validation"  # kept for the supervisor
    assert box.next_batch(5, now + dt.timedelta(days=365)) == []
    assert records.outbox_counts()["quarantined"] == 1
    box.retry(reg.record_id, 1)
    assert [i.record_id for i in box.next_batch(5, now)] == [reg.record_id]


def test_backoff_is_capped(engine: Engine) -> None:
    box = OutboxStore(engine, base_delay=dt.timedelta(seconds=30), max_delay=dt.timedelta(hours=1))
    assert box.delay(40) <= dt.timedelta(hours=1)
    assert box.delay(40) >= dt.timedelta(minutes=30)


def test_a_quarantined_item_never_blocks_the_others(engine: Engine, records: RecordStore) -> None:
    bad, good = make_reg(1), make_reg(2)
    records.save_registration(bad, reference=REFERENCE)
    records.save_registration(good, reference=REFERENCE)
    box = OutboxStore(engine, max_attempts=1)
    box.mark_sending(bad.record_id, 1)
    box.item_failed(bad.record_id, 1, "server_rejects_payload", NOW)
    assert [i.record_id for i in box.next_batch(1, NOW)] == [good.record_id]


def test_interrupted_sends_are_requeued(engine: Engine, records: RecordStore) -> None:
    reg = make_reg(1)
    records.save_registration(reg, reference=REFERENCE)
    box = OutboxStore(engine)
    box.mark_sending(reg.record_id, 1)
    assert box.requeue_interrupted() == 1
    assert [i.record_id for i in box.next_batch(1, NOW)] == [reg.record_id]


def test_batch_limit_and_order(engine: Engine, records: RecordStore) -> None:
    regs = [make_reg(i) for i in range(1, 6)]
    for reg in regs:
        records.save_registration(reg, reference=REFERENCE)
    box = OutboxStore(engine)
    first = box.next_batch(3, NOW)
    assert len(first) == 3
    for item in first:
        box.mark_sending(item.record_id, item.version)
    rest = box.next_batch(10, NOW)
    assert {i.record_id for i in first + rest} == {r.record_id for r in regs}
    assert box.counts()["sending"] == 3 and box.counts()["ready"] == 2

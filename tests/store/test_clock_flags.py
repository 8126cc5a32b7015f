"""A registration made while the device's clock cannot be believed is flagged on the record and in the list."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from desktop.domain.clock import ClockFlag
from desktop.store.outbox import OutboxStore
from desktop.store.records import RecordQuery, RecordStore
from tests.store.record_helpers import AuditLog, make_reg, new_engine
from tests.support import REFERENCE

DAY = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def flags(store: RecordStore) -> dict[str, str | None]:
    return {s.full_name: s.clock_flag for s in store.list_records(RecordQuery(), 0, 50)}


def test_a_clock_set_back_flags_what_is_made_with_it(tmp_path: Path) -> None:
    clock = Clock(DAY)
    store = RecordStore(new_engine(tmp_path / "luring.db"), "petugas1", AuditLog(), clock=clock)
    first = store.save_registration(make_reg(1), reference=REFERENCE)
    clock.now = DAY - dt.timedelta(days=3)  # somebody set the date back
    second = store.save_registration(make_reg(2), reference=REFERENCE)
    clock.now = DAY - dt.timedelta(minutes=2)  # a time-server correction is not suspicious
    third = store.save_registration(make_reg(3), reference=REFERENCE)
    listed = flags(store)
    assert listed[first.full_name] is None and listed[third.full_name] is None
    assert listed[second.full_name] == ClockFlag.WENT_BACKWARDS


def test_a_clock_far_from_the_centres_at_the_last_sync_flags_new_records_and_corrections(tmp_path: Path) -> None:
    engine = new_engine(tmp_path / "luring.db")
    clock = Clock(DAY)
    store = RecordStore(engine, "petugas1", AuditLog(), clock=clock)
    before = store.save_registration(make_reg(1), reference=REFERENCE)
    OutboxStore(engine).record_clock_offset(3 * 3600)  # the sync found the device three hours behind
    clock.now = DAY + dt.timedelta(minutes=1)
    after = store.save_registration(make_reg(2), reference=REFERENCE)
    assert flags(store) == {before.full_name: None, after.full_name: ClockFlag.OFF_FROM_CENTRE}

    reg = store.get_registration(before.record_id)
    store.correct_registration(dataclasses.replace(reg, contact=dataclasses.replace(reg.contact,
                                                                                  phone="+6281399990000")),
                               ready=True, reference=REFERENCE)
    assert flags(store)[before.full_name] == ClockFlag.OFF_FROM_CENTRE  # corrected with the doubtful clock

    OutboxStore(engine).record_clock_offset(20.0)  # the clock was put right; the next sync measured it
    later = store.save_registration(make_reg(3), reference=REFERENCE)
    assert flags(store)[later.full_name] is None

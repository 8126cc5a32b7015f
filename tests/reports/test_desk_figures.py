"""The dashboard's figures and the correction worklist over a store with known content, exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.operations.desk_ops import desk_figures
from desktop.store.device import Device
from desktop.store.errors import PermissionDenied
from desktop.store.outbox_table import RecordStatus as S
from tests.reports.known_store import HOSTILE_NAMES, HOSTILE_REASON, WIB, KnownStore, build
from tests.support import REFERENCE

TODAY = dt.date(2026, 12, 3)


def test_the_desk_counts_today_this_week_and_the_whole_device(known: KnownStore) -> None:
    desk = desk_figures(known.session, today=TODAY, tz=WIB)
    assert list(desk.days) == [dt.date(2026, 11, 20) + dt.timedelta(days=n) for n in range(14)]
    assert desk.registered_today == 3
    assert desk.registered_this_week == 10  # Monday 30 November to Thursday 3 December
    assert (desk.waiting, desk.to_correct, desk.held_back) == (4, 3, 1)  # the whole device, not a period
    assert desk.days[dt.date(2026, 12, 2)] == {"registered": 3, "at_centre": 1, "refused": 2}
    assert desk.days[dt.date(2026, 11, 25)] == {"registered": 0, "at_centre": 0, "refused": 0}


def test_an_officer_cannot_read_the_desk(known: KnownStore) -> None:
    officer = Device.open(known.data_dir).login("budi", "budi password 1")
    try:
        with pytest.raises(PermissionDenied):
            desk_figures(officer, today=TODAY, tz=WIB)
    finally:
        officer.close()


def test_the_worklist_lists_what_the_centre_sent_back_oldest_first_with_its_reasons(known: KnownStore) -> None:
    items = known.session.records.to_correct()
    assert [(i.summary.record_id, i.summary.status) for i in items] == [
        (known.record_ids[5], S.REJECTED), (known.record_ids[6], S.REJECTED),
        (known.record_ids[7], S.NEEDS_CORRECTION)]
    assert [i.reasons for i in items] == [(("nik_registered", "identity.nik"),),
                                          ((HOSTILE_REASON, ""), ("nik_registered", "")),
                                          (("validation", "address.village_code"),)]
    assert [i.summary.full_name for i in items] == HOSTILE_NAMES[5:8]
    assert all("*" in i.summary.nik_masked and i.answered_at is not None for i in items)
    assert len(known.session.records.to_correct(limit=1)) == 1


def test_a_correction_leaves_the_worklist_as_a_new_version(tmp_path) -> None:
    store = build(tmp_path, enrolled=False)
    try:
        first = store.session.records.to_correct()[-1].summary  # the record to correct
        reg = store.session.records.get_registration(first.record_id)
        fixed = dataclasses.replace(reg, identity=dataclasses.replace(reg.identity, full_name="Siti Rahayu"))
        saved = store.session.records.correct_registration(fixed, reference=REFERENCE)
        assert (saved.version, saved.status) == (first.version + 1, S.READY)
        assert first.record_id not in [i.summary.record_id for i in store.session.records.to_correct()]
        assert len(store.session.records.to_correct()) == 2
    finally:
        store.session.close()


def test_retention_holdings_count_personal_data_and_skeletons_and_say_when_the_next_removal_is(tmp_path) -> None:
    store = build(tmp_path, enrolled=False)
    try:
        policy = REFERENCE.retention
        before = store.session.retention.holdings(policy)
        verified_at = store.session.records.to_correct()[0].answered_at  # every decision came in one page
        assert (before.with_personal_data, before.skeletons) == (10, 0)
        assert before.next_due == verified_at + dt.timedelta(days=policy.verified_personal_data_days)
        store.session.retention.purge(policy, now=before.next_due + dt.timedelta(seconds=1))
        after = store.session.retention.holdings(policy)
        assert (after.with_personal_data, after.skeletons, after.next_due) == (9, 1, None)
    finally:
        store.session.close()

"""The decision when to probe the centre and when to sync by itself (no Qt, no clock: times are given)."""

from __future__ import annotations

from desktop.operations.sync_schedule import Due, SyncSchedule


def test_a_device_not_enrolled_is_never_probed_nor_synced() -> None:
    schedule = SyncSchedule(probe_every=30, sync_every=300)
    assert schedule.due(0, enrolled=False, online=False, busy=False) is Due.NOTHING
    assert schedule.due(1000, enrolled=False, online=True, busy=False) is Due.NOTHING


def test_offline_it_probes_every_so_often_and_syncs_when_the_centre_answers() -> None:
    schedule = SyncSchedule(probe_every=30, sync_every=300)
    assert schedule.due(0, enrolled=True, online=False, busy=False) is Due.PROBE
    schedule.probe_started(0)
    assert schedule.probed(False, "network") is Due.NOTHING
    assert schedule.due(10, enrolled=True, online=False, busy=False) is Due.NOTHING
    assert schedule.due(30, enrolled=True, online=False, busy=False) is Due.PROBE
    schedule.probe_started(30)
    assert schedule.probed(True, "network") is Due.SYNC_NOW  # the outage is over: no need to wait it out
    assert schedule.probed(True, None) is Due.SYNC_NOW  # never synced
    assert schedule.probed(True, "service_unavailable") is Due.SYNC  # it answered with trouble: keep the back-off


def test_online_it_syncs_every_few_minutes_counted_from_the_last_sync() -> None:
    schedule = SyncSchedule(probe_every=30, sync_every=300)
    assert schedule.due(0, enrolled=True, online=True, busy=False) is Due.NOTHING
    assert schedule.due(299, enrolled=True, online=True, busy=False) is Due.NOTHING
    assert schedule.due(300, enrolled=True, online=True, busy=False) is Due.SYNC
    schedule.sync_started(310)  # F5, say
    assert schedule.due(500, enrolled=True, online=True, busy=False) is Due.NOTHING
    assert schedule.due(610, enrolled=True, online=True, busy=False) is Due.SYNC


def test_nothing_starts_while_a_sync_or_a_probe_runs() -> None:
    schedule = SyncSchedule(probe_every=30, sync_every=300)
    assert schedule.due(0, enrolled=True, online=False, busy=True) is Due.NOTHING
    assert schedule.due(1000, enrolled=True, online=True, busy=True) is Due.NOTHING

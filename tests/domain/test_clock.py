"""A clock far from the centre's, or set back, flags the registration made with it."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.clock import ClockFlag, ClockPolicy, clock_flag

NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)


def test_a_fresh_device_with_no_history_is_believed() -> None:
    assert clock_flag(NOW, latest_seen=None, centre_offset=None) is None


@pytest.mark.parametrize("offset", [14 * MINUTE, -14 * MINUTE, dt.timedelta(0)])
def test_an_offset_within_the_bound_is_fine(offset: dt.timedelta) -> None:
    assert clock_flag(NOW, latest_seen=NOW - MINUTE, centre_offset=offset) is None


@pytest.mark.parametrize("offset", [16 * MINUTE, -16 * MINUTE, dt.timedelta(days=400)])
def test_an_offset_beyond_the_bound_either_way_is_flagged(offset: dt.timedelta) -> None:
    assert clock_flag(NOW, latest_seen=None, centre_offset=offset) is ClockFlag.OFF_FROM_CENTRE


def test_a_small_step_back_is_a_correction_a_large_one_is_flagged() -> None:
    assert clock_flag(NOW, latest_seen=NOW + 4 * MINUTE, centre_offset=None) is None
    assert clock_flag(NOW, latest_seen=NOW + 6 * MINUTE, centre_offset=None) is ClockFlag.WENT_BACKWARDS
    assert clock_flag(NOW, latest_seen=NOW + dt.timedelta(days=30), centre_offset=None) is ClockFlag.WENT_BACKWARDS


def test_the_policy_sets_the_bounds() -> None:
    strict = ClockPolicy(max_offset=MINUTE, max_backwards=dt.timedelta(0))
    assert clock_flag(NOW, latest_seen=None, centre_offset=2 * MINUTE, policy=strict) is ClockFlag.OFF_FROM_CENTRE
    assert clock_flag(NOW, latest_seen=NOW + dt.timedelta(seconds=1), centre_offset=None,
                      policy=strict) is ClockFlag.WENT_BACKWARDS

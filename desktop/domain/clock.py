"""Whether the device's clock can be believed when a registration is made.

A registration's time is the device's: an officer (or a flat CMOS battery) can
set it anywhere. Two signs say it is not plausible, and the record is then
flagged (on the record, in the list, in the reports) rather than refused:
the clock is further from the centre's time than the bound at the last sync,
or it is earlier than a time this device has already used.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class ClockFlag(enum.StrEnum):
    OFF_FROM_CENTRE = "clock_off_from_centre"
    WENT_BACKWARDS = "clock_went_backwards"


@dataclass(frozen=True)
class ClockPolicy:
    max_offset: dt.timedelta = dt.timedelta(minutes=15)
    # Small steps back are normal (a time-server correction); a larger one is somebody setting the clock.
    max_backwards: dt.timedelta = dt.timedelta(minutes=5)


def clock_flag(now: dt.datetime, *, latest_seen: dt.datetime | None, centre_offset: dt.timedelta | None,
               policy: ClockPolicy = ClockPolicy()) -> ClockFlag | None:
    """`centre_offset` is the centre's time minus the device's at the last sync (None before any)."""
    if centre_offset is not None and abs(centre_offset) > policy.max_offset:
        return ClockFlag.OFF_FROM_CENTRE
    if latest_seen is not None and now < latest_seen - policy.max_backwards:
        return ClockFlag.WENT_BACKWARDS
    return None

"""When the application syncs by itself: the decision, without Qt or a clock of its own (the UI's timer asks).

While the centre was reachable at the last attempt ("online") a sync runs
every `sync_every` seconds. While it was not (the last attempt failed, or the
device never synced) the centre's health is probed every `probe_every`
seconds - one small unsigned request - and a sync starts as soon as it
answers. A device that is not enrolled is never probed. One thing at a time:
nothing is started while a sync or a probe runs.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

PROBE_EVERY_S = 45.0
SYNC_EVERY_S = 5 * 60.0


class Due(enum.Enum):
    NOTHING = "nothing"
    PROBE = "probe"
    SYNC = "sync"  # a scheduled one: it waits out the engine's back-off
    SYNC_NOW = "sync_now"  # the centre just answered after it could not be reached: the back-off is over


@dataclass
class SyncSchedule:
    probe_every: float = PROBE_EVERY_S
    sync_every: float = SYNC_EVERY_S
    _last_sync: float | None = None  # monotonic seconds
    _last_probe: float | None = None

    def due(self, now: float, *, enrolled: bool, online: bool, busy: bool) -> Due:
        """What to start at `now`; the caller then reports it back (`probe_started`, `sync_started`)."""
        if not enrolled or busy:
            return Due.NOTHING
        if online:
            # The first look after log-in only starts the count: a device that was online syncs a while later.
            if self._last_sync is None:
                self._last_sync = now
            return Due.SYNC if now - self._last_sync >= self.sync_every else Due.NOTHING
        if self._last_probe is None or now - self._last_probe >= self.probe_every:
            return Due.PROBE
        return Due.NOTHING

    def probe_started(self, now: float) -> None:
        self._last_probe = now

    def probed(self, answered: bool, last_error: str | None) -> Due:
        """After a probe: sync when the centre answered. Forced past the back-off only when the last failure
        was that the centre could not be reached (or there was none); a centre that answered with trouble
        (busy, a Retry-After) keeps its back-off."""
        if not answered:
            return Due.NOTHING
        return Due.SYNC_NOW if last_error in (None, "network") else Due.SYNC

    def sync_started(self, now: float) -> None:
        """Any sync, asked for or scheduled: the next scheduled one is counted from here."""
        self._last_sync = now

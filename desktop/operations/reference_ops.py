"""The reference data the application works with now, and loading it off the GUI thread.

The composition root holds one `CurrentReference` and passes it on. Whoever
starts work takes `current` once and keeps that snapshot: an open wizard
checks against the version it started with, even after `replace` installed a
newer one. Newer rules, consent text or offline limits come from the centre: sync keeps them
in the store, and `use_newest_kept` (at log-in, and after a sync that kept
one) makes them current where they are newer than those in use.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.operations.runner import Changes, Operation, OperationRunner, Pool, Progress

if TYPE_CHECKING:  # the domain loads with the data, after the first window is painted
    from desktop.domain.reference import ReferenceData
    from desktop.store.session import Session


class ReferenceNotLoaded(RuntimeError):
    """`current` was asked for before the first load finished (a defect: callers wait for `loaded`)."""


class CurrentReference:
    def __init__(self, initial: ReferenceData | None = None) -> None:
        self._lock = threading.Lock()
        self._current = initial

    @property
    def loaded(self) -> bool:
        return self._current is not None

    @property
    def current(self) -> ReferenceData:
        with self._lock:
            if self._current is None:
                raise ReferenceNotLoaded()
            return self._current

    def replace(self, new: ReferenceData) -> None:
        with self._lock:
            self._current = new

    def update(self, change: Callable[[ReferenceData], ReferenceData]) -> bool:
        """Replace the current data with `change(current)` in one step; True when that is a new object."""
        with self._lock:
            if self._current is None:
                raise ReferenceNotLoaded()
            new = change(self._current)
            changed, self._current = new is not self._current, new
            return changed


def load_bundled(runner: OperationRunner, holder: CurrentReference, resources: Path) -> Operation[ReferenceData]:
    """Read the bundled regions, rules and consent text (about 0.2 s) and make them current."""

    def job(_progress: Progress) -> ReferenceData:
        from desktop.domain.reference import load_reference

        reference = load_reference(resources)
        holder.replace(reference)
        return reference

    return Operation(runner, job, pool=Pool.IO, changes=Changes(reference=True))


def use_newest_kept(holder: CurrentReference, session: Session) -> bool:
    """Make the rules, consent text and offline limits kept from the centre current where newer (a store step);
    True if so."""
    from desktop.domain.reference import newest_of

    rules, consent = session.reference.stored()
    limits = session.reference.stored_limits()
    return holder.update(lambda current: newest_of(current, rules, consent, limits))


def adopt_kept(runner: OperationRunner, holder: CurrentReference, session: Session) -> Operation[bool]:
    """At log-in: what earlier syncs kept becomes current before the session's first wizard opens."""
    return Operation(runner, lambda _p: use_newest_kept(holder, session), changes=Changes(reference=True))

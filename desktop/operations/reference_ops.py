"""The reference data the application works with now, and loading it off the GUI thread.

The composition root holds one `CurrentReference` and passes it on. Whoever
starts work takes `current` once and keeps that snapshot: an open wizard
checks against the version it started with, even after `replace` installed a
newer one (which sync will pull from the centre).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.operations.runner import Changes, Operation, OperationRunner, Pool, Progress

if TYPE_CHECKING:  # the domain loads with the data, after the first window is painted
    from desktop.domain.reference import ReferenceData


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


def load_bundled(runner: OperationRunner, holder: CurrentReference, resources: Path) -> Operation[ReferenceData]:
    """Read the bundled regions, rules and consent text (about 0.2 s) and make them current."""

    def job(_progress: Progress) -> ReferenceData:
        from desktop.domain.reference import load_reference

        reference = load_reference(resources)
        holder.replace(reference)
        return reference

    return Operation(runner, job, pool=Pool.IO, changes=Changes(reference=True))

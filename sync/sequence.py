"""Request sequence numbers that never go back, even after a restart or a clock set back.

The centre refuses a request whose number is not above the last one it saw
from the device. `SequenceCounter` starts from the clock, which can be wrong;
this wraps it with a floor kept in the device's store: before a number above
the reserved floor is signed, a block above it is reserved and committed, so a
restarted client resumes above every number it may have used.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from sync.outbox import EnrolmentState
from sync.signing import SequenceCounter

# Ten seconds of the counter's microsecond clock: while batches go out, a store write every ten seconds, not every
# other batch (in the application that write waits behind the next batch's claim on the store thread).
DEFAULT_BLOCK = 10_000_000


class ReservedSequence:
    """A `next_seq` for `CentralClient` whose numbers are always below a floor already committed."""

    def __init__(self, store: EnrolmentState, *, clock: Callable[[], float] = time.time,
                 block: int = DEFAULT_BLOCK) -> None:
        if block < 1:
            raise ValueError("block")
        self._store = store
        self._block = block
        self._reserved = store.sequence_floor()
        self._counter = SequenceCounter(floor=self._reserved, clock=clock)
        self._lock = threading.Lock()

    def __call__(self) -> int:
        with self._lock:
            number = self._counter()
            if number > self._reserved:
                self._reserved = self._store.reserve_sequence(number + self._block)
            return number

    @property
    def reserved(self) -> int:
        return self._reserved

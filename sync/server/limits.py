"""Per-device limits at the centre: signed requests per minute, and NIK refusals per hour.

A device over a limit is answered 429 `rate_limited` with Retry-After. Its client takes that as an outage: it
waits, and nothing is counted against any record. The request limit stops a runaway or hostile device. The NIK
limit stops a device that tries NIKs to learn which are registered: each `nik_registered` refusal spends from an
hourly budget, and once it is spent the device's registrations wait. Every refusal past the budget is logged for
the centre's operators.

The buckets live in each server process's memory. With N workers a device may get up to N times the rate, and a
restart forgets them: the reference server's choice, stated here.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sync.protocol import ProblemCode
from sync.server.problems import Problem

log = logging.getLogger(__name__)


@dataclass
class _Bucket:
    tokens: float
    at: float


class _Buckets:
    """One token bucket per device: `capacity` tokens, refilled at `capacity` per `period` seconds."""

    def __init__(self, capacity: int, period: float, clock: Callable[[], float]) -> None:
        self.capacity, self.rate, self.clock = capacity, capacity / period, clock
        self._buckets: dict[str, _Bucket] = {}

    def level(self, device_id: str) -> _Bucket:
        now = self.clock()
        bucket = self._buckets.setdefault(device_id, _Bucket(self.capacity, now))
        bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.at) * self.rate)
        bucket.at = now
        return bucket

    def wait_for_one(self, bucket: _Bucket) -> int:
        return max(1, math.ceil((1 - bucket.tokens) / self.rate))


class DeviceLimits:
    def __init__(self, requests_per_minute: int, nik_refusals_per_hour: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._requests = _Buckets(requests_per_minute, 60, clock)
        self._refusals = _Buckets(nik_refusals_per_hour, 3600, clock)
        self._lock = threading.Lock()

    def admit(self, device_id: str) -> None:
        """Spend one request, or refuse with 429 (after the signature verified: no one can spend another's)."""
        with self._lock:
            bucket = self._requests.level(device_id)
            if bucket.tokens < 1:
                raise _limited(self._requests.wait_for_one(bucket), "Too many requests from this device.")
            bucket.tokens -= 1

    def admit_registrations(self, device_id: str) -> None:
        """Refuse a batch while the device's NIK refusals are over their budget."""
        with self._lock:
            bucket = self._refusals.level(device_id)
            if bucket.tokens < 1:
                raise _limited(self._refusals.wait_for_one(bucket), "Too many NIKs already registered elsewhere.")

    def note_nik_refusals(self, device_id: str, count: int) -> None:
        if count <= 0:
            return
        with self._lock:
            bucket = self._refusals.level(device_id)
            bucket.tokens -= count
            if bucket.tokens < 0:
                log.warning("device %s is over its NIK refusal budget (%d refusals past it)", device_id,
                            math.ceil(-bucket.tokens))


def _limited(retry_after: int, detail: str) -> Problem:
    return Problem(429, ProblemCode.RATE_LIMITED, detail, retry_after=retry_after)

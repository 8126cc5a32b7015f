"""Argon2id key derivation for passwords, with parameters kept per key slot.

Parameters are stored beside each slot so a slot made on a slow laptop still
opens after the device is replaced, and `calibrate` can pick stronger ones
for new slots on a faster machine.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

KEY_BYTES = 32
SALT_BYTES = 16

# Floors below which a slot is refused when read: a hand-edited file must not
# be able to weaken derivation for the next password written to it.
MIN_MEMORY_KIB = 8
MIN_ITERATIONS = 1
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 1

    def __post_init__(self) -> None:
        if not (MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB):
            raise ValueError("Argon2id memory out of range")
        if not (MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS):
            raise ValueError("Argon2id iterations out of range")
        if not (1 <= self.lanes <= 16) or self.memory_kib < 8 * self.lanes:
            raise ValueError("Argon2id lanes out of range")

    def to_dict(self) -> dict[str, int]:
        return {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}

    @classmethod
    def from_dict(cls, data: object) -> KdfParams:
        if not isinstance(data, dict) or set(data) != {"memory_kib", "iterations", "lanes"}:
            raise ValueError("bad KDF parameters")
        values = [data["memory_kib"], data["iterations"], data["lanes"]]
        if not all(type(v) is int for v in values):
            raise ValueError("bad KDF parameters")
        return cls(memory_kib=values[0], iterations=values[1], lanes=values[2])


def secret_bytes(text: str) -> bytes:
    """A password as bytes: NFC so the same typed text on any keyboard gives the same key."""
    return unicodedata.normalize("NFC", text).encode("utf-8", "surrogatepass")


def derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte key-encryption key for `secret` (any text: quotes, NULs, 10,000 characters)."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # loaded at the first log-in, not at start

    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret_bytes(secret))


def calibrate(target_seconds: float = 0.5, *, max_memory_kib: int = 256 * 1024) -> KdfParams:
    """Parameters that take about `target_seconds` on this machine.

    Memory is raised first (it is what hurts a GPU attacker), up to
    `max_memory_kib`; then iterations. Never weaker than 19 MiB x 2, the
    OWASP floor for Argon2id.
    """
    salt = b"\0" * SALT_BYTES
    memory = 19 * 1024
    iterations = 2

    def cost(m: int, t: int) -> float:
        # The faster of two runs: the first in a process carries a one-off start-up cost of tens of
        # milliseconds that, measured at the smallest size, stopped the memory doubling early (derivations
        # of a third of the target).
        runs = []
        for _ in range(2):
            start = time.perf_counter()
            derive("calibration", salt, KdfParams(memory_kib=m, iterations=t))
            runs.append(time.perf_counter() - start)
        return min(runs)

    elapsed = cost(memory, iterations)
    while elapsed * 2 <= target_seconds and memory * 2 <= max_memory_kib:
        memory *= 2
        elapsed = cost(memory, iterations)
    if elapsed < target_seconds:
        per_pass = elapsed / iterations
        iterations = max(iterations, min(MAX_ITERATIONS, round(target_seconds / per_pass)))
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=1)

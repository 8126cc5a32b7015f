"""Log-in lockout with a growing delay that survives a restart, and detection of a reset counter.

Design. Failed log-ins happen before anyone has a key, so the failure count
must live somewhere writable without one: the `lockout` section of
keyslots.json. Anyone who can write that file could also copy it and guess
offline against Argon2id, so the lockout is a brake on guessing at the desk,
not the last line of defence; what it must add is that resetting it is
*noticed*. So:

- `seq` counts every attempt (failed or successful) and never goes down;
  `failures` counts failures since the last success; each failure appends a
  `pending` entry (its seq, time, and the username only if it is a real
  account, since a mistyped password often lands in the username box).
- At each successful log-in the state is *signed*: `signed_seq` and an
  HMAC-SHA256 over (device id, signed_seq) keyed by HKDF(data key, "luring
  lockout v1") - a key only a slot can unwrap - and the same `signed_seq` is
  mirrored in the encrypted database (device setting `lockout_seq`).
- At the next successful log-in (login_record.py): a bad MAC, a `signed_seq` lower than the
  database's (the file was restored from an older copy), or an unsigned tail
  that does not add up (failures != seq - signed_seq, pending entries not
  exactly signed_seq+1..seq), or attempts that came sooner than the delays
  allow (`locked_until` edited; each pending entry carries its time) is
  recorded as `lockout_tamper_detected` and
  shown to supervisors as a security warning. Pending failures are written to
  the audit log as `login_failed`.
- The other way round: the signature also covers `base_seq`, the database's
  sequence when the file was signed (what the database keeps if that log-in's
  commit never happened). A database whose sequence is below the file's
  `signed_seq` and is not `base_seq` was replaced by an older copy: recorded
  as `database_rolled_back` and shown to supervisors.

What cannot be caught: a consistent rewind of only the unsigned tail back to
the last signed state (exactly what the file said right after the last
successful log-in) leaves no trace. That window is bounded by the delay
itself and by Argon2id's cost, and is stated here rather than hidden. Nor can
a database rolled back by exactly one log-in (indistinguishable from a crash
during that log-in's commit), or the file and the database restored together
from the same old copy: nothing on the device remembers a later state.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Any

FREE_ATTEMPTS = 5
FIRST_DELAY_SECONDS = 30
MAX_DELAY_SECONDS = 3600
MAX_PENDING = 200
UNKNOWN_USER = "#unknown"  # not a valid username, so it never stands for a real account
DATABASE_ROLLED_BACK = "database_rolled_back"


def delay_for(failures: int) -> int:
    """Seconds to wait after `failures` consecutive failures: 0, then 30 s doubling, capped at 1 h."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** min(failures - FREE_ATTEMPTS, 20)))


@dataclass(frozen=True)
class LockoutState:
    seq: int = 0
    failures: int = 0
    locked_until: float = 0.0
    signed_seq: int = 0
    mac: str = ""
    pending: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    dropped: int = 0
    base_seq: int | None = None  # None in files written before it existed

    def to_dict(self) -> dict[str, Any]:
        data = {"seq": self.seq, "failures": self.failures, "locked_until": self.locked_until,
                "signed_seq": self.signed_seq, "mac": self.mac, "pending": list(self.pending),
                "dropped": self.dropped}
        return data if self.base_seq is None else {**data, "base_seq": self.base_seq}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LockoutState:
        """Raises ValueError for anything malformed (the caller treats that as an edited file)."""
        if set(data) - {"base_seq"} != {"seq", "failures", "locked_until", "signed_seq", "mac", "pending", "dropped"}:
            raise ValueError("bad lockout state")
        base_seq = data.get("base_seq")
        ints = [data["seq"], data["failures"], data["signed_seq"], data["dropped"],
                *([] if base_seq is None else [base_seq])]
        if not all(type(v) is int and v >= 0 for v in ints):
            raise ValueError("bad lockout counters")
        if not isinstance(data["locked_until"], (int, float)) or not isinstance(data["mac"], str):
            raise ValueError("bad lockout state")
        pending = data["pending"]
        if not isinstance(pending, list) or not all(_good_pending(p) for p in pending):
            raise ValueError("bad pending list")
        return cls(data["seq"], data["failures"], float(data["locked_until"]), data["signed_seq"], data["mac"],
                   tuple(pending), data["dropped"], base_seq)


def _good_pending(entry: object) -> bool:
    return (isinstance(entry, dict) and set(entry) == {"seq", "time", "username"}
            and type(entry["seq"]) is int and isinstance(entry["time"], (int, float))
            and isinstance(entry["username"], str))


def mac_key(data_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes  # only at a log-in: the log-in window needs no cryptography
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, None, b"luring lockout v1").derive(data_key)


def _mac(key: bytes, device_id: str, signed_seq: int, base_seq: int | None) -> str:
    import hashlib  # with hmac, at log-in: OpenSSL's library need not load before the log-in window is painted
    import hmac

    text = f"luring lockout|{device_id}|{signed_seq}" + ("" if base_seq is None else f"|base {base_seq}")
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def seconds_left(state: LockoutState, now: float | None = None) -> int:
    """Seconds until the next attempt is allowed. A clock moved back cannot lengthen it past the delay."""
    now = time.time() if now is None else now
    left = min(state.locked_until - now, delay_for(state.failures))
    return max(0, int(left + 0.999))


def after_failure(state: LockoutState, username: str, now: float | None = None) -> LockoutState:
    now = time.time() if now is None else now
    seq = state.seq + 1
    failures = state.failures + 1
    delay = delay_for(failures)
    entry = {"seq": seq, "time": round(now, 3), "username": username}
    pending = (*state.pending, entry)
    dropped = state.dropped
    if len(pending) > MAX_PENDING:  # keep the file small; the count still adds up through `dropped`
        dropped += len(pending) - MAX_PENDING
        pending = pending[-MAX_PENDING:]
    return replace(state, seq=seq, failures=failures, locked_until=now + delay if delay else 0.0,
                   pending=pending, dropped=dropped)


def signed_fresh(key: bytes, device_id: str, seq: int, base_seq: int | None = None) -> LockoutState:
    """The state written after a success (or at set-up): nothing pending, signed at `seq`; `base_seq` is
    the database's sequence until that success commits."""
    return LockoutState(seq=seq, signed_seq=seq, mac=_mac(key, device_id, seq, base_seq), base_seq=base_seq)


def problems(state: LockoutState, key: bytes, device_id: str, database_seq: int,
             now: float | None = None) -> list[str]:
    """Why the file's lockout state looks tampered with; empty when it adds up."""
    now = time.time() if now is None else now
    found = []
    if _too_fast(state, now):
        found.append("pace")
    import hmac

    # As bytes: compare_digest refuses str with non-ASCII characters, and a tampered file may hold any.
    signed = hmac.compare_digest(state.mac.encode("utf-8", "surrogatepass"),
                                 _mac(key, device_id, state.signed_seq, state.base_seq).encode("ascii"))
    if not signed:
        found.append("signature")
    if state.signed_seq < database_seq:
        found.append("rolled_back")
    elif signed and state.base_seq is not None and database_seq not in (state.signed_seq, state.base_seq):
        found.append(DATABASE_ROLLED_BACK)  # the file was signed after a log-in this database never saw
    tail = state.seq - state.signed_seq
    if tail < 0 or state.failures != tail or len(state.pending) + state.dropped != tail:
        found.append("counter")
    elif [p["seq"] for p in state.pending] != list(range(state.seq - len(state.pending) + 1, state.seq + 1)):
        found.append("sequence")
    return found


def _too_fast(state: LockoutState, now: float) -> bool:
    """True when attempts came sooner than the delays allow: `locked_until` was edited (or the clock moved back)."""
    times = [float(p["time"]) for p in state.pending] + [now]
    first_count = state.dropped + 1
    for index in range(len(times) - 1):
        allowed_at = times[index] + delay_for(first_count + index) - 1  # 1 s of slack for rounding
        if times[index + 1] < allowed_at:
            return True
    return False


def resigned(state: LockoutState, key: bytes, device_id: str) -> LockoutState:
    """The same state signed under a new key (after a re-key)."""
    return replace(state, mac=_mac(key, device_id, state.signed_seq, state.base_seq))

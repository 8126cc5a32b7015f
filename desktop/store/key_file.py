"""keyslots.json and its lock-out state, owned by one object.

Everything that reads or writes the slots file goes through `KeyFile`: the
device before anyone logs in (its accounts, the lock-out countdown), a log-in,
a password change, account changes and a re-key. The guarded attempt to open
a slot - wait out the delay, run Argon2id, count a failure - exists once
(`open`), whoever asks for it.

A re-key writes the next file (`keyslots.next.json`) before the database
changes key and promotes it afterwards; a log-in after a crash in between
finishes the swap (see device.py).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.store import key_slots, lockout
from desktop.store.errors import KeySlotsUnreadable, LockedOut, LoginFailed
from desktop.store.key_slots import FILE_NAME, NEXT_FILE_NAME, KeySlots, Slot
from desktop.store.lockout import LockoutState

LOCK_FILE_NAME = "keyslots.lock"  # empty: only its OS lock matters

if TYPE_CHECKING:
    import filelock
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey


@dataclass(frozen=True)
class OpenedSlot:
    """A slot the secret opened, with what it gave and the file it was read from."""

    slots: KeySlots
    slot: Slot
    private_key: X25519PrivateKey
    data_key: bytes
    state: lockout.LockoutState


class KeyFile:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def exists(self, name: str = FILE_NAME) -> bool:
        return (self.data_dir / name).exists()

    def read(self, name: str = FILE_NAME) -> KeySlots:
        """The file, strictly checked (KeySlotsUnreadable otherwise), its lock-out state included."""
        slots = key_slots.read(self.data_dir, name)
        self.lockout(slots)
        return slots

    def write(self, slots: KeySlots, name: str = FILE_NAME) -> None:
        key_slots.write(self.data_dir, slots, name)

    @staticmethod
    def lockout(slots: KeySlots) -> lockout.LockoutState:
        try:
            return lockout.LockoutState.from_dict(slots.lockout)
        except (ValueError, TypeError, KeyError) as exc:
            raise KeySlotsUnreadable() from exc

    def seconds_left(self) -> int:
        """Seconds before the next attempt to open a slot is allowed (0 when free)."""
        return lockout.seconds_left(self.lockout(self.read()))

    def open(self, username: str, secret: str, *, name: str = FILE_NAME) -> OpenedSlot:
        """Open `username`'s slot with `secret`, or count a failed attempt: LockedOut(.seconds), LoginFailed.

        An unknown username costs the same Argon2id work and fails the same way as a wrong secret.
        """
        from desktop.store import slot_crypto  # cryptography loads at the first attempt, not for the log-in window

        with self.attempt_lock():
            slots = self.read(name)
            state = self.lockout(slots)
            wait = lockout.seconds_left(state)
            if wait > 0:
                raise LockedOut(wait)
            slot = slots.find(username) if username else None
            # Counted as failed before Argon2id runs, under the lock: guesses made in parallel each see the ones
            # before them, and one killed half-way still counts. A success signs a fresh state over it (the
            # session is handed the state from before this attempt, so the attempt is not audited as failed).
            counted = lockout.after_failure(state, username if slot is not None else lockout.UNKNOWN_USER)
            slots.lockout = counted.to_dict()
            self.write(slots, name)
        opened = slot_crypto.open_slot(slots.device_id, slot, secret) if slot is not None else None
        if slot is None:
            slot_crypto.dummy_open(slots.slots[0].kdf, secret)
        if slot is None or opened is None:
            raise LoginFailed()
        self._uncount(name, counted, state)
        return OpenedSlot(slots, slot, opened[0], opened[1], state)

    def _uncount(self, name: str, counted: LockoutState, before: LockoutState) -> None:
        """The secret was right: the attempt is no failure, even if the database then cannot be read (unless
        other attempts came meanwhile; a successful log-in signs a fresh state over them anyway)."""
        with self.attempt_lock():
            now = self.read(name)
            if now.lockout == counted.to_dict():
                now.lockout = before.to_dict()
                self.write(now, name)

    def attempt_lock(self) -> filelock.BaseFileLock:
        """The OS lock every reader-then-writer of the lock-out state holds, across processes."""
        import filelock  # at the first attempt, not for the log-in window

        return filelock.FileLock(self.data_dir / LOCK_FILE_NAME, timeout=60)

    def open_pending(self, username: str, secret: str) -> OpenedSlot | None:
        """The next file's slot for `username`, after an interrupted re-key (None if there is none or it fails)."""
        from desktop.store import slot_crypto

        if not self.exists(NEXT_FILE_NAME):
            return None
        pending = self.read(NEXT_FILE_NAME)
        slot = pending.find(username)
        opened = slot_crypto.open_slot(pending.device_id, slot, secret) if slot is not None else None
        if slot is None or opened is None:
            return None
        return OpenedSlot(pending, slot, opened[0], opened[1], self.lockout(pending))

    def promote_next(self) -> None:
        """The next file becomes the file (after the database changed key)."""
        os.replace(self.data_dir / NEXT_FILE_NAME, self.data_dir / FILE_NAME)
        key_slots.fsync_dir(self.data_dir)

    def discard_next(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.data_dir / NEXT_FILE_NAME).unlink()

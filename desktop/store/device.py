"""The device: its encrypted database, its key slots, and logging in.

Design
------
Data folder (owner-only): `luring.db`, SQLCipher-encrypted as a whole (WAL),
and `keyslots.json`, written atomically.

- One random 256-bit *data key* opens the database. Only that 32-byte key,
  as hex, ever reaches a PRAGMA: passwords never do.
- Each account (and the recovery key) has a slot (see key_slots.py): Argon2id
  turns the password into a KEK that opens the account's X25519 private key;
  the data key is sealed to the matching public key. Successful AES-GCM
  decryption is the password check; its associated data binds device id,
  username, role, public key and format version.
- Removing an account seals a NEW data key to the public keys of the accounts
  that remain (read from the encrypted database, not from the file) and
  re-keys the database, so the removed slot - or a stale copy of the file -
  opens nothing. Why public keys rather than per-account secret "slot keys"
  kept in the database: every officer can read the database, so a removed
  officer could have copied the others' slot keys and unwrapped the new data
  key; public keys give such a copy nothing. The new slots are written to
  keyslots.next.json before PRAGMA rekey (after a WAL checkpoint) and swapped
  in after it; a log-in after a crash in between finishes the swap.
- Unknown usernames run the same Argon2id work as wrong passwords and raise
  the same `LoginFailed`. Lockout and its tamper detection: lockout.py.
  Audit chain: audit.py. Migrations and the pre-migration copy: migrations.py.
- keyslots.json and its lock-out state have one owner, `KeyFile`
  (key_file.py); a logged-in `Session` is session.py.
- `Device.open` and failed log-ins never create or change luring.db; a
  database that cannot be read raises `StoreUnreadable`, a damaged slots file
  `KeySlotsUnreadable`. SQLCipher checks each page's HMAC when it is read, so
  a damaged page is an error, never silent garbage: the engine turns it into
  `StoreUnreadable` at whichever read meets it (database.is_damage).
  `Session.check_integrity` reads every page (`PRAGMA cipher_integrity_check`);
  it is not run at log-in because it costs about 15 ms per 1,000 records
  (0.29 s at 20,000, about 1.5 s at 100,000).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.paths import ensure_private_dir
from desktop.store import key_slots, lockout
from desktop.store.accounts import Account, Role, check_new_password, check_username
from desktop.store.database_file import check_database_file
from desktop.store.errors import AlreadySetUp, NotSetUp, StoreUnreadable
from desktop.store.kdf import KdfParams, calibrate
from desktop.store.key_file import KeyFile
from desktop.store.key_slots import FILE_NAME, RECOVERY_USERNAME, KeySlots
from desktop.store.office import OfficeInfo

if TYPE_CHECKING:
    from desktop.store.session import Session

__all__ = ["Account", "Device", "OfficeInfo", "Role"]

DB_NAME = "luring.db"
RECOVERY_DISPLAY_NAME = "Kunci pemulihan / Recovery key"


class Device:
    """A set-up data folder, before anyone has logged in.

    Opening one reads only keyslots.json and the database file's size and header: the log-in window shows
    the accounts and the lock-out countdown without loading the database engine.
    """

    def __init__(self, data_dir: Path, slots: KeySlots) -> None:
        self.data_dir = data_dir
        self.key_file = KeyFile(data_dir)
        self._slots = slots

    # -- finding and creating ----------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path) -> Device:
        """The device in `data_dir`; raises (and creates nothing) if it is not set up or not readable."""
        data_dir = Path(data_dir)
        if not _holds_a_device(data_dir):
            raise NotSetUp()
        if not (data_dir / DB_NAME).is_file():
            raise StoreUnreadable()
        check_database_file(data_dir / DB_NAME)
        return cls(data_dir, KeyFile(data_dir).read())

    @classmethod
    def set_up(cls, data_dir: Path, office: OfficeInfo, username: str, display_name: str, password: str,
               *, kdf: KdfParams | None = None) -> tuple[Session, str]:
        """Create the database and the first (supervisor) account; returns the session and the recovery key."""
        from desktop.store import slot_crypto  # cryptography and the engine load when they are needed
        from desktop.store.new_database import create_database

        data_dir = Path(data_dir)
        if _holds_a_device(data_dir):
            raise AlreadySetUp()
        name = check_username(username)
        check_new_password(password)
        params = kdf if kdf is not None else calibrate()
        ensure_private_dir(data_dir)

        import uuid  # set-up only: a start does not load it before the log-in window is painted

        device_id = uuid.uuid4().hex
        data_key = os.urandom(32)
        recovery_key = key_slots.new_recovery_key()
        supervisor = Account(name, display_name.strip() or name, Role.SUPERVISOR)
        slot, _ = slot_crypto.make_slot(device_id, name, supervisor.display_name, Role.SUPERVISOR, password,
                                      data_key, params)
        recovery, _ = slot_crypto.make_slot(device_id, RECOVERY_USERNAME, RECOVERY_DISPLAY_NAME, Role.SUPERVISOR,
                                          key_slots.normalise_recovery_key(recovery_key), data_key, params)
        state = lockout.signed_fresh(lockout.mac_key(data_key), device_id, 1, base_seq=1)
        slots = KeySlots(device_id, asdict(office), [slot, recovery], state.to_dict())
        office_json = json.dumps(asdict(office), sort_keys=True)
        old_umask = os.umask(0o077)
        try:
            session = create_database(KeyFile(data_dir), data_dir / DB_NAME, slots, data_key, params,
                                      accounts_with_keys=[(supervisor, slot.public_key),
                                                (Account(RECOVERY_USERNAME, RECOVERY_DISPLAY_NAME, Role.SUPERVISOR),
                                                 recovery.public_key)],
                                      office_json=office_json, region=office.region_code)
        except BaseException:
            for leftover in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", FILE_NAME):
                with contextlib.suppress(FileNotFoundError):
                    (data_dir / leftover).unlink()
            raise
        finally:
            os.umask(old_umask)
        return session, recovery_key

    # -- before login ------------------------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def device_id(self) -> str:
        return self._slots.device_id

    @property
    def office(self) -> OfficeInfo:
        return OfficeInfo.from_dict(self._slots.office)

    def accounts(self) -> list[Account]:
        """Who may log in here, as keyslots.json says (read afresh: an account added a moment ago is listed)."""
        self._slots = self.key_file.read()
        return sorted((Account(s.username, s.display_name, Role(s.role), s.must_change_password)
                       for s in self._slots.slots if s.username != RECOVERY_USERNAME),
                      key=lambda a: a.username)

    def lockout_seconds(self) -> int:
        """Seconds before the next log-in attempt is allowed (0 when free)."""
        return self.key_file.seconds_left()

    # -- logging in --------------------------------------------------------------------------------------
    def login(self, username: str, password: str) -> Session:
        """A session for `username`; LoginFailed for a wrong password or unknown user alike, LockedOut(.seconds)."""
        name = username.strip().lower() if isinstance(username, str) else ""
        if name == RECOVERY_USERNAME:
            name = ""  # the recovery slot opens only through login_with_recovery_key
        return self._login(name, password if isinstance(password, str) else "", event="login")

    def login_with_recovery_key(self, text: str) -> Session:
        """A supervisor session opened by the recovery key; audit-logged as `recovery_login`."""
        return self._login(RECOVERY_USERNAME, key_slots.normalise_recovery_key(text), event="recovery_login")

    def _login(self, name: str, secret: str, *, event: str) -> Session:
        from desktop.store.session import Session  # the engine loads only once it is needed

        opened = self.key_file.open(name, secret)
        try:
            session = Session.start(self.key_file, self.db_path, opened, event=event)
        except StoreUnreadable:
            # A re-key was interrupted after the database changed key: the next slots file holds it.
            pending = self.key_file.open_pending(name, secret)
            if pending is None:
                raise
            session = Session.start(self.key_file, self.db_path, pending, event=event)
        self.key_file.discard_next()  # either promoted by start() or left by a re-key that never happened
        self._slots = self.key_file.read()
        return session


def _holds_a_device(data_dir: Path) -> bool:
    return (data_dir / DB_NAME).exists() or (data_dir / FILE_NAME).exists()

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
import logging
import os
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from desktop.paths import ensure_private_dir
from desktop.store import accounts as accounts_table
from desktop.store import audit, database, key_slots, lockout, migrations, settings
from desktop.store.accounts import Account, AccountAdmin, Role
from desktop.store.database import open_engine
from desktop.store.errors import (
    AlreadySetUp,
    KeySlotsUnreadable,
    LockedOut,
    LoginFailed,
    NotSetUp,
    PermissionDenied,
    SessionClosed,
    StoreError,
    StoreUnreadable,
)
from desktop.store.kdf import KdfParams, calibrate
from desktop.store.key_slots import RECOVERY_USERNAME, KeySlots, Slot
from desktop.store.schema import metadata
from desktop.store.session_records import RecordsAccess, Stores

__all__ = ["Account", "Device", "OfficeInfo", "Role", "Session"]

log = logging.getLogger("luring.store")

DB_NAME = "luring.db"
# What a damaged file raises: StoreUnreadable from the engine (database.is_damage), and anything else
# SQLAlchemy or SQLCipher may raise on a page it cannot read (a HMAC failure can be SQLITE_NOMEM).
UNREADABLE: tuple[type[BaseException], ...] = (StoreUnreadable, SQLAlchemyError, MemoryError)
RECOVERY_DISPLAY_NAME = "Kunci pemulihan / Recovery key"


@dataclass(frozen=True)
class OfficeInfo:
    office_name: str
    disnaker_code: str
    region_code: str


class Device:
    """A set-up data folder, before anyone has logged in."""

    def __init__(self, data_dir: Path, slots: KeySlots) -> None:
        self.data_dir = data_dir
        self._slots = slots

    # -- finding and creating ----------------------------------------------------------------------------
    @staticmethod
    def is_set_up(data_dir: Path) -> bool:
        return (data_dir / DB_NAME).exists() or (data_dir / key_slots.FILE_NAME).exists()

    @classmethod
    def open(cls, data_dir: Path) -> Device:
        """The device in `data_dir`; raises (and creates nothing) if it is not set up or not readable."""
        data_dir = Path(data_dir)
        if not cls.is_set_up(data_dir):
            raise NotSetUp()
        if not (data_dir / DB_NAME).is_file():
            raise StoreUnreadable()
        database.check_database_file(data_dir / DB_NAME)
        slots = key_slots.read(data_dir)
        _lockout_state(slots)
        return cls(data_dir, slots)

    @classmethod
    def set_up(cls, data_dir: Path, office: OfficeInfo, username: str, display_name: str, password: str,
               *, kdf: KdfParams | None = None) -> tuple[Session, str]:
        """Create the database and the first (supervisor) account; returns the session and the recovery key."""
        data_dir = Path(data_dir)
        if cls.is_set_up(data_dir):
            raise AlreadySetUp()
        name = accounts_table.check_username(username)
        accounts_table.check_new_password(password)
        params = kdf if kdf is not None else calibrate()
        migrations.import_table_modules()
        ensure_private_dir(data_dir)

        device_id = uuid.uuid4().hex
        data_key = secrets.token_bytes(32)
        recovery_key = key_slots.new_recovery_key()
        supervisor = Account(name, display_name.strip() or name, Role.SUPERVISOR)
        slot, private_key = key_slots.make_slot(device_id, name, supervisor.display_name, Role.SUPERVISOR,
                                                password, data_key, params)
        recovery, _ = key_slots.make_slot(device_id, RECOVERY_USERNAME, RECOVERY_DISPLAY_NAME, Role.SUPERVISOR,
                                       key_slots.normalise_recovery_key(recovery_key), data_key, params)
        state = lockout.signed_fresh(lockout.mac_key(data_key), device_id, 1, base_seq=1)
        slots = KeySlots(device_id, asdict(office), [slot, recovery], state.to_dict())

        old_umask = os.umask(0o077)
        engine: Engine | None = None
        try:
            engine = open_engine(data_dir / DB_NAME, data_key)
            metadata.create_all(engine)
            with engine.begin() as conn:
                settings.put(conn, settings.DEVICE_ID, device_id)
                settings.put(conn, settings.OFFICE, json.dumps(asdict(office), sort_keys=True))
                settings.put(conn, settings.AUDIT_KEY, audit.derive_key(data_key).hex())
                settings.put(conn, settings.LOCKOUT_SEQ, "1")
                migrations.stamp_new(conn)
                accounts_table.insert(conn, supervisor, slot.public_key)
                accounts_table.insert(conn, Account(RECOVERY_USERNAME, RECOVERY_DISPLAY_NAME, Role.SUPERVISOR),
                                      recovery.public_key)
                audit_key = audit.derive_key(data_key)
                audit.append(conn, audit_key, "device_set_up", name, {"region": office.region_code})
                audit.append(conn, audit_key, "login", name, {})
            key_slots.write(data_dir, slots)
        except BaseException:
            if engine is not None:
                engine.dispose()
            for leftover in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", key_slots.FILE_NAME):
                with contextlib.suppress(FileNotFoundError):
                    (data_dir / leftover).unlink()
            raise
        finally:
            os.umask(old_umask)
        device = cls(data_dir, slots)
        return Session(device, engine, data_key, private_key, supervisor, params), recovery_key

    # -- before login ------------------------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def device_id(self) -> str:
        return self._slots.device_id

    @property
    def office(self) -> OfficeInfo:
        office = self._slots.office
        return OfficeInfo(office.get("office_name", ""), office.get("disnaker_code", ""),
                          office.get("region_code", ""))

    def accounts(self) -> list[Account]:
        return sorted((Account(s.username, s.display_name, Role(s.role), s.must_change_password)
                       for s in self._slots.slots if s.username != RECOVERY_USERNAME),
                      key=lambda a: a.username)

    def lockout_seconds(self) -> int:
        """Seconds before the next log-in attempt is allowed (0 when free)."""
        return lockout.seconds_left(_lockout_state(key_slots.read(self.data_dir)))

    # -- logging in --------------------------------------------------------------------------------------
    def login(self, username: str, password: str) -> Session:
        """A session for `username`; LoginFailed for a wrong password or unknown user alike, LockedOut(.seconds)."""
        name = username.strip().lower() if isinstance(username, str) else ""
        if name == RECOVERY_USERNAME:
            name = ""  # the recovery slot opens only through login_with_recovery_key
        return self._login(name, password if isinstance(password, str) else "", recovery=False)

    def login_with_recovery_key(self, text: str) -> Session:
        """A supervisor session opened by the recovery key; audit-logged as `recovery_login`."""
        return self._login(RECOVERY_USERNAME, key_slots.normalise_recovery_key(text), recovery=True)

    def _login(self, name: str, secret: str, *, recovery: bool) -> Session:
        slots = key_slots.read(self.data_dir)
        self._slots = slots
        state = _lockout_state(slots)
        wait = lockout.seconds_left(state)
        if wait > 0:
            raise LockedOut(wait)
        slot = slots.find(name) if name else None
        opened = key_slots.open_slot(slots.device_id, slot, secret) if slot is not None else None
        if slot is None:
            key_slots.dummy_open(slots.slots[0].kdf, secret)
        if opened is None:
            failed = lockout.after_failure(state, name if slot is not None else lockout.UNKNOWN_USER)
            slots.lockout = failed.to_dict()
            key_slots.write(self.data_dir, slots)
            raise LoginFailed()
        assert slot is not None
        event = "recovery_login" if recovery else "login"
        next_path = self.data_dir / key_slots.NEXT_FILE_NAME
        try:
            session = Session.start(self, slots, slot, *opened, state, event=event)
        except StoreUnreadable:
            if not next_path.exists():
                raise
            # A re-key was interrupted after the database changed key: the next slots file holds it.
            pending = key_slots.read(self.data_dir, key_slots.NEXT_FILE_NAME)
            pending_slot = pending.find(name)
            reopened = key_slots.open_slot(pending.device_id, pending_slot, secret) if pending_slot else None
            if pending_slot is None or reopened is None:
                raise
            self._slots = pending
            session = Session.start(self, pending, pending_slot, *reopened, _lockout_state(pending), event=event)
        with contextlib.suppress(FileNotFoundError):
            next_path.unlink()  # either promoted by start() or left by a re-key that never happened
        return session

    def _set_slots(self, slots: KeySlots) -> None:
        key_slots.write(self.data_dir, slots)
        self._slots = slots

    def _open_engine(self, data_key: bytes) -> Engine:
        database.check_database_file(self.db_path)
        engine = open_engine(self.db_path, data_key)
        with _disposed_on_failure(engine), engine.connect() as conn:
            stored_id = settings.get(conn, settings.DEVICE_ID)
        if stored_id != self._slots.device_id:
            engine.dispose()
            raise StoreUnreadable()
        return engine


@contextlib.contextmanager
def _disposed_on_failure(engine: Engine) -> Iterator[None]:
    """No pooled connection outlives a refusal; a page that cannot be read is never carried on with."""
    try:
        yield
    except UNREADABLE as exc:
        engine.dispose()
        raise StoreUnreadable() from exc
    except BaseException:
        engine.dispose()
        raise


def _lockout_state(slots: KeySlots) -> lockout.LockoutState:
    try:
        return lockout.LockoutState.from_dict(slots.lockout)
    except (ValueError, TypeError, KeyError) as exc:
        raise KeySlotsUnreadable() from exc


class Session(RecordsAccess, AccountAdmin):
    """A logged-in account. Holds the data key until `close()`."""

    def __init__(self, device: Device, engine: Engine, data_key: bytes, private_key: X25519PrivateKey,
                 account: Account, kdf: KdfParams) -> None:
        self._device = device
        self._engine: Engine | None = engine
        self._data_key = data_key
        self._private_key: X25519PrivateKey | None = private_key
        self._account = account
        self._kdf = kdf
        self._stores: Stores | None = None

    @classmethod
    def start(cls, device: Device, slots: KeySlots, slot: Slot, private_key: X25519PrivateKey, data_key: bytes,
              state: lockout.LockoutState, *, event: str) -> Session:
        """Open the database with a key a slot gave, check the file against it, sign the lockout state."""
        engine = device._open_engine(data_key)
        with _disposed_on_failure(engine):
            migrated = migrations.migrate(engine, device.db_path, migrations.MIGRATIONS)
            with engine.begin() as conn:
                known = {a.username: (a, key) for a, key in accounts_table.load_all(conn)}
                if slot.username not in known or known[slot.username][1] != slot.public_key:
                    raise KeySlotsUnreadable()  # a slot the database never issued
                account = known[slot.username][0]
                settled = lockout.settle_at_login(conn, lockout.mac_key(data_key), slots, state, known,
                                                  account.username)
                audit.append(conn, audit.stored_key(conn), event, account.username, {})
                # File first, inside the transaction: if it cannot be written nothing is committed, and a
                # file signed ahead of the database (crash after this line) is accepted next time: it
                # names the database's present sequence as its base.
                slots.lockout = settled.to_dict()
                device._set_slots(slots)
        if not migrated:  # the database opened and was read at its current version: the copies are done with
            try:
                migrations.discard_backups(device.db_path)
            except OSError as exc:  # tried again at the next log-in, and a re-key refuses to leave them
                log.warning("pre-migration copies not deleted (%s)", type(exc).__name__)
        if slot.username == RECOVERY_USERNAME:
            account = Account(RECOVERY_USERNAME, RECOVERY_DISPLAY_NAME, Role.SUPERVISOR)
        return cls(device, engine, data_key, private_key, account, slot.kdf)

    # -- who and what ------------------------------------------------------------------------------------
    @property
    def account(self) -> Account:
        return self._account

    @property
    def device(self) -> Device:
        return self._device

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise SessionClosed()
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def close(self) -> None:
        """Log out: record it, drop the keys, dispose the engine. Safe to call twice."""
        if self._engine is None:
            return
        with contextlib.suppress(StoreError, *UNREADABLE):
            self.record_event("logout")
        self._engine.dispose()
        self._engine = None
        self._stores = None
        self._data_key = b""
        self._private_key = None

    def _require_supervisor(self) -> None:
        self._require_password_changed()  # a reset supervisor manages nothing with the one-time code
        if not self._account.is_supervisor:
            raise PermissionDenied()

    def check_integrity(self) -> list[str]:
        """Problems found by SQLCipher's page HMAC check and SQLite's integrity check; empty when sound."""
        try:
            with self.engine.connect() as conn:
                cipher = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
                sqlite = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        except UNREADABLE as exc:
            return [f"the database could not be read to the end ({type(exc).__name__})"]
        return cipher + [line for line in sqlite if line != "ok"]

    def _replace_engine(self, engine: Engine, data_key: bytes) -> None:
        old = self._engine
        self._engine, self._data_key = engine, data_key
        self._stores = None  # the record stores held the old engine
        if old is not None:
            old.dispose()

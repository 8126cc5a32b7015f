"""Accounts on a device: who may log in, with which role; mirrored from keyslots.json into the database.

The database copy is the authority after login: its public keys are the ones
a new data key is sealed to, so a public key swapped in keyslots.json never
receives the data key.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Boolean, Column, Connection, Engine, LargeBinary, String, Table, select

from desktop.store import audit, database, key_slots, lockout, migrations
from desktop.store.errors import (
    InvalidUsername,
    LastSupervisor,
    LockedOut,
    LoginFailed,
    NotFound,
    PasswordUnchanged,
    PermissionDenied,
    UsernameTaken,
    WeakPassword,
)
from desktop.store.kdf import KdfParams, secret_bytes
from desktop.store.schema import metadata

if TYPE_CHECKING:
    from desktop.store.device import Device

MIN_PASSWORD_CHARS = 8
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


class Role(StrEnum):
    SUPERVISOR = "supervisor"
    OFFICER = "officer"


@dataclass(frozen=True)
class Account:
    username: str
    display_name: str
    role: Role
    must_change_password: bool = False

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR


accounts = Table(
    "accounts",
    metadata,
    Column("username", String(32), primary_key=True),
    Column("display_name", String(200), nullable=False),
    Column("role", String(16), nullable=False),
    Column("public_key", LargeBinary(32), nullable=False),
    Column("must_change_password", Boolean, nullable=False, default=False),
    Column("created_at", String(40), nullable=False),
)


def check_username(username: str) -> str:
    """The username as stored (lower case), or InvalidUsername."""
    if not isinstance(username, str):
        raise InvalidUsername()
    name = username.strip().lower()
    if not _USERNAME.match(name):
        raise InvalidUsername()
    return name


def check_new_password(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_CHARS:
        raise WeakPassword(MIN_PASSWORD_CHARS)


def insert(conn: Connection, account: Account, public_key: bytes) -> None:
    conn.execute(accounts.insert().values(
        username=account.username, display_name=account.display_name, role=account.role.value,
        public_key=public_key, must_change_password=account.must_change_password,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    ))


def update_key(conn: Connection, username: str, public_key: bytes, must_change_password: bool) -> None:
    conn.execute(accounts.update().where(accounts.c.username == username).values(
        public_key=public_key, must_change_password=must_change_password))


def delete(conn: Connection, username: str) -> None:
    conn.execute(accounts.delete().where(accounts.c.username == username))


def load_all(conn: Connection) -> list[tuple[Account, bytes]]:
    rows = conn.execute(select(accounts).order_by(accounts.c.username)).mappings().all()
    return [(Account(r["username"], r["display_name"], Role(r["role"]), bool(r["must_change_password"])),
             bytes(r["public_key"])) for r in rows]


def load(conn: Connection, username: str) -> tuple[Account, bytes] | None:
    for account, key in load_all(conn):
        if account.username == username:
            return account, key
    return None


class AccountAdmin(audit.AuditAccess):
    """Account management for `Session` (mixed in): adding, removing with a re-key, passwords, recovery key.

    Every change writes the database row, the audit entry and keyslots.json
    inside one transaction: if the file cannot be written, nothing commits.
    """

    _device: Device
    _data_key: bytes
    _private_key: X25519PrivateKey | None
    _account: Account
    _kdf: KdfParams

    def accounts(self) -> list[Account]:
        with self.engine.connect() as conn:
            return [a for a, _ in load_all(conn) if a.username != key_slots.RECOVERY_USERNAME]

    def add_account(self, username: str, display_name: str, role: Role | str, password: str) -> Account:
        self._require_supervisor()
        name = check_username(username)
        check_new_password(password)
        account = Account(name, display_name.strip() or name, Role(role))
        slots = key_slots.read(self._device.data_dir)
        with self.engine.begin() as conn:
            if load(conn, name) is not None or slots.find(name) is not None:
                raise UsernameTaken()
            slot, _ = key_slots.make_slot(slots.device_id, name, account.display_name, account.role, password,
                                          self._data_key, self._kdf)
            insert(conn, account, slot.public_key)
            audit.append(conn, self._audit_key(conn), "account_added", self._account.username,
                         {"username": name, "role": account.role.value})
            slots.put(slot)
            self._device._set_slots(slots)
        return account

    def change_password(self, old: str, new: str) -> None:
        """Re-wrap this account's private key under `new`; LoginFailed if `old` is wrong."""
        if self._account.username == key_slots.RECOVERY_USERNAME:
            raise PermissionDenied()
        check_new_password(new)
        if isinstance(old, str) and secret_bytes(new) == secret_bytes(old):
            raise PasswordUnchanged()  # after a reset, "old" is the one-time code the supervisor saw
        slots = key_slots.read(self._device.data_dir)
        state = lockout.LockoutState.from_dict(slots.lockout)
        wait = lockout.seconds_left(state)
        if wait > 0:
            raise LockedOut(wait)
        slot = slots.find(self._account.username)
        opened = key_slots.open_slot(slots.device_id, slot, old) if slot is not None else None
        if slot is None or opened is None:
            # Guessing the old password here is guessing a password: it counts like a failed log-in.
            slots.lockout = lockout.after_failure(state, self._account.username).to_dict()
            self._device._set_slots(slots)
            raise LoginFailed()
        new_slot = key_slots.with_secret(slots.device_id, replace(slot, must_change_password=False), opened[0],
                                         new, self._kdf)
        with self.engine.begin() as conn:
            update_key(conn, slot.username, slot.public_key, False)
            # The old password was proven: settle the failure count as a log-in does.
            known = {a.username: (a, key) for a, key in load_all(conn)}
            settled = lockout.settle_at_login(conn, lockout.mac_key(self._data_key), slots, state, known,
                                              slot.username)
            audit.append(conn, self._audit_key(conn), "password_changed", slot.username, {})
            slots.put(new_slot)
            slots.lockout = settled.to_dict()
            self._device._set_slots(slots)
        self._account = replace(self._account, must_change_password=False)

    def reset_password(self, username: str) -> str:
        """A one-time code that replaces `username`'s password; it must be changed at the next log-in."""
        self._require_supervisor()
        name = check_username(username)
        code = key_slots.new_one_time_code()
        self._replace_slot(name, code, must_change_password=True, event="password_reset")
        return code

    def regenerate_recovery_key(self) -> str:
        """A new recovery key (shown once); the old one opens nothing from now on."""
        self._require_supervisor()
        text = key_slots.new_recovery_key()
        self._replace_slot(key_slots.RECOVERY_USERNAME, key_slots.normalise_recovery_key(text),
                           must_change_password=False, event="recovery_key_regenerated")
        return text

    def _replace_slot(self, name: str, secret: str, *, must_change_password: bool, event: str) -> None:
        slots = key_slots.read(self._device.data_dir)
        with self.engine.begin() as conn:
            found = load(conn, name)
            if found is None:
                raise NotFound()
            account = found[0]
            slot, _ = key_slots.make_slot(slots.device_id, name, account.display_name, account.role, secret,
                                          self._data_key, self._kdf, must_change_password=must_change_password)
            update_key(conn, name, slot.public_key, must_change_password)
            details = {} if name == key_slots.RECOVERY_USERNAME else {"username": name}
            audit.append(conn, self._audit_key(conn), event, self._account.username, details)
            slots.put(slot)
            self._device._set_slots(slots)

    def remove_account(self, username: str) -> None:
        """Remove `username` and re-key the database, so its slot (or any old copy of it) opens nothing."""
        self._require_supervisor()
        name = check_username(username)
        if name == self._account.username:
            raise PermissionDenied()
        with self.engine.connect() as conn:
            everyone = load_all(conn)
        target = next((a for a, _ in everyone if a.username == name), None)
        if target is None:
            raise NotFound()
        supervisors = [a for a, _ in everyone
                       if a.is_supervisor and a.username not in (name, key_slots.RECOVERY_USERNAME)]
        if target.is_supervisor and not supervisors:
            raise LastSupervisor()
        self.rekey(removing=name)

    def rekey(self, *, removing: str | None = None) -> None:
        """Seal a new data key to every remaining account's public key (from the database) and re-key.

        The account being removed gets no seal, and its row is deleted only after the database has its
        new key: a crash in between leaves an account row without a slot (shown as a key-slot mismatch),
        never a removed account whose old slot still opens the database.
        """
        self._require_supervisor()
        device = self._device
        new_key = secrets.token_bytes(32)
        slots = key_slots.read(device.data_dir)
        with self.engine.connect() as conn:
            remaining = [(a, key) for a, key in load_all(conn) if a.username != removing]
        new_slots = []
        for account, public_key in remaining:
            slot = slots.find(account.username)
            if slot is None:
                continue  # no slot in the file: that account cannot log in until reset
            sealed = key_slots.seal_data_key(slots.device_id, account.username, account.role, public_key, new_key)
            new_slots.append(replace(slot, wrapped_data_key=sealed))
        state = lockout.LockoutState.from_dict(slots.lockout)
        next_slots = key_slots.KeySlots(slots.device_id, slots.office, new_slots,
                                        lockout.resigned(state, lockout.mac_key(new_key), slots.device_id).to_dict())
        # The next file is on disk before the database changes key, so a crash in between loses nothing.
        key_slots.write(device.data_dir, next_slots, key_slots.NEXT_FILE_NAME)
        # Pre-migration copies stay under the old key: gone before the new one exists, never left behind.
        migrations.discard_backups(device.db_path)
        engine = self.engine
        migrations.checkpoint(engine)
        database.rekey(engine, new_key)
        os.replace(device.data_dir / key_slots.NEXT_FILE_NAME, device.data_dir / key_slots.FILE_NAME)
        key_slots.fsync_dir(device.data_dir)
        device._slots = next_slots
        self._replace_engine(device._open_engine(new_key), new_key)
        with self.engine.begin() as conn:
            key = self._audit_key(conn)
            if removing is not None:
                delete(conn, removing)
                audit.append(conn, key, "account_removed", self._account.username, {"username": removing})
            audit.append(conn, key, "rekey", self._account.username, {"accounts": len(new_slots)})

    def _replace_engine(self, engine: Engine, data_key: bytes) -> None:
        raise NotImplementedError

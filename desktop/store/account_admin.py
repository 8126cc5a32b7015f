"""Changing the accounts of a device: add, deactivate, remove with a re-key, passwords, the recovery key.

Every change writes the database row, the audit entry and keyslots.json inside
one transaction: if the file cannot be written, nothing commits. Opening a
slot with an old password goes through the key file's one guarded attempt, so
guessing it here counts like a failed log-in.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import replace

from desktop.store import (
    accounts,
    accounts_table,
    audit,
    database,
    key_slots,
    lockout,
    login_record,
    migrations,
    settings,
    slot_crypto,
)
from desktop.store.accounts import Account, Role
from desktop.store.errors import LastSupervisor, NotFound, PasswordUnchanged, PermissionDenied, UsernameTaken
from desktop.store.kdf import secret_bytes
from desktop.store.session_state import SessionState, open_database


class AccountAdmin:
    def __init__(self, state: SessionState) -> None:
        self._state = state

    def all(self) -> list[Account]:
        """Every account (not the recovery key), from the database, deactivated ones marked."""
        with self._state.engine.connect() as conn:
            off = settings.deactivated(conn)
            return [replace(a, active=a.username not in off) for a, _ in accounts_table.load_all(conn)
                    if a.username != key_slots.RECOVERY_USERNAME]

    def deactivate(self, username: str) -> None:
        """An officer on leave or gone: kept in the lists their records name, but their slot leaves the file and
        the database is re-keyed, so their password (or an old copy of the file) opens nothing. A password
        reset brings the account back."""
        state = self._state
        name = self._others_account(username)
        with state.engine.begin() as conn:
            settings.set_deactivated(conn, settings.deactivated(conn) | {name})
            audit.append(conn, audit.stored_key(conn), "account_deactivated", state.account.username,
                         {"username": name})
        self.rekey()

    def _others_account(self, username: str) -> str:
        """Another account's username, which may leave: never one's own, never the last supervisor."""
        state = self._state
        state.require_supervisor()
        name = accounts.check_username(username)
        if name == state.account.username:
            raise PermissionDenied()
        with state.engine.connect() as conn:
            everyone = accounts_table.load_all(conn)
            off = settings.deactivated(conn)
        target = next((a for a, _ in everyone if a.username == name), None)
        if target is None:
            raise NotFound()
        supervisors = [a for a, _ in everyone if a.is_supervisor and a.username not in off
                       and a.username not in (name, key_slots.RECOVERY_USERNAME)]
        if target.is_supervisor and not supervisors:
            raise LastSupervisor()
        return name

    def add(self, username: str, display_name: str, role: Role | str, password: str) -> Account:
        state = self._state
        state.require_supervisor()
        name = accounts.check_username(username)
        accounts.check_new_password(password)
        account = Account(name, display_name.strip() or name, Role(role))
        slots = state.key_file.read()
        with state.engine.begin() as conn:
            if accounts_table.load(conn, name) is not None or slots.find(name) is not None:
                raise UsernameTaken()
            slot, _ = slot_crypto.make_slot(slots.device_id, name, account.display_name, account.role, password,
                                          state.data_key, state.kdf)
            accounts_table.insert(conn, account, slot.public_key)
            audit.append(conn, audit.stored_key(conn), "account_added", state.account.username,
                         {"username": name, "role": account.role.value})
            slots.put(slot)
            state.key_file.write(slots)
        return account

    def change_own_password(self, old: str, new: str) -> None:
        """Re-wrap the logged-in account's private key under `new`; LoginFailed if `old` is wrong."""
        state = self._state
        if state.account.username == key_slots.RECOVERY_USERNAME:
            raise PermissionDenied()
        accounts.check_new_password(new)
        if isinstance(old, str) and secret_bytes(new) == secret_bytes(old):
            raise PasswordUnchanged()  # after a reset, "old" is the one-time code the supervisor saw
        opened = state.key_file.open(state.account.username, old)
        slots, slot = opened.slots, opened.slot
        new_slot = slot_crypto.with_secret(slots.device_id, replace(slot, must_change_password=False),
                                         opened.private_key, new, state.kdf)
        with state.engine.begin() as conn:
            accounts_table.update_key(conn, slot.username, slot.public_key, False)
            # The old password was proven: settle the failure count as a log-in does.
            known = {a.username: (a, key) for a, key in accounts_table.load_all(conn)}
            settled = login_record.settle_at_login(conn, lockout.mac_key(state.data_key), slots, opened.state,
                                                   known, slot.username, state.office)
            audit.append(conn, audit.stored_key(conn), "password_changed", slot.username, {})
            slots.put(new_slot)
            slots.lockout = settled.to_dict()
            with state.key_file.attempt_lock():
                state.key_file.write(slots)
        state.account = replace(state.account, must_change_password=False)

    def reset_password(self, username: str) -> str:
        """A one-time code that replaces `username`'s password; it must be changed at the next log-in."""
        self._state.require_supervisor()
        name = accounts.check_username(username)
        code = key_slots.new_one_time_code()
        self._replace_slot(name, code, must_change_password=True, event="password_reset")
        self.rekey()  # a password suspected leaked, with an old copy of the file, must open nothing
        return code

    def regenerate_recovery_key(self) -> str:
        """A new recovery key (shown once, unconfirmed until `confirm_recovery_key`); the old one opens nothing
        from now on."""
        self._state.require_supervisor()
        text = key_slots.new_recovery_key()
        self._replace_slot(key_slots.RECOVERY_USERNAME, key_slots.normalise_recovery_key(text),
                           must_change_password=False, event="recovery_key_regenerated")
        with self._state.engine.begin() as conn:
            conn.execute(settings.device_settings.delete().where(
                settings.device_settings.c.key == settings.RECOVERY_CONFIRMED))
        self.rekey()  # the old key, with an old copy of the file, must open nothing
        return text

    def confirm_recovery_key(self) -> None:
        """A supervisor typed the key's last group and said it is written down."""
        self._state.require_supervisor()
        with self._state.engine.begin() as conn:
            settings.put(conn, settings.RECOVERY_CONFIRMED, dt.datetime.now(dt.UTC).isoformat())
            audit.append(conn, audit.stored_key(conn), "recovery_key_confirmed", self._state.account.username, {})

    def recovery_key_confirmed(self) -> bool:
        """False from set-up (or a new key) until a supervisor confirms the key written down: a device whose
        set-up stopped on the key's page keeps a key nobody wrote down, and a supervisor is told so."""
        with self._state.engine.connect() as conn:
            return settings.get(conn, settings.RECOVERY_CONFIRMED) is not None

    def _replace_slot(self, name: str, secret: str, *, must_change_password: bool, event: str) -> None:
        state = self._state
        slots = state.key_file.read()
        with state.engine.begin() as conn:
            found = accounts_table.load(conn, name)
            if found is None:
                raise NotFound()
            account = found[0]
            slot, _ = slot_crypto.make_slot(slots.device_id, name, account.display_name, account.role, secret,
                                          state.data_key, state.kdf, must_change_password=must_change_password)
            accounts_table.update_key(conn, name, slot.public_key, must_change_password)
            details = {} if name == key_slots.RECOVERY_USERNAME else {"username": name}
            off = settings.deactivated(conn)
            if name in off:  # a reset is how a deactivated account comes back
                settings.set_deactivated(conn, off - {name})
                audit.append(conn, audit.stored_key(conn), "account_reactivated", state.account.username, details)
            audit.append(conn, audit.stored_key(conn), event, state.account.username, details)
            slots.put(slot)
            state.key_file.write(slots)

    def remove(self, username: str) -> None:
        """Remove `username` and re-key the database, so its slot (or any old copy of it) opens nothing."""
        self.rekey(removing=self._others_account(username))

    def rekey(self, *, removing: str | None = None) -> None:
        """Seal a new data key to every remaining account's public key (from the database) and re-key.

        The account being removed gets no seal, and its row is deleted only after the database has its
        new key: a crash in between leaves an account row without a slot (shown as a key-slot mismatch),
        never a removed account whose old slot still opens the database.
        """
        state = self._state
        state.require_supervisor()
        new_key = secrets.token_bytes(32)
        slots = state.key_file.read()
        with state.engine.connect() as conn:
            off = settings.deactivated(conn)
            remaining = [(a, key) for a, key in accounts_table.load_all(conn) if a.username != removing]
        new_slots = []
        for account, public_key in remaining:
            slot = slots.find(account.username)
            if slot is None or account.username in off:
                continue  # no slot in the file, or deactivated: that account cannot log in until reset
            sealed = slot_crypto.seal_data_key(slots.device_id, account.username, account.role, public_key, new_key)
            new_slots.append(replace(slot, wrapped_data_key=sealed))
        resigned = lockout.resigned(state.key_file.lockout(slots), lockout.mac_key(new_key), slots.device_id)
        next_slots = key_slots.KeySlots(slots.device_id, slots.office, new_slots, resigned.to_dict())
        # The next file is on disk before the database changes key, so a crash in between loses nothing.
        state.key_file.write(next_slots, key_slots.NEXT_FILE_NAME)
        # Pre-migration copies stay under the old key: gone before the new one exists, never left behind.
        migrations.discard_backups(state.db_path)
        migrations.checkpoint(state.engine)
        database.rekey(state.engine, new_key)
        state.key_file.promote_next()
        state.replace_engine(open_database(state.db_path, new_key, state.device_id), new_key)
        with state.engine.begin() as conn:
            key = audit.stored_key(conn)
            if removing is not None:
                accounts_table.delete(conn, removing)
                audit.append(conn, key, "account_removed", state.account.username, {"username": removing})
            audit.append(conn, key, "rekey", state.account.username, {"accounts": len(new_slots)})

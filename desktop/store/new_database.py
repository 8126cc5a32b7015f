"""A new device's encrypted database: every table, the device settings, the first accounts, the first entries.

Device.set_up decides the keys and the slots; this writes them. The slots file
is written last, inside the transaction: if it cannot be written, nothing is
committed and set-up removes what it made.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from desktop.store import accounts_table, audit, migrations, settings
from desktop.store.accounts import Account
from desktop.store.database import open_engine
from desktop.store.kdf import KdfParams
from desktop.store.key_file import KeyFile
from desktop.store.key_slots import KeySlots
from desktop.store.office import OfficeInfo
from desktop.store.schema import metadata
from desktop.store.session import Session  # importing it declares every table on `metadata`
from desktop.store.session_state import SessionState


def create_database(key_file: KeyFile, db_path: Path, slots: KeySlots, data_key: bytes, kdf: KdfParams, *,
                    accounts_with_keys: list[tuple[Account, bytes]], office_json: str, region: str) -> Session:
    """The new database, and a session for its first account (the first of `accounts_with_keys`)."""
    engine: Engine | None = None
    try:
        engine = open_engine(db_path, data_key)
        metadata.create_all(engine)
        first = accounts_with_keys[0][0]
        with engine.begin() as conn:
            settings.put(conn, settings.DEVICE_ID, slots.device_id)
            settings.put(conn, settings.OFFICE, office_json)
            settings.put(conn, settings.AUDIT_KEY, audit.derive_key(data_key).hex())
            settings.put(conn, settings.LOCKOUT_SEQ, "1")
            migrations.stamp_new(conn)
            for account, public_key in accounts_with_keys:
                accounts_table.insert(conn, account, public_key)
            audit_key = audit.derive_key(data_key)
            audit.append(conn, audit_key, "device_set_up", first.username, {"region": region})
            audit.append(conn, audit_key, "login", first.username, {})
            key_file.write(slots)
    except BaseException:
        if engine is not None:
            engine.dispose()
        raise
    state = SessionState(key_file, db_path, slots.device_id, first, kdf, data_key,
                         office=OfficeInfo.from_json(office_json))
    state.replace_engine(engine, data_key)
    return Session(state)

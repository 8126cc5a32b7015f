"""The accounts table: every account mirrored from keyslots.json into the encrypted database.

The database copy is the authority after log-in: its public keys are the ones
a new data key is sealed to, so a public key swapped in keyslots.json never
receives the data key. Changing accounts is account_admin.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Boolean, Column, Connection, LargeBinary, String, Table, select

from desktop.store.accounts import Account, Role
from desktop.store.schema import metadata

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

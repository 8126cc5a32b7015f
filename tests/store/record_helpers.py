"""Shared bits for the records-side store tests: an encrypted engine and synthetic registrations.

Registrations are the domain's synthetic test registrations (never real people's),
numbered so each has its own NIK, KK, name and phone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from desktop.domain.registration import Contact, NoEmailReason, Registration, Sex
from desktop.domain.synthetic import valid_kk, valid_nik
from desktop.store import attachments, drafts, outbox, records  # noqa: F401  (declares the tables)
from desktop.store.database import open_engine
from desktop.store.schema import metadata
from tests.domain.factories import make_registration


def new_engine(path: Path, key: bytes | None = None) -> Engine:
    engine = open_engine(path, key or os.urandom(32))
    metadata.create_all(engine)
    return engine


def spelled(n: int) -> str:
    """`n` in letters, one per digit (123 -> "Bcd"): names hold no digits, and "Nomor Bc" still finds 12, 120..."""
    return "".join("abcdefghij"[int(d)] for d in str(n)).capitalize()


def make_reg(n: int = 1, **identity: Any) -> Registration:
    """Registration number `n` (1..8999): distinct NIK, KK, name and phone per n, built on the domain's
    test factory. `identity` overrides Identity fields; `phone=` overrides the phone."""
    phone = identity.pop("phone", f"+62812{n:08d}")
    birth = dt.date(1970, 1, 1) + dt.timedelta(days=n % 9000)
    sex = Sex.FEMALE if n % 2 else Sex.MALE
    fields: dict[str, Any] = {
        "nik": valid_nik("32.01.01", birth, sex, serial=n % 9999 + 1),
        "kk": valid_kk("32.01.01", dt.date(2015, 1, 1), serial=n % 9999 + 1),
        "full_name": f"Pendaftar Nomor {spelled(n)}",
        "birth_date": birth,
        "sex": sex,
    }
    fields.update(identity)
    reg = make_registration(contact=Contact(phone=phone, email=None, no_email_reason=NoEmailReason.HAS_NONE))
    return dataclasses.replace(reg, identity=dataclasses.replace(reg.identity, **fields))


def with_identity(reg: Registration, **changes: Any) -> Registration:
    return dataclasses.replace(reg, identity=dataclasses.replace(reg.identity, **changes))


class AuditLog:
    """Collects audit calls, and checks they come inside the store's transaction with only str/int details."""

    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, str | int]]] = []

    def __call__(self, conn: Connection, event: str, /, **details: str | int) -> None:
        assert conn.in_transaction(), "an audit entry outside the record's transaction"
        assert all(isinstance(v, str | int) for v in details.values())
        self.events.append((event, details))

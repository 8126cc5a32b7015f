"""Shared bits for the records-side store tests: an encrypted engine and synthetic registrations.

Uses `tests.domain.factories.make_registration` when it exists; the fallback
below builds the same kind of valid, synthetic (never real) registration.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from desktop.domain.registration import (
    Address,
    Background,
    Consent,
    Consenter,
    ConsentMethod,
    Contact,
    Education,
    EmploymentStatus,
    Identity,
    MaritalStatus,
    Registration,
    Sex,
)
from desktop.domain.synthetic import valid_kk, valid_nik
from desktop.store import attachments, drafts, records  # noqa: F401  (declares the tables)
from desktop.store.database import open_engine
from desktop.store.schema import metadata


def new_engine(path: Path, key: bytes | None = None) -> Engine:
    engine = open_engine(path, key or os.urandom(32))
    metadata.create_all(engine)
    return engine


def make_reg(n: int = 1, **identity: Any) -> Registration:
    """A registration numbered `n`: distinct NIK, KK and phone per n; `identity` overrides Identity fields;
    `phone=` overrides the phone."""
    phone = identity.pop("phone", f"+62812{n:08d}")
    birth = dt.date(1990, 1, 1) + dt.timedelta(days=n % 9000)
    sex = Sex.FEMALE if n % 2 else Sex.MALE
    fields: dict[str, Any] = {
        "nik": valid_nik("32.01.01", birth, sex, serial=n % 9999 + 1),
        "kk": valid_kk("32.01.01", dt.date(2015, 1, 1) + dt.timedelta(days=n % 3000), serial=n % 9999 + 1),
        "full_name": f"Pendaftar Nomor {n}",
        "birth_place": "Bogor",
        "birth_date": birth,
        "sex": sex,
        "marital_status": MaritalStatus.SINGLE,
    }
    fields.update(identity)
    return Registration(
        identity=Identity(**fields),
        address=Address("32", "32.01", "32.01.01", "32.01.01.2001", "Jl. Mawar 1", "001", "002", "16911"),
        contact=Contact(phone=phone, email=None),
        background=Background(Education.SMA_SMK, EmploymentStatus.UNEMPLOYED, in_formal_education=False),
        consent=Consent(Consenter.APPLICANT, ConsentMethod.SIGNATURE, "consent-v1",
                        dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC), "petugas1"),
        registered_on=dt.date(2026, 11, 23),
    )


def with_identity(reg: Registration, **changes: Any) -> Registration:
    return dataclasses.replace(reg, identity=dataclasses.replace(reg.identity, **changes))


class AuditLog:
    """Collects audit calls, and checks they carry only str/int details."""

    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, str | int]]] = []

    def __call__(self, event: str, **details: str | int) -> None:
        assert all(isinstance(v, str | int) for v in details.values())
        self.events.append((event, details))

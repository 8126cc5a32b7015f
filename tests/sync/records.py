"""Synthetic registrations for the sync tests (never real people's numbers).

Each call gets a fresh random NIK and KK, so a run against a long-lived
central server does not collide with earlier runs.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from desktop.domain.registration import (
    Address,
    AttachmentKind,
    AttachmentRef,
    Background,
    Consent,
    ConsentMethod,
    Consenter,
    Contact,
    Education,
    EmploymentStatus,
    Identity,
    MaritalStatus,
    Registration,
    Sex,
)
from desktop.domain.synthetic import valid_kk, valid_nik

_rng = random.SystemRandom()


def fresh_kk() -> str:
    recorded = dt.date(2015, 1, 1) + dt.timedelta(days=_rng.randrange(3000))
    return valid_kk("32.01.01", recorded, _rng.randrange(1, 10000))


def make_registration(
    *, kk: str | None = None, nik: str | None = None, attachments: tuple[bytes, ...] = (), **overrides: Any
) -> Registration:
    birth = dt.date(1975, 1, 1) + dt.timedelta(days=_rng.randrange(9000))
    sex = _rng.choice([Sex.MALE, Sex.FEMALE])
    identity = Identity(
        nik=nik or valid_nik("32.01.01", birth, sex, _rng.randrange(1, 10000)),
        kk=kk or fresh_kk(),
        full_name="Contoh Peserta",
        birth_place="Bogor",
        birth_date=birth,
        sex=sex,
        marital_status=MaritalStatus.SINGLE,
        nik_warnings_confirmed=True,
    )
    address = Address("32", "32.01", "32.01.01", "32.01.01.2001", "Jl. Contoh 1", "001", "002", "16911")
    refs = tuple(
        AttachmentRef(kind, _sha256(data), len(data), "image/jpeg")
        for kind, data in zip((AttachmentKind.KTP, AttachmentKind.SELFIE), attachments, strict=False)
    )
    values: dict[str, Any] = {
        "identity": identity,
        "address": address,
        "contact": Contact(phone="+6281234567890", no_email_reason=None, email="contoh@example.org"),
        "background": Background(Education.SMA_SMK, EmploymentStatus.UNEMPLOYED, in_formal_education=False),
        "consent": Consent(Consenter.APPLICANT, ConsentMethod.SIGNATURE, "builtin-1",
                           dt.datetime.now(dt.UTC).replace(microsecond=0), "petugas1"),
        "attachments": refs,
        "record_id": uuid.uuid4(),
        "registered_on": dt.date.today(),
    }
    values.update(overrides)
    return Registration(**values)


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()

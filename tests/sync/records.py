"""Synthetic registrations for the sync tests (never real people's numbers).

Built on the domain's shared factory; each call gets a fresh random NIK (with
a matching birth date) and KK, so runs against a long-lived central server do
not collide with earlier runs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid
from typing import Any

from desktop.domain.registration import AttachmentKind, AttachmentRef, Registration, Sex
from desktop.domain.synthetic import valid_kk, valid_nik
from tests.domain.factories import make_registration

_rng = random.SystemRandom()


def fresh_kk() -> str:
    recorded = dt.date(2010, 1, 1) + dt.timedelta(days=_rng.randrange(5000))
    return valid_kk("32.01.01", recorded, _rng.randrange(1, 10000))


def new_registration(*, kk: str | None = None, attachments: tuple[bytes, ...] = (), **overrides: Any) -> Registration:
    """A valid registration with fresh numbers; `attachments` become its KTP and selfie references."""
    birth = dt.date(1970, 1, 1) + dt.timedelta(days=_rng.randrange(12000))
    refs = tuple(
        AttachmentRef(kind, hashlib.sha256(data).hexdigest(), len(data), "image/jpeg")
        for kind, data in zip((AttachmentKind.KTP, AttachmentKind.SELFIE), attachments, strict=False)
    )
    values: dict[str, Any] = {
        "identity__nik": valid_nik("32.01.01", birth, Sex.FEMALE, _rng.randrange(1, 10000)),
        "identity__birth_date": birth,
        "identity__kk": kk or fresh_kk(),
        "record_id": uuid.uuid4(),
        "attachments": refs,
    }
    values.update(overrides)
    return make_registration(**values)

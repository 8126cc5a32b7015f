"""What a NIK already says, proposed for the fields still empty: the birth date, the sex and the KTP address's
province, regency and district (BRIEF: the NIK encodes them). Each stays editable; a value typed that differs
from the NIK is the warning the validation gives, never a refusal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from desktop.domain import nik as nik_rules
from desktop.domain.messages import DomainError
from desktop.domain.regions import Regions
from desktop.domain.registration_form import format_date

_ADDRESS = ("address.province_code", "address.regency_code", "address.district_code")


def propose_from_nik(data: Mapping[str, Any], *, regions: Regions, today: dt.date) -> dict[str, str]:
    """The fields to fill from the form's NIK: only those still empty, and only from a NIK that parses."""
    text = data.get("identity.nik")
    if not isinstance(text, str):
        return {}  # a form holds text; anything else (a damaged draft) proposes nothing
    try:
        nik = nik_rules.parse(text, today=today)
    except DomainError:
        return {}
    proposed: dict[str, str] = {}
    if not str(data.get("identity.birth_date", "")).strip():
        proposed["identity.birth_date"] = format_date(nik.birth_date)
    if not data.get("identity.sex"):
        proposed["identity.sex"] = nik.sex.value
    codes = (nik.province_dotted, nik.regency_dotted, nik.district_dotted)
    # The whole chain or nothing: an address begun by hand is the officer's, and a district the region list does
    # not hold (split since the KTP was issued) is chosen by hand too.
    if not any(data.get(key) for key in (*_ADDRESS, "address.village_code")) and all(c in regions for c in codes):
        proposed.update(zip(_ADDRESS, codes, strict=True))
    return proposed

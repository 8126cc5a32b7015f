"""Valid test data that other test suites reuse. Keep the defaults and signatures stable.

make_registration()                                  # a complete registration with no problems
make_registration(identity__full_name="Siti")        # "part__field" replaces one nested field
make_registration(contact=Contact(...))              # or replace a whole part
make_registration(identity__nik=make_valid_nik(serial=2))   # a second, distinct applicant
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from desktop.domain.registration import (
    Address,
    Background,
    Consent,
    Consenter,
    ConsentMethod,
    Contact,
    Disability,
    Education,
    EmploymentStatus,
    Identity,
    MaritalStatus,
    Registration,
    Sex,
)
from desktop.domain.synthetic import valid_kk, valid_nik

BIRTH_DATE = dt.date(1990, 5, 17)
REGISTERED_ON = dt.date(2026, 11, 2)
GIVEN_AT = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC)
# A real village: Cibinong, Kecamatan Cibinong, Kabupaten Bogor, Jawa Barat.
VILLAGE_CODE = "32.01.01.1006"
POSTAL_CODE = "16911"
PHONE = "+6281234567890"


def make_valid_nik(
    province_regency_district: str = "32.01.01",
    birth_date: dt.date = BIRTH_DATE,
    sex: Sex = Sex.FEMALE,
    serial: int = 1,
) -> str:
    return valid_nik(province_regency_district, birth_date, sex, serial)


def make_valid_kk(district: str = "32.01.01", recorded_on: dt.date = dt.date(2015, 3, 9), serial: int = 12) -> str:
    return valid_kk(district, recorded_on, serial)


def make_address(**overrides: Any) -> Address:
    fields: dict[str, Any] = {
        "province_code": "32",
        "regency_code": "32.01",
        "district_code": "32.01.01",
        "village_code": VILLAGE_CODE,
        "street": "Jl. Mawar No. 5",
        "rt": "003",
        "rw": "007",
        "postal_code": POSTAL_CODE,
    }
    fields.update(overrides)
    return Address(**fields)


def make_registration(**overrides: Any) -> Registration:
    """A registration that `check_registration` finds nothing wrong with (see the module docstring)."""
    parts: dict[str, Any] = {
        "identity": Identity(
            nik=make_valid_nik(),
            kk=make_valid_kk(),
            full_name="Siti Nur'aini",
            birth_place="Bogor",
            birth_date=BIRTH_DATE,
            sex=Sex.FEMALE,
            marital_status=MaritalStatus.MARRIED,
        ),
        "address": make_address(),
        "contact": Contact(phone=PHONE, email="siti.nuraini@example.com"),
        "background": Background(
            education=Education.SMA_SMK,
            employment_status=EmploymentStatus.LAID_OFF,
            in_formal_education=False,
            dependants=2,
            desired_training_field="Menjahit",
        ),
        "consent": Consent(
            consenter=Consenter.APPLICANT,
            method=ConsentMethod.SIGNATURE,
            text_version="2025.1",
            given_at=GIVEN_AT,
            officer="petugas1",
        ),
        "disability": Disability(),
        "registered_on": REGISTERED_ON,
    }
    nested: dict[str, dict[str, Any]] = {}
    for key, value in overrides.items():
        if "__" in key:
            part, name = key.split("__", 1)
            nested.setdefault(part, {})[name] = value
        else:
            parts[key] = value
    for part, changes in nested.items():
        parts[part] = dataclasses.replace(parts[part], **changes)
    return Registration(**parts)

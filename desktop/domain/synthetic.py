"""Valid-by-construction NIK and KK numbers for tests and demo data (never real people's)."""

from __future__ import annotations

import datetime as dt

from desktop.domain.id_number import undotted
from desktop.domain.nik import FEMALE_DAY_OFFSET
from desktop.domain.registration import Sex


def _region_digits(district_code: str) -> str:
    digits = undotted(district_code)
    if len(digits) != 6 or not digits.isascii() or not digits.isdigit():
        raise ValueError("district_code must be a district code like 32.01.01")
    return digits


def _serial(serial: int) -> str:
    if not 1 <= serial <= 9999:
        raise ValueError("serial must be 1..9999")
    return f"{serial:04d}"


def valid_nik(district_code: str, birth_date: dt.date, sex: Sex, serial: int = 1) -> str:
    """The 16-digit NIK for these fields, e.g. ("32.01.01", 1990-05-17, female, 1) -> "3201015705900001"."""
    day = birth_date.day + (FEMALE_DAY_OFFSET if sex == Sex.FEMALE else 0)
    return f"{_region_digits(district_code)}{day:02d}{birth_date:%m%y}{_serial(serial)}"


def valid_kk(district_code: str, recorded_on: dt.date, serial: int = 1) -> str:
    """The 16-digit KK number issued in `district_code` on `recorded_on`."""
    return f"{_region_digits(district_code)}{recorded_on:%d%m%y}{_serial(serial)}"

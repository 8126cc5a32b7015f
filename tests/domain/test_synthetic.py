"""The generators used by tests and the demo-data tool."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain import kk, nik
from desktop.domain.registration import Registration, Sex
from desktop.domain.synthetic import valid_kk, valid_nik
from tests.domain.factories import make_registration, make_valid_nik


def test_examples() -> None:
    assert valid_nik("32.01.01", dt.date(1990, 5, 17), Sex.FEMALE, 1) == "3201015705900001"
    assert valid_nik("320101", dt.date(1990, 5, 7), Sex.MALE, 9999) == "3201010705909999"
    assert valid_kk("32.01.01", dt.date(2015, 3, 9), 12) == "3201010903150012"
    assert make_valid_nik() == "3201015705900001"


@pytest.mark.parametrize("district", ["32.01", "32.01.01.1006", "3201", "32.01.0a", "３２.01.01", ""])
def test_bad_district_refused(district: str) -> None:
    with pytest.raises(ValueError, match="district"):
        valid_nik(district, dt.date(1990, 1, 1), Sex.MALE, 1)
    with pytest.raises(ValueError, match="district"):
        valid_kk(district, dt.date(2015, 1, 1), 1)


@pytest.mark.parametrize("serial", [0, -1, 10_000])
def test_bad_serial_refused(serial: int) -> None:
    with pytest.raises(ValueError, match="serial"):
        valid_nik("32.01.01", dt.date(1990, 1, 1), Sex.MALE, serial)


def test_generated_numbers_parse() -> None:
    parsed = nik.parse(valid_nik("73.71.01", dt.date(2001, 12, 31), Sex.FEMALE, 5), today=dt.date(2026, 1, 1))
    assert (parsed.birth_date, parsed.sex, parsed.serial) == (dt.date(2001, 12, 31), Sex.FEMALE, 5)
    assert kk.parse(valid_kk("73.71.01", dt.date(2020, 2, 29), 5)).recorded_on == dt.date(2020, 2, 29)


def test_factory_overrides_and_round_trip() -> None:
    reg = make_registration(identity__full_name="Budi", identity__nik=make_valid_nik(serial=2))
    assert reg.identity.full_name == "Budi"
    assert reg.identity.nik.endswith("0002")
    assert Registration.from_dict(reg.to_dict()) == reg
    with pytest.raises(TypeError):
        make_registration(identity__no_such_field=1)

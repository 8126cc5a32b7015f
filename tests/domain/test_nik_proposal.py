"""What the NIK proposes for the fields still empty, and what it never touches."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.nik_proposal import propose_from_nik
from tests.support import REFERENCE

TODAY = dt.date(2026, 12, 3)
NIK = "3201014108900001"  # Kabupaten Bogor, Cibinong; 1 August 1990, female (day + 40)


def propose(**data: object) -> dict[str, str]:
    return propose_from_nik({"identity.nik": NIK, **data}, regions=REFERENCE.regions, today=TODAY)


def test_an_empty_form_gets_the_birth_date_the_sex_and_the_district() -> None:
    assert propose() == {"identity.birth_date": "01-08-1990", "identity.sex": "female",
                         "address.province_code": "32", "address.regency_code": "32.01",
                         "address.district_code": "32.01.01"}


def test_what_the_officer_typed_or_chose_stays() -> None:
    assert propose(**{"identity.birth_date": "02-08-1990", "identity.sex": "male"}) == {
        "address.province_code": "32", "address.regency_code": "32.01", "address.district_code": "32.01.01"}
    # An address begun by hand (even only its village) is the officer's: no part of it is proposed.
    for key in ("address.province_code", "address.village_code"):
        assert set(propose(**{key: "31"})) == {"identity.birth_date", "identity.sex"}


def test_a_district_the_region_list_does_not_hold_proposes_no_address() -> None:
    proposed = propose_from_nik({"identity.nik": "3201414108900001"}, regions=REFERENCE.regions, today=TODAY)
    assert proposed == {"identity.birth_date": "01-08-1990", "identity.sex": "female"}


@pytest.mark.parametrize("nik", ["", "3201", "32010141089O0001", "3201014108900001" + "9", "3201013208900001",
                                 "\u0663\u0662" + "01014108900001", "3201 0141 0890 000\x00", None, 3201014108900001])
def test_a_nik_that_does_not_parse_proposes_nothing(nik: object) -> None:
    assert propose_from_nik({"identity.nik": nik}, regions=REFERENCE.regions, today=TODAY) == {}

"""check_registration: a good registration has no problems; each bad field is named with its code."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from desktop.domain.eligibility import Rules
from desktop.domain.regions import Regions
from desktop.domain.registration import (
    Accommodation,
    Consenter,
    ConsentMethod,
    Contact,
    Disability,
    DisabilityType,
    ExcludedOccupation,
    NoEmailReason,
    Registration,
    Sex,
)
from desktop.domain.validation import NIK_CONFIRMED, Problem, check_registration
from tests.domain.factories import BIRTH_DATE, make_address, make_registration, make_valid_kk, make_valid_nik

TODAY = dt.date(2026, 11, 23)


def _check(reg: Registration, regions: Regions, rules: Rules, **kw: Any) -> list[Problem]:
    return check_registration(reg, regions=regions, rules=rules, today=TODAY, **kw)


def _summary(problems: list[Problem]) -> list[tuple[str, str, bool]]:
    return [(p.field, p.message.code, p.blocking) for p in problems]


def test_good_registration_has_no_problems(regions: Regions, rules: Rules) -> None:
    assert _check(make_registration(), regions, rules) == []
    assert _check(make_registration(), regions, rules, registrations_on_kk=1) == []


def test_good_variants_have_no_problems(regions: Regions, rules: Rules) -> None:
    variants = [
        make_registration(identity__full_name="Sukarno"),
        make_registration(identity__full_name="Ni Luh Putu Ayu-Lestari"),
        make_registration(identity__full_name="M. Ja'far"),
        make_registration(contact=Contact(phone="+6285712345678", no_email_reason=NoEmailReason.HAS_NONE)),
        make_registration(current_address=make_address(rt="1", rw="12", street="Gg. Melati")),
        make_registration(
            consent__consenter=Consenter.GUARDIAN,
            consent__guardian_name="Budi Santoso",
            consent__method=ConsentMethod.VERBAL_WITH_WITNESS,
            consent__witness_name="Wati",
        ),
        make_registration(
            disability=Disability(
                consented=True,
                has_disability=True,
                types=frozenset({DisabilityType.SENSORY_VISION, DisabilityType.PHYSICAL}),
                accommodations=frozenset({Accommodation.SCREEN_READER}),
            )
        ),
        make_registration(disability=Disability(consented=True, has_disability=False)),
    ]
    for reg in variants:
        assert _check(reg, regions, rules) == []


BAD_FIELDS: list[tuple[str, dict[str, Any], str, str, bool]] = [
    ("nik length", {"identity__nik": "320101570590001"}, "identity.nik", "length", True),
    ("nik full-width", {"identity__nik": "３２０１０１５７０５９０００１"}, "identity.nik", "non_ascii_digit", True),
    ("nik serial", {"identity__nik": "3201015705900000"}, "identity.nik", "serial_zero", True),
    # Unconfirmed NIK warnings block on the confirmation, where the officer can answer them.
    ("nik date", {"identity__birth_date": dt.date(1990, 5, 18)}, NIK_CONFIRMED, "birth_date_mismatch", True),
    ("nik sex", {"identity__sex": Sex.MALE}, NIK_CONFIRMED, "sex_mismatch", True),
    (
        "nik region",
        {"identity__nik": make_valid_nik("32.99.01")},
        NIK_CONFIRMED,
        "unknown_region",
        True,
    ),
    ("kk", {"identity__kk": "3201010913150012"}, "identity.kk", "bad_month", True),
    ("kk region", {"identity__kk": make_valid_kk("32.99.01")}, "identity.kk", "unknown_region", False),
    ("name empty", {"identity__full_name": "  "}, "identity.full_name", "required", True),
    ("name digits", {"identity__full_name": "Siti 2"}, "identity.full_name", "name_characters", True),
    ("name symbols", {"identity__full_name": "Siti <b>"}, "identity.full_name", "name_characters", True),
    ("name only dots", {"identity__full_name": ". -"}, "identity.full_name", "name_characters", True),
    ("name long", {"identity__full_name": "A" * 101}, "identity.full_name", "too_long", True),
    ("name control", {"identity__full_name": "Siti\u200bAini"}, "identity.full_name", "control_characters", True),
    ("name newline", {"identity__full_name": "Siti\nAini"}, "identity.full_name", "control_characters", True),
    ("birth place", {"identity__birth_place": ""}, "identity.birth_place", "required", True),
    ("province unknown", {"address__province_code": "99"}, "address.province_code", "region_unknown", True),
    ("province bps", {"address__province_code": "3200"}, "address.province_code", "region_unknown", True),
    ("regency level", {"address__regency_code": "32"}, "address.regency_code", "region_wrong_level", True),
    ("regency elsewhere", {"address__regency_code": "33.01"}, "address.regency_code", "region_not_within", True),
    ("district elsewhere", {"address__district_code": "32.71.01"}, "address.district_code", "region_not_within", True),
    (
        "village elsewhere",
        {"address__village_code": "11.01.01.2001"},
        "address.village_code",
        "region_not_within",
        True,
    ),
    ("village undotted", {"address__village_code": "3201011006"}, "address.village_code", "region_unknown", True),
    ("village empty", {"address__village_code": ""}, "address.village_code", "required", True),
    ("street", {"address__street": ""}, "address.street", "required", True),
    ("rt letters", {"address__rt": "0a"}, "address.rt", "rt_format", True),
    ("rt long", {"address__rt": "0001"}, "address.rt", "rt_format", True),
    ("rt empty", {"address__rt": ""}, "address.rt", "required", True),
    ("rw arabic", {"address__rw": "٠٠٧"}, "address.rw", "rw_format", True),
    ("postal short", {"address__postal_code": "1691"}, "address.postal_code", "postal_code_format", True),
    ("postal full-width", {"address__postal_code": "１６９１１"}, "address.postal_code", "postal_code_format", True),
    ("postal other", {"address__postal_code": "16912"}, "address.postal_code", "postal_code_differs", False),
    ("phone landline", {"contact__phone": "+62215551234"}, "contact.phone", "not_mobile", True),
    ("phone empty", {"contact__phone": ""}, "contact.phone", "empty", True),
    ("phone local form", {"contact__phone": "081234567890"}, "contact.phone", "phone_not_e164", True),
    ("email syntax", {"contact__email": "siti@localhost"}, "contact.email", "email_format", True),
    ("email spaces", {"contact__email": "siti @example.com"}, "contact.email", "email_format", True),
    ("email two ats", {"contact__email": "a@b@example.com"}, "contact.email", "email_format", True),
    ("email none", {"contact__email": None}, "contact.email", "email_or_reason", True),
    ("email blank", {"contact__email": "   "}, "contact.email", "email_or_reason", True),
    (
        "email and reason",
        {"contact__no_email_reason": NoEmailReason.DECLINED},
        "contact.no_email_reason",
        "email_and_reason",
        True,
    ),
    ("dependants high", {"background__dependants": 21}, "background.dependants", "dependants_range", True),
    ("dependants negative", {"background__dependants": -1}, "background.dependants", "dependants_range", True),
    (
        "disability unconsented",
        {"disability": Disability(consented=False, has_disability=True, types=frozenset({DisabilityType.MENTAL}))},
        "disability.consented",
        "disability_without_consent",
        True,
    ),
    (
        "disability no type",
        {"disability": Disability(consented=True, has_disability=True)},
        "disability.types",
        "disability_type_required",
        True,
    ),
    (
        "disability types without disability",
        {"disability": Disability(consented=True, accommodations=frozenset({Accommodation.COMPANION}))},
        "disability.has_disability",
        "disability_details_without_disability",
        True,
    ),
    ("guardian", {"consent__consenter": Consenter.GUARDIAN}, "consent.guardian_name", "guardian_name_required", True),
    (
        "witness",
        {"consent__method": ConsentMethod.VERBAL_WITH_WITNESS},
        "consent.witness_name",
        "witness_name_required",
        True,
    ),
    ("consent version", {"consent__text_version": "latest"}, "consent.text_version", "consent_version", True),
    ("consent officer", {"consent__officer": ""}, "consent.officer", "required", True),
    (
        "consent future",
        {"consent__given_at": dt.datetime(2026, 12, 25, tzinfo=dt.UTC)},
        "consent.given_at",
        "consent_in_future",
        True,
    ),
    ("registered future", {"registered_on": dt.date(2026, 12, 1)}, "registered_on", "registered_in_future", True),
    # Eligibility is a verdict, not a blocker.
    (
        "not citizen",
        {"identity__indonesian_citizen": False},
        "identity.indonesian_citizen",
        "ineligible_citizenship",
        False,
    ),
    (
        "student",
        {"background__in_formal_education": True},
        "background.in_formal_education",
        "ineligible_not_in_formal_education",
        False,
    ),
    (
        "police",
        {"background__excluded_occupations": frozenset({ExcludedOccupation.POLRI})},
        "background.excluded_occupations",
        "ineligible_excluded_occupation",
        False,
    ),
]


@pytest.mark.parametrize(("name", "overrides", "field", "code", "blocking"), BAD_FIELDS, ids=[b[0] for b in BAD_FIELDS])
def test_each_bad_field_is_named(
    regions: Regions, rules: Rules, name: str, overrides: dict[str, Any], field: str, code: str, blocking: bool
) -> None:
    problems = _check(make_registration(**overrides), regions, rules)
    assert _summary(problems) == [(field, code, blocking)]
    message = problems[0].message
    assert message.text("id") and message.text("en") and message.text("id") != message.text("en")


def test_confirmed_nik_warnings_stop_blocking(regions: Regions, rules: Rules) -> None:
    reg = make_registration(identity__birth_date=dt.date(1990, 5, 18), identity__nik_warnings_confirmed=True)
    assert _summary(_check(reg, regions, rules)) == [("identity.nik", "birth_date_mismatch", False)]


def test_age_rules_use_registration_date(regions: Regions, rules: Rules) -> None:
    born = dt.date(2008, 11, 3)
    reg = make_registration(identity__birth_date=born, identity__nik=make_valid_nik(birth_date=born))
    assert _summary(_check(reg, regions, rules)) == [("identity.birth_date", "ineligible_age_min", False)]
    older = make_registration(
        identity__birth_date=born, identity__nik=make_valid_nik(birth_date=born), registered_on=dt.date(2026, 11, 3)
    )
    assert _check(older, regions, rules) == []


def test_kk_limit(regions: Regions, rules: Rules) -> None:
    assert _summary(_check(make_registration(), regions, rules, registrations_on_kk=2)) == [
        ("identity.kk", "ineligible_max_per_kk", False)
    ]


def test_birth_date_in_future_or_implausible(regions: Regions, rules: Rules) -> None:
    future = dt.date(2027, 1, 1)
    codes = [p.message.code for p in _check(make_registration(identity__birth_date=future), regions, rules)]
    assert "birth_date_future" in codes
    ancient = dt.date(1890, 5, 17)
    codes = [p.message.code for p in _check(make_registration(identity__birth_date=ancient), regions, rules)]
    assert "birth_date_implausible" in codes


def test_current_address_checked_separately(regions: Regions, rules: Rules) -> None:
    reg = make_registration(current_address=make_address(village_code="32.01.01.9999", rt="abcd"))
    assert _summary(_check(reg, regions, rules)) == [
        ("current_address.village_code", "region_unknown", True),
        ("current_address.rt", "rt_format", True),
    ]


def test_problems_carry_no_personal_data(regions: Regions, rules: Rules) -> None:
    reg = make_registration(
        identity__nik="32010157059O0001",
        identity__full_name="Siti 99",
        contact__phone="+6281234567890123",
        contact__email="siti nuraini@example",
        address__street="",
    )
    problems = _check(reg, regions, rules)
    assert len(problems) >= 5
    for problem in problems:
        for language in ("id", "en"):
            text = problem.message.text(language)  # type: ignore[arg-type]
            for secret in ("5705", "Siti", "81234567", "nuraini"):
                assert secret not in text


def test_default_birth_date_matches_nik() -> None:
    assert make_registration().identity.birth_date == BIRTH_DATE

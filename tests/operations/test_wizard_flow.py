"""The wizard's navigation and rules, without any widget."""

from __future__ import annotations

import datetime as dt
import time
import uuid

import pytest

from desktop.domain.registration import Consenter, ConsentMethod, Registration, Sex
from desktop.operations.registration_ops import data_from_registration, domain_problems, flow_field, step_of
from desktop.operations.wizard_flow import STEPS, WizardFlow, format_local_time, parse_date

TODAY = dt.date(2026, 11, 23)

GOOD: dict[str, object] = {
    "consent.consenter": "applicant", "consent.method": "signature", "consent.given": True,
    "identity.nik": "3201 0141 0890 0001", "identity.kk": "3201011505150003", "identity.full_name": "Siti Aminah",
    "identity.birth_place": "Bogor", "identity.birth_date": "01-08-1990", "identity.sex": "female",
    "identity.marital_status": "married",
    "address.province": "32", "address.regency": "32.01", "address.district": "32.01.01",
    "address.village": "32.01.01.1006", "address.street": "Jl. Mawar 3", "address.rt": "3", "address.rw": "12",
    "address.postal_code": "16911",
    "contact.phone": "0812-3456-7890", "contact.email": "", "contact.no_email_reason": "has_none",
    "background.education": "sma_smk", "background.employment_status": "unemployed",
    "background.dependants": "2", "background.excluded": [],
    "documents.ktp": {"sha256": "ab" * 32, "size": 1234, "media_type": "image/jpeg"},
}


def flow(**changes: object) -> WizardFlow:
    data = dict(GOOD)
    data.update(changes)
    return WizardFlow(data, today=TODAY)


def fields(problems: list) -> set[str]:
    return {p.field for p in problems if p.blocking}


def test_a_complete_registration_walks_to_review_and_builds() -> None:
    f = flow()
    for _ in STEPS[:-1]:
        assert fields(f.next()) == set()
    assert f.is_last
    reg = f.build(officer="petugas1", consent_version="v1", given_at=dt.datetime(2026, 11, 23, tzinfo=dt.UTC))
    assert reg.identity.nik == "3201014108900001"
    assert reg.identity.sex is Sex.FEMALE
    assert reg.contact.phone == "+6281234567890"
    assert reg.contact.email is None
    assert reg.address.rt == "003"
    assert reg.current_address is None
    assert reg.attachments[0].sha256 == "ab" * 32
    assert Registration.from_dict(reg.to_dict()) == reg


def test_empty_consent_blocks_and_names_every_field() -> None:
    f = WizardFlow(today=TODAY)
    assert fields(f.next()) == {"consent.consenter", "consent.method", "consent.given"}
    assert f.step == 0


def test_guardian_and_witness_need_names() -> None:
    f = flow(**{"consent.consenter": Consenter.GUARDIAN.value,
                "consent.method": ConsentMethod.VERBAL_WITH_WITNESS.value})
    assert fields(f.next()) == {"consent.guardian_name", "consent.witness_name"}


@pytest.mark.parametrize("nik, code", [
    ("320101410890000", "length"), ("32010141089000012", "length"), ("3201014113900001", "bad_month"),
    ("3201017208900001", "bad_day"), ("3201014108900000", "serial_zero"), ("320101410890000A", "non_digit"),
    ("３２０１０１４１０８９０００01", "non_ascii_digit"), ("", "empty"),
])
def test_malformed_nik_is_refused_with_its_reason(nik: str, code: str) -> None:
    f = flow(**{"identity.nik": nik})
    f.step = 1
    problems = [p for p in f.next() if p.field == "identity.nik"]
    assert [p.message.code for p in problems] == [code]
    assert f.step == 1


def test_nik_mismatch_needs_explicit_confirmation() -> None:
    f = flow(**{"identity.birth_date": "02-08-1990", "identity.sex": "male"})
    codes = {m.code for m in f.nik_warnings()}
    assert codes == {"birth_date_mismatch", "sex_mismatch"}
    f.step = 1
    assert fields(f.next()) == {"identity.nik_warnings_confirmed"}
    f.data["identity.nik_warnings_confirmed"] = True
    assert fields(f.next()) == set()
    assert f.step == 2


@pytest.mark.parametrize("text", ["31-04-1990", "1990-08-01", "abc", "00-01-1990", "01-01-2030", "01-01-1800"])
def test_bad_birth_dates(text: str) -> None:
    f = flow(**{"identity.birth_date": text})
    assert "identity.birth_date" in fields(f.problems(1))


def test_ten_thousand_characters_are_refused_not_truncated() -> None:
    f = flow(**{"identity.full_name": "A" * 10_000, "address.street": "x" * 10_000})
    assert [p.message.code for p in f.problems(1)] == ["too_long"]
    assert [p.message.code for p in f.problems(2)] == ["too_long"]


@pytest.mark.parametrize("phone", ["12345", "021-555-1234", "+1 202 555 0100", "0812-CALL-ME", "9" * 10_000])
def test_bad_phones(phone: str) -> None:
    assert "contact.phone" in fields(flow(**{"contact.phone": phone}).problems(3))


def test_email_or_reason() -> None:
    assert fields(flow(**{"contact.no_email_reason": ""}).problems(3)) == {"contact.no_email_reason"}
    assert fields(flow(**{"contact.email": "not-an-email"}).problems(3)) == {"contact.email"}
    assert fields(flow(**{"contact.email": "siti@contoh.id", "contact.no_email_reason": ""}).problems(3)) == set()


def test_current_address_checked_only_when_it_differs() -> None:
    assert fields(flow(**{"address.current_differs": True}).problems(2)) >= {"current.village", "current.street"}
    assert fields(flow(**{"address.rt": "12a", "address.postal_code": "123"}).problems(2)) == {
        "address.rt", "address.postal_code"}


def test_disability_needs_consent_and_a_type() -> None:
    assert fields(flow(**{"disability.has_disability": True}).problems(5)) == {
        "disability.consented", "disability.types"}
    assert fields(flow(**{"disability.has_disability": True, "disability.consented": True,
                          "disability.types": ["sensory_vision"]}).problems(5)) == set()


def test_ktp_is_required() -> None:
    assert fields(flow(**{"documents.ktp": None}).problems(6)) == {"documents.ktp"}


def test_navigation_back_and_jumps_only_to_reached_steps() -> None:
    f = flow()
    assert not f.go_to(3)
    f.next()
    f.next()
    assert f.go_to(0) and f.step == 0
    assert f.go_to(2)
    f.back()
    assert f.step == 1
    f.back()
    f.back()
    assert f.step == 0


def test_build_refuses_incomplete_data() -> None:
    with pytest.raises(ValueError):
        WizardFlow({"identity.nik": "3201014108900001"}, today=TODAY).build(
            officer="x", consent_version="v1", given_at=dt.datetime.now(dt.UTC))


def test_correction_round_trip_keeps_every_value() -> None:
    given = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
    rich = flow(**{"address.current_differs": True, "current.province": "31", "current.regency": "31.71",
                   "current.district": "31.71.01", "current.village": "31.71.01.1001", "current.street": "Gg. 5",
                   "current.rt": "001", "current.rw": "002", "current.postal_code": "10110",
                   "disability.has_disability": True, "disability.consented": True,
                   "disability.types": ["physical"], "disability.accommodations": ["companion"],
                   "contact.email": "siti@contoh.id", "background.excluded": ["asn"]})
    reg = rich.build(officer="p", consent_version="v1", given_at=given, record_id=uuid.uuid4())
    again = WizardFlow(data_from_registration(reg), today=TODAY).build(
        officer="p", consent_version="v1", given_at=given, record_id=reg.record_id)
    assert again == reg


def test_parse_date() -> None:
    assert parse_date("1/8/1990") == dt.date(1990, 8, 1)
    assert parse_date("29-02-2023") is None


@pytest.mark.parametrize("domain_field, key, step", [
    ("identity.full_name", "identity.full_name", 1), ("address.village_code", "address.village", 2),
    ("current_address.postal_code", "current.postal_code", 2), ("background.excluded_occupations",
                                                                "background.excluded", 4),
    ("consent.given_at", "consent.given_at", 0), ("registered_on", "registered_on", 7),
])
def test_domain_fields_map_to_wizard_keys(domain_field: str, key: str, step: int) -> None:
    assert flow_field(domain_field) == key
    assert step_of(key) == step


def test_domain_rules_run_on_the_built_record() -> None:
    from desktop.domain.eligibility import load_rules
    from desktop.domain.regions import Regions

    f = flow(**{"identity.full_name": "Siti\x00Aminah", "background.excluded": ["asn"]})
    reg = f.build(officer="p", consent_version="v1", given_at=dt.datetime(2026, 11, 20, tzinfo=dt.UTC))
    problems = domain_problems(f, reg, regions=Regions.load(), rules=load_rules())
    blocking = {p.field for p in problems if p.blocking}
    assert "identity.full_name" in blocking
    assert "background.excluded" in {p.field for p in problems if not p.blocking}  # eligibility: shown, not blocking


def test_stored_times_read_in_the_officers_time_zone(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Jakarta")  # WIB, UTC+7
    time.tzset()
    try:
        assert format_local_time(dt.datetime(2026, 12, 1, 20, 30, tzinfo=dt.UTC)) == "02-12-2026 03:30"
        assert format_local_time(dt.datetime(2026, 12, 1, 20, 30)) == "01-12-2026 20:30"  # naive: as written
    finally:
        monkeypatch.undo()
        time.tzset()

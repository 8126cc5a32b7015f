"""The wizard's navigation, without any widget; every rule it applies comes from the domain."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from typing import Any

import pytest

from desktop.domain.registration import Consenter, ConsentMethod, Registration, Sex
from desktop.domain.registration_form import form_data, upgrade_keys
from desktop.domain.validation import NIK_CONFIRMED
from desktop.operations.wizard_flow import REVIEW, STEPS, WizardFlow, format_local_time, step_of
from tests.support import REFERENCE

TODAY = dt.date(2026, 11, 23)
GIVEN_AT = "2026-11-23T08:00:00+00:00"

GOOD: dict[str, Any] = {
    "consent.consenter": "applicant", "consent.method": "signature", "consent.given": True,
    "consent.given_at": GIVEN_AT,
    "identity.nik": "3201 0141 0890 0001", "identity.kk": "3201011505150003", "identity.full_name": "Siti Aminah",
    "identity.birth_place": "Bogor", "identity.birth_date": "01-08-1990", "identity.sex": "female",
    "identity.marital_status": "married",
    "address.province_code": "32", "address.regency_code": "32.01", "address.district_code": "32.01.01",
    "address.village_code": "32.01.01.1006", "address.street": "Jl. Mawar 3", "address.rt": "3",
    "address.rw": "12", "address.postal_code": "16911",
    "contact.phone": "0812-3456-7890", "contact.email": "", "contact.no_email_reason": "has_none",
    "background.education": "sma_smk", "background.employment_status": "unemployed",
    "background.dependants": "2", "background.excluded_occupations": [],
    "documents.ktp": {"sha256": "ab" * 32, "size": 1234, "media_type": "image/jpeg"},
}


def flow(**changes: object) -> WizardFlow:
    data = dict(GOOD)
    data.update(changes)
    return WizardFlow(REFERENCE, officer="petugas1", data=data, today=TODAY)


def fields(problems: list) -> set[str]:
    return {p.field for p in problems if p.blocking}


def test_a_complete_registration_walks_to_review_and_builds() -> None:
    f = flow()
    for _ in STEPS[:-1]:
        assert fields(f.next()) == set()
    assert f.is_last
    reg = f.build()
    assert reg.identity.nik == "3201014108900001"
    assert reg.identity.sex is Sex.FEMALE
    assert reg.contact.phone == "+6281234567890"
    assert reg.contact.email is None
    assert reg.address.rt == "003"
    assert reg.current_address is None
    assert reg.attachments[0].sha256 == "ab" * 32
    assert (reg.consent.officer, reg.consent.text_version) == ("petugas1", REFERENCE.consent.version)
    assert Registration.from_dict(reg.to_dict()) == reg


def test_the_record_id_is_fixed_once_so_a_retried_save_is_the_same_record() -> None:
    f = flow()
    assert f.build().record_id == f.build().record_id == f.record_id


def test_empty_consent_blocks_and_names_every_field() -> None:
    f = WizardFlow(REFERENCE, officer="petugas1", today=TODAY)
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
    problems = [p for p in f.problems(1) if p.field == "identity.nik"]
    assert [p.message.code for p in problems] == [code]


def test_nik_mismatch_needs_explicit_confirmation() -> None:
    f = flow(**{"identity.birth_date": "02-08-1990", "identity.sex": "male"})
    codes = {m.code for m in f.nik_warnings()}
    assert codes == {"birth_date_mismatch", "sex_mismatch"}
    assert fields(f.problems(1)) == {NIK_CONFIRMED}
    f.data[NIK_CONFIRMED] = True
    assert fields(f.problems(1)) == set()
    assert f.build().identity.nik_warnings_confirmed


def test_a_district_from_before_a_split_is_warned_about_confirmed_and_kept() -> None:
    # 32.01.41 is no district in the 2025 list: a NIK issued there before a split is still a real NIK.
    assert REFERENCE.regions.get("32.01.41") is None
    f = flow(**{"identity.nik": "3201414108900001"})
    assert [m.code for m in f.nik_warnings()] == ["unknown_region"]
    assert fields(f.problems(1)) == {NIK_CONFIRMED}
    f.data[NIK_CONFIRMED] = True
    reg = f.build()
    assert reg.identity.nik == "3201414108900001" and reg.identity.nik_warnings_confirmed


@pytest.mark.parametrize("text, code", [("31-04-1990", "no_such_day"), ("1990-08-01", "bad_date"), ("abc", "bad_date"),
                                        ("00-01-1990", "no_such_day"), ("29-02-2023", "not_leap_year"),
                                        ("", "required"),
                                        ("01-01-2030", "birth_date_future"),
                                        ("01-01-1800", "birth_date_implausible")])
def test_bad_birth_dates(text: str, code: str) -> None:
    problems = flow(**{"identity.birth_date": text}).problems(1)
    assert [p.message.code for p in problems if p.field == "identity.birth_date" and p.blocking] == [code]


def test_an_unreadable_birth_date_is_not_compared_with_the_nik() -> None:
    f = flow(**{"identity.birth_date": "abc"})
    assert fields(f.problems(1)) == {"identity.birth_date"}, "no NIK warning about a placeholder date"


def test_ten_thousand_characters_are_refused_not_truncated() -> None:
    f = flow(**{"identity.full_name": "A" * 10_000, "address.street": "x" * 10_000})
    assert [p.message.code for p in f.problems(1)] == ["too_long"]
    assert [p.message.code for p in f.problems(2)] == ["too_long"]


@pytest.mark.parametrize("phone", ["12345", "021-555-1234", "+1 202 555 0100", "0812-CALL-ME", "9" * 10_000, ""])
def test_bad_phones(phone: str) -> None:
    assert "contact.phone" in fields(flow(**{"contact.phone": phone}).problems(3))


def test_email_or_reason() -> None:
    assert fields(flow(**{"contact.no_email_reason": ""}).problems(3)) == {"contact.email"}
    assert fields(flow(**{"contact.email": "not-an-email", "contact.no_email_reason": ""}).problems(3)) == {
        "contact.email"}
    assert fields(flow(**{"contact.email": "siti@contoh.id", "contact.no_email_reason": ""}).problems(3)) == set()


@pytest.mark.parametrize("dependants, code", [("x", "bad_number"), ("-1", "bad_number"), ("21", "dependants_range")])
def test_dependants_are_a_whole_number_the_domain_allows(dependants: str, code: str) -> None:
    problems = flow(**{"background.dependants": dependants}).problems(4)
    assert [(p.field, p.message.code) for p in problems] == [("background.dependants", code)]


def test_current_address_checked_only_when_it_differs() -> None:
    assert fields(flow(**{"address.current_differs": True}).problems(2)) >= {
        "current_address.village_code", "current_address.street"}
    assert fields(flow(**{"address.rt": "12a", "address.postal_code": "123"}).problems(2)) == {
        "address.rt", "address.postal_code"}


def test_disability_needs_consent_and_a_type() -> None:
    assert fields(flow(**{"disability.has_disability": True}).problems(5)) == {"disability.consented"}
    assert fields(flow(**{"disability.has_disability": True, "disability.consented": True}).problems(5)) == {
        "disability.types"}
    assert fields(flow(**{"disability.has_disability": True, "disability.consented": True,
                          "disability.types": ["sensory_vision"]}).problems(5)) == set()


def test_ktp_is_required() -> None:
    assert fields(flow(**{"documents.ktp": None}).problems(6)) == {"documents.ktp"}
    assert [p.message.code for p in flow(**{"documents.ktp": {"sha256": "x"}}).problems(6)] == ["attachment_damaged"]


def test_eligibility_is_shown_on_the_review_and_never_blocks() -> None:
    f = flow(**{"background.excluded_occupations": ["asn"]})
    reading = f.reading()
    assert [m.code for m in reading.eligibility()] == ["ineligible_excluded_occupation"]
    assert not reading.blocking and f.build()


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


def test_a_resumed_draft_counts_every_step_up_to_where_it_was_left_as_reached() -> None:
    f = flow()
    f.resume(5)
    assert (f.step, f.furthest) == (5, 5) and f.go_to(4)
    f.resume(99)
    assert f.step == 0, "a damaged step number starts at the beginning"


def test_build_refuses_incomplete_data() -> None:
    with pytest.raises(ValueError):
        WizardFlow(REFERENCE, officer="x", data={"identity.nik": "3201014108900001"}, today=TODAY).build()


def test_correction_round_trip_keeps_every_value() -> None:
    rich = flow(**{"address.current_differs": True, "current_address.province_code": "31",
                   "current_address.regency_code": "31.71", "current_address.district_code": "31.71.01",
                   "current_address.village_code": "31.71.01.1001", "current_address.street": "Gg. 5",
                   "current_address.rt": "001", "current_address.rw": "002", "current_address.postal_code": "10110",
                   "disability.has_disability": True, "disability.consented": True,
                   "disability.types": ["physical"], "disability.accommodations": ["companion"],
                   "contact.email": "siti@contoh.id", "contact.no_email_reason": "",
                   "background.excluded_occupations": ["asn"]})
    reg = dataclasses.replace(rich.build(), registered_on=dt.date(2026, 10, 1))
    correction = WizardFlow(REFERENCE, officer="someone-else", data=form_data(reg), today=TODAY, correcting=reg)
    again = correction.build()
    assert again == reg, "a correction keeps the record, its consent and its registration date"


def test_drafts_saved_under_the_earlier_keys_open_under_todays() -> None:
    old = {"address.village": "32.01.01.1006", "current.rt": "3", "current.village": "31.71.01.1001",
           "background.excluded": ["asn"], "identity.nik": "1"}
    assert upgrade_keys(old) == {"address.village_code": "32.01.01.1006", "current_address.rt": "3",
                                 "current_address.village_code": "31.71.01.1001",
                                 "background.excluded_occupations": ["asn"], "identity.nik": "1"}


@pytest.mark.parametrize("field, step", [
    ("identity.full_name", 1), ("address.village_code", 2), ("current_address.postal_code", 2),
    ("background.excluded_occupations", 4), ("consent.given_at", 0), ("documents.ktp", 6),
    ("registered_on", REVIEW),
])
def test_each_domain_field_is_shown_on_its_step(field: str, step: int) -> None:
    assert step_of(field) == step


def test_the_review_shows_every_problem() -> None:
    f = flow(**{"identity.full_name": "", "contact.phone": "12"})
    assert fields(f.problems(REVIEW)) == {"identity.full_name", "contact.phone"}


def test_stored_times_read_in_the_officers_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Jakarta")  # WIB, UTC+7
    time.tzset()
    try:
        assert format_local_time(dt.datetime(2026, 12, 1, 20, 30, tzinfo=dt.UTC)) == "02-12-2026 03:30"
        assert format_local_time(dt.datetime(2026, 12, 1, 20, 30)) == "01-12-2026 20:30"  # naive: as written
    finally:
        monkeypatch.undo()
        time.tzset()

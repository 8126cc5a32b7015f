"""The form's own reading of typed input: dates as officers write them, and a registration's form and back."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from desktop.domain.registration_form import date_message, form_data, format_date, parse_date, read_form
from tests.domain.factories import make_registration
from tests.support import REFERENCE


@pytest.mark.parametrize("text, day", [
    ("1/8/1990", dt.date(1990, 8, 1)), ("01-08-1990", dt.date(1990, 8, 1)), (" 17.08.1945 ", dt.date(1945, 8, 17)),
    ("29-02-2024", dt.date(2024, 2, 29)),
])
def test_dates_are_read_as_day_month_year(text: str, day: dt.date) -> None:
    assert parse_date(text) == day
    assert parse_date(format_date(day)) == day


@pytest.mark.parametrize("text", [
    "29-02-2023", "31-04-1990", "00-01-1990", "1990-08-01", "", "abc", "01-08-90", "١٧-٠٨-١٩٤٥", "1" * 10_000,
    "01-13-1990",
])
def test_anything_else_is_not_a_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize("text, code, indonesian, english", [
    ("31-02-1990", "no_such_day", "Februari tidak punya tanggal 31.", "February has no 31st."),
    ("31-04-1990", "no_such_day", "April tidak punya tanggal 31.", "April has no 31st."),
    ("32-01-1990", "no_such_day", "Januari tidak punya tanggal 32.", "January has no 32nd."),
    ("00-01-1990", "no_such_day", "Januari tidak punya tanggal 0.", "There is no day 0."),
    ("29-02-2023", "not_leap_year", "Tahun itu bukan tahun kabisat: Februari hanya sampai tanggal 28.",
     "That year is not a leap year: February has only 28 days."),
    ("01-13-1990", "bad_month", "Bulan 13 tidak ada: bulan ditulis 01 sampai 12, mis. 17-08-1990.",
     "There is no month 13: months go from 01 to 12, e.g. 17-08-1990."),
])
def test_an_impossible_date_is_told_precisely(text: str, code: str, indonesian: str, english: str) -> None:
    message = date_message(text)
    assert (message.code, message.text("id"), message.text("en")) == (code, indonesian, english)


@pytest.mark.parametrize("text", ["1990-08-01", "abc", "01-08-90", "1" * 10_000, "00-00-0000"])
def test_what_is_not_written_as_a_date_gets_the_format(text: str) -> None:
    assert date_message(text).code in ("bad_date", "bad_month")
    assert "DD-MM-YYYY" in date_message("abc").text("en")


def test_the_form_reports_the_precise_reason() -> None:
    reading = read_form({"identity.birth_date": "31-02-1990"}, regions=REFERENCE.regions, rules=REFERENCE.rules,
                        today=dt.date(2026, 1, 1), officer="petugas", consent_version="1", record_id=uuid.uuid4())
    (problem,) = [p for p in reading.problems if p.field == "identity.birth_date"]
    assert problem.message.text("en") == "February has no 31st."


def test_a_registration_read_back_from_its_form_is_the_same_registration() -> None:
    reg = make_registration()
    again = read_form(form_data(reg), regions=REFERENCE.regions, rules=REFERENCE.rules, today=dt.date(2026, 11, 23),
                      officer=reg.consent.officer, consent_version=reg.consent.text_version,
                      record_id=reg.record_id, registered_on=reg.registered_on)
    assert again.registration == reg

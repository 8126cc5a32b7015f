"""The form's own reading of typed input: dates as officers write them, and a registration's form and back."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.registration_form import form_data, format_date, parse_date, read_form
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


def test_a_registration_read_back_from_its_form_is_the_same_registration() -> None:
    reg = make_registration()
    again = read_form(form_data(reg), regions=REFERENCE.regions, rules=REFERENCE.rules, today=dt.date(2026, 11, 23),
                      officer=reg.consent.officer, consent_version=reg.consent.text_version,
                      record_id=reg.record_id, registered_on=reg.registered_on)
    assert again.registration == reg

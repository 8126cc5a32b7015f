"""NIK parsing: generated valid numbers round-trip; each malformed class has its code."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import nik
from desktop.domain.messages import DomainError
from desktop.domain.nik import InvalidNik
from desktop.domain.registration import Sex
from desktop.domain.synthetic import valid_nik

TODAY = dt.date(2026, 11, 23)

region_part = st.integers(1, 99).map(lambda n: f"{n:02d}")
districts = st.tuples(region_part, region_part, region_part).map(".".join)
# Two-digit years cover one century: the parser picks the one ending today.
birth_dates = st.dates(min_value=dt.date(1926, 11, 24), max_value=TODAY)
serials = st.integers(1, 9999)


@given(districts, birth_dates, st.sampled_from(Sex), serials)
def test_valid_nik_round_trips(district: str, born: dt.date, sex: Sex, serial: int) -> None:
    parsed = nik.parse(valid_nik(district, born, sex, serial), today=TODAY)
    assert parsed.district_dotted == district
    assert parsed.district_code == district.replace(".", "")
    assert parsed.regency_dotted == district[:5]
    assert parsed.province_code == district[:2]
    assert parsed.birth_date == born
    assert parsed.sex == sex
    assert parsed.serial == serial
    assert parsed.warnings == []


@given(birth_dates, st.sampled_from(Sex), st.lists(st.sampled_from([" ", ".", "-", "  "]), min_size=15, max_size=15))
def test_separators_are_stripped(born: dt.date, sex: Sex, seps: list[str]) -> None:
    value = valid_nik("32.01.01", born, sex, 1)
    typed = value[0] + "".join(sep + digit for sep, digit in zip(seps, value[1:], strict=True))
    assert nik.parse(" " + typed + "\t", today=TODAY).value == value


def test_known_example() -> None:
    parsed = nik.parse("3201015705900001", today=TODAY)
    assert (parsed.province_dotted, parsed.regency_dotted, parsed.district_dotted) == ("32", "32.01", "32.01.01")
    assert (parsed.province_code, parsed.regency_code, parsed.district_code) == ("32", "3201", "320101")
    assert parsed.birth_date == dt.date(1990, 5, 17)
    assert parsed.sex == Sex.FEMALE
    assert parsed.serial == 1


def test_leading_zeros_kept() -> None:
    value = valid_nik("01.01.01", dt.date(2001, 1, 1), Sex.MALE, 1)
    assert value.startswith("010101")
    assert nik.parse(value, today=TODAY).value == value


def _replace(value: str, start: int, part: str) -> str:
    return value[:start] + part + value[start + len(part) :]


def _code(text: str) -> str:
    with pytest.raises(InvalidNik) as info:
        nik.parse(text, today=TODAY)
    assert isinstance(info.value, DomainError)
    assert info.value.message.text("id") and info.value.message.text("en")
    return info.value.code


GOOD = valid_nik("32.01.01", dt.date(1990, 5, 17), Sex.MALE, 42)


@given(st.sampled_from([0, 2, 4]))
def test_zero_region_rejected(start: int) -> None:
    assert _code(_replace(GOOD, start, "00")) == "region_zero"


@given(st.one_of(st.just(0), st.integers(32, 40), st.integers(72, 99)))
def test_bad_day_rejected(day: int) -> None:
    assert _code(_replace(GOOD, 6, f"{day:02d}")) == "bad_day"


@given(st.one_of(st.just(0), st.integers(13, 99)))
def test_bad_month_rejected(month: int) -> None:
    assert _code(_replace(GOOD, 8, f"{month:02d}")) == "bad_month"


@pytest.mark.parametrize("ddmmyy", ["310490", "300290", "290290", "710490", "690201"])
def test_dates_not_in_calendar_rejected(ddmmyy: str) -> None:
    assert _code(_replace(GOOD, 6, ddmmyy)) == "no_such_date"


def test_leap_day_accepted_for_both_sexes() -> None:
    assert nik.parse(_replace(GOOD, 6, "290200"), today=TODAY).birth_date == dt.date(2000, 2, 29)
    assert nik.parse(_replace(GOOD, 6, "690296"), today=TODAY).birth_date == dt.date(1996, 2, 29)


def test_serial_zero_rejected() -> None:
    assert _code(_replace(GOOD, 12, "0000")) == "serial_zero"


@given(st.text(alphabet="0123456789", max_size=40).filter(lambda s: len(s) not in (0, 16)))
def test_wrong_length_rejected(digits: str) -> None:
    assert _code(digits) == "length"


@pytest.mark.parametrize("text", ["", "   ", "-- . --", "\n"])
def test_empty_rejected(text: str) -> None:
    assert _code(text) == "empty"


def _to_script(value: str, zero: int) -> str:
    return "".join(chr(zero + int(ch)) for ch in value)


@pytest.mark.parametrize("zero", [0xFF10, 0x0660, 0x06F0, 0x0966, 0x1D7CE, 0x0E50])
def test_other_script_digits_rejected_not_converted(zero: int) -> None:
    assert _code(_to_script(GOOD, zero)) == "non_ascii_digit"
    # One foreign digit hidden among ASCII ones is enough.
    assert _code(GOOD[:15] + chr(zero + 1)) == "non_ascii_digit"


def test_fullwidth_and_arabic_indic_examples() -> None:
    assert _code("３２０１０１５７０５９０００１") == "non_ascii_digit"
    assert _code("٣٢٠١٠١٥٧٠٥٩٠٠٠١") == "non_ascii_digit"
    assert _code("3201015705900001²") == "non_ascii_digit"


def _has_symbol(text: str) -> bool:
    return any(not c.isdigit() and not c.isspace() and c not in ".-‐‑‒–—−" for c in text)


@given(st.text(min_size=1, max_size=30).filter(_has_symbol))
def test_anything_with_letters_or_symbols_rejected(text: str) -> None:
    assert _code(GOOD[:8] + text + GOOD[8:]) in {"non_digit", "non_ascii_digit"}


@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes_or_echoes(text: str) -> None:
    try:
        parsed = nik.parse(text, today=TODAY)
    except InvalidNik as exc:
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) >= 6:
            assert digits not in str(exc) and digits not in exc.message.text("en")
    else:
        assert len(parsed.value) == 16


def test_huge_input_rejected_quickly() -> None:
    assert _code("1" * 10_000_000) == "length"


def test_century_relative_to_today() -> None:
    value = valid_nik("32.01.01", dt.date(2025, 12, 1), Sex.MALE, 1)
    assert nik.parse(value, today=dt.date(2026, 1, 1)).birth_date == dt.date(2025, 12, 1)
    assert nik.parse(value, today=dt.date(2025, 11, 30)).birth_date == dt.date(1925, 12, 1)
    assert nik.parse(value, today=dt.date(2025, 12, 1)).birth_date == dt.date(2025, 12, 1)


def test_stated_birth_date_settles_century() -> None:
    value = valid_nik("32.01.01", dt.date(1925, 12, 1), Sex.MALE, 1)
    parsed = nik.parse(value, birth_date=dt.date(1925, 12, 1), today=TODAY)
    assert parsed.birth_date == dt.date(1925, 12, 1)
    assert parsed.warnings == []


def test_mismatches_are_warnings_not_errors() -> None:
    value = valid_nik("32.01.01", dt.date(1990, 5, 17), Sex.FEMALE, 1)
    parsed = nik.parse(value, birth_date=dt.date(1990, 5, 18), sex=Sex.MALE, today=TODAY)
    assert [w.code for w in parsed.warnings] == ["birth_date_mismatch", "sex_mismatch"]
    assert parsed.birth_date == dt.date(1990, 5, 17)  # the NIK is never corrected
    assert parsed.sex == Sex.FEMALE
    assert nik.parse(value, birth_date=dt.date(1990, 5, 17), sex=Sex.FEMALE, today=TODAY).warnings == []


class _OnlyBogor:
    def get(self, code: str) -> object | None:
        return code if code.startswith("32.01") else None


def test_unknown_region_warns() -> None:
    known = valid_nik("32.01.01", dt.date(1990, 5, 17), Sex.MALE, 1)
    unknown = valid_nik("32.99.01", dt.date(1990, 5, 17), Sex.MALE, 1)
    assert nik.parse(known, regions=_OnlyBogor(), today=TODAY).warnings == []
    assert [w.code for w in nik.parse(unknown, regions=_OnlyBogor(), today=TODAY).warnings] == ["unknown_region"]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("3201015705900001", "3201********0001"),
        ("3201 0157 0590 0001", "3201********0001"),
        ("123", "****************"),
        ("３２０１０１５７０５９０００１", "****************"),
    ],
)
def test_mask(text: str, masked: str) -> None:
    assert nik.mask(text) == masked


def test_repr_does_not_leak() -> None:
    assert "570590" not in repr(nik.parse(GOOD, today=TODAY))


# Corruptions of one part of an otherwise valid NIK, each with the code it must produce.
_CORRUPTIONS = st.one_of(
    st.tuples(st.sampled_from([0, 2, 4]), st.just("00"), st.just("region_zero")),
    st.tuples(st.just(6), st.sampled_from(["00", "32", "40", "72", "99"]), st.just("bad_day")),
    st.tuples(st.just(8), st.sampled_from(["00", "13", "99"]), st.just("bad_month")),
    st.tuples(st.just(12), st.just("0000"), st.just("serial_zero")),
)


@given(districts, birth_dates, st.sampled_from(Sex), serials, _CORRUPTIONS)
def test_every_malformed_class_rejected(
    district: str, born: dt.date, sex: Sex, serial: int, corruption: tuple[int, str, str]
) -> None:
    start, part, code = corruption
    assert _code(_replace(valid_nik(district, born, sex, serial), start, part)) == code


@given(districts, birth_dates, st.sampled_from(Sex), serials, st.integers(0, 15), st.sampled_from([0xFF10, 0x0660]))
def test_one_foreign_digit_anywhere_is_rejected(
    district: str, born: dt.date, sex: Sex, serial: int, position: int, zero: int
) -> None:
    value = valid_nik(district, born, sex, serial)
    foreign = chr(zero + int(value[position]))
    assert _code(value[:position] + foreign + value[position + 1 :]) == "non_ascii_digit"

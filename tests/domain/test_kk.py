"""KK numbers: format only, recording date without the +40."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import kk
from desktop.domain.kk import InvalidKk
from desktop.domain.synthetic import valid_kk

TODAY = dt.date(2026, 11, 23)
region_part = st.integers(1, 99).map(lambda n: f"{n:02d}")
districts = st.tuples(region_part, region_part, region_part).map(".".join)
recorded = st.dates(min_value=dt.date(1926, 11, 24), max_value=TODAY)


@given(districts, recorded, st.integers(1, 9999))
def test_valid_kk_round_trips(district: str, on: dt.date, serial: int) -> None:
    parsed = kk.parse(valid_kk(district, on, serial), today=TODAY)
    assert parsed.district_dotted == district
    assert parsed.regency_code == district.replace(".", "")[:4]
    assert parsed.recorded_on == on
    assert parsed.serial == serial
    assert parsed.warnings == []


@given(recorded, st.lists(st.sampled_from([" ", ".", "-"]), min_size=15, max_size=15))
def test_separators_are_stripped(on: dt.date, seps: list[str]) -> None:
    value = valid_kk("32.71.01", on, 7)
    typed = value[0] + "".join(sep + digit for sep, digit in zip(seps, value[1:], strict=True))
    assert kk.parse(typed, today=TODAY).value == value


GOOD = valid_kk("32.01.01", dt.date(2015, 3, 9), 12)


def _code(text: str) -> str:
    with pytest.raises(InvalidKk) as info:
        kk.parse(text, today=TODAY)
    assert "KK" in info.value.message.text("id") and "KK" in info.value.message.text("en")
    return info.value.code


@pytest.mark.parametrize(
    ("start", "part", "code"),
    [
        (0, "00", "region_zero"),
        (2, "00", "region_zero"),
        (4, "00", "region_zero"),
        (6, "00", "bad_day"),
        (6, "32", "bad_day"),
        (6, "49", "bad_day"),  # no +40 on a family card
        (8, "00", "bad_month"),
        (8, "13", "bad_month"),
        (6, "310415", "no_such_date"),
        (6, "290215", "no_such_date"),
        (12, "0000", "serial_zero"),
    ],
)
def test_malformed_rejected_with_code(start: int, part: str, code: str) -> None:
    assert _code(GOOD[:start] + part + GOOD[start + len(part) :]) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        (" .-", "empty"),
        ("320101090315001", "length"),
        ("32010109031500120", "length"),
        ("3201010903150O12", "non_digit"),
        ("３２０１０１０９０３１５００１２", "non_ascii_digit"),
        ("٣٢٠١٠١٠٩٠٣١٥٠٠١٢", "non_ascii_digit"),
    ],
)
def test_bad_text_rejected(text: str, code: str) -> None:
    assert _code(text) == code


def test_recorded_date_is_never_in_the_future() -> None:
    value = valid_kk("32.01.01", dt.date(2026, 12, 1), 1)
    assert kk.parse(value, today=TODAY).recorded_on == dt.date(1926, 12, 1)


def test_mask() -> None:
    assert kk.mask(GOOD) == GOOD[:4] + "********" + GOOD[12:]


_CORRUPTIONS = st.one_of(
    st.tuples(st.sampled_from([0, 2, 4]), st.just("00"), st.just("region_zero")),
    st.tuples(st.just(6), st.sampled_from(["00", "32", "41", "71", "99"]), st.just("bad_day")),
    st.tuples(st.just(8), st.sampled_from(["00", "13", "99"]), st.just("bad_month")),
    st.tuples(st.just(12), st.just("0000"), st.just("serial_zero")),
)


@given(districts, recorded, st.integers(1, 9999), _CORRUPTIONS)
def test_every_malformed_class_rejected(
    district: str, on: dt.date, serial: int, corruption: tuple[int, str, str]
) -> None:
    start, part, code = corruption
    value = valid_kk(district, on, serial)
    assert _code(value[:start] + part + value[start + len(part) :]) == code


@given(st.text(alphabet="0123456789", max_size=40).filter(lambda s: len(s) not in (0, 16)))
def test_wrong_length_rejected(digits: str) -> None:
    assert _code(digits) == "length"


@given(st.integers(0, 15), st.sampled_from([0xFF10, 0x0660, 0x06F0]))
def test_one_foreign_digit_anywhere_is_rejected(position: int, zero: int) -> None:
    foreign = chr(zero + int(GOOD[position]))
    assert _code(GOOD[:position] + foreign + GOOD[position + 1 :]) == "non_ascii_digit"

"""Indonesian mobile numbers, including what people really type and hostile text."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import phone
from desktop.domain.phone import InvalidPhone, format_phone, normalise_phone


@pytest.mark.parametrize(
    "text",
    [
        "081234567890",
        "0812 3456 7890",
        "0812-3456-7890",
        "6281234567890",
        "+6281234567890",
        "+62 812-3456-7890",
        "+62 (812) 3456 7890",
        "  0812.3456.7890  ",
        "0062 812 3456 7890",
    ],
)
def test_accepted_forms(text: str) -> None:
    assert normalise_phone(text) == "+6281234567890"


def test_shorter_mobile_numbers() -> None:
    assert normalise_phone("0811-123-456") == "+62811123456"
    assert normalise_phone("085712345678") == "+6285712345678"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("abc", "not_a_number"),
        ("0812-CALL-ME12", "not_a_number"),
        ("０８１２３４５６７８９０", "not_a_number"),
        ("٠٨١٢٣٤٥٦٧٨٩٠", "not_a_number"),
        ("0812+34567890", "not_a_number"),
        ("+", "not_a_number"),
        ("--", "not_a_number"),
        ("0812\x0034567890", "not_a_number"),
        ("+60 12-345 6789", "not_indonesian"),
        ("+1 202 555 0143", "not_indonesian"),
        ("021-555-1234", "not_mobile"),
        ("+62 21 5551234", "not_mobile"),
        ("0812", "not_mobile"),
        ("81234567890", "not_mobile"),
        ("08123456789012", "too_long"),
        ("0812345678901234567890", "too_long"),
        ("0" * 100, "too_long"),
        ("0812 " * 1000, "too_long"),
    ],
)
def test_rejected_with_code(text: str, code: str) -> None:
    with pytest.raises(InvalidPhone) as info:
        normalise_phone(text)
    assert info.value.code == code
    assert info.value.message.text("id") and info.value.message.text("en")


@given(st.text(max_size=60))
def test_arbitrary_text_gives_e164_or_invalid_phone(text: str) -> None:
    try:
        result = normalise_phone(text)
    except InvalidPhone as exc:
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) >= 6:
            assert digits not in str(exc)
    else:
        assert result.startswith("+628") and result[1:].isdigit() and result.isascii()
        assert normalise_phone(result) == result


@given(st.integers(1, 9), st.integers(10**7, 10**10 - 1))
def test_normalising_is_idempotent(prefix: int, rest: int) -> None:
    try:
        result = normalise_phone(f"08{prefix}{rest}")
    except InvalidPhone:
        return
    assert normalise_phone(result) == result
    assert normalise_phone(format_phone(result)) == result
    assert normalise_phone(format_phone(result, international=True)) == result


def test_format_for_display() -> None:
    assert format_phone("+6281234567890") == "0812-3456-7890"
    assert format_phone("+6281234567890", international=True) == "+62 812-3456-7890"
    assert format_phone("not a number") == "not a number"


def _general_parser_verdict(text: str) -> str:
    """What the rules make of "+<digits>" through `phonenumbers`' general parser: the E.164 form or the error code."""
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException as exc:
        codes = {exc.TOO_LONG: "too_long", exc.TOO_SHORT_NSN: "not_mobile"}
        return codes.get(exc.error_type, "not_a_number")
    mobile = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    if number.country_code != 62:
        return "not_indonesian"
    if len(str(number.national_number)) > 12:
        return "too_long"
    if not phonenumbers.is_valid_number(number) or phonenumbers.number_type(number) not in mobile:
        return "not_mobile"
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


@settings(max_examples=3000)
@given(st.sampled_from(["+62", "+620", "+6200", "+628", "+6208", "+6", "+61", "+1"]),
       st.text("0123456789", max_size=24))
def test_numbers_in_e164_form_get_the_general_parsers_verdict(prefix: str, digits: str) -> None:
    # Records reach the centre in E.164 form, which normalise_phone reads without the general parser.
    text = prefix + digits
    try:
        verdict = normalise_phone(text)
    except InvalidPhone as exc:
        verdict = exc.code
    assert verdict == _general_parser_verdict(text), text


def test_mobile_check_agrees_with_number_type_for_every_prefix_and_length() -> None:
    # normalise_phone combines phonenumbers' type patterns once; each +62 number must still get number_type's verdict.
    assert phone._MOBILE_PATTERNS is not None
    mobile = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    rng = random.Random(62)
    for length in range(2, 18):
        for prefix in range(1000):
            digits = (str(prefix).zfill(3) + "".join(rng.choice("0123456789") for _ in range(length)))[:length]
            number = phonenumbers.PhoneNumber(country_code=62, national_number=int(digits))
            assert phone._is_mobile(number) == (phonenumbers.number_type(number) in mobile), digits

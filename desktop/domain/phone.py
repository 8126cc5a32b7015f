"""Indonesian mobile numbers: accept what officers type, keep E.164 (+628…).

`phonenumbers` knows which Indonesian ranges are mobile. We refuse digits from
other scripts and letters (phonenumbers would read "0812-CALL-ME" as a keypad
word), so what is stored is what the applicant said.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import (
    COUNTRY_CODE_TO_REGION_CODE,
    NumberParseException,
    PhoneMetadata,
    PhoneNumber,
    PhoneNumberDesc,
    PhoneNumberFormat,
    PhoneNumberType,
)

from desktop.domain.messages import DomainError, Message

COUNTRY_CODE = 62
_MAX_INPUT = 32
# Indonesian mobile national numbers are 8 followed by 8 to 11 digits.
_MAX_NATIONAL_DIGITS = 12
_ALLOWED = frozenset("0123456789+-.() ")
_WITHOUT_PUNCTUATION = str.maketrans("", "", "+-.() ")
_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)

_TEXTS: dict[str, tuple[str, str]] = {
    "empty": (
        "Nomor HP belum diisi. Ketik nomor HP pemohon, mis. 0812 3456 7890.",
        "The mobile number is empty. Type the applicant's mobile number, e.g. 0812 3456 7890.",
    ),
    "not_a_number": (
        "Nomor HP hanya boleh berisi angka 0–9, spasi, tanda hubung dan + di depan, mis. 0812-3456-7890.",
        "A mobile number may contain only digits 0–9, spaces, dashes and a leading +, e.g. 0812-3456-7890.",
    ),
    "not_indonesian": (
        "Nomor HP harus nomor Indonesia (+62 atau 08…). Nomor luar negeri tidak dapat dipakai.",
        "The mobile number must be Indonesian (+62 or 08…). Foreign numbers cannot be used.",
    ),
    "not_mobile": (
        "Ini bukan nomor HP Indonesia yang berlaku (harus 08… atau +62 8…, 10–13 angka). Nomor telepon rumah "
        "tidak dapat dipakai.",
        "This is not a valid Indonesian mobile number (08… or +62 8…, 10–13 digits). Landline numbers cannot be used.",
    ),
    "too_long": (
        "Nomor HP terlalu panjang. Periksa apakah ada angka yang terketik dua kali.",
        "The mobile number is too long. Check whether a digit was typed twice.",
    ),
}


class InvalidPhone(DomainError):
    def __init__(self, code: str) -> None:
        texts = _TEXTS[code]
        super().__init__(Message(code, texts[0], texts[1]))


def normalise_phone(text: str) -> str:
    """E.164 form ("+6281234567890") of an Indonesian mobile number; raises `InvalidPhone`."""
    cleaned = text.strip()
    if not cleaned:
        raise InvalidPhone("empty")
    if len(cleaned) > _MAX_INPUT:
        raise InvalidPhone("too_long")
    if not _ALLOWED.issuperset(cleaned) or "+" in cleaned[1:]:
        raise InvalidPhone("not_a_number")
    digits = cleaned.translate(_WITHOUT_PUNCTUATION)  # only ASCII digits are left of what is allowed
    if not digits:
        raise InvalidPhone("not_a_number")
    if cleaned.startswith("+"):
        international = "+" + digits
    elif digits.startswith("00"):  # international dialling prefix
        international = "+" + digits[2:]
    elif digits.startswith("62"):
        international = "+" + digits
    elif digits.startswith("0"):
        international = f"+{COUNTRY_CODE}" + digits[1:]
    else:
        # Without 0 or a country code we cannot tell what was meant.
        raise InvalidPhone("not_mobile")
    try:
        number = _canonical(international) or phonenumbers.parse(international, None)
    except NumberParseException as exc:
        if exc.error_type == NumberParseException.TOO_LONG:
            raise InvalidPhone("too_long") from None
        if exc.error_type == NumberParseException.TOO_SHORT_NSN:
            raise InvalidPhone("not_mobile") from None
        raise InvalidPhone("not_a_number") from None
    if number.country_code != COUNTRY_CODE:
        raise InvalidPhone("not_indonesian")
    if len(str(number.national_number)) > _MAX_NATIONAL_DIGITS:
        raise InvalidPhone("too_long")
    # A mobile type is a valid number: for +62 (one region) `is_valid_number` is `number_type(...) != UNKNOWN`
    # over the same metadata, so asking it too would only match the patterns a second time.
    if not _is_mobile(number):
        raise InvalidPhone("not_mobile")
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _plain_national_prefix() -> bool:
    """Whether +62's metadata makes the shortcut in `_canonical` exact (checked once against the library)."""
    metadata = PhoneMetadata.metadata_for_region("ID")
    return (
        COUNTRY_CODE_TO_REGION_CODE.get(COUNTRY_CODE) == ("ID",)
        and not any(int(str(COUNTRY_CODE)[:n]) in COUNTRY_CODE_TO_REGION_CODE for n in range(1, len(str(COUNTRY_CODE))))
        and metadata is not None
        and metadata.national_prefix_for_parsing == "0"
        and metadata.national_prefix_transform_rule is None
    )


_SHORTCUT = _plain_national_prefix()
_NSN_LENGTHS = range(2, 18)  # phonenumbers' shortest and longest national significant number


def _canonical(international: str) -> PhoneNumber | None:
    """The number `phonenumbers.parse` gives for "+62" and a national number not starting with 0, else None.

    Records arrive in this form. For it the general parser only splits off the country code: nothing else
    (extension, national prefix, Italian leading zero) applies, and the length limits are the same as here.
    """
    rest = international[3:]
    if _SHORTCUT and international.startswith(f"+{COUNTRY_CODE}") and len(rest) in _NSN_LENGTHS and rest[0] != "0":
        return PhoneNumber(country_code=COUNTRY_CODE, national_number=int(rest))
    return None


# phonenumbers' `number_type` tries each kind of number in turn; a mobile type (MOBILE, FIXED_LINE_OR_MOBILE) means:
# the general pattern matches, none of these kinds does, and the mobile pattern does (the fixed-line one when the
# metadata says the two are the same). Each test counts only for the lengths the kind lists.
_OTHER_KINDS = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail")


def _pattern_for(desc: PhoneNumberDesc | None, length: int) -> str | None:
    """The pattern a number of `length` digits must match to be of this kind; None if it cannot be."""
    if desc is None or not desc.national_number_pattern:
        return None
    if desc.possible_length and length not in desc.possible_length:
        return None
    return str(desc.national_number_pattern)


def _mobile_patterns() -> dict[int, re.Pattern[str]] | None:
    """Per national number length, one pattern that matches in full exactly the numbers of a mobile type."""
    metadata = PhoneMetadata.metadata_for_region("ID")
    if COUNTRY_CODE_TO_REGION_CODE.get(COUNTRY_CODE) != ("ID",) or metadata is None:
        return None
    patterns: dict[int, re.Pattern[str]] = {}
    for length in _NSN_LENGTHS:
        general = _pattern_for(metadata.general_desc, length)
        mobile_desc = metadata.fixed_line if metadata.same_mobile_and_fixed_line_pattern else metadata.mobile
        mobile = _pattern_for(mobile_desc, length)
        if general is None or mobile is None:
            continue
        others = [p for kind in _OTHER_KINDS if (p := _pattern_for(getattr(metadata, kind), length)) is not None]
        excluded = f"(?!(?:{'|'.join(f'(?:{p})' for p in others)})\\Z)" if others else ""
        patterns[length] = re.compile(f"(?=(?:{general})\\Z){excluded}(?:{mobile})")
    return patterns


_MOBILE_PATTERNS = _mobile_patterns()


def _is_mobile(number: PhoneNumber) -> bool:
    """`phonenumbers.number_type(number)` is a mobile type, with the patterns combined once instead of each time."""
    if _MOBILE_PATTERNS is None or number.country_code != COUNTRY_CODE:
        return phonenumbers.number_type(number) in _MOBILE_TYPES
    national = phonenumbers.national_significant_number(number)
    pattern = _MOBILE_PATTERNS.get(len(national))
    return pattern is not None and pattern.fullmatch(national) is not None


def format_phone(e164: str, *, international: bool = False) -> str:
    """For display: "0812-3456-7890" (or "+62 812-3456-7890"). Unparseable input is returned unchanged."""
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    style = PhoneNumberFormat.INTERNATIONAL if international else PhoneNumberFormat.NATIONAL
    return phonenumbers.format_number(number, style)

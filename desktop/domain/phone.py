"""Indonesian mobile numbers: accept what officers type, keep E.164 (+628…).

`phonenumbers` knows which Indonesian ranges are mobile. We refuse digits from
other scripts and letters (phonenumbers would read "0812-CALL-ME" as a keypad
word), so what is stored is what the applicant said.
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from desktop.domain.messages import DomainError, Message

COUNTRY_CODE = 62
_MAX_INPUT = 32
# Indonesian mobile national numbers are 8 followed by 8 to 11 digits.
_MAX_NATIONAL_DIGITS = 12
_ALLOWED = frozenset("0123456789+-.() ")
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
    if any(ch not in _ALLOWED for ch in cleaned) or "+" in cleaned[1:]:
        raise InvalidPhone("not_a_number")
    digits = "".join(ch for ch in cleaned if ch.isdigit())
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
        number = phonenumbers.parse(international, None)
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
    if not phonenumbers.is_valid_number(number) or phonenumbers.number_type(number) not in _MOBILE_TYPES:
        raise InvalidPhone("not_mobile")
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def format_phone(e164: str, *, international: bool = False) -> str:
    """For display: "0812-3456-7890" (or "+62 812-3456-7890"). Unparseable input is returned unchanged."""
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    style = PhoneNumberFormat.INTERNATIONAL if international else PhoneNumberFormat.NATIONAL
    return phonenumbers.format_number(number, style)

"""What NIK and KK numbers share: normalising the text and the region/date/serial layout.

Both are 16 ASCII digits `PP KK CC DDMMYY SSSS`. Officers type them from paper with
spaces, dots or dashes; those are stripped. Digits from other scripts (full-width,
Arabic-Indic) are refused rather than converted, because a silently converted
number is one nobody looked at.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from desktop.domain.messages import DomainError, Message

LENGTH = 16

# Separators people type or paste between digit groups (incl. Unicode dashes and no-break spaces).
_SEPARATORS = frozenset(".-\u2010\u2011\u2012\u2013\u2014\u2212")
_ASCII_DIGITS = frozenset("0123456789")
# No need to look at more than this to know a text is not a 16-digit number.
_MAX_INPUT = 200


@dataclass(frozen=True)
class Label:
    """The number's name in both languages, e.g. NIK / NIK, Nomor KK / KK number."""

    id: str
    en: str


class InvalidIdNumber(DomainError):
    """A NIK or KK number that breaks the format; subclasses name which."""


def invalid_message(code: str, label: Label, params: dict[str, str | int] | None = None) -> Message:
    """The bilingual explanation for a format error `code`, naming the number by `label`."""
    texts = _TEXTS[code]
    return Message(
        code,
        texts[0].replace("<L>", label.id),
        texts[1].replace("<L>", label.en),
        dict(params or {}),
    )


_TEXTS: dict[str, tuple[str, str]] = {
    "empty": ("<L> belum diisi. Ketik 16 angka sesuai dokumen.", "<L> is empty. Type the 16 digits from the document."),
    "length": (
        "<L> harus 16 angka, yang diketik {length} angka. Periksa kembali dokumennya.",
        "<L> must have 16 digits; {length} were typed. Check the document again.",
    ),
    "non_digit": (
        "<L> hanya boleh berisi angka 0–9 (spasi, titik dan tanda hubung diabaikan).",
        "<L> may contain only digits 0–9 (spaces, dots and dashes are ignored).",
    ),
    "non_ascii_digit": (
        "<L> berisi angka dari papan ketik lain (mis. angka Arab atau lebar penuh). "
        "Ketik ulang dengan angka 0–9 biasa.",
        "<L> contains digits from another keyboard (e.g. Arabic-Indic or full-width). Retype it with plain digits 0–9.",
    ),
    "region_zero": (
        "Kode wilayah pada <L> (6 angka pertama) tidak boleh 00. Periksa kembali dokumennya.",
        "The region code in the <L> (first 6 digits) cannot contain 00. Check the document again.",
    ),
    "bad_day": (
        "Tanggal pada <L> (angka ke-7 dan ke-8) tidak mungkin. Periksa kembali dokumennya.",
        "The day in the <L> (digits 7 and 8) is impossible. Check the document again.",
    ),
    "bad_month": (
        "Bulan pada <L> (angka ke-9 dan ke-10) harus 01–12. Periksa kembali dokumennya.",
        "The month in the <L> (digits 9 and 10) must be 01–12. Check the document again.",
    ),
    "no_such_date": (
        "Tanggal pada <L> tidak ada di kalender (mis. 31 April). Periksa kembali dokumennya.",
        "The date in the <L> does not exist (e.g. 31 April). Check the document again.",
    ),
    "serial_zero": (
        "Nomor urut pada <L> (4 angka terakhir) tidak boleh 0000. Periksa kembali dokumennya.",
        "The serial in the <L> (last 4 digits) cannot be 0000. Check the document again.",
    ),
}


def normalise(text: str, label: Label, error: type[InvalidIdNumber]) -> str:
    """Strip separators and return exactly 16 ASCII digits, or raise `error`."""
    if len(text) == LENGTH and text.isascii() and text.isdigit():
        return text  # already 16 plain digits, as every stored record is
    if len(text) > _MAX_INPUT:
        raise error(invalid_message("length", label, {"length": len(text)}))
    kept = [ch for ch in text if not ch.isspace() and ch not in _SEPARATORS]
    if not kept:
        raise error(invalid_message("empty", label))
    if any(ch not in _ASCII_DIGITS and ch.isdigit() for ch in kept):
        raise error(invalid_message("non_ascii_digit", label))
    if any(ch not in _ASCII_DIGITS for ch in kept):
        raise error(invalid_message("non_digit", label))
    if len(kept) != LENGTH:
        raise error(invalid_message("length", label, {"length": len(kept)}))
    return "".join(kept)


def check_region(value: str, label: Label, error: type[InvalidIdNumber]) -> None:
    if "00" in (value[0:2], value[2:4], value[4:6]):
        raise error(invalid_message("region_zero", label))


def check_serial(value: str, label: Label, error: type[InvalidIdNumber]) -> int:
    serial = int(value[12:16])
    if serial == 0:
        raise error(invalid_message("serial_zero", label))
    return serial


def check_month(value: str, label: Label, error: type[InvalidIdNumber]) -> int:
    month = int(value[8:10])
    if not 1 <= month <= 12:
        raise error(invalid_message("bad_month", label))
    return month


def resolve_date(day: int, month: int, yy: int, today: dt.date, label: Label, error: type[InvalidIdNumber]) -> dt.date:
    """The date DD/MM/YY in the latest century that does not put it after `today`."""
    year = today.year - ((today.year - yy) % 100)
    if (month, day) > (today.month, today.day) and year == today.year:
        year -= 100
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise error(invalid_message("no_such_date", label)) from None


def dotted(digits: str) -> str:
    """ "320101" -> "32.01.01" (Kemendagri notation)."""
    return ".".join([digits[i : i + 2] for i in range(0, len(digits), 2)])


def undotted(code: str) -> str:
    """ "32.01.01" or "320101" -> "320101"."""
    return code.replace(".", "")


def mask(text: str) -> str:
    """Show only the region (first 4) and the serial (last 4): "3201********0001".

    Anything that is not a clean 16-digit number is masked completely, never echoed.
    """
    if len(text) == LENGTH and text.isascii() and text.isdigit():  # a stored NIK: a report masks 100,000 of them
        return text[:4] + "*" * 8 + text[12:]
    kept = "".join(ch for ch in text[:_MAX_INPUT] if not ch.isspace() and ch not in _SEPARATORS)
    if len(kept) == LENGTH and all(ch in _ASCII_DIGITS for ch in kept):
        return kept[:4] + "*" * 8 + kept[12:]
    return "*" * LENGTH


class RegionLookup(Protocol):
    """What the parsers need from `desktop.domain.regions.Regions`."""

    def get(self, code: str) -> object | None: ...


def region_warnings(value: str, regions: RegionLookup | None, label: Label) -> list[Message]:
    """Warn (never reject) when the issuing district is not in today's list, e.g. a code from before a split."""
    if regions is None or regions.get(dotted(value[0:6])) is not None:
        return []
    return [
        Message(
            "unknown_region",
            f"Kode kecamatan pada {label.id} tidak ada dalam daftar wilayah Kemendagri 2025 (mungkin dari sebelum "
            "pemekaran). Pastikan angka sama dengan dokumen, lalu konfirmasi.",
            f"The district code in the {label.en} is not in the 2025 Kemendagri region list (perhaps from before a "
            "split). Make sure the digits match the document, then confirm.",
        )
    ]

"""Every field rule for a registration, in one place.

The wizard (through `registration_form`), the store and the reference central
server all call `check_registration`, so a record means the same thing
everywhere. A problem is `blocking` when the record cannot be marked ready;
eligibility failures never block (a draft may still be saved and the verdict is
shown) and carry the `rule` they fail. A NIK warning (a birth date or sex that
differs, a district from before a split) blocks on
`identity.nik_warnings_confirmed` until the officer confirms it against the
KTP; confirmed, it stays as a note on `identity.nik`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from desktop.domain import data_files, kk, nik
from desktop.domain.eligibility import Rules, evaluate
from desktop.domain.id_number import InvalidIdNumber
from desktop.domain.messages import Message
from desktop.domain.phone import InvalidPhone, normalise_phone
from desktop.domain.regions import Level, Regions
from desktop.domain.registration import Address, Consenter, ConsentMethod, Registration

NAME_MAX = 100
TEXT_MAX = 200
NOTES_MAX = 500
DEPENDANTS_MAX = 20
OLDEST_AGE = 120
_NAME_PUNCTUATION = frozenset(" '’.-")
_WITHOUT_NAME_PUNCTUATION = str.maketrans("", "", "".join(_NAME_PUNCTUATION))
_DIGITS_1_TO_3 = re.compile(r"[0-9]{1,3}")
_POSTAL = re.compile(r"[0-9]{5}")
# Deliberately plain: one @, a dotted domain with a letter TLD; the mailbox itself is the centre's concern.
_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
NIK_CONFIRMED = "identity.nik_warnings_confirmed"
# The field each eligibility rule is about (the per-KK limit counts the other registrations on that KK).
ELIGIBILITY_FIELDS = {
    "citizenship": "identity.indonesian_citizen",
    "age_min": "identity.birth_date",
    "age_max": "identity.birth_date",
    "not_in_formal_education": "background.in_formal_education",
    "excluded_occupation": "background.excluded_occupations",
    "max_per_kk": "identity.kk",
}


@dataclass(frozen=True)
class Problem:
    field: str  # dotted path such as "identity.nik" or "address.village_code"
    message: Message
    blocking: bool = True
    rule: str | None = None  # the eligibility rule failed, for eligibility problems


_TEXTS: dict[str, tuple[str, str]] = {
    "required": ("Bagian ini wajib diisi.", "This field is required."),
    "too_long": ("Terlalu panjang: paling banyak {max} karakter.", "Too long: at most {max} characters."),
    "control_characters": (
        "Berisi karakter yang tidak terlihat atau tidak sah. Ketik ulang bagian ini.",
        "Contains invisible or invalid characters. Retype this field.",
    ),
    "name_characters": (
        "Nama hanya boleh berisi huruf, spasi, titik, tanda hubung dan apostrof, sesuai KTP.",
        "A name may contain only letters, spaces, dots, hyphens and apostrophes, as on the KTP.",
    ),
    "birth_date_future": (
        "Tanggal lahir tidak boleh setelah hari ini. Periksa KTP.",
        "The birth date cannot be after today. Check the KTP.",
    ),
    "birth_date_implausible": (
        "Tanggal lahir berarti umur lebih dari {max} tahun. Periksa KTP.",
        "The birth date means an age over {max} years. Check the KTP.",
    ),
    "registered_in_future": (
        "Tanggal pendaftaran setelah hari ini. Periksa tanggal dan jam komputer.",
        "The registration date is after today. Check the computer's date and time.",
    ),
    "region_unknown": (
        "Kode wilayah ini tidak ada dalam daftar Kemendagri 2025. Pilih wilayah dari daftar.",
        "This region code is not in the 2025 Kemendagri list. Choose the region from the list.",
    ),
    "region_wrong_level": (
        "Wilayah yang dipilih bukan tingkat yang diminta di sini. Pilih wilayah dari daftar.",
        "The region chosen is not the level asked for here. Choose the region from the list.",
    ),
    "region_not_within": (
        "Wilayah ini tidak berada di dalam wilayah di atasnya. Pilih ulang dari provinsi ke bawah.",
        "This region is not inside the region above it. Choose again from the province down.",
    ),
    "rt_format": ("RT harus 1 sampai 3 angka, mis. 003.", "RT must be 1 to 3 digits, e.g. 003."),
    "rw_format": ("RW harus 1 sampai 3 angka, mis. 007.", "RW must be 1 to 3 digits, e.g. 007."),
    "postal_code_format": ("Kode pos harus 5 angka.", "The postal code must be 5 digits."),
    "postal_code_differs": (
        "Kode pos berbeda dengan kode pos desa/kelurahan ini ({expected}). Periksa kembali; boleh disimpan.",
        "The postal code differs from this village's postal code ({expected}). Check it; it may still be saved.",
    ),
    "phone_not_e164": (
        "Nomor HP belum dalam bentuk baku (+62…). Ketik ulang nomornya.",
        "The mobile number is not in standard form (+62…). Retype the number.",
    ),
    "email_format": (
        "Alamat e-mail tidak sah. Contoh: nama@contoh.com. Jika pemohon tidak punya e-mail, kosongkan dan pilih "
        "alasannya.",
        "The e-mail address is not valid. Example: name@example.com. If the applicant has none, leave it empty "
        "and choose why.",
    ),
    "email_or_reason": (
        "Isi alamat e-mail, atau pilih alasan mengapa tidak ada.",
        "Enter an e-mail address, or choose why there is none.",
    ),
    "email_and_reason": (
        "Ada alamat e-mail sekaligus alasan tidak ada e-mail. Hapus salah satu.",
        "There is both an e-mail address and a reason for having none. Remove one.",
    ),
    "dependants_range": (
        "Jumlah tanggungan harus 0 sampai {max}.",
        "The number of dependants must be 0 to {max}.",
    ),
    "disability_without_consent": (
        "Data disabilitas hanya boleh dicatat bila pemohon menyetujuinya. Minta persetujuan atau kosongkan.",
        "Disability data may be recorded only with the applicant's consent. Ask for consent or clear it.",
    ),
    "disability_type_required": (
        "Pilih paling sedikit satu ragam disabilitas.",
        "Choose at least one type of disability.",
    ),
    "disability_details_without_disability": (
        "Ragam disabilitas atau akomodasi diisi, padahal pemohon tercatat bukan penyandang disabilitas.",
        "Disability types or accommodations are filled in although the applicant is recorded as having none.",
    ),
    "guardian_name_required": (
        "Persetujuan diberikan oleh wali: isi nama wali.",
        "Consent was given by a guardian: enter the guardian's name.",
    ),
    "witness_name_required": (
        "Persetujuan lisan memerlukan saksi: isi nama saksi.",
        "Verbal consent needs a witness: enter the witness's name.",
    ),
    "consent_version": (
        "Versi teks persetujuan tidak dikenal. Tampilkan ulang teks persetujuan.",
        "The consent text version is not recognised. Show the consent text again.",
    ),
    "consent_in_future": (
        "Waktu persetujuan setelah hari ini. Periksa tanggal dan jam komputer.",
        "The consent time is after today. Check the computer's date and time.",
    ),
}


def problem(field: str, code: str, *, blocking: bool = True, **params: str | int) -> Problem:
    """A problem with one of this module's messages (`required`, `too_long`, ...)."""
    text_id, text_en = _TEXTS[code]
    return Problem(field, Message(code, text_id, text_en, dict(params)), blocking)


def check_registration(
    reg: Registration, *, regions: Regions, rules: Rules, today: dt.date, registrations_on_kk: int = 0
) -> list[Problem]:
    """All problems with `reg`, in form order; an empty list means it may be marked ready."""
    problems: list[Problem] = []
    problems += _identity(reg, regions, today)
    problems += _address(reg.address, "address", regions)
    if reg.current_address is not None:
        problems += _address(reg.current_address, "current_address", regions)
    problems += _contact(reg)
    problems += _background(reg)
    problems += _disability(reg)
    problems += _consent(reg, today)
    if reg.registered_on > today:
        problems.append(problem("registered_on", "registered_in_future"))
    for failed in evaluate(reg, rules, on=reg.registered_on, registrations_on_kk=registrations_on_kk):
        problems.append(Problem(ELIGIBILITY_FIELDS[failed.rule_id], failed.message, blocking=False,
                                rule=failed.rule_id))
    return problems


def _identity(reg: Registration, regions: Regions, today: dt.date) -> list[Problem]:
    ident = reg.identity
    problems: list[Problem] = []
    try:
        parsed = nik.parse(ident.nik, birth_date=ident.birth_date, sex=ident.sex, regions=regions, today=today)
    except InvalidIdNumber as exc:
        problems.append(Problem("identity.nik", exc.message))
    else:
        confirmed = ident.nik_warnings_confirmed
        problems += [Problem("identity.nik" if confirmed else NIK_CONFIRMED, warning, blocking=not confirmed)
                     for warning in parsed.warnings]
    try:
        parsed_kk = kk.parse(ident.kk, regions=regions, today=today)
    except InvalidIdNumber as exc:
        problems.append(Problem("identity.kk", exc.message))
    else:
        problems += [Problem("identity.kk", warning, blocking=False) for warning in parsed_kk.warnings]
    problems += _name("identity.full_name", ident.full_name)
    problems += _text("identity.birth_place", ident.birth_place, required=True, limit=NAME_MAX)
    if ident.birth_date > today:
        problems.append(problem("identity.birth_date", "birth_date_future"))
    elif today.year - ident.birth_date.year > OLDEST_AGE:
        problems.append(problem("identity.birth_date", "birth_date_implausible", max=OLDEST_AGE))
    return problems


def _has_control(text: str) -> bool:
    # Printable text has no "Other" (C*) character at all; only the rest needs looking at one by one.
    return not text.isprintable() and any(unicodedata.category(ch).startswith("C") for ch in text)


def _text(field: str, value: str, *, required: bool, limit: int) -> list[Problem]:
    if not value.strip():
        return [problem(field, "required")] if required else []
    if len(value) > limit:
        return [problem(field, "too_long", max=limit)]
    if _has_control(value):
        return [problem(field, "control_characters")]
    return []


def _name(field: str, value: str) -> list[Problem]:
    """Names as on a KTP: one word is fine ("Sukarno"); letters of any script, with ' . - and spaces."""
    problems = _text(field, value, required=True, limit=NAME_MAX)
    if problems:
        return problems
    if value.translate(_WITHOUT_NAME_PUNCTUATION).isalpha():
        return []  # letters once the punctuation is gone: the common case, decided without a loop
    if not any(ch.isalpha() for ch in value) or not all(
        ch.isalpha() or ch in _NAME_PUNCTUATION or unicodedata.category(ch) == "Mn" for ch in value
    ):
        return [problem(field, "name_characters")]
    return []


def _address(address: Address, prefix: str, regions: Regions) -> list[Problem]:
    problems: list[Problem] = []
    chain = [
        ("province_code", address.province_code, Level.PROVINCE, ""),
        ("regency_code", address.regency_code, Level.REGENCY, address.province_code),
        ("district_code", address.district_code, Level.DISTRICT, address.regency_code),
        ("village_code", address.village_code, Level.VILLAGE, address.district_code),
    ]
    # Only the first break in the nesting is reported: below it, "not within" would just repeat it.
    chain_ok = True
    for name, code, level, parent in chain:
        field = f"{prefix}.{name}"
        region = regions.get(code)
        before = len(problems)
        if not code.strip():
            problems.append(problem(field, "required"))
        elif region is None:
            problems.append(problem(field, "region_unknown"))
        elif region.level != level:
            problems.append(problem(field, "region_wrong_level"))
        elif chain_ok and region.parent_code != parent:
            problems.append(problem(field, "region_not_within"))
        chain_ok = chain_ok and len(problems) == before
    problems += _text(f"{prefix}.street", address.street, required=True, limit=TEXT_MAX)
    for part, value in (("rt", address.rt), ("rw", address.rw)):
        if not value.strip():
            problems.append(problem(f"{prefix}.{part}", "required"))
        elif not _DIGITS_1_TO_3.fullmatch(value):
            problems.append(problem(f"{prefix}.{part}", f"{part}_format"))
    if not _POSTAL.fullmatch(address.postal_code):
        problems.append(problem(f"{prefix}.postal_code", "postal_code_format"))
    else:
        village = regions.get(address.village_code)
        expected = village.postal_code if village is not None else ""
        if chain_ok and expected and expected != address.postal_code:
            problems.append(problem(f"{prefix}.postal_code", "postal_code_differs", blocking=False, expected=expected))
    return problems


def _contact(reg: Registration) -> list[Problem]:
    contact = reg.contact
    problems: list[Problem] = []
    try:
        if normalise_phone(contact.phone) != contact.phone:
            problems.append(problem("contact.phone", "phone_not_e164"))
    except InvalidPhone as exc:
        problems.append(Problem("contact.phone", exc.message))
    email = (contact.email or "").strip()
    if email:
        if len(email) > 254 or email != contact.email or not _EMAIL.fullmatch(email) or len(email.split("@")[0]) > 64:
            problems.append(problem("contact.email", "email_format"))
        if contact.no_email_reason is not None:
            problems.append(problem("contact.no_email_reason", "email_and_reason"))
    elif contact.no_email_reason is None:
        problems.append(problem("contact.email", "email_or_reason"))
    return problems


def _background(reg: Registration) -> list[Problem]:
    background = reg.background
    problems: list[Problem] = []
    if not 0 <= background.dependants <= DEPENDANTS_MAX:
        problems.append(problem("background.dependants", "dependants_range", max=DEPENDANTS_MAX))
    problems += _text(
        "background.desired_training_field", background.desired_training_field, required=False, limit=TEXT_MAX
    )
    return problems


def _disability(reg: Registration) -> list[Problem]:
    dis = reg.disability
    details = dis.has_disability or dis.types or dis.accommodations or dis.notes.strip()
    if not dis.consented:
        return [problem("disability.consented", "disability_without_consent")] if details else []
    problems: list[Problem] = []
    if dis.has_disability and not dis.types:
        problems.append(problem("disability.types", "disability_type_required"))
    if not dis.has_disability and (dis.types or dis.accommodations):
        problems.append(problem("disability.has_disability", "disability_details_without_disability"))
    problems += _text("disability.notes", dis.notes, required=False, limit=NOTES_MAX)
    return problems


def _consent(reg: Registration, today: dt.date) -> list[Problem]:
    consent = reg.consent
    problems: list[Problem] = []
    if consent.consenter == Consenter.GUARDIAN:
        if not consent.guardian_name.strip():
            problems.append(problem("consent.guardian_name", "guardian_name_required"))
        else:
            problems += _name("consent.guardian_name", consent.guardian_name)
    if consent.method == ConsentMethod.VERBAL_WITH_WITNESS:
        if not consent.witness_name.strip():
            problems.append(problem("consent.witness_name", "witness_name_required"))
        else:
            problems += _name("consent.witness_name", consent.witness_name)
    try:
        data_files.version_key(consent.text_version)
    except data_files.DataFileError:
        problems.append(problem("consent.text_version", "consent_version"))
    problems += _text("consent.officer", consent.officer, required=True, limit=NAME_MAX)
    # A day's grace: the consent time may carry another time zone than `today`.
    if consent.given_at.date() > today + dt.timedelta(days=1):
        problems.append(problem("consent.given_at", "consent_in_future"))
    return problems

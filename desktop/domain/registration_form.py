"""A registration as the desk types it: flat form data, read into a `Registration` and checked.

The wizard keeps what the officer typed as a flat dict (it is also the autosaved
draft): text as typed, ticks, lists of codes. Its keys are the domain's field
paths (`identity.nik`, `current_address.village_code`, ...) plus a few of the
form's own (`consent.given`, `address.current_differs`, `documents.ktp`).
`read_form` turns that into a `Registration` and the problems with it:

- the form's own rules, about turning input into values (choose one of a list,
  a date written DD-MM-YYYY, a whole number, consent ticked, the KTP attached);
- then every rule of `validation.check_registration` on the result, except on
  a field whose input could not be read (its value is only a placeholder).

So the wizard asks the domain, and nothing else, whether a step is complete.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from desktop.domain import kk, nik
from desktop.domain.eligibility import Rules
from desktop.domain.id_number import InvalidIdNumber
from desktop.domain.messages import Message
from desktop.domain.phone import InvalidPhone, normalise_phone
from desktop.domain.regions import Regions
from desktop.domain.registration import (
    Accommodation,
    Address,
    AttachmentKind,
    AttachmentRef,
    Background,
    Consent,
    Consenter,
    ConsentMethod,
    Contact,
    Disability,
    DisabilityType,
    Education,
    EmploymentStatus,
    ExcludedOccupation,
    Identity,
    MaritalStatus,
    NoEmailReason,
    Registration,
    Sex,
)
from desktop.domain.validation import NIK_CONFIRMED, Problem, check_registration

CONSENT_GIVEN = "consent.given"
CONSENT_GIVEN_AT = "consent.given_at"
CURRENT_DIFFERS = "address.current_differs"
ADDRESS_PARTS = ("province_code", "regency_code", "district_code", "village_code", "street", "rt", "rw",
                 "postal_code")
_DATE = re.compile(r"\s*([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})\s*")  # ASCII digits, as the NIK
_SHORT_NUMBER = re.compile(r"[0-9]{1,4}")
# NIK warnings that compare the NIK with another field: meaningless while that field is unreadable.
_COMPARED_WITH = {"birth_date_mismatch": "identity.birth_date", "sex_mismatch": "identity.sex"}
# Keys of drafts saved before the form's keys became the domain's field paths.
_OLD_KEYS = {
    **{f"address.{p}": f"address.{p}_code" for p in ("province", "regency", "district", "village")},
    **{f"current.{p}": f"current_address.{p}_code" for p in ("province", "regency", "district", "village")},
    **{f"current.{p}": f"current_address.{p}" for p in ("street", "rt", "rw", "postal_code")},
    "background.excluded": "background.excluded_occupations",
}

_TEXTS: dict[str, tuple[str, str]] = {
    "choose_one": ("Pilih salah satu.", "Choose one."),
    "consent_missing": ("Centang bila pemohon (atau walinya) sudah menyetujui teks persetujuan.",
                        "Tick once the applicant (or guardian) has agreed to the consent text."),
    "required": ("Bagian ini wajib diisi.", "This field is required."),
    "bad_date": ("Tanggal tidak dikenali. Tulis sebagai HH-BB-TTTT, mis. 17-08-1990.",
                 "Date not recognised. Write it as DD-MM-YYYY, e.g. 17-08-1990."),
    "bad_number": ("Tulis sebagai angka bulat, mis. 2.", "Write it as a whole number, e.g. 2."),
    "ktp_missing": ("Foto/pindaian KTP wajib dilampirkan.", "A photo or scan of the KTP is required."),
    "attachment_damaged": ("Lampiran ini rusak. Hapus lalu lampirkan ulang.",
                           "This attachment is damaged. Remove it and attach it again."),
}

E = TypeVar("E", bound=enum.Enum)


def _problem(field: str, code: str) -> Problem:
    text_id, text_en = _TEXTS[code]
    return Problem(field, Message(code, text_id, text_en))


@dataclass(frozen=True)
class FormReading:
    """What the form holds as a registration, with every problem in form order."""

    registration: Registration
    problems: list[Problem]

    @property
    def blocking(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]

    def nik_warnings(self) -> list[Message]:
        """The warnings about a well-formed NIK or KK that the identity step shows, confirmed or not."""
        return [p.message for p in self.problems
                if p.field == NIK_CONFIRMED or (p.field in ("identity.nik", "identity.kk") and not p.blocking)]

    @property
    def nik_needs_confirming(self) -> bool:
        """Whether the NIK has warnings the officer confirms against the KTP (confirmed already or not)."""
        return any(p.field == NIK_CONFIRMED or (p.field == "identity.nik" and not p.blocking) for p in self.problems)

    def eligibility(self) -> list[Message]:
        """Why the applicant fails the current rules ([] = eligible); never blocking."""
        return [p.message for p in self.problems if p.rule is not None]


def parse_date(text: str) -> dt.date | None:
    """ "31-12-1990" (also / or .) -> the date, or None when it is not a real date."""
    match = _DATE.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
              "November", "Desember")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def date_message(text: str) -> Message:
    """Why `text` is not a date, as precisely as it can be said ("February has no 31st").

    An impossible date identifies nobody, and the year is left out all the same."""
    match = _DATE.fullmatch(text)
    if match is not None:
        day, month, _year = (int(g) for g in match.groups())
        if not 1 <= month <= 12:
            return Message("bad_month", "Bulan {month} tidak ada: bulan ditulis 01 sampai 12, mis. 17-08-1990.",
                           "There is no month {month}: months go from 01 to 12, e.g. 17-08-1990.", {"month": month})
        if day == 29 and month == 2:
            return Message("not_leap_year", "Tahun itu bukan tahun kabisat: Februari hanya sampai tanggal 28.",
                           "That year is not a leap year: February has only 28 days.")
        if day == 0 or day > 31 or month in (2, 4, 6, 9, 11):
            params: dict[str, str | int] = {"day": day, "id_month": _MONTHS_ID[month - 1],
                                            "en_month": _MONTHS_EN[month - 1], "nth": _ordinal(day)}
            return Message("no_such_day", "{id_month} tidak punya tanggal {day}.",
                           "{en_month} has no {nth}." if day else "There is no day 0.", params)
    return Message("bad_date", *_TEXTS["bad_date"])


def format_date(value: dt.date) -> str:
    return value.strftime("%d-%m-%Y")


def upgrade_keys(data: Mapping[str, Any]) -> dict[str, Any]:
    """A draft saved under the form's earlier keys, under today's."""
    return {_OLD_KEYS.get(key, key): value for key, value in data.items()}


class _Reader:
    """Reads one form; remembers which fields could not be read."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.problems: list[Problem] = []

    def text(self, key: str) -> str:
        value = self.data.get(key, "")
        return value.strip() if isinstance(value, str) else ""

    def flag(self, key: str) -> bool:
        return self.data.get(key) is True

    def codes(self, key: str, kind: type[E]) -> frozenset[E]:
        value = self.data.get(key, [])
        known = {member.value: member for member in kind}
        return frozenset(known[v] for v in value if isinstance(v, str) and v in known) if isinstance(
            value, list) else frozenset()

    def choice(self, key: str, kind: type[E], placeholder: E, *, optional: bool = False) -> E:
        text = self.text(key)
        for member in kind:
            if member.value == text:
                return member
        if not (optional and not text):
            self.problems.append(_problem(key, "choose_one"))
        return placeholder

    def failed(self, key: str) -> bool:
        return any(p.field == key for p in self.problems)


def read_form(data: Mapping[str, Any], *, regions: Regions, rules: Rules, today: dt.date, officer: str,
              consent_version: str, record_id: uuid.UUID, version: int = 1,
              registered_on: dt.date | None = None) -> FormReading:
    """The registration in `data` and every problem with it (see the module docstring).

    `officer` and `consent_version` say who took the consent and which text was shown (for a correction, the
    original's); `registered_on` is today for a new registration and kept for a correction.
    """
    r = _Reader(data)
    reg = Registration(
        identity=_identity(r, today),
        address=_address(r, "address"),
        current_address=_address(r, "current_address") if r.flag(CURRENT_DIFFERS) else None,
        contact=_contact(r),
        background=_background(r),
        disability=_disability(r),
        consent=_consent(r, today, officer, consent_version),
        attachments=_attachments(r),
        record_id=record_id,
        version=version,
        registered_on=registered_on or today,
    )
    checked = [p for p in check_registration(reg, regions=regions, rules=rules, today=today)
               if not r.failed(p.field) and not r.failed(_COMPARED_WITH.get(p.message.code, ""))]
    return FormReading(reg, _in_form_order(r.problems + checked))


def _identity(r: _Reader, today: dt.date) -> Identity:
    birth_text = r.text("identity.birth_date")
    birth = parse_date(birth_text)
    if birth is None:
        r.problems.append(_problem("identity.birth_date", "required") if not birth_text
                          else Problem("identity.birth_date", date_message(birth_text)))
    return Identity(
        nik=_number(r.text("identity.nik"), nik.parse, today),
        kk=_number(r.text("identity.kk"), kk.parse, today),
        full_name=r.text("identity.full_name"),
        birth_place=r.text("identity.birth_place"),
        birth_date=birth or today,
        sex=r.choice("identity.sex", Sex, Sex.FEMALE),
        marital_status=r.choice("identity.marital_status", MaritalStatus, MaritalStatus.SINGLE),
        nik_warnings_confirmed=r.flag(NIK_CONFIRMED),
    )


def _number(text: str, parse: Callable[..., nik.Nik | kk.Kk], today: dt.date) -> str:
    """The 16 digits of a NIK or KK typed with spaces or dashes; as typed when it is not one (the check says why)."""
    try:
        return parse(text, today=today).value
    except InvalidIdNumber:
        return text


def rt_rw(value: str) -> str:
    """An RT or RW number as written on the KTP, three digits ("003"): people type "3"."""
    return value.zfill(3) if _SHORT_NUMBER.fullmatch(value) and len(value) <= 3 else value


def _address(r: _Reader, prefix: str) -> Address:
    def part(name: str) -> str:
        value = r.text(f"{prefix}.{name}")
        return rt_rw(value) if name in ("rt", "rw") else value

    return Address(**{name: part(name) for name in ADDRESS_PARTS})


def _contact(r: _Reader) -> Contact:
    phone = r.text("contact.phone")
    try:
        phone = normalise_phone(phone)
    except InvalidPhone:
        pass  # kept as typed: the domain's check says what is wrong with it
    email = r.text("contact.email") or None
    reason = r.choice("contact.no_email_reason", NoEmailReason, NoEmailReason.HAS_NONE, optional=True)
    return Contact(phone=phone, email=email,
                   no_email_reason=reason if r.text("contact.no_email_reason") else None)


def _background(r: _Reader) -> Background:
    dependants_text = r.text("background.dependants") or "0"
    if not _SHORT_NUMBER.fullmatch(dependants_text):
        r.problems.append(_problem("background.dependants", "bad_number"))
    return Background(
        education=r.choice("background.education", Education, Education.NONE),
        employment_status=r.choice("background.employment_status", EmploymentStatus, EmploymentStatus.UNEMPLOYED),
        in_formal_education=r.flag("background.in_formal_education"),
        excluded_occupations=r.codes("background.excluded_occupations", ExcludedOccupation),
        dependants=int(dependants_text) if _SHORT_NUMBER.fullmatch(dependants_text) else 0,
        desired_training_field=r.text("background.desired_training_field"),
    )


def _disability(r: _Reader) -> Disability:
    consented = r.flag("disability.consented")
    has = r.flag("disability.has_disability")
    # Types, support and notes count only while the applicant agreed and has a disability: unticking
    # either clears them, as the greyed-out form shows.
    details = consented and has
    return Disability(
        consented=consented,
        has_disability=has,
        types=r.codes("disability.types", DisabilityType) if details else frozenset(),
        accommodations=r.codes("disability.accommodations", Accommodation) if details else frozenset(),
        notes=r.text("disability.notes") if details else "",
    )


def _consent(r: _Reader, today: dt.date, officer: str, consent_version: str) -> Consent:
    consenter = r.choice("consent.consenter", Consenter, Consenter.APPLICANT)
    method = r.choice("consent.method", ConsentMethod, ConsentMethod.SIGNATURE)
    if not r.flag(CONSENT_GIVEN):
        r.problems.append(_problem(CONSENT_GIVEN, "consent_missing"))
    try:
        given_at = dt.datetime.fromisoformat(r.text(CONSENT_GIVEN_AT))
    except ValueError:
        given_at = dt.datetime.combine(today, dt.time(), dt.UTC)  # not yet ticked: the tick's own problem says so
    return Consent(
        consenter=consenter,
        method=method,
        text_version=consent_version,
        given_at=given_at,
        officer=officer,
        guardian_name=r.text("consent.guardian_name") if consenter is Consenter.GUARDIAN else "",
        witness_name=r.text("consent.witness_name") if method is ConsentMethod.VERBAL_WITH_WITNESS else "",
    )


def _attachments(r: _Reader) -> tuple[AttachmentRef, ...]:
    refs = []
    for kind in AttachmentKind:
        key = f"documents.{kind.value}"
        raw = r.data.get(key)
        if raw is None:
            continue
        ref = _attachment_ref(kind, raw)
        if ref is None:
            r.problems.append(_problem(key, "attachment_damaged"))
        else:
            refs.append(ref)
    if not any(ref.kind is AttachmentKind.KTP for ref in refs) and not r.failed("documents.ktp"):
        r.problems.append(_problem("documents.ktp", "ktp_missing"))
    return tuple(refs)


def _attachment_ref(kind: AttachmentKind, raw: object) -> AttachmentRef | None:
    """The stored reference, or None when it is not a well-formed one (a damaged draft)."""
    if not isinstance(raw, dict):
        return None
    sha, size, media = raw.get("sha256"), raw.get("size"), raw.get("media_type")
    if not (isinstance(sha, str) and len(sha) == 64 and type(size) is int and size > 0
            and isinstance(media, str) and media):
        return None
    return AttachmentRef(kind, sha, size, media)


_ORDER = ("consent", "identity", "address", "current_address", "contact", "background", "disability", "documents")


def _in_form_order(problems: list[Problem]) -> list[Problem]:
    def rank(problem: Problem) -> int:
        head = problem.field.partition(".")[0]
        return _ORDER.index(head) if head in _ORDER else len(_ORDER)

    return sorted(problems, key=rank)  # stable: within a part, the order the checks found them


def form_data(reg: Registration) -> dict[str, Any]:
    """The form for an existing registration (to correct it); `read_form` gives the same registration back."""
    i, c, b, d, k = reg.identity, reg.contact, reg.background, reg.disability, reg.consent
    data: dict[str, Any] = {
        "consent.consenter": k.consenter.value, "consent.guardian_name": k.guardian_name,
        "consent.method": k.method.value, "consent.witness_name": k.witness_name, CONSENT_GIVEN: True,
        CONSENT_GIVEN_AT: k.given_at.isoformat(),
        "identity.nik": i.nik, "identity.kk": i.kk, "identity.full_name": i.full_name,
        "identity.birth_place": i.birth_place, "identity.birth_date": format_date(i.birth_date),
        "identity.sex": i.sex.value, "identity.marital_status": i.marital_status.value,
        NIK_CONFIRMED: i.nik_warnings_confirmed,
        "contact.phone": c.phone, "contact.email": c.email or "",
        "contact.no_email_reason": c.no_email_reason.value if c.no_email_reason else "",
        "background.education": b.education.value, "background.employment_status": b.employment_status.value,
        "background.in_formal_education": b.in_formal_education,
        "background.excluded_occupations": sorted(v.value for v in b.excluded_occupations),
        "background.dependants": str(b.dependants), "background.desired_training_field": b.desired_training_field,
        "disability.consented": d.consented, "disability.has_disability": d.has_disability,
        "disability.types": sorted(v.value for v in d.types),
        "disability.accommodations": sorted(v.value for v in d.accommodations), "disability.notes": d.notes,
        CURRENT_DIFFERS: reg.current_address is not None,
    }
    for prefix, address in (("address", reg.address), ("current_address", reg.current_address)):
        if address is not None:
            data.update({f"{prefix}.{name}": getattr(address, name) for name in ADDRESS_PARTS})
    for ref in reg.attachments:
        data[f"documents.{ref.kind.value}"] = {"sha256": ref.sha256, "size": ref.size, "media_type": ref.media_type}
    return data

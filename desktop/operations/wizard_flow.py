"""The registration wizard's navigation and state, without widgets.

Like Electrum's `wizard.py`: pages only read and write `flow.data` (a flat dict of
JSON-friendly values, which is also the autosaved draft) and ask the flow whether
they may move on. Every rule about *when* a step is complete lives here, so it is
tested without a QApplication. Field rules come from the domain parsers.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.domain import kk as kk_rules
from desktop.domain import nik as nik_rules
from desktop.domain.messages import DomainError, Message
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

STEPS: tuple[str, ...] = (
    "consent", "identity", "address", "contact", "background", "disability", "documents", "review",
)
MAX_NAME = 100
MAX_TEXT = 200
MAX_NOTES = 1000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field; `field` is a key of `WizardFlow.data`."""

    field: str
    message: Message
    blocking: bool = True


def _msg(code: str, id_text: str, en_text: str, **params: str | int) -> Message:
    return Message(code, id_text, en_text, dict(params))


REQUIRED = _msg("required", "Wajib diisi.", "Required.")
CHOOSE = _msg("choose_one", "Pilih salah satu.", "Choose one.")


def too_long(limit: int) -> Message:
    return _msg("too_long", "Terlalu panjang: paling banyak {limit} karakter.",
                "Too long: at most {limit} characters.", limit=limit)


def parse_date(text: str) -> dt.date | None:
    """ "31-12-1990" (also / or .) -> date, or None when it is not a real date."""
    match = _DATE.match(text or "")
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def format_date(value: dt.date) -> str:
    return value.strftime("%d-%m-%Y")


def format_local_time(value: dt.datetime) -> str:
    """A stored time (UTC, or naive as written) as the officer reads it: local "dd-mm-yyyy hh:mm"."""
    return (value.astimezone() if value.tzinfo is not None else value).strftime("%d-%m-%Y %H:%M")


PhoneNormaliser = Callable[[str], str]

def _default_phone(text: str) -> str:
    from desktop.domain.phone import normalise_phone  # the domain's one rule for phones

    return normalise_phone(text)



class WizardFlow:
    """State and navigation of one registration (new, draft or correction)."""

    def __init__(self, data: dict[str, Any] | None = None, step: int = 0, *, today: dt.date | None = None,
                 regions: Any = None, phone: PhoneNormaliser = _default_phone,
                 draft_id: uuid.UUID | None = None) -> None:
        self.data: dict[str, Any] = dict(data or {})
        self.draft_id = draft_id or uuid.uuid4()
        self.today = today or dt.date.today()
        self.regions = regions
        self._phone = phone
        self.step = max(0, min(step, len(STEPS) - 1))
        self.furthest = self.step

    # -- navigation -------------------------------------------------------
    @property
    def name(self) -> str:
        return STEPS[self.step]

    @property
    def is_first(self) -> bool:
        return self.step == 0

    @property
    def is_last(self) -> bool:
        return self.step == len(STEPS) - 1

    def next(self) -> list[FieldProblem]:
        """Move on if this step has no blocking problem; returns the problems either way."""
        problems = self.problems(self.step)
        if not any(p.blocking for p in problems) and not self.is_last:
            self.step += 1
            self.furthest = max(self.furthest, self.step)
        return problems

    def back(self) -> None:
        if self.step > 0:
            self.step -= 1

    def go_to(self, step: int) -> bool:
        """Jump through the step list, but only to steps already reached."""
        if 0 <= step <= self.furthest:
            self.step = step
            return True
        return False

    # -- values -----------------------------------------------------------
    def text(self, key: str) -> str:
        value = self.data.get(key, "")
        return value.strip() if isinstance(value, str) else ""

    def flag(self, key: str) -> bool:
        return self.data.get(key) is True

    def choices(self, key: str) -> list[str]:
        value = self.data.get(key, [])
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    # -- checks -----------------------------------------------------------
    def problems(self, step: int) -> list[FieldProblem]:
        checks: dict[str, Callable[[], list[FieldProblem]]] = {
            "consent": self._check_consent, "identity": self._check_identity, "address": self._check_address,
            "contact": self._check_contact, "background": self._check_background,
            "disability": self._check_disability, "documents": self._check_documents, "review": self._check_all,
        }
        return checks[STEPS[step]]()

    def all_problems(self) -> list[FieldProblem]:
        return self._check_all()

    def _check_all(self) -> list[FieldProblem]:
        found: list[FieldProblem] = []
        for index in range(len(STEPS) - 1):
            found.extend(self.problems(index))
        return found

    def _required_text(self, key: str, limit: int, out: list[FieldProblem]) -> None:
        value = self.text(key)
        if not value:
            out.append(FieldProblem(key, REQUIRED))
        elif len(value) > limit:
            out.append(FieldProblem(key, too_long(limit)))

    def _optional_text(self, key: str, limit: int, out: list[FieldProblem]) -> None:
        if len(self.text(key)) > limit:
            out.append(FieldProblem(key, too_long(limit)))

    def _enum(self, key: str, kind: type[enum.Enum], out: list[FieldProblem]) -> None:
        if self.text(key) not in {m.value for m in kind}:
            out.append(FieldProblem(key, CHOOSE))

    def _check_consent(self) -> list[FieldProblem]:
        out: list[FieldProblem] = []
        self._enum("consent.consenter", Consenter, out)
        if self.text("consent.consenter") == Consenter.GUARDIAN:
            self._required_text("consent.guardian_name", MAX_NAME, out)
        self._enum("consent.method", ConsentMethod, out)
        if self.text("consent.method") == ConsentMethod.VERBAL_WITH_WITNESS:
            self._required_text("consent.witness_name", MAX_NAME, out)
        if not self.flag("consent.given"):
            out.append(FieldProblem("consent.given", _msg(
                "consent_missing", "Centang bila pemohon (atau walinya) sudah menyetujui teks persetujuan.",
                "Tick once the applicant (or guardian) has agreed to the consent text.")))
        return out

    def nik_warnings(self) -> list[Message]:
        """Warnings about a well-formed NIK/KK (date, sex, region) that the officer must confirm."""
        try:
            birth = parse_date(self.text("identity.birth_date"))
            sex_text = self.text("identity.sex")
            sex = Sex(sex_text) if sex_text in {s.value for s in Sex} else None
            nik = nik_rules.parse(self.text("identity.nik"), birth_date=birth, sex=sex, regions=self.regions,
                                  today=self.today)
            kk = kk_rules.parse(self.text("identity.kk"), regions=self.regions, today=self.today)
        except DomainError:
            return []
        return [*nik.warnings, *kk.warnings]

    def _check_identity(self) -> list[FieldProblem]:
        out: list[FieldProblem] = []
        for key, rules in (("identity.nik", nik_rules), ("identity.kk", kk_rules)):
            try:
                rules.parse(self.text(key), today=self.today)
            except DomainError as exc:
                out.append(FieldProblem(key, exc.message))
        self._required_text("identity.full_name", MAX_NAME, out)
        self._required_text("identity.birth_place", MAX_TEXT, out)
        birth_text = self.text("identity.birth_date")
        birth = parse_date(birth_text)
        if not birth_text:
            out.append(FieldProblem("identity.birth_date", REQUIRED))
        elif birth is None:
            out.append(FieldProblem("identity.birth_date", _msg(
                "bad_date", "Tanggal tidak dikenali. Tulis sebagai HH-BB-TTTT, mis. 17-08-1990.",
                "Date not recognised. Write it as DD-MM-YYYY, e.g. 17-08-1990.")))
        elif not dt.date(1900, 1, 1) <= birth <= self.today:
            out.append(FieldProblem("identity.birth_date", _msg(
                "date_out_of_range", "Tanggal lahir tidak mungkin (di masa depan atau sebelum 1900).",
                "Impossible birth date (in the future or before 1900).")))
        self._enum("identity.sex", Sex, out)
        self._enum("identity.marital_status", MaritalStatus, out)
        if not out and self.nik_warnings() and not self.flag("identity.nik_warnings_confirmed"):
            out.append(FieldProblem("identity.nik_warnings_confirmed", _msg(
                "confirm_ktp", "Periksa peringatan di atas. Centang bila data sama persis dengan KTP.",
                "Check the warnings above. Tick if the data matches the KTP exactly.")))
        return out

    def _check_address_block(self, prefix: str, out: list[FieldProblem]) -> None:
        for part in ("province", "regency", "district", "village"):
            if not self.text(f"{prefix}.{part}"):
                out.append(FieldProblem(f"{prefix}.{part}", CHOOSE))
        self._required_text(f"{prefix}.street", MAX_TEXT, out)
        for part in ("rt", "rw"):
            value = self.text(f"{prefix}.{part}")
            if not value:
                out.append(FieldProblem(f"{prefix}.{part}", REQUIRED))
            elif not (value.isascii() and value.isdigit() and len(value) <= 3):
                out.append(FieldProblem(f"{prefix}.{part}", _msg(
                    "bad_rt_rw", "Tulis 1–3 angka, mis. 003.", "Write 1–3 digits, e.g. 003.")))
        postal = self.text(f"{prefix}.postal_code")
        if not (len(postal) == 5 and postal.isascii() and postal.isdigit()):
            out.append(FieldProblem(f"{prefix}.postal_code", _msg(
                "bad_postal_code", "Kode pos harus 5 angka.", "The postal code must have 5 digits.")))

    def _check_address(self) -> list[FieldProblem]:
        out: list[FieldProblem] = []
        self._check_address_block("address", out)
        if self.flag("address.current_differs"):
            self._check_address_block("current", out)
        return out

    def _check_contact(self) -> list[FieldProblem]:
        out: list[FieldProblem] = []
        phone = self.text("contact.phone")
        if not phone:
            out.append(FieldProblem("contact.phone", REQUIRED))
        else:
            try:
                self._phone(phone[:MAX_TEXT])
            except DomainError as exc:
                out.append(FieldProblem("contact.phone", exc.message))
        email = self.text("contact.email")
        if email:
            if len(email) > MAX_TEXT or not _EMAIL.match(email):
                out.append(FieldProblem("contact.email", _msg(
                    "bad_email", "Alamat e-mail tidak sah, mis. nama@contoh.id.",
                    "Not a valid e-mail address, e.g. name@example.id.")))
        else:
            self._enum("contact.no_email_reason", NoEmailReason, out)
        return out

    def _check_background(self) -> list[FieldProblem]:
        out: list[FieldProblem] = []
        self._enum("background.education", Education, out)
        self._enum("background.employment_status", EmploymentStatus, out)
        dependants = self.text("background.dependants") or "0"
        if not (dependants.isascii() and dependants.isdigit() and int(dependants) <= 30):
            out.append(FieldProblem("background.dependants", _msg(
                "bad_dependants", "Tulis jumlah tanggungan sebagai angka 0–30.",
                "Write the number of dependants as a number 0–30.")))
        self._optional_text("background.desired_training_field", MAX_TEXT, out)
        return out

    def _check_disability(self) -> list[FieldProblem]:
        out: list[FieldProblem] = []
        if self.flag("disability.has_disability") and not self.flag("disability.consented"):
            out.append(FieldProblem("disability.consented", _msg(
                "disability_consent", "Data disabilitas hanya dicatat dengan persetujuan pemohon. Centang "
                "persetujuan atau kosongkan bagian ini.",
                "Disability data is recorded only with the applicant's consent. Tick consent or leave this empty.")))
        if self.flag("disability.has_disability") and not self.choices("disability.types"):
            out.append(FieldProblem("disability.types", _msg(
                "disability_type", "Pilih paling sedikit satu jenis disabilitas.", "Choose at least one type.")))
        self._optional_text("disability.notes", MAX_NOTES, out)
        return out

    def _check_documents(self) -> list[FieldProblem]:
        out: list[FieldProblem] = []
        for kind in AttachmentKind:
            key = f"documents.{kind.value}"
            if self.data.get(key) is not None and self._attachment(kind) is None:
                out.append(FieldProblem(key, _msg(
                    "attachment_damaged", "Lampiran ini rusak. Hapus lalu lampirkan ulang.",
                    "This attachment is damaged. Remove it and attach it again.")))
        if self._attachment(AttachmentKind.KTP) is None and not out:
            out.append(FieldProblem("documents.ktp", _msg(
                "ktp_missing", "Foto/pindaian KTP wajib dilampirkan.", "A photo or scan of the KTP is required.")))
        return out

    def _attachment(self, kind: AttachmentKind) -> AttachmentRef | None:
        """The stored reference in the data, or None when absent or not a well-formed reference."""
        raw = self.data.get(f"documents.{kind.value}")
        if not isinstance(raw, dict):
            return None
        sha, size, media = raw.get("sha256"), raw.get("size"), raw.get("media_type")
        if not (isinstance(sha, str) and len(sha) == 64 and isinstance(size, int) and not isinstance(size, bool)
                and size > 0 and isinstance(media, str) and media):
            return None
        return AttachmentRef(kind, sha, size, media)

    # -- the result -------------------------------------------------------
    def _address(self, prefix: str) -> Address:
        return Address(
            province_code=self.text(f"{prefix}.province"), regency_code=self.text(f"{prefix}.regency"),
            district_code=self.text(f"{prefix}.district"), village_code=self.text(f"{prefix}.village"),
            street=self.text(f"{prefix}.street"), rt=self.text(f"{prefix}.rt").zfill(3),
            rw=self.text(f"{prefix}.rw").zfill(3), postal_code=self.text(f"{prefix}.postal_code"),
        )

    def _attachments(self) -> tuple[AttachmentRef, ...]:
        return tuple(ref for kind in AttachmentKind if (ref := self._attachment(kind)) is not None)

    def build(self, *, officer: str, consent_version: str, given_at: dt.datetime,
              record_id: uuid.UUID | None = None, version: int = 1) -> Registration:
        """The registration as typed; raises `ValueError` if a blocking problem remains."""
        if any(p.blocking for p in self.all_problems()):
            raise ValueError("registration is incomplete")
        phone = self._phone(self.text("contact.phone"))
        birth = parse_date(self.text("identity.birth_date"))
        assert birth is not None
        email = self.text("contact.email") or None
        has_disability = self.flag("disability.has_disability") and self.flag("disability.consented")
        return Registration(
            identity=Identity(
                nik=nik_rules.parse(self.text("identity.nik"), today=self.today).value,
                kk=kk_rules.parse(self.text("identity.kk"), today=self.today).value,
                full_name=self.text("identity.full_name"), birth_place=self.text("identity.birth_place"),
                birth_date=birth, sex=Sex(self.text("identity.sex")),
                marital_status=MaritalStatus(self.text("identity.marital_status")),
                nik_warnings_confirmed=bool(self.nik_warnings()) and self.flag("identity.nik_warnings_confirmed"),
            ),
            address=self._address("address"),
            current_address=self._address("current") if self.flag("address.current_differs") else None,
            contact=Contact(
                phone=phone, email=email,
                no_email_reason=None if email else NoEmailReason(self.text("contact.no_email_reason")),
            ),
            background=Background(
                education=Education(self.text("background.education")),
                employment_status=EmploymentStatus(self.text("background.employment_status")),
                in_formal_education=self.flag("background.in_formal_education"),
                excluded_occupations=frozenset(ExcludedOccupation(v) for v in self.choices("background.excluded")),
                dependants=int(self.text("background.dependants") or "0"),
                desired_training_field=self.text("background.desired_training_field"),
            ),
            disability=Disability(
                consented=self.flag("disability.consented"), has_disability=has_disability,
                types=frozenset(DisabilityType(v) for v in self.choices("disability.types")) if has_disability
                else frozenset(),
                accommodations=frozenset(Accommodation(v) for v in self.choices("disability.accommodations"))
                if has_disability else frozenset(),
                notes=self.text("disability.notes") if has_disability else "",
            ),
            consent=Consent(
                consenter=Consenter(self.text("consent.consenter")),
                method=ConsentMethod(self.text("consent.method")),
                text_version=consent_version, given_at=given_at, officer=officer,
                guardian_name=self.text("consent.guardian_name")
                if self.text("consent.consenter") == Consenter.GUARDIAN else "",
                witness_name=self.text("consent.witness_name")
                if self.text("consent.method") == ConsentMethod.VERBAL_WITH_WITNESS else "",
            ),
            attachments=self._attachments(),
            record_id=record_id or uuid.uuid4(),
            version=version,
            registered_on=self.today,
        )


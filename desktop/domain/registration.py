"""An applicant's registration as typed, immutable value objects.

Field values are plain codes (English identifiers); people see them through
translated labels. `to_dict`/`from_dict` give the JSON form stored on the device
and sealed for the centre; `from_dict` is strict because the centre feeds it
untrusted input.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
import uuid
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.messages import DomainError, Message

SCHEMA_VERSION = 1


class Sex(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"


class MaritalStatus(enum.StrEnum):
    SINGLE = "single"
    MARRIED = "married"
    DIVORCED = "divorced"
    WIDOWED = "widowed"


class Education(enum.StrEnum):
    NONE = "none"
    SD = "sd"
    SMP = "smp"
    SMA_SMK = "sma_smk"
    D1 = "d1"
    D2 = "d2"
    D3 = "d3"
    D4 = "d4"
    S1 = "s1"
    S2 = "s2"
    S3 = "s3"


class EmploymentStatus(enum.StrEnum):
    UNEMPLOYED = "unemployed"
    LAID_OFF = "laid_off"
    FURLOUGHED = "furloughed"
    INFORMAL_WORKER = "informal_worker"
    MICRO_SMALL_BUSINESS_OWNER = "micro_small_business_owner"
    EMPLOYEE_UPSKILLING = "employee_upskilling"


class ExcludedOccupation(enum.StrEnum):
    """Occupations that exclude an applicant under the current scheme."""

    TNI = "tni"
    POLRI = "polri"
    ASN = "asn"
    STATE_OFFICIAL = "state_official"
    DPR_DPRD_MEMBER = "dpr_dprd_member"
    VILLAGE_HEAD = "village_head"
    VILLAGE_OFFICIAL = "village_official"
    BUMN_BUMD_DIRECTOR = "bumn_bumd_director"
    BUMN_BUMD_COMMISSIONER = "bumn_bumd_commissioner"


class DisabilityType(enum.StrEnum):
    """Types under UU 8/2016; sensory is split as the brief asks."""

    PHYSICAL = "physical"
    INTELLECTUAL = "intellectual"
    MENTAL = "mental"
    SENSORY_VISION = "sensory_vision"
    SENSORY_HEARING = "sensory_hearing"
    SENSORY_SPEECH = "sensory_speech"


class Accommodation(enum.StrEnum):
    SIGN_LANGUAGE_INTERPRETER = "sign_language_interpreter"
    SCREEN_READER = "screen_reader"
    LARGE_PRINT = "large_print"
    PHYSICAL_ASSISTANCE = "physical_assistance"
    COMPANION = "companion"


class NoEmailReason(enum.StrEnum):
    HAS_NONE = "has_none"
    DECLINED = "declined"
    NO_ACCESS = "no_access"


class Consenter(enum.StrEnum):
    APPLICANT = "applicant"
    GUARDIAN = "guardian"


class ConsentMethod(enum.StrEnum):
    SIGNATURE = "signature"
    THUMBPRINT = "thumbprint"
    VERBAL_WITH_WITNESS = "verbal_with_witness"


class AttachmentKind(enum.StrEnum):
    KTP = "ktp"
    SELFIE = "selfie"


@dataclass(frozen=True)
class Identity:
    # Personal fields stay out of repr(): a traceback or a debug line must not quote them.
    nik: str = field(repr=False)
    kk: str = field(repr=False)
    full_name: str = field(repr=False)
    birth_place: str = field(repr=False)
    birth_date: dt.date = field(repr=False)
    sex: Sex
    marital_status: MaritalStatus
    indonesian_citizen: bool = True
    # The officer confirmed that NIK warnings (date/sex mismatch, unknown region) are as on the KTP.
    nik_warnings_confirmed: bool = False


@dataclass(frozen=True)
class Address:
    province_code: str
    regency_code: str
    district_code: str
    village_code: str
    street: str = field(repr=False)
    rt: str = field(repr=False)
    rw: str = field(repr=False)
    postal_code: str


@dataclass(frozen=True)
class Contact:
    phone: str = field(repr=False)
    email: str | None = field(default=None, repr=False)
    no_email_reason: NoEmailReason | None = None


@dataclass(frozen=True)
class Background:
    education: Education
    employment_status: EmploymentStatus
    in_formal_education: bool
    excluded_occupations: frozenset[ExcludedOccupation] = frozenset()
    dependants: int = 0
    desired_training_field: str = ""


@dataclass(frozen=True)
class Disability:
    """Optional, consented "specific data" under UU PDP."""

    consented: bool = False
    has_disability: bool = False
    types: frozenset[DisabilityType] = frozenset()
    accommodations: frozenset[Accommodation] = frozenset()
    notes: str = field(default="", repr=False)


@dataclass(frozen=True)
class Consent:
    consenter: Consenter
    method: ConsentMethod
    text_version: str
    given_at: dt.datetime
    officer: str
    guardian_name: str = field(default="", repr=False)
    witness_name: str = field(default="", repr=False)


@dataclass(frozen=True)
class AttachmentRef:
    kind: AttachmentKind
    sha256: str
    size: int
    media_type: str


@dataclass(frozen=True)
class Registration:
    identity: Identity
    address: Address
    contact: Contact
    background: Background
    consent: Consent
    disability: Disability = Disability()
    current_address: Address | None = None
    attachments: tuple[AttachmentRef, ...] = ()
    record_id: uuid.UUID = field(default_factory=uuid.uuid4)
    version: int = 1
    replaces_version: int | None = None
    registered_on: dt.date = field(default_factory=dt.date.today)

    def to_dict(self) -> dict[str, Any]:
        data = _encode(self)
        assert isinstance(data, dict)
        data["schema"] = SCHEMA_VERSION
        return data

    @classmethod
    def from_dict(cls, data: object) -> Registration:
        """Build from untrusted JSON-like data; raises `InvalidRegistration`."""
        if not isinstance(data, dict):
            raise InvalidRegistration("$")
        body = dict(data)
        if body.pop("schema", SCHEMA_VERSION) != SCHEMA_VERSION:
            raise InvalidRegistration("schema")
        result = _decode(cls, body, "$")
        assert isinstance(result, Registration)
        return result


class InvalidRegistration(DomainError):
    def __init__(self, path: str) -> None:
        super().__init__(
            Message(
                "invalid_registration",
                "Data pendaftaran tidak lengkap atau rusak pada bagian {path}.",
                "Registration data is incomplete or damaged at {path}.",
                {"path": path},
            )
        )
        self.path = path


def _encode(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return sorted(_encode(v) for v in value)  # type: ignore[type-var]
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    return value


_MAX_TEXT = 2000


@functools.cache
def _type_hints(kind: type) -> dict[str, Any]:
    # Resolving string annotations is the costly part of decoding; the centre decodes thousands a minute.
    return typing.get_type_hints(kind)


def _decode(kind: Any, raw: object, path: str) -> object:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        if raw is None and type(None) in options:
            return None
        (inner,) = [o for o in options if o is not type(None)]
        return _decode(inner, raw, path)
    if origin is frozenset:
        (inner,) = typing.get_args(kind)
        if not isinstance(raw, list):
            raise InvalidRegistration(path)
        return frozenset(_decode(inner, v, path) for v in raw)
    if origin is tuple:
        inner = typing.get_args(kind)[0]
        if not isinstance(raw, list) or len(raw) > 16:
            raise InvalidRegistration(path)
        return tuple(_decode(inner, v, f"{path}[{i}]") for i, v in enumerate(raw))
    if dataclasses.is_dataclass(kind):
        if not isinstance(raw, dict):
            raise InvalidRegistration(path)
        hints = _type_hints(typing.cast(type, kind))
        names = {f.name for f in dataclasses.fields(kind)}
        if set(raw) - names:
            raise InvalidRegistration(f"{path}.{sorted(set(raw) - names)[0]}")
        values = {}
        for f in dataclasses.fields(kind):
            if f.name in raw:
                values[f.name] = _decode(hints[f.name], raw[f.name], f"{path}.{f.name}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise InvalidRegistration(f"{path}.{f.name}")
        try:
            return typing.cast(Any, kind)(**values)
        except (TypeError, ValueError) as exc:
            raise InvalidRegistration(path) from exc
    try:
        if isinstance(kind, type) and issubclass(kind, enum.Enum) and isinstance(raw, str):
            return kind(raw)
        if kind is bool and isinstance(raw, bool):
            return raw
        if kind is int and isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) < 10**9:
            return raw
        if kind is str and isinstance(raw, str) and len(raw) <= _MAX_TEXT:
            return raw
        if kind is uuid.UUID and isinstance(raw, str):
            return uuid.UUID(raw)
        if kind is dt.datetime and isinstance(raw, str):
            return dt.datetime.fromisoformat(raw)
        if kind is dt.date and isinstance(raw, str) and len(raw) == 10:
            return dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise InvalidRegistration(path) from exc
    raise InvalidRegistration(path)

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
import uuid
from dataclasses import dataclass, field
from typing import Any

from desktop.domain import decoding
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


def _decode(kind: Any, raw: object, path: str) -> object:
    try:
        return decoding.decoder(kind)(raw)
    except decoding.Damaged as damaged:
        # The path is put together only for a damaged record, never for the thousands that decode.
        raise InvalidRegistration(path + "".join(reversed(damaged.parts))) from damaged.__cause__

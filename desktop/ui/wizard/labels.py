"""People-facing labels for every coded value: one mapping, translated through Qt.

The tables hold English source texts marked with QT_TRANSLATE_NOOP (so
pyside6-lupdate finds them); the functions translate them when called, so a
language switch takes effect on the next window.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.registration import (
    Accommodation,
    Consenter,
    ConsentMethod,
    DisabilityType,
    Education,
    EmploymentStatus,
    ExcludedOccupation,
    MaritalStatus,
    NoEmailReason,
    Sex,
)

CONTEXT = "Labels"
Table = list[tuple[str, str]]  # (code, what people read)
# (code, English source text): QT_TRANSLATE_NOOP only marks the text for pyside6-lupdate (typed as object).
Source = list[tuple[str, object]]

STEPS = [
    QT_TRANSLATE_NOOP("Labels", "Consent"),
    QT_TRANSLATE_NOOP("Labels", "Identity"),
    QT_TRANSLATE_NOOP("Labels", "Address"),
    QT_TRANSLATE_NOOP("Labels", "Contact"),
    QT_TRANSLATE_NOOP("Labels", "Background"),
    QT_TRANSLATE_NOOP("Labels", "Disability (optional)"),
    QT_TRANSLATE_NOOP("Labels", "Documents"),
    QT_TRANSLATE_NOOP("Labels", "Review and save"),
]
SEXES: Source = [
    (Sex.MALE, QT_TRANSLATE_NOOP("Labels", "Male")),
    (Sex.FEMALE, QT_TRANSLATE_NOOP("Labels", "Female")),
]
MARITAL_STATUSES: Source = [
    (MaritalStatus.SINGLE, QT_TRANSLATE_NOOP("Labels", "Single")),
    (MaritalStatus.MARRIED, QT_TRANSLATE_NOOP("Labels", "Married")),
    (MaritalStatus.DIVORCED, QT_TRANSLATE_NOOP("Labels", "Divorced")),
    (MaritalStatus.WIDOWED, QT_TRANSLATE_NOOP("Labels", "Widowed")),
]
EDUCATIONS: Source = [
    (Education.NONE, QT_TRANSLATE_NOOP("Labels", "No schooling")),
    (Education.SD, QT_TRANSLATE_NOOP("Labels", "Primary school (SD)")),
    (Education.SMP, QT_TRANSLATE_NOOP("Labels", "Junior high school (SMP)")),
    (Education.SMA_SMK, QT_TRANSLATE_NOOP("Labels", "Senior high school (SMA/SMK)")),
    (Education.D1, QT_TRANSLATE_NOOP("Labels", "Diploma 1 (D1)")),
    (Education.D2, QT_TRANSLATE_NOOP("Labels", "Diploma 2 (D2)")),
    (Education.D3, QT_TRANSLATE_NOOP("Labels", "Diploma 3 (D3)")),
    (Education.D4, QT_TRANSLATE_NOOP("Labels", "Diploma 4 (D4)")),
    (Education.S1, QT_TRANSLATE_NOOP("Labels", "Bachelor (S1)")),
    (Education.S2, QT_TRANSLATE_NOOP("Labels", "Master (S2)")),
    (Education.S3, QT_TRANSLATE_NOOP("Labels", "Doctorate (S3)")),
]
EMPLOYMENT_STATUSES: Source = [
    (EmploymentStatus.UNEMPLOYED, QT_TRANSLATE_NOOP("Labels", "Unemployed")),
    (EmploymentStatus.LAID_OFF, QT_TRANSLATE_NOOP("Labels", "Laid off")),
    (EmploymentStatus.FURLOUGHED, QT_TRANSLATE_NOOP("Labels", "Furloughed")),
    (EmploymentStatus.INFORMAL_WORKER, QT_TRANSLATE_NOOP("Labels", "Informal / non-wage worker")),
    (EmploymentStatus.MICRO_SMALL_BUSINESS_OWNER, QT_TRANSLATE_NOOP("Labels", "Micro or small business owner")),
    (EmploymentStatus.EMPLOYEE_UPSKILLING, QT_TRANSLATE_NOOP("Labels", "Employee seeking new skills")),
]
EXCLUDED_OCCUPATIONS: Source = [
    (ExcludedOccupation.TNI, QT_TRANSLATE_NOOP("Labels", "TNI (armed forces)")),
    (ExcludedOccupation.POLRI, QT_TRANSLATE_NOOP("Labels", "Polri (police)")),
    (ExcludedOccupation.ASN, QT_TRANSLATE_NOOP("Labels", "ASN (civil servant)")),
    (ExcludedOccupation.STATE_OFFICIAL, QT_TRANSLATE_NOOP("Labels", "State official")),
    (ExcludedOccupation.DPR_DPRD_MEMBER, QT_TRANSLATE_NOOP("Labels", "Member of DPR/DPRD")),
    (ExcludedOccupation.VILLAGE_HEAD, QT_TRANSLATE_NOOP("Labels", "Village head")),
    (ExcludedOccupation.VILLAGE_OFFICIAL, QT_TRANSLATE_NOOP("Labels", "Village official")),
    (ExcludedOccupation.BUMN_BUMD_DIRECTOR, QT_TRANSLATE_NOOP("Labels", "BUMN/BUMD director")),
    (ExcludedOccupation.BUMN_BUMD_COMMISSIONER, QT_TRANSLATE_NOOP("Labels", "BUMN/BUMD commissioner")),
]
DISABILITY_TYPES: Source = [
    (DisabilityType.PHYSICAL, QT_TRANSLATE_NOOP("Labels", "Physical")),
    (DisabilityType.INTELLECTUAL, QT_TRANSLATE_NOOP("Labels", "Intellectual")),
    (DisabilityType.MENTAL, QT_TRANSLATE_NOOP("Labels", "Mental")),
    (DisabilityType.SENSORY_VISION, QT_TRANSLATE_NOOP("Labels", "Sensory: blind or low vision")),
    (DisabilityType.SENSORY_HEARING, QT_TRANSLATE_NOOP("Labels", "Sensory: deaf or hard of hearing")),
    (DisabilityType.SENSORY_SPEECH, QT_TRANSLATE_NOOP("Labels", "Sensory: speech")),
]
ACCOMMODATIONS: Source = [
    (Accommodation.SIGN_LANGUAGE_INTERPRETER, QT_TRANSLATE_NOOP("Labels", "Sign-language interpreter")),
    (Accommodation.SCREEN_READER, QT_TRANSLATE_NOOP("Labels", "Screen reader")),
    (Accommodation.LARGE_PRINT, QT_TRANSLATE_NOOP("Labels", "Large print")),
    (Accommodation.PHYSICAL_ASSISTANCE, QT_TRANSLATE_NOOP("Labels", "Physical assistance")),
    (Accommodation.COMPANION, QT_TRANSLATE_NOOP("Labels", "Companion")),
]
NO_EMAIL_REASONS: Source = [
    (NoEmailReason.HAS_NONE, QT_TRANSLATE_NOOP("Labels", "Has no e-mail address")),
    (NoEmailReason.DECLINED, QT_TRANSLATE_NOOP("Labels", "Declined to give one")),
    (NoEmailReason.NO_ACCESS, QT_TRANSLATE_NOOP("Labels", "No access to e-mail")),
]
CONSENTERS: Source = [
    (Consenter.APPLICANT, QT_TRANSLATE_NOOP("Labels", "The applicant")),
    (Consenter.GUARDIAN, QT_TRANSLATE_NOOP("Labels", "A guardian")),
]
CONSENT_METHODS: Source = [
    (ConsentMethod.SIGNATURE, QT_TRANSLATE_NOOP("Labels", "Signature")),
    (ConsentMethod.THUMBPRINT, QT_TRANSLATE_NOOP("Labels", "Thumbprint")),
    (ConsentMethod.VERBAL_WITH_WITNESS, QT_TRANSLATE_NOOP("Labels", "Verbal, with a witness")),
]
RECORD_STATUSES: Source = [
    ("draft", QT_TRANSLATE_NOOP("Labels", "Draft")),
    ("ready", QT_TRANSLATE_NOOP("Labels", "Ready to send")),
    ("sending", QT_TRANSLATE_NOOP("Labels", "Sending")),
    ("accepted", QT_TRANSLATE_NOOP("Labels", "Accepted")),
    ("verified", QT_TRANSLATE_NOOP("Labels", "Verified")),
    ("rejected", QT_TRANSLATE_NOOP("Labels", "Rejected")),
    ("needs_correction", QT_TRANSLATE_NOOP("Labels", "Needs correction")),
    ("quarantined", QT_TRANSLATE_NOOP("Labels", "Held back (keeps failing)")),
]
# The centre holds the record but not all its documents yet: not complete there, said in words.
DOCUMENTS_PENDING_STATUSES: Source = [
    ("accepted", QT_TRANSLATE_NOOP("Labels", "Accepted – documents pending")),
    ("verified", QT_TRANSLATE_NOOP("Labels", "Verified – documents pending")),
]
DOCUMENTS_PENDING_FILTER = QT_TRANSLATE_NOOP("Labels", "Documents pending at the centre")
_FROM_NIK = QT_TRANSLATE_NOOP("Labels", "province, regency and district")
NIK_PROPOSALS: Source = [
    ("identity.birth_date", QT_TRANSLATE_NOOP("Labels", "date of birth")),
    ("identity.sex", QT_TRANSLATE_NOOP("Labels", "sex")),
    ("address.province_code", _FROM_NIK), ("address.regency_code", _FROM_NIK), ("address.district_code", _FROM_NIK),
]


def _translated(table: Source) -> Table:
    return [(str(value), QCoreApplication.translate(CONTEXT, str(text))) for value, text in table]


def step_titles() -> list[str]:
    return [QCoreApplication.translate(CONTEXT, str(text)) for text in STEPS]


def sexes() -> Table:
    return _translated(SEXES)


def marital_statuses() -> Table:
    return _translated(MARITAL_STATUSES)


def educations() -> Table:
    return _translated(EDUCATIONS)


def employment_statuses() -> Table:
    return _translated(EMPLOYMENT_STATUSES)


def excluded_occupations() -> Table:
    return _translated(EXCLUDED_OCCUPATIONS)


def disability_types() -> Table:
    return _translated(DISABILITY_TYPES)


def accommodations() -> Table:
    return _translated(ACCOMMODATIONS)


def no_email_reasons() -> Table:
    return _translated(NO_EMAIL_REASONS)


def consenters() -> Table:
    return _translated(CONSENTERS)


def consent_methods() -> Table:
    return _translated(CONSENT_METHODS)


def record_statuses() -> dict[str, str]:
    return dict(_translated(RECORD_STATUSES))


def record_status_text(status: str, documents_pending: bool = False) -> str:
    """A record's status as the list and its window say it, "documents pending" included."""
    if documents_pending:
        pending = dict(_translated(DOCUMENTS_PENDING_STATUSES))
        if status in pending:
            return pending[status]
    return record_statuses().get(status, status)


def documents_pending_filter() -> str:
    return QCoreApplication.translate(CONTEXT, str(DOCUMENTS_PENDING_FILTER))


def nik_proposal_names() -> dict[str, str]:
    """What each field filled in from the NIK is called in the sentence that says so."""
    return dict(_translated(NIK_PROPOSALS))


def label_for(options: Table, value: str) -> str:
    return dict(options).get(value, value)

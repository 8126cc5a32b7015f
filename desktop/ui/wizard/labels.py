"""People-facing labels for every coded value (one mapping, translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def step_titles() -> list[str]:
    return [_t("Consent"), _t("Identity"), _t("Address"), _t("Contact"), _t("Background"),
            _t("Disability (optional)"), _t("Documents"), _t("Review and save")]


def sexes() -> list[tuple[str, str]]:
    return [(Sex.MALE, _t("Male")), (Sex.FEMALE, _t("Female"))]


def marital_statuses() -> list[tuple[str, str]]:
    return [(MaritalStatus.SINGLE, _t("Single")), (MaritalStatus.MARRIED, _t("Married")),
            (MaritalStatus.DIVORCED, _t("Divorced")), (MaritalStatus.WIDOWED, _t("Widowed"))]


def educations() -> list[tuple[str, str]]:
    return [(Education.NONE, _t("No schooling")), (Education.SD, _t("Primary school (SD)")),
            (Education.SMP, _t("Junior high school (SMP)")), (Education.SMA_SMK, _t("Senior high school (SMA/SMK)")),
            (Education.D1, _t("Diploma 1 (D1)")), (Education.D2, _t("Diploma 2 (D2)")),
            (Education.D3, _t("Diploma 3 (D3)")), (Education.D4, _t("Diploma 4 (D4)")),
            (Education.S1, _t("Bachelor (S1)")),
            (Education.S2, _t("Master (S2)")), (Education.S3, _t("Doctorate (S3)"))]


def employment_statuses() -> list[tuple[str, str]]:
    return [(EmploymentStatus.UNEMPLOYED, _t("Unemployed")), (EmploymentStatus.LAID_OFF, _t("Laid off")),
            (EmploymentStatus.FURLOUGHED, _t("Furloughed")),
            (EmploymentStatus.INFORMAL_WORKER, _t("Informal / non-wage worker")),
            (EmploymentStatus.MICRO_SMALL_BUSINESS_OWNER, _t("Micro or small business owner")),
            (EmploymentStatus.EMPLOYEE_UPSKILLING, _t("Employee seeking new skills"))]


def excluded_occupations() -> list[tuple[str, str]]:
    return [(ExcludedOccupation.TNI, _t("TNI (armed forces)")), (ExcludedOccupation.POLRI, _t("Polri (police)")),
            (ExcludedOccupation.ASN, _t("ASN (civil servant)")),
            (ExcludedOccupation.STATE_OFFICIAL, _t("State official")),
            (ExcludedOccupation.DPR_DPRD_MEMBER, _t("Member of DPR/DPRD")),
            (ExcludedOccupation.VILLAGE_HEAD, _t("Village head")),
            (ExcludedOccupation.VILLAGE_OFFICIAL, _t("Village official")),
            (ExcludedOccupation.BUMN_BUMD_DIRECTOR, _t("BUMN/BUMD director")),
            (ExcludedOccupation.BUMN_BUMD_COMMISSIONER, _t("BUMN/BUMD commissioner"))]


def disability_types() -> list[tuple[str, str]]:
    return [(DisabilityType.PHYSICAL, _t("Physical")), (DisabilityType.INTELLECTUAL, _t("Intellectual")),
            (DisabilityType.MENTAL, _t("Mental")), (DisabilityType.SENSORY_VISION, _t("Sensory: blind or low vision")),
            (DisabilityType.SENSORY_HEARING, _t("Sensory: deaf or hard of hearing")),
            (DisabilityType.SENSORY_SPEECH, _t("Sensory: speech"))]


def accommodations() -> list[tuple[str, str]]:
    return [(Accommodation.SIGN_LANGUAGE_INTERPRETER, _t("Sign-language interpreter")),
            (Accommodation.SCREEN_READER, _t("Screen reader")), (Accommodation.LARGE_PRINT, _t("Large print")),
            (Accommodation.PHYSICAL_ASSISTANCE, _t("Physical assistance")), (Accommodation.COMPANION, _t("Companion"))]


def no_email_reasons() -> list[tuple[str, str]]:
    return [(NoEmailReason.HAS_NONE, _t("Has no e-mail address")), (NoEmailReason.DECLINED, _t("Declined to give one")),
            (NoEmailReason.NO_ACCESS, _t("No access to e-mail"))]


def consenters() -> list[tuple[str, str]]:
    return [(Consenter.APPLICANT, _t("The applicant")), (Consenter.GUARDIAN, _t("A guardian"))]


def consent_methods() -> list[tuple[str, str]]:
    return [(ConsentMethod.SIGNATURE, _t("Signature")), (ConsentMethod.THUMBPRINT, _t("Thumbprint")),
            (ConsentMethod.VERBAL_WITH_WITNESS, _t("Verbal, with a witness"))]


def record_statuses() -> dict[str, str]:
    return {"draft": _t("Draft"), "ready": _t("Ready to send"), "sending": _t("Sending"), "accepted": _t("Accepted"),
            "verified": _t("Verified"), "rejected": _t("Rejected"), "needs_correction": _t("Needs correction"),
            "quarantined": _t("Held back (keeps failing)")}


def label_for(options: list[tuple[str, str]], value: str) -> str:
    return dict(options).get(value, value)

"""The same domain rules as the desktop, applied to a decrypted record.

Reasons name fields and rule codes only, never the values. When the shared
`desktop.domain.validation.check_registration` is available it is the single
source of the field rules; until then the NIK and KK parsers are applied.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from desktop.domain import kk as kk_rules
from desktop.domain import nik as nik_rules
from desktop.domain.messages import DomainError
from desktop.domain.registration import InvalidRegistration, Registration
from sync.protocol import RejectReason, SealedItem


def _load_validation() -> ModuleType | None:
    """The shared validator, written in parallel by the domain area; optional until it lands."""
    try:
        return importlib.import_module("desktop.domain.validation")
    except ImportError:
        return None


_validation = _load_validation()


@dataclass(frozen=True)
class Checked:
    nik: str
    kk: str
    attachments: tuple[str, ...]


@dataclass(frozen=True)
class Refusal:
    reason: RejectReason
    fields: tuple[tuple[str, str], ...]  # (field path, rule code)

    def to_json(self) -> list[dict[str, str]]:
        return [{"code": self.reason.value, "field": f, "rule": r} for f, r in self.fields] or [
            {"code": self.reason.value}
        ]


def check(plaintext: bytes, item: SealedItem, today: dt.date) -> Checked | Refusal:
    try:
        raw = json.loads(plaintext.decode("utf-8"))
        reg = Registration.from_dict(raw)
    except InvalidRegistration as exc:
        return Refusal(RejectReason.VALIDATION, ((exc.path, exc.code),))
    except (UnicodeDecodeError, ValueError):
        return Refusal(RejectReason.VALIDATION, (("$", "not_json"),))
    mismatched = [
        (name, "envelope_mismatch")
        for name, ok in (
            ("record_id", str(reg.record_id) == item.record_id),
            ("version", reg.version == item.version),
            ("replaces_version", reg.replaces_version == item.replaces_version),
        )
        if not ok
    ]
    if mismatched:
        return Refusal(RejectReason.VALIDATION, tuple(mismatched))
    refusal = _domain_rules(reg, today)
    if refusal is not None:
        return refusal
    return Checked(reg.identity.nik, reg.identity.kk, tuple(a.sha256 for a in reg.attachments))


def _domain_rules(reg: Registration, today: dt.date) -> Refusal | None:
    if _validation is not None:
        return _shared_rules(_validation, reg, today)
    problems: list[tuple[str, str]] = []
    try:
        nik_rules.parse(reg.identity.nik, today=today)
    except DomainError as exc:
        problems.append(("identity.nik", exc.code))
    try:
        kk_rules.parse(reg.identity.kk, today=today)
    except DomainError as exc:
        problems.append(("identity.kk", exc.code))
    if not reg.identity.indonesian_citizen:
        return Refusal(RejectReason.INELIGIBLE, (("identity.indonesian_citizen", "not_citizen"),))
    if reg.background.in_formal_education:
        return Refusal(RejectReason.INELIGIBLE, (("background.in_formal_education", "in_formal_education"),))
    if reg.background.excluded_occupations:
        return Refusal(RejectReason.INELIGIBLE, (("background.excluded_occupations", "excluded_occupation"),))
    return Refusal(RejectReason.VALIDATION, tuple(problems)) if problems else None


def _shared_rules(module: ModuleType, reg: Registration, today: dt.date) -> Refusal | None:
    """Map the shared validator's problems: blocking field problems → validation, eligibility → ineligible."""
    problems: list[Any] = list(module.check_registration(reg, today=today))
    blocking = [p for p in problems if getattr(p, "blocking", True)]
    ineligible = [p for p in blocking if _is_eligibility(p)]
    if ineligible:
        return Refusal(RejectReason.INELIGIBLE, tuple(_field(p) for p in ineligible))
    if blocking:
        return Refusal(RejectReason.VALIDATION, tuple(_field(p) for p in blocking))
    return None


def _is_eligibility(problem: Any) -> bool:
    code = str(getattr(problem, "code", ""))
    kind = str(getattr(problem, "kind", ""))
    return "eligib" in code or "eligib" in kind or code.startswith("ineligible")


def _field(problem: Any) -> tuple[str, str]:
    return str(getattr(problem, "field", "") or "$"), str(getattr(problem, "code", "invalid"))

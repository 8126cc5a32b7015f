"""The same domain rules as the desktop, applied to a decrypted record.

`desktop.domain.validation.check_registration` is the single source of the
field rules; the eligibility rules are the ones this centre publishes as
reference data. Reasons name fields and rule codes only, never the values.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from desktop.domain import data_files
from desktop.domain.eligibility import Rules, parse_rules
from desktop.domain.reference import ReferenceData
from desktop.domain.registration import InvalidRegistration, Registration
from desktop.domain.validation import check_registration
from sync.protocol import RejectReason, SealedItem


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


def rules_from_reference(content: Any, bundled: Rules) -> Rules:
    """The published eligibility rules; `bundled` when the published file is not in the rules format."""
    if isinstance(content, dict):
        try:
            return parse_rules(content)
        except (data_files.DataFileError, ValueError):
            pass
    return bundled


def check(plaintext: bytes, item: SealedItem, today: dt.date, reference: ReferenceData) -> Checked | Refusal:
    try:
        reg = Registration.from_dict(json.loads(plaintext.decode("utf-8")))
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
    # One evaluation of every rule; the per-KK limit is left to the centre's national count (intake).
    problems = check_registration(reg, regions=reference.regions, rules=reference.rules, today=today)
    blocking = tuple((p.field, p.message.code) for p in problems if p.blocking)
    if blocking:
        return Refusal(RejectReason.VALIDATION, blocking)
    ineligible = tuple((p.field, p.rule) for p in problems if p.rule is not None and p.rule != "max_per_kk")
    if ineligible:
        return Refusal(RejectReason.INELIGIBLE, ineligible)
    return Checked(reg.identity.nik, reg.identity.kk, tuple(a.sha256 for a in reg.attachments))

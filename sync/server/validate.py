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
from desktop.domain.eligibility import Rules, evaluate, load_rules, parse_rules
from desktop.domain.regions import Regions
from desktop.domain.registration import InvalidRegistration, Registration
from desktop.domain.validation import check_registration
from sync.protocol import RejectReason, SealedItem

# Eligibility rule → the field it is about (the per-KK limit is the centre's own national check).
_ELIGIBILITY_FIELDS = {
    "citizenship": "identity.indonesian_citizen",
    "age_min": "identity.birth_date",
    "age_max": "identity.birth_date",
    "not_in_formal_education": "background.in_formal_education",
    "excluded_occupation": "background.excluded_occupations",
}


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


def rules_from_reference(content: Any) -> Rules:
    """The published eligibility rules; the bundled ones when the published file is not in the rules format."""
    if isinstance(content, dict):
        try:
            return parse_rules(content)
        except (data_files.DataFileError, ValueError):
            pass
    return load_rules()


def check(plaintext: bytes, item: SealedItem, today: dt.date, rules: Rules) -> Checked | Refusal:
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
    problems = check_registration(reg, regions=Regions.load(), rules=rules, today=today)
    blocking = tuple((p.field, p.message.code) for p in problems if p.blocking)
    if blocking:
        return Refusal(RejectReason.VALIDATION, blocking)
    failed = [f for f in evaluate(reg, rules, on=reg.registered_on, registrations_on_kk=0) if f.rule_id != "max_per_kk"]
    if failed:
        return Refusal(RejectReason.INELIGIBLE, tuple((_ELIGIBILITY_FIELDS.get(f.rule_id, "$"), f.rule_id)
                                                      for f in failed))
    return Checked(reg.identity.nik, reg.identity.kk, tuple(a.sha256 for a in reg.attachments))

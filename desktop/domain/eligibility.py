"""Who may join the programme, as versioned data (`resources/rules/eligibility-<version>.json`).

Rules change by wave, so the limits and the reasons shown to people live in a
file the centre can update. This module only knows the kinds of rule; a file
naming a rule it does not know is refused (an older desk must not silently skip
a newer rule). A failed rule is a verdict to show, never a reason to lose a draft.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain import data_files
from desktop.domain.data_files import DataFileError, field, no_extra_keys, text
from desktop.domain.messages import DomainError, Message
from desktop.domain.registration import ExcludedOccupation, Registration

FORMAT = 1
RULE_IDS = ("citizenship", "age_min", "age_max", "not_in_formal_education", "excluded_occupation", "max_per_kk")
_PARAMS = frozenset({"age_min", "age_max", "max_per_kk"})


class InvalidRules(DomainError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            Message(
                "invalid_rules",
                "Berkas aturan kelayakan rusak atau tidak dikenal ({detail}). Perbarui aplikasi atau minta berkas "
                "aturan yang benar dari pusat.",
                "The eligibility rules file is damaged or not understood ({detail}). Update the application or ask "
                "the centre for a correct rules file.",
                {"detail": detail},
            )
        )


@dataclass(frozen=True)
class Rules:
    version: str
    valid_from: dt.date
    age_min: int
    age_max: int
    excluded_occupations: frozenset[ExcludedOccupation]
    max_per_kk: int
    reasons: dict[str, tuple[str, str]]  # rule id -> (Bahasa Indonesia, English)

    def reason(self, rule_id: str) -> Message:
        text_id, text_en = self.reasons[rule_id]
        params: dict[str, str | int] = {"age_min": self.age_min, "age_max": self.age_max, "max_per_kk": self.max_per_kk}
        return Message(f"ineligible_{rule_id}", text_id, text_en, params)


@dataclass(frozen=True)
class EligibilityFields:
    """The parts of a registration the rules look at (a wizard may have only these so far)."""

    birth_date: dt.date
    indonesian_citizen: bool = True
    in_formal_education: bool = False
    excluded_occupations: frozenset[ExcludedOccupation] = frozenset()

    @classmethod
    def of(cls, reg: Registration) -> EligibilityFields:
        return cls(
            birth_date=reg.identity.birth_date,
            indonesian_citizen=reg.identity.indonesian_citizen,
            in_formal_education=reg.background.in_formal_education,
            excluded_occupations=reg.background.excluded_occupations,
        )


@dataclass(frozen=True)
class FailedRule:
    rule_id: str
    message: Message


def age_on(birth_date: dt.date, on: dt.date) -> int:
    """Whole years on `on`; someone born on 29 February turns a year older on 1 March in other years."""
    return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))


def evaluate(
    reg_or_fields: Registration | EligibilityFields, rules: Rules, *, on: dt.date, registrations_on_kk: int
) -> list[FailedRule]:
    """The rules this applicant fails on `on` (the registration date), in file order.

    `registrations_on_kk` counts the other registrations already made with the same KK number.
    """
    fields = reg_or_fields if isinstance(reg_or_fields, EligibilityFields) else EligibilityFields.of(reg_or_fields)
    age = age_on(fields.birth_date, on)
    failed = {
        "citizenship": not fields.indonesian_citizen,
        "age_min": age < rules.age_min,
        "age_max": age > rules.age_max,
        "not_in_formal_education": fields.in_formal_education,
        "excluded_occupation": bool(fields.excluded_occupations & rules.excluded_occupations),
        "max_per_kk": registrations_on_kk >= rules.max_per_kk,
    }
    return [FailedRule(rule_id, rules.reason(rule_id)) for rule_id in RULE_IDS if failed[rule_id]]


def load_rules(path: Path) -> Rules:
    """The rules in `path`; a folder means its newest `eligibility-<version>.json`."""
    try:
        if path.is_dir():
            path = data_files.newest(path, "eligibility")
        return parse_rules(data_files.read_json_object(path))
    except DataFileError as exc:
        raise InvalidRules(str(exc)) from None


def rules_from_centre(raw: bytes) -> Rules:
    """The rules the centre publishes: `raw` is the same JSON as an `eligibility-<version>.json` file."""
    try:
        return parse_rules(data_files.json_object(raw))
    except DataFileError as exc:
        raise InvalidRules(str(exc)) from None


def parse_rules(data: dict[str, Any]) -> Rules:
    """Strictly read the JSON form; raises `DataFileError`."""
    no_extra_keys(data, {"format", "version", "valid_from", "source", "rules"}, "$")
    version, valid_from = data_files.versioned_header(data, FORMAT)
    if "source" in data:
        text(data, "source", "$", max_length=1000)
    raw_rules = field(data, "rules", list, "$")
    by_id: dict[str, dict[str, Any]] = {}
    for i, rule in enumerate(raw_rules[: len(RULE_IDS) + 1]):
        where = f"$.rules[{i}]"
        if not isinstance(rule, dict):
            raise DataFileError(f"{where} must be an object")
        rule_id = field(rule, "id", str, where)
        if rule_id not in RULE_IDS:
            raise DataFileError(f"{where}.id is not a rule this version knows")
        if rule_id in by_id:
            raise DataFileError(f"{where}.id is repeated")
        by_id[rule_id] = rule
    if set(by_id) != set(RULE_IDS) or len(raw_rules) != len(RULE_IDS):
        raise DataFileError("rules must list each of " + ", ".join(RULE_IDS) + " once")

    reasons = {}
    for rule_id, rule in by_id.items():
        where = f"$.rules[{rule_id}]"
        no_extra_keys(rule, {"id", "reason"} | _OWN_KEYS[rule_id], where)
        reason = field(rule, "reason", dict, where)
        no_extra_keys(reason, {"id", "en"}, f"{where}.reason")
        reasons[rule_id] = (
            text(reason, "id", f"{where}.reason", max_length=1000, placeholders=_PARAMS),
            text(reason, "en", f"{where}.reason", max_length=1000, placeholders=_PARAMS),
        )
    if field(by_id["citizenship"], "citizenship", str, "$.rules[citizenship]") != "indonesian":
        raise DataFileError("only citizenship 'indonesian' is understood")
    age_min = _small_int(by_id["age_min"], "age_min")
    age_max = _small_int(by_id["age_max"], "age_max")
    if age_min > age_max:
        raise DataFileError("age_min is above age_max")
    return Rules(
        version=version,
        valid_from=valid_from,
        age_min=age_min,
        age_max=age_max,
        excluded_occupations=_occupations(field(by_id["excluded_occupation"], "excluded_occupations", list, "$")),
        max_per_kk=_small_int(by_id["max_per_kk"], "max_per_kk", low=1),
        reasons=reasons,
    )


_OWN_KEYS = {
    "citizenship": {"citizenship"},
    "age_min": {"age_min"},
    "age_max": {"age_max"},
    "not_in_formal_education": set(),
    "excluded_occupation": {"excluded_occupations"},
    "max_per_kk": {"max_per_kk"},
}


def _small_int(rule: dict[str, Any], key: str, *, low: int = 0, high: int = 150) -> int:
    value: int = field(rule, key, int, f"$.rules[{key}]")
    if not low <= value <= high:
        raise DataFileError(f"{key} must be {low}..{high}")
    return value


def _occupations(values: list[Any]) -> frozenset[ExcludedOccupation]:
    known = {o.value: o for o in ExcludedOccupation}
    if len(values) > len(known):
        raise DataFileError("excluded_occupations is too long")
    result = set()
    for value in values:
        if not isinstance(value, str) or value not in known:
            raise DataFileError("excluded_occupations names an occupation this version does not know")
        result.add(known[value])
    if len(result) != len(values):
        raise DataFileError("excluded_occupations has a repeat")
    return frozenset(result)

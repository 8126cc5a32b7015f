"""Eligibility rules: the bundled file, the age edges and hostile rules files."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.eligibility import (
    EligibilityFields,
    InvalidRules,
    Rules,
    age_on,
    evaluate,
    load_rules,
)
from desktop.domain.registration import ExcludedOccupation
from desktop.paths import resource
from tests.domain.factories import make_registration

ON = dt.date(2026, 11, 23)
RULES_FILE = resource("rules", "eligibility-2025.1.json")


def _failed(rules: Rules, fields: EligibilityFields, *, on: dt.date = ON, on_kk: int = 0) -> list[str]:
    return [f.rule_id for f in evaluate(fields, rules, on=on, registrations_on_kk=on_kk)]


def _born(years_before: int, on: dt.date = ON, days: int = 0) -> dt.date:
    return on.replace(year=on.year - years_before) + dt.timedelta(days=days)


def test_bundled_rules(rules: Rules) -> None:
    assert rules.version == "2025.1"
    assert (rules.age_min, rules.age_max, rules.max_per_kk) == (18, 64, 2)
    assert rules.excluded_occupations == frozenset(ExcludedOccupation)
    assert load_rules(RULES_FILE) == rules


def test_eligible_applicant_passes(rules: Rules) -> None:
    assert evaluate(make_registration(), rules, on=ON, registrations_on_kk=1) == []


@pytest.mark.parametrize(
    ("birth_date", "failed"),
    [
        (_born(18, days=1), ["age_min"]),  # 17 years and 364 days
        (_born(18), []),  # the 18th birthday itself
        (_born(18, days=-1), []),
        (_born(65, days=1), []),  # 64, the day before the 65th birthday
        (_born(65), ["age_max"]),  # the 65th birthday
        (_born(80), ["age_max"]),
        (_born(0), ["age_min"]),
    ],
)
def test_age_edges(rules: Rules, birth_date: dt.date, failed: list[str]) -> None:
    assert _failed(rules, EligibilityFields(birth_date)) == failed


def test_age_is_computed_on_the_registration_date_not_today(rules: Rules) -> None:
    reg = make_registration(identity__birth_date=dt.date(2008, 12, 1), registered_on=dt.date(2026, 11, 30))
    assert [f.rule_id for f in evaluate(reg, rules, on=reg.registered_on, registrations_on_kk=0)] == ["age_min"]
    assert evaluate(reg, rules, on=dt.date(2026, 12, 1), registrations_on_kk=0) == []


def test_leap_day_birthday() -> None:
    born = dt.date(2008, 2, 29)
    assert age_on(born, dt.date(2026, 2, 28)) == 17
    assert age_on(born, dt.date(2026, 3, 1)) == 18
    assert age_on(born, dt.date(2028, 2, 29)) == 20


def test_each_rule_fails_with_its_reason(rules: Rules) -> None:
    fields = EligibilityFields(
        _born(30),
        indonesian_citizen=False,
        in_formal_education=True,
        excluded_occupations=frozenset({ExcludedOccupation.VILLAGE_HEAD}),
    )
    failures = evaluate(fields, rules, on=ON, registrations_on_kk=2)
    assert [f.rule_id for f in failures] == [
        "citizenship",
        "not_in_formal_education",
        "excluded_occupation",
        "max_per_kk",
    ]
    for failure in failures:
        assert failure.message.code == f"ineligible_{failure.rule_id}"
        assert failure.message.text("id") != failure.message.text("en")
        assert "{" not in failure.message.text("id") + failure.message.text("en")
    assert "2" in failures[-1].message.text("id")


@pytest.mark.parametrize("on_kk", [0, 1])
def test_kk_below_limit_passes(rules: Rules, on_kk: int) -> None:
    assert _failed(rules, EligibilityFields(_born(30)), on_kk=on_kk) == []


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "eligibility-2099.1.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def _good() -> dict[str, Any]:
    return json.loads(RULES_FILE.read_text(encoding="utf-8"))


def _rule(data: dict[str, Any], rule_id: str) -> dict[str, Any]:
    return next(r for r in data["rules"] if r["id"] == rule_id)


def _mutations() -> list[tuple[str, Any]]:
    def edit(fn: Any) -> dict[str, Any]:
        data = copy.deepcopy(_good())
        fn(data)
        return data

    return [
        ("not json", "{not json"),
        ("array", "[]"),
        ("empty object", {}),
        ("missing version", edit(lambda d: d.pop("version"))),
        ("bad version", edit(lambda d: d.update(version="latest"))),
        ("version as number", edit(lambda d: d.update(version=2025.1))),
        ("bad date", edit(lambda d: d.update(valid_from="01/01/2025"))),
        ("future format", edit(lambda d: d.update(format=2))),
        ("unknown top key", edit(lambda d: d.update(extra=1))),
        ("rules not a list", edit(lambda d: d.update(rules={}))),
        ("rule missing", edit(lambda d: d["rules"].pop())),
        ("rule repeated", edit(lambda d: d["rules"].append(d["rules"][0]))),
        (
            "unknown rule",
            edit(lambda d: d["rules"].__setitem__(0, {"id": "shoe_size", "reason": {"id": "x", "en": "x"}})),
        ),
        ("rule not object", edit(lambda d: d["rules"].__setitem__(0, "citizenship"))),
        ("age as string", edit(lambda d: _rule(d, "age_min").update(age_min="18"))),
        ("age as bool", edit(lambda d: _rule(d, "age_min").update(age_min=True))),
        ("age as float", edit(lambda d: _rule(d, "age_max").update(age_max=64.0))),
        ("age negative", edit(lambda d: _rule(d, "age_min").update(age_min=-1))),
        ("age huge", edit(lambda d: _rule(d, "age_max").update(age_max=10**30))),
        ("min above max", edit(lambda d: _rule(d, "age_min").update(age_min=70))),
        ("kk zero", edit(lambda d: _rule(d, "max_per_kk").update(max_per_kk=0))),
        ("missing reason", edit(lambda d: _rule(d, "age_min").pop("reason"))),
        ("reason missing en", edit(lambda d: _rule(d, "age_min")["reason"].pop("en"))),
        ("reason empty", edit(lambda d: _rule(d, "age_min")["reason"].update(id="  "))),
        ("reason unknown placeholder", edit(lambda d: _rule(d, "age_min")["reason"].update(id="{nik}"))),
        ("reason attribute access", edit(lambda d: _rule(d, "age_min")["reason"].update(en="{age_min.__class__}"))),
        ("reason broken braces", edit(lambda d: _rule(d, "age_min")["reason"].update(en="age {"))),
        ("reason huge", edit(lambda d: _rule(d, "age_min")["reason"].update(en="x" * 5000))),
        ("unknown occupation", edit(lambda d: _rule(d, "excluded_occupation")["excluded_occupations"].append("pilot"))),
        ("occupation repeated", edit(lambda d: _rule(d, "excluded_occupation")["excluded_occupations"].append("tni"))),
        ("occupation not string", edit(lambda d: _rule(d, "excluded_occupation")["excluded_occupations"].append(1))),
        ("foreign citizenship", edit(lambda d: _rule(d, "citizenship").update(citizenship="any"))),
        ("stray key in rule", edit(lambda d: _rule(d, "not_in_formal_education").update(age_min=18))),
        ("huge file", "{" + " " * 300_000 + "}"),
        ("deep nesting", "[" * 100_000 + "]" * 100_000),
        ("binary", "\udcff"),
    ]


@pytest.mark.parametrize(("name", "data"), _mutations(), ids=[m[0] for m in _mutations()])
def test_hostile_rules_files_are_refused_clearly(tmp_path: Path, name: str, data: Any) -> None:
    if data == "\udcff":
        path = tmp_path / "eligibility-2099.1.json"
        path.write_bytes(b"\xff\xfe\x00garbage")
    else:
        path = _write(tmp_path, data)
    with pytest.raises(InvalidRules) as info:
        load_rules(path)
    assert info.value.code == "invalid_rules"
    assert info.value.message.text("id") and info.value.message.text("en")


def test_missing_file_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidRules):
        load_rules(tmp_path / "nope.json")


def test_newest_file_is_chosen(tmp_path: Path) -> None:
    from desktop.domain import data_files

    for version, age_min in [("2025.1", 18), ("2025.10", 19), ("2025.2", 20), ("2024.99", 21)]:
        data = _good()
        data["version"] = version
        _rule(data, "age_min")["age_min"] = age_min
        (tmp_path / f"eligibility-{version}.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "eligibility-draft.json").write_text("{}", encoding="utf-8")
    newest = data_files.newest(tmp_path, "eligibility")
    assert newest.name == "eligibility-2025.10.json"
    assert load_rules(newest).age_min == 19

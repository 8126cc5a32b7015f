"""Rules and consent text from the centre: kept once the domain accepts them, refused (old version kept) otherwise."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.domain import regions
from desktop.paths import resource
from desktop.store.device import Device, OfficeInfo
from desktop.store.session import Session
from tests.support import CHEAP_KDF

OFFICE = OfficeInfo("Disnaker Kota Cimahi", "3277", "32.77")


def bundled_rules(version: str = "2026.1", **changes: Any) -> dict[str, Any]:
    rules: dict[str, Any] = json.loads(resource("rules", "eligibility-2025.1.json").read_text(encoding="utf-8"))
    return {**rules, "version": version, **changes}


def bundled_consent(version: str = "2026.1") -> dict[str, str]:
    text: dict[str, Any] = json.loads(resource("consent", "consent-2025.1.json").read_text(encoding="utf-8"))
    return {f"consent-{version}.json": json.dumps({**text, "version": version})}


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _ = Device.set_up(tmp_path / "data", OFFICE, "sari", "Sari", "sari password", kdf=CHEAP_KDF)
    yield opened
    opened.close()


def test_kept_rules_and_consent_survive_a_new_session(tmp_path: Path, session: Session) -> None:
    assert session.reference.held() == {"regions": (regions.bundled_version(), "")}
    assert session.reference.keep("rules", "2026.1", "etag-r", bundled_rules()) == ""
    assert session.reference.keep("consent", "consent-abc", "etag-c", bundled_consent()) == ""
    session.close()

    again = Device.open(tmp_path / "data").login("sari", "sari password")
    try:
        held = again.reference.held()
        assert (held["rules"], held["consent"]) == (("2026.1", "etag-r"), ("consent-abc", "etag-c"))
        rules, consent = again.reference.stored()
        assert rules is not None and rules.version == "2026.1" and rules.age_min == 18
        assert consent is not None and consent.version == "2026.1"
    finally:
        again.close()


@pytest.mark.parametrize(("kind", "content", "code"), [
    ("rules", "not an object", "invalid_rules"),
    ("rules", ["a", "list"], "invalid_rules"),
    ("rules", bundled_rules(version=3), "invalid_rules"),  # wrong type
    ("rules", bundled_rules(rules=[{"id": "age_min"}] * 6), "invalid_rules"),
    ("rules", bundled_rules(source="x" * 300_000), "invalid_rules"),  # too large
    ("rules", {"nested": [[[[[]]]]] * 2, **bundled_rules()}, "invalid_rules"),  # a key it does not know
    ("rules", bundled_rules(rules="eval()"), "invalid_rules"),
    ("consent", {"consent-2026.1.json": "{not json"}, "invalid_consent_text"),
    ("consent", {"consent-2026.1.json": {"an": "object"}}, "invalid_consent_text"),
    ("consent", {"readme.txt": "hello"}, "invalid_consent_text"),
    ("consent", {"consent-2026.1.json": "\ud800"}, "invalid_consent_text"),  # a lone surrogate
    ("consent", [1, 2], "invalid_consent_text"),
    ("brochures", {}, "unknown_reference_kind"),
])
def test_hostile_content_is_refused_and_the_old_version_kept(session: Session, kind: str, content: Any,
                                                            code: str) -> None:
    assert session.reference.keep("rules", "2025.9", "old", bundled_rules("2025.9")) == ""
    assert session.reference.keep(kind, "2026.1", "new", content) == code
    assert session.reference.held()["rules"] == ("2025.9", "old")
    rules, _consent = session.reference.stored()
    assert rules is not None and rules.version == "2025.9"


def test_deeply_nested_content_is_refused_not_a_crash(session: Session) -> None:
    deep: Any = []
    for _ in range(100_000):
        deep = [deep]
    assert session.reference.keep("rules", "2026.1", "e", deep) == "invalid_rules"


def test_a_different_region_list_is_reported_never_applied(session: Session) -> None:
    assert session.reference.keep("regions", regions.bundled_version(), "e", {}) == ""
    assert session.reference.keep("regions", "kepmendagri-2026/abc", "e", {"dataset": "x"}) == "regions_outdated"
    assert session.reference.held()["regions"] == (regions.bundled_version(), "")  # the bundled list stays
    assert session.reference.stored() == (None, None)

"""The consent text read to applicants."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.consent import InvalidConsentText, load_consent
from desktop.paths import resource

CONSENT_FILE = resource("consent", "consent-2025.1.json")


def test_bundled_consent_text() -> None:
    consent = load_consent(resource("consent"))  # a folder: its newest file
    assert consent.version == "2025.1"
    assert consent == load_consent(CONSENT_FILE)
    # What UU PDP asks us to tell the applicant, in both languages.
    for needle in ["NIK", "disabilitas", "Kementerian Ketenagakerjaan", "Manajemen Pelaksana", "27 Tahun 2022"]:
        assert needle in consent.text_id
    for needle in ["NIK", "Disability", "Ministry of Manpower", "Programme Management", "27 of 2022", "withdraw"]:
        assert needle in consent.text_en
    assert consent.text("en") == consent.text_en and consent.text("id") == consent.text_id


def _good() -> dict[str, Any]:
    return json.loads(CONSENT_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.pop("version"),
        lambda d: d.update(version="v1"),
        lambda d: d.update(format="1"),
        lambda d: d.update(valid_from=20250101),
        lambda d: d.update(text="Saya setuju"),
        lambda d: d["text"].pop("en"),
        lambda d: d["text"].update(id=""),
        lambda d: d["text"].update(id=["a"]),
        lambda d: d["text"].update(fr="oui"),
        lambda d: d["text"].update(en="x" * 20_001),
        lambda d: d.update(signature=None),
    ],
)
def test_damaged_consent_files_refused(tmp_path: Path, change: Any) -> None:
    data = _good()
    change(data)
    path = tmp_path / "consent-2099.1.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidConsentText) as info:
        load_consent(path)
    assert info.value.code == "invalid_consent_text"


@pytest.mark.parametrize("raw", [b"", b"null", b"\x00\x01", b"{" + b" " * 300_000 + b"}"])
def test_garbage_consent_files_refused(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "consent-2099.1.json"
    path.write_bytes(raw)
    with pytest.raises(InvalidConsentText):
        load_consent(path)

"""The retention policy: the bundled file, its cut-off instants, and hostile policy files."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.retention import InvalidRetentionPolicy, load_retention, retention_from_bytes
from desktop.paths import resource
from tests.support import REFERENCE

POLICY_FILE = resource("policy", "retention-2025.1.json")
GOOD: dict[str, Any] = json.loads(POLICY_FILE.read_bytes())


def test_the_bundled_policy_is_read_and_joined_to_the_reference_data() -> None:
    policy = load_retention(POLICY_FILE)
    assert (policy.version, policy.verified_personal_data_days, policy.abandoned_draft_days) == ("2025.1", 90, 30)
    assert load_retention(resource("policy")) == policy == REFERENCE.retention


def test_the_cut_off_instants_count_whole_days_back() -> None:
    policy = load_retention(POLICY_FILE)
    now = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
    assert policy.verified_cutoff(now) == dt.datetime(2026, 9, 3, 10, 0, tzinfo=dt.UTC)
    assert policy.draft_cutoff(now) == dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC)


def _with(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    for key, value in changes.items():
        if value is ...:
            del data[key]
        else:
            data[key] = value
    return data


HOSTILE: dict[str, Any] = {
    "not an object": [1, 2],
    "unknown key": _with(delete_everything=True),
    "missing days": _with(verified_personal_data_days=...),
    "missing draft days": _with(abandoned_draft_days=...),
    "days as text": _with(verified_personal_data_days="90"),
    "days as a float": _with(verified_personal_data_days=90.0),
    "days as a boolean": _with(abandoned_draft_days=True),
    "negative days": _with(verified_personal_data_days=-1),
    "drafts abandoned at once": _with(abandoned_draft_days=0),
    "a century": _with(verified_personal_data_days=36500),
    "a huge number": _with(abandoned_draft_days=10**400),
    "photos kept for ever": _with(photos="never"),
    "photos missing": _with(photos=...),
    "wrong format": _with(format=2),
    "bad version": _with(version="latest"),
    "bad date": _with(valid_from="2025-13-01"),
    "empty source": _with(source="  "),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_policy_files_are_refused_clearly(tmp_path: Path, name: str) -> None:
    path = tmp_path / "retention-2025.1.json"
    path.write_text(json.dumps(HOSTILE[name]), encoding="utf-8")
    with pytest.raises(InvalidRetentionPolicy) as caught:
        load_retention(path)
    assert caught.value.message.code == "invalid_retention_policy"
    assert caught.value.message.text("id").startswith("Berkas kebijakan")
    assert "Traceback" not in caught.value.message.text("en")


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe{", b"{" * 100_000, b"[" + b" " * 300_000 + b"]", b'{"a": NaN}'])
def test_bytes_that_are_no_policy_are_refused(raw: bytes) -> None:
    with pytest.raises(InvalidRetentionPolicy):
        retention_from_bytes(raw)


def test_zero_days_keeps_a_verified_record_no_longer_than_its_verification() -> None:
    policy = retention_from_bytes(json.dumps(_with(verified_personal_data_days=0)).encode())
    now = dt.datetime(2026, 12, 2, tzinfo=dt.UTC)
    assert policy.verified_cutoff(now) == now


def test_a_missing_folder_or_no_policy_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidRetentionPolicy):
        load_retention(tmp_path / "nowhere.json")
    with pytest.raises(InvalidRetentionPolicy):
        load_retention(tmp_path)


def test_the_newest_policy_file_is_chosen(tmp_path: Path) -> None:
    for version, days in (("2025.1", 90), ("2025.10", 60), ("2025.2", 30)):
        (tmp_path / f"retention-{version}.json").write_text(
            json.dumps(_with(version=version, verified_personal_data_days=days)), encoding="utf-8")
    assert load_retention(tmp_path).verified_personal_data_days == 60

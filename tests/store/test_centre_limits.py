"""Offline limits from the centre in the store: kept once the domain accepts them, hostile ones refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.offline_limits import DAYS_SINCE_CONTACT
from desktop.operations.reference_ops import CurrentReference, use_newest_kept
from desktop.paths import resource
from desktop.store.device import Device
from desktop.store.session import Session
from tests.store.test_device import OFFICE
from tests.support import CHEAP_KDF, REFERENCE


def policy(version: str = "2026.1", **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource("policy", "offline-limits-2025.1.json").read_text(encoding="utf-8"))
    return {**data, "version": version, **changes}


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _ = Device.set_up(tmp_path / "data", OFFICE, "sari", "Sari", "sari password", kdf=CHEAP_KDF)
    yield opened
    opened.close()


def test_kept_limits_survive_a_new_session_and_become_current(tmp_path: Path, session: Session) -> None:
    tight = policy(limits={**policy()["limits"], DAYS_SINCE_CONTACT: {"warn": 1, "stop": 2}})
    assert session.reference.keep("limits", "2026.1", "etag-l", tight) == ""
    session.close()
    again = Device.open(tmp_path / "data").login("sari", "sari password")
    try:
        assert again.reference.held()["limits"] == ("2026.1", "etag-l")
        kept = again.reference.stored_limits()
        assert kept is not None and kept.thresholds[DAYS_SINCE_CONTACT].stop == 2
        holder = CurrentReference(REFERENCE)
        assert use_newest_kept(holder, again) and holder.current.limits == kept
        assert holder.current.rules is REFERENCE.rules
    finally:
        again.close()


def test_an_older_kept_version_does_not_replace_the_bundled_one(session: Session) -> None:
    assert session.reference.keep("limits", "2024.1", "old", policy("2024.1")) == ""
    holder = CurrentReference(REFERENCE)
    assert not use_newest_kept(holder, session)
    assert holder.current is REFERENCE


@pytest.mark.parametrize("content", [
    "not an object",
    [1, 2],
    policy(version=3),
    policy(limits={"records_waiting": {"warn": -1, "stop": 5}}),
    policy(limits={**policy()["limits"], "records_waiting": {"warn": 9, "stop": 5}}),
    policy(limits={**policy()["limits"], "records_waiting": {"warn": 1, "stop": 10**30}}),
    policy(source="x" * 300_000),
    {**policy(), "switch_off": True},
])
def test_hostile_limits_are_refused_and_nothing_is_kept(session: Session, content: object) -> None:
    assert session.reference.keep("limits", "2026.9", "bad", content) == "invalid_limits"
    assert session.reference.stored_limits() is None
    assert "limits" not in session.reference.held()

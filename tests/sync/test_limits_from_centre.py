"""The centre publishes offline limits like its other reference data: kept once the domain accepts them, used
from then on (and after a restart), refused whole otherwise with the bundled limits left in use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.offline_limits import RECORDS_WAITING, OfflineLimitReached
from desktop.operations.reference_ops import CurrentReference, use_newest_kept
from desktop.paths import resource
from sync.server.subprocess_server import ServerProcess
from tests.support import REFERENCE
from tests.sync.records import new_registration
from tests.sync.sync_support import enrol, new_device, session_of
from tests.sync.test_reference_updates import sync_and_adopt


def publish_limits(central_dir: Path, version: str, **limits: Any) -> None:
    """What an operator does: a new `reference/limits.json` (then a restart)."""
    policy: dict[str, Any] = json.loads(resource("policy", "offline-limits-2025.1.json").read_text(encoding="utf-8"))
    policy["version"] = version
    policy["limits"].update(limits)
    path = central_dir / "reference" / "limits.json"
    path.write_text(json.dumps({"version": version, "content": policy}), encoding="utf-8")


@pytest.mark.slow
def test_published_limits_become_current_and_the_store_stops_by_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    holder = CurrentReference(REFERENCE)
    new_device(device).close()
    with ServerProcess(central_dir) as server:
        enrol(device, server.url, central_dir, capsys, monkeypatch)
        with session_of(device) as session:
            summary, fetched = sync_and_adopt(session, holder)
            assert "limits" in fetched and summary.reference_refused == []
            assert holder.current.limits.version == "2025.1"  # the bundled version: nothing newer
        port = server.port

    publish_limits(central_dir, "2026.1", records_waiting={"warn": 1, "stop": 1})
    with ServerProcess(central_dir, port=port), session_of(device) as session:
        summary, fetched = sync_and_adopt(session, holder)
        assert summary.reference_updated == ["limits"] and fetched == ["limits"]
        assert holder.current.limits.thresholds[RECORDS_WAITING].stop == 1
        assert holder.current.rules is REFERENCE.rules
        session.records.save_registration(new_registration(), reference=holder.current)
        with pytest.raises(OfflineLimitReached):
            session.records.save_registration(new_registration(), reference=holder.current)

    restarted = CurrentReference(REFERENCE)  # the application starts again: bundled, then the kept newer limits
    with session_of(device) as session:
        assert use_newest_kept(restarted, session)
    assert restarted.current.limits.version == "2026.1"


@pytest.mark.slow
def test_limits_the_domain_refuses_leave_the_bundled_ones_in_use(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    holder = CurrentReference(REFERENCE)
    new_device(device).close()
    with ServerProcess(central_dir) as server:
        enrol(device, server.url, central_dir, capsys, monkeypatch)
        port = server.port
    publish_limits(central_dir, "2026.2", records_waiting={"warn": 50, "stop": 5})  # warn above stop
    with ServerProcess(central_dir, port=port), session_of(device) as session:
        summary, _fetched = sync_and_adopt(session, holder)
        assert summary.error == "" and "limits invalid_limits" in summary.reference_refused
        assert session.reference.stored_limits() is None
    assert holder.current is REFERENCE

"""The operator publishes new eligibility rules at the reference server; a device syncs and uses them from then on.

A registration saved before the sync keeps the rules version it was checked
against; one saved after records the new one. A second sync with nothing new
fetches nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.operations.reference_ops import CurrentReference, use_newest_kept
from desktop.operations.sync_setup import engine_for
from desktop.paths import resource
from desktop.store.session import Session
from sync.engine import SyncSummary
from sync.server.subprocess_server import ServerProcess
from tests.support import REFERENCE
from tests.sync.records import new_registration
from tests.sync.sync_support import enrol, new_device, session_of, sync_once


def publish_rules(central_dir: Path, version: str, age_min: int) -> None:
    """What an operator does: a new `reference/rules.json` (then a restart)."""
    rules: dict[str, Any] = json.loads(resource("rules", "eligibility-2025.1.json").read_text(encoding="utf-8"))
    rules["version"] = version
    for rule in rules["rules"]:
        if rule["id"] == "age_min":
            rule["age_min"] = age_min
    path = central_dir / "reference" / "rules.json"
    path.write_text(json.dumps({"version": version, "content": rules}), encoding="utf-8")


def sync_and_adopt(session: Session, holder: CurrentReference) -> tuple[SyncSummary, list[str]]:
    """One sync as the application's operation does it; also the kinds fetched (not answered 304)."""
    engine = engine_for(session)
    fetched: list[str] = []
    get_reference = engine.client.get_reference

    def counting(kind: str, etag: str = "") -> Any:
        answer = get_reference(kind, etag)
        if answer is not None:
            fetched.append(kind)
        return answer

    engine.client.get_reference = counting  # type: ignore[method-assign]
    try:
        summary = engine.run_once(force=True)
    finally:
        engine.client.close()
    if summary.reference_updated:
        use_newest_kept(holder, session)
    return summary, fetched


@pytest.mark.slow
def test_published_rules_become_current_and_registrations_record_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    holder = CurrentReference(REFERENCE)
    session = new_device(device)
    before = session.records.save_registration(new_registration(), reference=holder.current)
    session.close()
    with ServerProcess(central_dir) as server:
        enrol(device, server.url, central_dir, capsys, monkeypatch)
        code, summary = sync_once(device, capsys)  # the headless sync keeps the centre's current versions
        assert code == 0 and summary["reference_refused"] == []
        assert sorted(summary["reference_updated"]) == ["consent", "limits", "rules"]  # type: ignore[arg-type]
        with session_of(device) as again:
            assert not use_newest_kept(holder, again)  # the same versions as bundled: nothing changes
            summary_again, fetched = sync_and_adopt(again, holder)
        assert summary_again.reference_updated == [] and fetched == []  # nothing new: nothing fetched
        port = server.port

    publish_rules(central_dir, "2026.1", age_min=21)
    with ServerProcess(central_dir, port=port), session_of(device) as again:
        snapshot = holder.current  # an open wizard's
        summary_new, fetched = sync_and_adopt(again, holder)
        assert summary_new.reference_updated == ["rules"] and fetched == ["rules"]
        assert holder.current.rules.version == "2026.1" and holder.current.rules.age_min == 21
        assert snapshot.rules.version == "2025.1"  # the wizard keeps what it started with
        assert holder.current.consent is REFERENCE.consent and holder.current.regions is REFERENCE.regions
        after = again.records.save_registration(new_registration(), reference=holder.current)
        assert again.records.checked_against(before.record_id).rules == "2025.1"  # type: ignore[union-attr]
        assert again.records.checked_against(after.record_id).rules == "2026.1"  # type: ignore[union-attr]
        assert sync_and_adopt(again, holder)[1] == []

    restarted = CurrentReference(REFERENCE)  # the application starts again: bundled, then the kept newer rules
    with session_of(device) as again:
        assert use_newest_kept(restarted, again)
    assert restarted.current.rules.version == "2026.1"


@pytest.mark.slow
def test_rules_the_domain_refuses_leave_the_old_version_in_use(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    holder = CurrentReference(REFERENCE)
    new_device(device).close()
    with ServerProcess(central_dir) as server:
        enrol(device, server.url, central_dir, capsys, monkeypatch)
        port = server.port
    publish_rules(central_dir, "2026.2", age_min=200)  # beyond what the domain accepts
    with ServerProcess(central_dir, port=port), session_of(device) as again:
        summary, _fetched = sync_and_adopt(again, holder)
        assert summary.error == "" and "rules invalid_rules" in summary.reference_refused
        assert summary.sent == 0 and summary.checkpoint  # the rest of the sync ran to the end
    assert holder.current is REFERENCE

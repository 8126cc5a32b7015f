"""Per-device limits at the centre: a runaway device and a device trying NIKs are answered 429 with Retry-After,
and the device waits without counting anything against a record. Against the real reference server."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from desktop.operations.sync_setup import engine_for
from sync.engine import SyncSummary
from sync.server.subprocess_server import ServerProcess
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.sync.sync_support import centre_counts, enrol, new_device, session_of


def device_with(folder: Path, numbers: range) -> list[str]:
    session = new_device(folder)
    ids = [str(session.records.save_registration(make_reg(n), reference=REFERENCE).record_id) for n in numbers]
    session.close()
    return ids


def sync_one_by_one(folder: Path, ids: list[str]) -> tuple[SyncSummary, dict[str, int], set[int]]:
    """One sync sending one record per request: its summary, the outbox's counts, the attempts counted."""
    with session_of(folder) as session:
        engine = engine_for(session)
        engine.batch_items = 1
        summary = engine.run_once(force=True)
        engine.client.close()
        attempts = {session.outbox.entry(uuid.UUID(i), 1).attempts for i in ids}
        return summary, session.outbox.counts(), attempts


@pytest.mark.slow
def test_a_device_over_its_request_rate_waits_and_counts_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    ids = device_with(device, range(1, 11))
    with ServerProcess(central_dir, ["--device-rate", "6"]) as server:
        enrol(device, server.url, central_dir, capsys, monkeypatch)
        summary, counts, attempts = sync_one_by_one(device, ids)
        assert summary.error == "rate_limited" and summary.retry_after is not None and summary.retry_after >= 1
        assert 0 < summary.held < 10
        assert (counts["sending"], counts["quarantined"], counts["ready"]) == (0, 0, 10 - summary.held)
        assert attempts == {0}
        with session_of(device) as session:
            assert session.outbox.backoff().failures == 1  # the engine waits; no record was counted against
    held = centre_counts(central_dir, capsys)
    assert (held["records"], held["record_versions"]) == (summary.held, summary.held)


@pytest.mark.slow
def test_a_device_that_keeps_meeting_registered_niks_waits(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    first, prober, central_dir = tmp_path / "first", tmp_path / "prober", tmp_path / "central"
    first_ids = device_with(first, range(1, 5))
    prober_ids = device_with(prober, range(1, 5))  # the same four people: NIKs held once the first one syncs
    with ServerProcess(central_dir, ["--nik-refusals-per-hour", "2"]) as server:
        enrol(first, server.url, central_dir, capsys, monkeypatch)
        enrol(prober, server.url, central_dir, capsys, monkeypatch)
        assert sync_one_by_one(first, first_ids)[0].held == 4
        summary, counts, attempts = sync_one_by_one(prober, prober_ids)
    assert summary.error == "rate_limited" and summary.retry_after is not None and summary.retry_after >= 1
    assert len(summary.refused) == 2 and all(line.endswith("nik_registered") for line in summary.refused)
    assert (counts["rejected"], counts["ready"], counts["sending"]) == (2, 2, 0) and attempts == {0}

"""The engine claims and seals the next batch while one is on the wire: a stop or a failure in that moment leaves
the claimed batch ready again (nothing left `sending`, no attempt counted), and the next sync sends everything once.
Against the real reference server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.registration import Registration
from desktop.operations.sync_setup import engine_for
from sync.server.subprocess_server import ServerProcess
from tests.support import REFERENCE
from tests.sync.records import new_registration
from tests.sync.sync_support import centre_counts, enrol, new_device, session_of

RECORDS, BATCH = 7, 2


def device_with_records(folder: Path) -> list[Registration]:
    session = new_device(folder)
    regs = [new_registration() for _ in range(RECORDS)]
    for reg in regs:
        session.records.save_registration(reg, reference=REFERENCE)
    session.close()
    return regs


@pytest.mark.slow
def test_a_stop_while_the_next_batch_is_claimed_leaves_it_ready(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    device_with_records(device)
    with ServerProcess(central_dir) as server:
        enrol(device, server.url, central_dir, capsys, monkeypatch)
        with session_of(device) as session:
            engine = engine_for(session)
            engine.batch_items = BATCH
            sent: list[int] = []
            summary = engine.run_once(lambda: bool(sent), sent.append, force=True)
            assert summary.cancelled and summary.held == BATCH and sent == [BATCH]
            counts = session.outbox.counts()
            assert (counts["sending"], counts["ready"], counts["accepted"]) == (0, RECORDS - BATCH, BATCH)
            assert centre_counts(central_dir, capsys)["records"] == BATCH
            again = engine.run_once(force=True)
            assert (again.held, again.error, again.cancelled) == (RECORDS - BATCH, "", False)
            assert session.outbox.counts()["accepted"] == RECORDS
            engine.client.close()
        counts = centre_counts(central_dir, capsys)
        assert (counts["records"], counts["record_versions"]) == (RECORDS, RECORDS)


@pytest.mark.slow
def test_a_centre_gone_while_the_next_batch_is_claimed_counts_nothing_and_loses_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    regs = device_with_records(device)
    server = ServerProcess(central_dir).start()
    enrol(device, server.url, central_dir, capsys, monkeypatch)
    with session_of(device) as session:
        engine = engine_for(session, timeout=2)
        engine.batch_items = BATCH
        # After the first batch is answered the centre goes away: the second fails on the wire, the third is claimed.
        summary = engine.run_once(progress=lambda _sent: server.stop(), force=True)
        assert (summary.error, summary.held) == ("network", BATCH)
        counts = session.outbox.counts()
        assert (counts["sending"], counts["ready"], counts["accepted"]) == (0, RECORDS - BATCH, BATCH)
        assert {session.outbox.entry(reg.record_id, 1).attempts for reg in regs} == {0}
        engine.client.close()
    with ServerProcess(central_dir, port=server.port), session_of(device) as session:
        engine = engine_for(session)
        again = engine.run_once(force=True)
        engine.client.close()
        assert (again.held, again.error) == (RECORDS - BATCH, "")
        assert session.outbox.counts()["accepted"] == RECORDS
    counts = centre_counts(central_dir, capsys)
    assert (counts["records"], counts["record_versions"]) == (RECORDS, RECORDS)

"""Whatever the network, the power or the centre does, every record reaches the centre exactly once.

A fault campaign (500s, 503 and 429 with Retry-After, latency, answers cut off mid-response, a server restart
in the middle) and a crash campaign (`luring sync` killed with SIGKILL at random points, thirty times) both end
with the centre holding exactly what the device made, no duplicates, and every local state final.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.operations.sync_setup import engine_for
from desktop.store.demo_data import PeopleMaker, bulk_insert
from desktop.store.outbox_table import RecordStatus
from desktop.store.session import Session
from sync.server.subprocess_server import ServerProcess
from tests.support import REFERENCE
from tests.sync.sync_support import PASSWORD, centre_counts, enrol, log_in, new_device, session_of, sync_once

ROOT = Path(__file__).resolve().parents[2]
FAULTS = ["--fault-500", "0.1", "--fault-503", "0.1", "--fault-429", "0.05", "--fault-close", "0.1",
          "--fault-latency-ms", "10"]


def add_ready(session: Session, maker: PeopleMaker, count: int) -> None:
    now = dt.datetime.now(dt.UTC)
    items = [(maker.registration("kepala", now), RecordStatus.READY, now) for _ in range(count)]
    bulk_insert(session.engine, "kepala", items, REFERENCE.versions)


def all_final(session: Session, count: int) -> bool:
    counts = session.outbox.counts()
    return counts["accepted"] == count and sum(counts.values()) == count


@pytest.mark.slow
def test_two_thousand_registrations_through_faults_and_a_restart_arrive_exactly_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    session = new_device(device)
    add_ready(session, PeopleMaker(REFERENCE, seed=20261202), 2000)
    session.close()
    with ServerProcess(central_dir) as plain:
        enrol(device, plain.url, central_dir, capsys, monkeypatch)
    server = ServerProcess(central_dir, FAULTS, port=plain.port).start()
    runs, errors, restarted = 0, 0, False
    try:
        with session_of(device) as session:
            engine = engine_for(session, timeout=10)
            while not all_final(session, 2000) and runs < 400:
                runs += 1
                summary = engine.run_once(force=True)
                errors += bool(summary.error)
                if not restarted and session.outbox.counts()["accepted"] >= 1000:
                    server.stop()  # the centre restarts in the middle of the campaign
                    server.start()
                    restarted = True
            engine.client.close()
            assert all_final(session, 2000), session.outbox.counts()
            assert session.outbox.counts()["quarantined"] == 0
    finally:
        server.stop()
    counts = centre_counts(central_dir, capsys)
    assert (counts["records"], counts["record_versions"]) == (2000, 2000)
    assert restarted and errors > 0  # the faults did happen
    print(f"\nfault campaign: 2000 records in {runs} sync runs, {errors} ended early by a fault")


@pytest.mark.slow
def test_sync_killed_thirty_times_at_random_points_converges(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    maker = PeopleMaker(REFERENCE, seed=7)
    session = new_device(device)
    add_ready(session, maker, 300)
    session.close()
    rng = random.Random(30)
    home = tmp_path / "home"
    env = dict(os.environ, LURING_PASSWORD=PASSWORD, HOME=str(home), XDG_STATE_HOME=str(home / "state"),
               XDG_DATA_HOME=str(home / "data"), QT_QPA_PLATFORM="offscreen")
    made, killed, mid_request = 300, 0, 0
    with ServerProcess(central_dir, ["--fault-latency-ms", "150"]) as server:
        enrol(device, server.url, central_dir, capsys, monkeypatch)
        watcher = log_in(device)  # reads only, while the child syncs: has it claimed a batch yet?
        runs = 0
        while killed < 30 and runs < 60:
            runs += 1
            child = subprocess.Popen([sys.executable, "-m", "desktop", "sync", "--data-dir", str(device), "--once"],
                                     cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # The kill lands at a random point once sending began, however long a loaded machine takes to start.
            wait_for_sending(watcher, child)
            time.sleep(rng.uniform(0.0, 1.5))
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                killed += 1
            child.wait(timeout=30)
            with session_of(device) as session:  # new work arrives between the runs, as at a desk
                mid_request += session.outbox.counts()["sending"] > 0  # killed with a batch in flight
                add_ready(session, maker, 20)
            made += 20
        watcher.close()
        sent_while_killed = centre_counts(central_dir, capsys)["records"]
        for _ in range(5):
            code, summary = sync_once(device, capsys)
            if code == 0 and summary["waiting"] == 0:
                break
        with session_of(device) as session:
            assert all_final(session, made), session.outbox.counts()
    counts = centre_counts(central_dir, capsys)
    assert (counts["records"], counts["record_versions"]) == (made, made)
    assert killed == 30, f"only {killed} of {runs} runs were still going when killed"
    assert mid_request >= 5 and sent_while_killed > 0  # the kills landed while sending, not only at start-up
    print(f"\ncrash campaign: {killed} of {runs} runs killed with SIGKILL, {mid_request} with a batch in flight; "
          f"{sent_while_killed} records reached the centre meanwhile; {made} in all, each held once")


def wait_for_sending(watcher: Session, child: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while child.poll() is None and time.monotonic() < deadline:
        if watcher.outbox.counts()["sending"]:
            return
        time.sleep(0.02)

"""Many enrolled devices syncing at once against the reference server with several workers.

    scripts/with_postgres.sh .venv/bin/python bench/central_load_benchmark.py [--devices 500] [--batches 3]
        [--records 5] [--workers 2] [--concurrency 16] [--max-seconds 240] [--db URL]

The database is `--db`, else LURING_TEST_PG_URL (which `scripts/with_postgres.sh` sets to a throw-away
cluster). The server runs on 127.0.0.1 in a child process with `serve --workers N`. Each simulated device
is enrolled with a one-time code issued the way `luring central enrol-code` issues it, then uploads its
batches of freshly sealed records (sealed before the clock starts) with `sync.client.CentralClient`;
`--concurrency` devices sync at the same time. A batch that meets a temporary failure is sent again, as the
outbox would (the same bytes: idempotent). Prints batches per second, p50/p99 batch latency, and the centre's
counts (from `luring central stats`) against what was sent. Stops starting new devices after --max-seconds.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from central_benchmark import registration  # noqa: E402

from desktop.domain.registration import Identity, Registration  # noqa: E402
from desktop.domain.synthetic import valid_kk, valid_nik  # noqa: E402
from sync import sealing  # noqa: E402
from sync.client import CentralClient, CentralUnavailable  # noqa: E402
from sync.protocol import Outcome, SealedItem  # noqa: E402
from sync.server.central import issue_enrolment_code, open_central  # noqa: E402
from sync.server.config import Settings  # noqa: E402
from sync.server.stats import CentreCounts, count  # noqa: E402
from sync.server.subprocess_server import ServerProcess  # noqa: E402
from sync.signing import DeviceKey, SequenceCounter  # noqa: E402

BIRTHS = dt.date(1970, 1, 1)
SERIALS = 9999


@dataclass
class SimulatedDevice:
    key: DeviceKey
    seq: SequenceCounter
    device_id: str = ""
    batches: list[list[SealedItem]] = field(default_factory=list)
    synced: int = 0  # records the centre answered for


def unique_registration(index: int) -> Registration:
    """A valid registration whose NIK and KK no other index shares (NIKs are national: one each)."""
    reg = registration()
    day, serial = divmod(index, SERIALS)
    birth = BIRTHS + dt.timedelta(days=day)
    identity = reg.identity
    unique = Identity(valid_nik("32.01.01", birth, identity.sex, serial + 1),
                      valid_kk("32.01.01", dt.date(2010, 1, 1) + dt.timedelta(days=day), serial + 1),
                      identity.full_name, identity.birth_place, birth, identity.sex, identity.marital_status)
    return dataclasses.replace(reg, identity=unique, record_id=uuid.uuid4())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devices", type=int, default=500)
    parser.add_argument("--batches", type=int, default=3, help="batches per device")
    parser.add_argument("--records", type=int, default=5, help="records per batch")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument("--concurrency", type=int, default=16, help="devices syncing at the same time")
    parser.add_argument("--max-seconds", type=float, default=240.0)
    parser.add_argument("--db", default=os.environ.get("LURING_TEST_PG_URL"))
    options = parser.parse_args()
    if not options.db:
        parser.error("no database: give --db or run under scripts/with_postgres.sh")
    if not (1 <= options.devices <= 5000 and 1 <= options.batches * options.records <= 100):
        parser.error("1..5000 devices, and at most 100 records per device")
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        central = open_central(Settings.for_folder(data_dir, options.db))
        before = count(options.db)
        codes = [issue_enrolment_code(central.sessions, "32.01") for _ in range(options.devices)]
        central.engine.dispose()
        with ServerProcess(data_dir, ["--workers", str(options.workers)], db_url=options.db) as server:
            return run(options, server, codes, before)


def run(options: argparse.Namespace, server: ServerProcess, codes: list[str], before: CentreCounts) -> int:
    devices = [SimulatedDevice(DeviceKey.generate(), SequenceCounter()) for _ in codes]
    per_device = options.batches * options.records

    def enrol(number: int) -> None:
        device = devices[number]
        client = CentralClient(server.url, device.key, next_seq=device.seq, timeout=60)
        enrolment = client.enrol(codes[number])
        client.close()
        device.device_id = enrolment.device_id
        for b in range(options.batches):
            batch = []
            for r in range(options.records):
                reg = unique_registration(number * per_device + b * options.records + r)
                sealed = sealing.seal_record(enrolment.central_public_key, reg.to_dict(), str(reg.record_id), 1,
                                             device.device_id)
                batch.append(SealedItem(str(reg.record_id), 1, sealed))
            device.batches.append(batch)

    start = time.perf_counter()
    with ThreadPoolExecutor(options.concurrency) as pool:
        list(pool.map(enrol, range(len(devices))))
    print(f"enrolled and sealed for {len(devices)} devices in {time.perf_counter() - start:.1f} s")

    latencies: list[float] = []
    outcomes: dict[str, int] = {}
    retries = 0
    tally = threading.Lock()  # the devices' threads add to the same figures
    deadline = time.monotonic() + options.max_seconds

    def sync(device: SimulatedDevice) -> None:
        nonlocal retries
        if time.monotonic() > deadline:
            return
        client = CentralClient(server.url, device.key, device.device_id, next_seq=device.seq, timeout=60)
        for batch in device.batches:
            for attempt in range(5):
                began = time.perf_counter()
                try:
                    results = client.upload_batch(batch)
                except CentralUnavailable:  # temporary: the same bytes again, later
                    with tally:
                        retries += 1
                    time.sleep(0.2 * 2**attempt)
                    continue
                took = time.perf_counter() - began
                device.synced += len(results)
                with tally:
                    latencies.append(took)
                    for result in results:
                        outcomes[result.outcome.value] = outcomes.get(result.outcome.value, 0) + 1
                break
        client.close()

    start = time.perf_counter()
    with ThreadPoolExecutor(options.concurrency) as pool:
        list(pool.map(sync, devices))
    elapsed = time.perf_counter() - start
    exact = report(options, devices, latencies, outcomes, retries, elapsed, before)
    return 0 if exact and outcomes.get(Outcome.ACCEPTED.value, 0) == sum(d.synced for d in devices) else 1


def report(options: argparse.Namespace, devices: list[SimulatedDevice], latencies: list[float],
           outcomes: dict[str, int], retries: int, elapsed: float, before: CentreCounts) -> bool:
    sent = sum(d.synced for d in devices)
    if sent < sum(len(b) for d in devices for b in d.batches):
        print(f"--max-seconds reached: {sum(d.synced > 0 for d in devices)} of {len(devices)} devices synced")
    print(f"devices {len(devices)}, server workers {options.workers}, {options.concurrency} devices at a time")
    print(f"batches {len(latencies)} of {options.records} records in {elapsed:.1f} s: "
          f"{len(latencies) / elapsed:.1f} batches/s, {sum(outcomes.values()) / elapsed:.1f} records/s, "
          f"{retries} retried")
    if len(latencies) >= 2:
        cuts = statistics.quantiles(latencies, n=100)
        print(f"batch latency p50 {statistics.median(latencies) * 1000:.0f} ms, p99 {cuts[98] * 1000:.0f} ms")
    print(f"outcomes {dict(sorted(outcomes.items()))} (sent {sent})")
    after, was = count(options.db).to_json(), before.to_json()
    added = {k: after[k] - was[k] for k in ("devices", "records", "record_versions", "receipts")}
    print(f"centre's counts added: {added}")
    exact = added["devices"] == len(devices) and added["records"] == added["record_versions"] == sent
    print("the centre holds exactly what was sent, once" if exact else "MISMATCH between what was sent and held")
    return exact


if __name__ == "__main__":
    sys.exit(main())

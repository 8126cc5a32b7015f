"""Records per CPU-second of the centre's intake, called in-process (no HTTP), for 500-record batches.

    python bench/intake_benchmark.py [--batches 7] [--profile]

Builds a reference centre in a temporary folder (SQLite), seals fresh records
before timing, then hands each batch to `intake.receive` as the route does.
CPU time of this process is counted rather than wall time, so other work on
the machine disturbs the figure less (it still does: compare runs made one
after the other). `--profile` prints where the time goes instead.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from central_benchmark import registration  # noqa: E402

from sync import sealing  # noqa: E402
from sync.protocol import Outcome, SealedItem  # noqa: E402
from sync.server import intake  # noqa: E402
from sync.server.central import Central, open_central  # noqa: E402
from sync.server.config import Settings  # noqa: E402
from sync.server.models import Device  # noqa: E402

BATCH = 500


def sealed_batch(central: Central, device_id: str) -> list[SealedItem]:
    public = sealing.public_key_bytes(central.keys.centre)
    items = []
    for reg in (registration() for _ in range(BATCH)):
        sealed = sealing.seal_record(public, reg.to_dict(), str(reg.record_id), 1, device_id)
        items.append(SealedItem(str(reg.record_id), 1, sealed))
    return items


def receive(central: Central, device_id: str, items: list[SealedItem]) -> None:
    with central.sessions() as session:
        outcomes = intake.receive(session, central.keys, central.checks, device_id, items)
    if any(o.outcome is not Outcome.ACCEPTED for o in outcomes):
        raise RuntimeError("a benchmark record was not accepted")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batches", type=int, default=7)
    parser.add_argument("--profile", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        central = open_central(Settings.for_folder(Path(folder)))
        device_id = str(uuid.uuid4())
        with central.sessions() as session:
            session.add(Device(id=device_id, public_key=os.urandom(32), office_code="32.01"))
            session.commit()
        batches = [sealed_batch(central, device_id) for _ in range(options.batches + 1)]
        receive(central, device_id, batches[0])  # first use of the tables and the region cache
        if options.profile:
            profile = cProfile.Profile()
            profile.runcall(lambda: [receive(central, device_id, b) for b in batches[1:]])
            pstats.Stats(profile).sort_stats("tottime").print_stats(30)
        else:
            rates = []
            for items in batches[1:]:
                start = time.process_time()
                receive(central, device_id, items)
                rates.append(BATCH / (time.process_time() - start))
            print(f"intake, {BATCH}-record batches: median {statistics.median(rates):.0f} records/CPU-s, "
                  f"best {max(rates):.0f}")
        central.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Accepted records per second at the reference central server, against a bare endpoint.

    python bench/central_benchmark.py [--rounds-scale 1.0]

Starts the reference server (SQLite in a temporary folder) and a bare ASGI
endpoint that reads the body and answers `{}`, both with uvicorn on
127.0.0.1. For batches of 1, 10, 100 and 500 fresh sealed records it posts
the same signed bytes to both and prints records/s and the ratio. Sealing is
done before timing; only the HTTP round trip and the server's work count.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from desktop.domain.registration import (  # noqa: E402
    Address,
    Background,
    Consent,
    Consenter,
    ConsentMethod,
    Contact,
    Education,
    EmploymentStatus,
    Identity,
    MaritalStatus,
    Registration,
    Sex,
)
from desktop.domain.synthetic import valid_kk, valid_nik  # noqa: E402
from sync import protocol, sealing  # noqa: E402
from sync.client import CentralClient  # noqa: E402
from sync.protocol import Outcome, SealedItem  # noqa: E402
from sync.server.central import issue_enrolment_code, open_central  # noqa: E402
from sync.server.config import Settings  # noqa: E402
from sync.server.subprocess_server import ServerProcess, free_port  # noqa: E402
from sync.signing import DeviceKey, SequenceCounter, sign_request  # noqa: E402

BATCHES = {1: 100, 10: 30, 100: 6, 500: 2}  # batch size → rounds
_rng = random.Random(20261123)


async def bare_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Reads the whole body and answers `{}`: HTTP and framework cost only."""
    if scope["type"] != "http":
        return
    more = True
    while more:
        message = await receive()
        more = message.get("more_body", False)
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": b"{}"})


def registration() -> Registration:
    birth = dt.date(1970, 1, 1) + dt.timedelta(days=_rng.randrange(12000))
    recorded = dt.date(2010, 1, 1) + dt.timedelta(days=_rng.randrange(5000))
    return Registration(
        identity=Identity(valid_nik("32.01.01", birth, Sex.FEMALE, _rng.randrange(1, 10000)),
                          valid_kk("32.01.01", recorded, _rng.randrange(1, 10000)), "Siti Aminah", "Bogor", birth,
                          Sex.FEMALE, MaritalStatus.MARRIED),
        address=Address("32", "32.01", "32.01.01", "32.01.01.1006", "Jl. Mawar No. 5", "003", "007", "16911"),
        contact=Contact(phone="+6281234567890", email="siti@example.com"),
        background=Background(Education.SMA_SMK, EmploymentStatus.LAID_OFF, in_formal_education=False),
        consent=Consent(Consenter.APPLICANT, ConsentMethod.SIGNATURE, "2025.1",
                        dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC), "petugas1"),
        record_id=uuid.uuid4(),
        registered_on=dt.date(2026, 11, 2),
    )


def start_bare(port: int) -> subprocess.Popen[bytes]:
    args = [sys.executable, "-m", "uvicorn", "--app-dir", str(ROOT / "bench"), "central_benchmark:bare_app",
            "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(args, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    for _ in range(200):
        try:
            requests.post(f"http://127.0.0.1:{port}/", data=b"", timeout=1)
            return process
        except requests.RequestException:
            time.sleep(0.05)
    raise RuntimeError("bare endpoint did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds-scale", type=float, default=1.0)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, ServerProcess(Path(folder)) as server:
        central = open_central(Settings.for_folder(Path(folder)))
        key, seq = DeviceKey.generate(), SequenceCounter()
        client = CentralClient(server.url, key, next_seq=seq)
        enrolment = client.enrol(issue_enrolment_code(central.sessions, "32.01"))
        bare_port = free_port()
        bare = start_bare(bare_port)
        session = requests.Session()
        print(f"{'batch':>6} {'records':>8} {'central rec/s':>14} {'bare rec/s':>12} {'ratio':>7}")
        try:
            for size, rounds in BATCHES.items():
                rounds = max(1, round(rounds * options.rounds_scale))
                central_time = bare_time = 0.0
                accepted = 0
                for _ in range(rounds):
                    items = []
                    for reg in (registration() for _ in range(size)):
                        sealed = sealing.seal_record(enrolment.central_public_key, reg.to_dict(), str(reg.record_id),
                                                     1, enrolment.device_id)
                        items.append(SealedItem(str(reg.record_id), 1, sealed))
                    body = json.dumps({"items": [i.to_json() for i in items]}, separators=(",", ":")).encode()
                    headers = {"Content-Type": "application/json",
                               **sign_request(key, enrolment.device_id, "POST", "/v1/registrations", body,
                                              seq=seq(), host=protocol.host_header(server.url),
                                              content_type="application/json").as_dict()}
                    start = time.perf_counter()
                    response = session.post(server.url + "/v1/registrations", data=body, headers=headers, timeout=300)
                    central_time += time.perf_counter() - start
                    response.raise_for_status()
                    accepted += sum(r["outcome"] == Outcome.ACCEPTED for r in response.json()["results"])
                    start = time.perf_counter()
                    session.post(f"http://127.0.0.1:{bare_port}/v1/registrations", data=body, headers=headers,
                                 timeout=300).raise_for_status()
                    bare_time += time.perf_counter() - start
                total = size * rounds
                if accepted != total:
                    print(f"warning: {total - accepted} of {total} not accepted", file=sys.stderr)
                central_rate, bare_rate = accepted / central_time, total / bare_time
                print(f"{size:>6} {total:>8} {central_rate:>14.1f} {bare_rate:>12.1f} {central_rate / bare_rate:>7.3f}")
        finally:
            bare.terminate()
            bare.wait()
            session.close()
            client.close()
            central.sessions.kw["bind"].dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

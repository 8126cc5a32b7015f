"""`serve --workers N`: several processes, one set of replay checks (nonces and sequence numbers live in the DB)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from sync.client import CentralClient
from sync.protocol import host_header
from sync.server.central import issue_enrolment_code, open_central
from sync.server.cli import main as central_cli
from sync.server.config import Settings
from sync.server.subprocess_server import ServerProcess
from sync.signing import DeviceKey, SequenceCounter, sign_request

DATABASES = ["sqlite"] + (["postgresql"] if os.environ.get("LURING_TEST_PG_URL") else [])  # PostgreSQL: opt-in
COPIES = 8


@pytest.mark.parametrize("workers", ["0", "65", "-1", "two", "1.5", ""])
def test_worker_counts_outside_1_to_64_are_refused(workers: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        central_cli(["serve", "--workers", workers])
    assert exit_.value.code == 2 and "--workers" in capsys.readouterr().err


@pytest.fixture(params=DATABASES)
def device(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[str, DeviceKey, str]]:
    url = os.environ["LURING_TEST_PG_URL"] if request.param == "postgresql" else None
    with ServerProcess(tmp_path, ["--workers", "3"], db_url=url) as server:
        central = open_central(Settings.for_folder(tmp_path, url))
        code = issue_enrolment_code(central.sessions, "32.01")
        central.engine.dispose()
        key = DeviceKey.generate()
        client = CentralClient(server.url, key, next_seq=SequenceCounter(), timeout=30)
        device_id = client.enrol(code).device_id
        client.close()
        yield server.url, key, device_id


def _all_at_once(url: str, headers: list[dict[str, str]]) -> list[requests.Response]:
    """Each request on its own connection, released together, so the workers take them in parallel."""
    start = threading.Barrier(len(headers))
    answers: list[requests.Response | None] = [None] * len(headers)

    def send(index: int) -> None:
        start.wait()
        answers[index] = requests.get(url + "/v1/reference", headers=headers[index], timeout=30)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(headers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(answer is not None for answer in answers)
    return [answer for answer in answers if answer is not None]


def _accepted_once(answers: list[requests.Response], refusals: set[str]) -> None:
    assert sorted(a.status_code for a in answers).count(200) == 1, [a.status_code for a in answers]
    for answer in answers:
        if answer.status_code != 200:
            # 503 only where SQLite found the row changed under a waiting writer: busy, never accepted.
            assert answer.status_code in (401, 503), answer.text
            assert answer.json()["code"] in refusals | {"unavailable"}


def test_a_replayed_request_is_accepted_once_across_workers(device: tuple[str, DeviceKey, str]) -> None:
    url, key, device_id = device
    seq = SequenceCounter()
    same = sign_request(key, device_id, "GET", "/v1/reference", b"", seq=seq(), host=host_header(url)).as_dict()
    _accepted_once(_all_at_once(url, [same] * COPIES), {"nonce_reused", "sequence_not_increasing"})


def test_one_sequence_number_is_spent_once_across_workers(device: tuple[str, DeviceKey, str]) -> None:
    url, key, device_id = device
    number = SequenceCounter()()
    # Different nonces, the same sequence number: only one of them may pass.
    copies = [sign_request(key, device_id, "GET", "/v1/reference", b"", seq=number, host=host_header(url)).as_dict()
              for _ in range(COPIES)]
    _accepted_once(_all_at_once(url, copies), {"sequence_not_increasing"})

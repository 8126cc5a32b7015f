"""`serve --workers N`: several processes, one set of replay checks (nonces and sequence numbers live in the DB)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from sync.client import CentralClient
from sync.protocol import b64encode, enrol_proof_base, host_header
from sync.server.central import issue_enrolment_code, open_central
from sync.server.cli import main as central_cli
from sync.server.config import Settings
from sync.server.models import Device
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


def _all_at_once(sends: list[Callable[[], requests.Response]]) -> list[requests.Response]:
    """Each request on its own connection, released together, so the workers take them in parallel."""
    start = threading.Barrier(len(sends))
    answers: list[requests.Response | None] = [None] * len(sends)

    def send(index: int) -> None:
        start.wait()
        answers[index] = sends[index]()

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(sends))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(answer is not None for answer in answers)
    return [answer for answer in answers if answer is not None]


def _gets(url: str, headers: list[dict[str, str]]) -> list[Callable[[], requests.Response]]:
    return [partial(requests.get, url + "/v1/reference", headers=h, timeout=30) for h in headers]


def _accepted_once(answers: list[requests.Response], refusals: set[str], accepted: int = 200) -> None:
    assert [a.status_code for a in answers].count(accepted) == 1, [a.status_code for a in answers]
    for answer in answers:
        if answer.status_code != accepted:
            # 503 only where SQLite found the row changed under a waiting writer: busy, never accepted.
            assert answer.status_code in (401, 403, 503), answer.text
            assert answer.json()["code"] in refusals | {"unavailable"}


def test_a_replayed_request_is_accepted_once_across_workers(device: tuple[str, DeviceKey, str]) -> None:
    url, key, device_id = device
    seq = SequenceCounter()
    same = sign_request(key, device_id, "GET", "/v1/reference", b"", seq=seq(), host=host_header(url)).as_dict()
    _accepted_once(_all_at_once(_gets(url, [same] * COPIES)), {"nonce_reused", "sequence_not_increasing"})


def test_one_sequence_number_is_spent_once_across_workers(device: tuple[str, DeviceKey, str]) -> None:
    url, key, device_id = device
    number = SequenceCounter()()
    # Different nonces, the same sequence number: only one of them may pass.
    copies = [sign_request(key, device_id, "GET", "/v1/reference", b"", seq=number, host=host_header(url)).as_dict()
              for _ in range(COPIES)]
    _accepted_once(_all_at_once(_gets(url, copies)), {"sequence_not_increasing"})


@pytest.mark.parametrize("database", DATABASES)
def test_one_enrolment_code_enrols_one_device_across_workers(tmp_path: Path, database: str) -> None:
    url = os.environ["LURING_TEST_PG_URL"] if database == "postgresql" else None
    with ServerProcess(tmp_path, ["--workers", "3"], db_url=url) as server:
        central = open_central(Settings.for_folder(tmp_path, url))
        code = issue_enrolment_code(central.sessions, "32.01")
        keys = [DeviceKey.generate() for _ in range(COPIES)]
        bodies = [{"enrolment_code": code, "device_public_key": key.public_b64(), "label": "",
                   "proof": b64encode(key.sign(enrol_proof_base(code, key.public_b64())))} for key in keys]
        answers = _all_at_once([partial(requests.post, server.url + "/v1/enrol", json=body, timeout=30)
                                for body in bodies])
        _accepted_once(answers, {"enrolment_code_invalid"}, accepted=201)
        with central.sessions() as session:
            enrolled = session.scalars(select(Device).where(Device.public_key.in_([k.public_bytes() for k in keys])))
            assert len(enrolled.all()) == 1
        central.engine.dispose()

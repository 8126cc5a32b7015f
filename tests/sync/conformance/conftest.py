"""The conformance suite's fixtures: a central server under test and enrolled devices.

By default a session fixture starts the reference server (uvicorn in a child
process, 127.0.0.1, a free port, a temporary SQLite file) and issues enrolment
codes itself; with LURING_TEST_PG_URL=postgresql+psycopg://... it runs on that
PostgreSQL database instead (opt-in; needs the `postgres` extra). To test another implementation of the contract:

    LURING_CENTRAL_URL=https://central.example/ \\
    LURING_CENTRAL_ENROL_CODES=CODE1,CODE2,...    # one per test that enrols a device
    python -m pytest tests/sync/conformance

    LURING_CENTRAL_DECIDE_CMD='ssh ops@central luring central decide --record {record_id} {decision_args}'

The codes are counted: a run that needs more than it was given fails and says
how many it needs. Tests of the decision flow run the command in
LURING_CENTRAL_DECIDE_CMD to mark a decision, a command line (split like a
shell does, run without one) in which `{record_id}`, `{decision}` (verify,
reject, needs-correction) and `{reason}` are filled in and a token
`{decision_args}` becomes `--verify`, `--reject REASON` or
`--needs-correction REASON`, as the reference server's CLI takes them; they
are skipped without it.

The client trusts only the CA bundle it is given and ignores REQUESTS_CA_BUNDLE: for a centre whose
certificate is from a private CA set LURING_CENTRAL_CA_BUNDLE=ca.pem, and REQUESTS_CA_BUNDLE to the same
file for the suite's hand-made requests (plain `requests` calls, which read it).
"""

from __future__ import annotations

import os
import secrets
import shlex
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
import schemathesis
import yaml

from desktop.domain.registration import Registration
from sync import protocol, sealing
from sync.client import CentralClient, Enrolment
from sync.protocol import SealedItem
from sync.signing import DeviceKey, SequenceCounter, sign_request


@dataclass
class CentralUnderTest:
    url: str
    issue_code: Callable[[], str]
    decide: Callable[[str, str, str], None] | None  # record id, verify|reject|needs-correction, reason
    data_dir: Path | None


@dataclass
class EnrolledDevice:
    client: CentralClient
    key: DeviceKey
    enrolment: Enrolment
    seq: SequenceCounter

    @property
    def id(self) -> str:
        return self.enrolment.device_id

    def seal(self, reg: Registration, *, device_id: str | None = None) -> SealedItem:
        record_id = str(reg.record_id)
        sealed = sealing.seal_record(
            self.enrolment.central_public_key, reg.to_dict(), record_id, reg.version, device_id or self.id
        )
        return SealedItem(record_id, reg.version, sealed, reg.replaces_version)

    @property
    def host(self) -> str:
        return protocol.host_header(self.client.base_url)

    def signed_headers(self, method: str, path: str, body: bytes, **overrides: Any) -> dict[str, str]:
        """Signed as `requests` will send it to the centre: its Host, and no Content-Type unless given."""
        signature = sign_request(self.key, self.id, method, path, body, seq=overrides.pop("seq", None) or self.seq(),
                                 host=overrides.pop("host", self.host), **overrides)
        return signature.as_dict()

    def raw(self, method: str, path: str, body: bytes = b"", *, content_type: str = "application/json",
            headers: dict[str, str] | None = None) -> requests.Response:
        """A signed request built by hand, for hostile cases the client would never send."""
        signed = self.signed_headers(method, path, body, content_type=content_type)
        all_headers = {"Content-Type": content_type, **signed, **(headers or {})}
        response = requests.request(method, self.client.base_url + path, data=body, headers=all_headers, timeout=30)
        check_against_contract(response)
        return response


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "enrols(n): the test enrols n devices itself (n enrolment codes)")


_codes_needed = 0  # by the selected tests; counted when collection is done


def codes_needed(items: list[pytest.Item]) -> int:
    """Enrolment codes the tests will use: one per device fixture, per `enrols(n)`, one for the fuzz module."""
    needed = sum(("device" in item.fixturenames) + ("other_device" in item.fixturenames) for item in items)
    needed += sum(marker.args[0] for item in items for marker in item.iter_markers("enrols"))
    return needed + any("signed_session" in item.fixturenames for item in items)


def pytest_collection_finish(session: pytest.Session) -> None:
    global _codes_needed
    _codes_needed = codes_needed(session.items)


def decide_by_command(template: str) -> Callable[[str, str, str], None]:
    """Mark a decision by running LURING_CENTRAL_DECIDE_CMD (see the module's docstring)."""
    tokens = shlex.split(template)

    def decide(record_id: str, how: str, reason: str) -> None:
        args: list[str] = []
        for token in tokens:
            if token == "{decision_args}":
                args += ["--verify"] if how == "verify" else [f"--{how}", reason]
            else:
                args.append(token.format(record_id=record_id, decision=how, reason=reason))
        done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            pytest.fail(f"LURING_CENTRAL_DECIDE_CMD exited with {done.returncode}: {done.stderr[-500:]}")

    return decide


@pytest.fixture(scope="session")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralUnderTest]:
    url = os.environ.get("LURING_CENTRAL_URL", "").rstrip("/")
    if url:
        codes = [c for c in os.environ.get("LURING_CENTRAL_ENROL_CODES", "").split(",") if c]
        given = len(codes)

        def next_code() -> str:
            if not codes:
                pytest.fail(f"LURING_CENTRAL_ENROL_CODES ran out: the selected tests need {_codes_needed} "
                            f"enrolment codes and {given} were given")
            return codes.pop(0)

        template = os.environ.get("LURING_CENTRAL_DECIDE_CMD", "")
        yield CentralUnderTest(url, next_code, decide_by_command(template) if template else None, None)
        return

    from sync.server.central import issue_enrolment_code, open_central
    from sync.server.cli import main as central_cli
    from sync.server.config import Settings
    from sync.server.subprocess_server import ServerProcess

    data_dir = tmp_path_factory.mktemp("central")
    db_url = os.environ.get("LURING_TEST_PG_URL") or None  # opt-in: the reference server on PostgreSQL
    with ServerProcess(data_dir, db_url=db_url) as server:
        admin = open_central(Settings.for_folder(data_dir, db_url))

        def decide(record_id: str, how: str, reason: str) -> None:
            args = ["decide", "--data-dir", str(data_dir), "--record", record_id, *(["--db", db_url] if db_url else [])]
            args += ["--verify"] if how == "verify" else [f"--{how}", reason]
            assert central_cli(args) == 0

        yield CentralUnderTest(server.url, lambda: issue_enrolment_code(admin.sessions, "32.01"), decide, data_dir)
        admin.sessions.kw["bind"].dispose()


def enrol_device(central: CentralUnderTest) -> EnrolledDevice:
    key, seq = DeviceKey.generate(), SequenceCounter()
    client = checked_client(central.url, key, next_seq=seq)
    enrolment = client.enrol(central.issue_code(), "conformance")
    return EnrolledDevice(client, key, enrolment, seq)


@pytest.fixture
def device(central: CentralUnderTest) -> Iterator[EnrolledDevice]:
    enrolled = enrol_device(central)
    yield enrolled
    enrolled.client.close()


@pytest.fixture
def other_device(central: CentralUnderTest) -> Iterator[EnrolledDevice]:
    enrolled = enrol_device(central)
    yield enrolled
    enrolled.client.close()


@pytest.fixture
def needs_operator(central: CentralUnderTest) -> Callable[[str, str, str], None]:
    if central.decide is None:
        pytest.skip("marking decisions needs LURING_CENTRAL_DECIDE_CMD (see tests/sync/conformance/conftest.py)")
    return central.decide


DOCUMENT = Path(__file__).resolve().parents[3] / "resources" / "openapi" / "central-v1.yaml"


def contract() -> dict[str, Any]:
    """The OpenAPI document: the contract every implementation is tested against."""
    loaded: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    return loaded


def body_limits() -> dict[tuple[str, str], int]:
    """(METHOD, path) → the operation's `x-max-body-bytes`."""
    return {(method.upper(), path): operation["x-max-body-bytes"]
            for path, operations in contract()["paths"].items()
            for method, operation in operations.items() if "x-max-body-bytes" in operation}


_SCHEMA = schemathesis.openapi.from_path(DOCUMENT)


def check_against_contract(response: requests.Response) -> None:
    """Fail unless a response of a documented operation follows the document (status, headers, schema)."""
    request = response.request
    base = urlsplit(os.environ.get("LURING_CENTRAL_URL", "")).path.rstrip("/")
    path = urlsplit(request.url or "").path.removeprefix(base)
    operation = _SCHEMA.find_operation_by_path(request.method or "GET", path)
    if operation is not None:  # unknown paths and methods are checked as problems by their tests
        operation.validate_response(response)


def checked_client(url: str, key: DeviceKey, device_id: str | None = None, **options: Any) -> CentralClient:
    """A client whose every response is checked against the document."""
    options.setdefault("ca_bundle", os.environ.get("LURING_CENTRAL_CA_BUNDLE") or None)
    client = CentralClient(url, key, device_id, **options)
    client.add_response_hook(check_against_contract)
    return client


def photo(size: int = 2048) -> bytes:
    """Stand-in document bytes: the centre stores sealed bytes by hash and does not decode images."""
    return b"\xff\xd8\xff\xe0" + secrets.token_bytes(size)


def assert_problem(response: requests.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, (response.status_code, response.text[:300])
    check_against_contract(response)
    assert response.headers["Content-Type"].startswith("application/problem+json")
    assert_time_headers(response)
    body = response.json()
    assert body["code"] == code, body
    assert body["status"] == status
    return dict(body)


def assert_time_headers(response: requests.Response) -> None:
    assert "Date" in response.headers
    assert abs(int(response.headers["X-Server-Time"]) - time.time()) < 120

"""A 200 whose JSON has the wrong shape is `bad_response`, naming the field; never a KeyError or a half-read success.

A small server on 127.0.0.1 answers every request with the JSON a test gives it; the client is a real one.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from sync import protocol
from sync.client import CentralClient, CentralUnavailable
from sync.protocol import SealedItem
from sync.signing import DeviceKey

RECORD = "0f8f2a52-6a39-4c4e-9d4b-3f3d6f1d2a10"
OTHER_RECORD = "7b1f0c3e-1d2a-4b5c-8d9e-0a1b2c3d4e5f"
SHA = "ab" * 32
KEY = protocol.b64encode(b"k" * 32)
ITEM = SealedItem(RECORD, 1, b"sealed")
RESULT = {"record_id": RECORD, "version": 1, "outcome": "accepted", "reasons": [], "missing_attachments": [],
          "complete": True}
DECISION = {"cursor": "7", "record_id": RECORD, "version": 1, "decision": "verified", "reason": "",
            "decided_at": "2026-12-01T08:00:00+00:00"}
ENROLMENT = {"device_id": "d-1", "office_code": "32.01", "central_public_key": KEY,
             "hpke_suite": protocol.HPKE_SUITE_NAME, "server_time": 1_800_000_000,
             "reference_versions": {"regions": "1", "rules": "1", "consent": "1"}}


class _Answers(BaseHTTPRequestHandler):
    body: bytes = b"{}"

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def answering() -> Iterator[Callable[[Any], CentralClient]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    clients: list[CentralClient] = []

    def client_answered_with(data: Any) -> CentralClient:
        _Answers.body = json.dumps(data).encode()
        client = CentralClient(f"http://127.0.0.1:{server.server_address[1]}", DeviceKey.generate(), "d-1",
                               timeout=5)
        clients.append(client)
        return client

    yield client_answered_with
    for client in clients:
        client.close()
    server.shutdown()
    server.server_close()
    thread.join()


def _with(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**base, **changes}


def _without(base: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in base.items() if k != key}


CALLS: dict[str, Callable[[CentralClient], object]] = {
    "health": lambda c: c.health(),
    "enrol": lambda c: c.enrol("CODE"),
    "upload_batch": lambda c: c.upload_batch([ITEM]),
    "post_bundle": lambda c: c.post_bundle(b"bundle"),
    "record_status": lambda c: c.record_status(RECORD),
    "upload_attachment": lambda c: c.upload_attachment(SHA, b"sealed"),
    "pull_decisions": lambda c: c.pull_decisions(),
    "reference_versions": lambda c: c.reference_versions(),
    "get_reference": lambda c: c.get_reference("rules"),
    "post_checkpoint": lambda c: c.post_checkpoint(1, SHA, 0, ""),
}

HOSTILE: list[tuple[str, Any, str]] = [
    ("health", {}, "status"),
    ("health", [{"status": "ok"}], "object"),
    ("health", {"status": "ok", "api_version": "v1", "server_time": "now"}, "server_time"),
    ("health", {"status": "ok", "api_version": "v1", "server_time": 10**30}, "server_time"),
    ("health", {"status": "ok", "api_version": "v1", "server_time": True}, "server_time"),
    ("health", {"status": "ok", "api_version": "v1", "server_time": float("inf")}, "server_time"),
    ("health", {"status": None, "api_version": "v1", "server_time": 1}, "status"),
    ("enrol", _without(ENROLMENT, "device_id"), "device_id"),
    ("enrol", _with(ENROLMENT, central_public_key="not base64!"), "central_public_key"),
    ("enrol", _with(ENROLMENT, central_public_key=protocol.b64encode(b"short")), "central_public_key"),
    ("enrol", _with(ENROLMENT, reference_versions=[["rules", "1"]]), "reference_versions"),
    ("enrol", _with(ENROLMENT, device_id="x" * 10_000), "device_id"),
    ("upload_batch", {}, "results"),
    ("upload_batch", {"results": {"0": RESULT}}, "results"),
    ("upload_batch", {"results": [[RESULT]]}, "results[0]"),
    ("upload_batch", {"results": [_with(RESULT, version="1")]}, "results[0].version"),
    ("upload_batch", {"results": [_with(RESULT, version=10**30)]}, "results[0].version"),
    ("upload_batch", {"results": [_with(RESULT, outcome="maybe")]}, "results[0].outcome"),
    ("upload_batch", {"results": [_with(RESULT, reasons=None)]}, "results[0].reasons"),
    ("upload_batch", {"results": [_with(RESULT, reasons=[{"field": "nik"}])]}, "results[0].reasons[0]"),
    ("upload_batch", {"results": [_with(RESULT, complete="yes")]}, "results[0].complete"),
    ("upload_batch", {"results": [_with(RESULT, missing_attachments=["photo.jpg"])]}, "missing_attachments"),
    ("upload_batch", {"results": []}, "one for one"),
    ("upload_batch", {"results": [RESULT, RESULT]}, "one for one"),
    ("upload_batch", {"results": [_with(RESULT, record_id=OTHER_RECORD)]}, "one for one"),
    ("post_bundle", {"results": [_without(RESULT, "outcome")]}, "results[0].outcome"),
    ("record_status", {"record_id": RECORD, "versions": None}, "versions"),
    ("record_status", {"record_id": RECORD, "versions": ["v1"]}, "versions[0]"),
    ("record_status", {"record_id": "1; drop", "versions": []}, "record_id"),
    ("record_status", {"record_id": RECORD, "versions": [{"version": 1, "payload_sha256": "x",
                                                           "missing_attachments": [], "complete": True}]},
     "versions[0].payload_sha256"),
    ("upload_attachment", {"outcome": "accepted"}, "sha256"),
    ("upload_attachment", {"sha256": "cd" * 32, "outcome": "accepted"}, "sha256"),
    ("upload_attachment", {"sha256": SHA, "outcome": "rejected"}, "outcome"),
    ("upload_attachment", {"sha256": SHA, "outcome": None}, "outcome"),
    ("pull_decisions", {"next_cursor": "1", "more": False}, "decisions"),
    ("pull_decisions", {"decisions": {"a": DECISION}, "next_cursor": "1", "more": False}, "decisions"),
    ("pull_decisions", {"decisions": [DECISION], "next_cursor": 7, "more": False}, "next_cursor"),
    ("pull_decisions", {"decisions": [DECISION], "next_cursor": "7", "more": "false"}, "more"),
    ("pull_decisions", {"decisions": [_with(DECISION, version=-1)], "next_cursor": "7", "more": False},
     "decisions[0].version"),
    ("pull_decisions", {"decisions": [_with(DECISION, decision="approved")], "next_cursor": "7", "more": False},
     "decisions[0].decision"),
    ("pull_decisions", {"decisions": [_with(DECISION, decided_at="yesterday")], "next_cursor": "7",
                        "more": False}, "decisions[0].decided_at"),
    ("pull_decisions", {"decisions": [_with(DECISION, decided_at="2026-12-01T08:00:00")], "next_cursor": "7",
                        "more": False}, "time zone"),
    ("pull_decisions", {"decisions": [_with(DECISION, reason=None)], "next_cursor": "7", "more": False},
     "decisions[0].reason"),
    ("pull_decisions", {"decisions": [_without(DECISION, "record_id")], "next_cursor": "7", "more": False},
     "decisions[0].record_id"),
    ("reference_versions", {"versions": ["rules"]}, "versions"),
    ("reference_versions", {"versions": {"rules": 3}}, "versions"),
    ("get_reference", {"kind": "rules", "version": "1", "etag": "e"}, "content"),
    ("get_reference", {"kind": "rules", "version": None, "etag": "e", "content": {}}, "version"),
    ("get_reference", {"kind": "consent", "version": "1", "etag": "e", "content": {}}, "'consent'"),
    ("post_checkpoint", {"position": 1, "head": SHA, "acknowledged_at": 1}, "outcome"),
    ("post_checkpoint", {"outcome": "accepted", "position": 10**30, "head": SHA, "acknowledged_at": 1}, "position"),
]


@pytest.mark.parametrize(("method", "data", "field"), HOSTILE)
def test_a_malformed_answer_is_bad_response(
    answering: Callable[[Any], CentralClient], method: str, data: Any, field: str
) -> None:
    with pytest.raises(CentralUnavailable) as error:
        CALLS[method](answering(data))
    assert error.value.code == "bad_response" and field in str(error.value), str(error.value)


@pytest.mark.parametrize("data", [[1, 2], None, "ok", 7])
@pytest.mark.parametrize("method", sorted(CALLS))
def test_json_that_is_not_an_object_is_bad_response(
    answering: Callable[[Any], CentralClient], method: str, data: Any
) -> None:
    with pytest.raises(CentralUnavailable) as error:
        CALLS[method](answering(data))
    assert error.value.code == "bad_response"


def test_well_formed_answers_are_typed(answering: Callable[[Any], CentralClient]) -> None:
    page = answering({"decisions": [DECISION], "next_cursor": "7", "more": False}).pull_decisions()
    (decision,) = page.decisions
    assert (decision.record_id, decision.version, decision.decision) == (RECORD, 1, protocol.Decision.VERIFIED)
    assert decision.decided_at.tzinfo is not None and decision.decided_at.hour == 8
    assert answering({"sha256": SHA, "outcome": "already_have"}).upload_attachment(SHA, b"sealed") is False
    assert answering({"results": [RESULT]}).upload_batch([ITEM])[0].complete

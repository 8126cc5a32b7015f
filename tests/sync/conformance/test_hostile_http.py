"""Oversized bodies, unknown paths and methods, non-JSON: always a problem+json, never a 5xx."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest
import requests

from sync.bundle import MAGIC
from sync.sealing import canonical_json
from tests.sync.conformance.conftest import CentralUnderTest, EnrolledDevice, assert_problem, body_limits, contract

DEEP = b"[" * 60_000  # nested past any recursive parser's stack; must be a 400, never a 500


LIMITS = body_limits()
CONTENT_TYPES = {"/v1/attachments/{sha256}": "application/octet-stream", "/v1/bundles": "application/octet-stream"}


def _chunks(body: bytes, size: int = 1 << 20) -> Iterator[bytes]:
    for start in range(0, len(body), size):
        yield body[start : start + size]


def _concrete(path: str) -> str:
    return path.replace("{sha256}", "a" * 64)


def test_every_operation_with_a_body_states_its_limit() -> None:
    with_body = {(m.upper(), p) for p, ops in contract()["paths"].items() for m, op in ops.items()
                 if "requestBody" in op}
    assert with_body and with_body == set(LIMITS)


@pytest.mark.parametrize(("method", "path"), sorted(LIMITS))
def test_a_body_one_byte_over_the_limit_is_refused_while_reading(
    central: CentralUnderTest, device: EnrolledDevice, method: str, path: str
) -> None:
    # Chunked, no Content-Length: the server must count while reading, not trust a header.
    body, target = b"x" * (LIMITS[(method, path)] + 1), _concrete(path)
    headers = {"Content-Type": CONTENT_TYPES.get(path, "application/json")}
    if path != "/v1/enrol":
        headers.update(device.signed_headers(method, target, body))
    response = requests.request(method, central.url + target, data=_chunks(body), headers=headers, timeout=120)
    assert_problem(response, 413, "body_too_large")


@pytest.mark.parametrize(("method", "path"), [("POST", "/v1/registrations"), ("POST", "/v1/enrol")])
def test_a_declared_length_over_the_limit_is_refused(
    central: CentralUnderTest, device: EnrolledDevice, method: str, path: str
) -> None:
    limit = LIMITS[(method, path)]
    body = b"{" + b" " * limit + b"}"
    if path == "/v1/enrol":
        response = requests.post(central.url + path, data=body, headers={"Content-Type": "application/json"},
                                 timeout=60)
    else:
        response = device.raw(method, path, body)
    assert_problem(response, 413, "body_too_large")


def test_unknown_path_and_method(central: CentralUnderTest) -> None:
    assert_problem(requests.get(central.url + "/v1/nothing-here", timeout=30), 404, "not_found")
    assert_problem(requests.get(central.url + "/admin", timeout=30), 404, "not_found")
    not_allowed = requests.delete(central.url + "/v1/registrations", timeout=30)
    assert_problem(not_allowed, 405, "method_not_allowed")
    assert "POST" in not_allowed.headers.get("Allow", "")  # RFC 9110: a 405 says which methods are


def test_health_is_public_and_carries_the_time(central: CentralUnderTest) -> None:
    response = requests.get(central.url + "/v1/health", timeout=30)
    assert response.status_code == 200 and response.json()["status"] == "ok"
    assert "X-Server-Time" in response.headers and "Date" in response.headers


def test_the_contract_is_served(central: CentralUnderTest) -> None:
    response = requests.get(central.url + "/v1/openapi.yaml", timeout=30)
    assert response.status_code == 200 and b"openapi: 3.0.3" in response.content


def test_deeply_nested_enrolment_is_malformed_json(central: CentralUnderTest) -> None:
    for body in (DEEP, b'{"enrolment_code": ' + DEEP):
        response = requests.post(central.url + "/v1/enrol", data=body, headers={"Content-Type": "application/json"},
                                 timeout=30)
        assert_problem(response, 400, "malformed_json")


@pytest.mark.parametrize("path", ["/v1/registrations", "/v1/checkpoints"])
def test_deeply_nested_signed_json_is_malformed_json(device: EnrolledDevice, path: str) -> None:
    assert_problem(device.raw("POST", path, DEEP), 400, "malformed_json")
    assert_problem(device.raw("POST", path, b'{"items": ' + DEEP), 400, "malformed_json")


@pytest.mark.parametrize("part", ["header", "body"])
def test_deeply_nested_bundle_is_bundle_invalid(device: EnrolledDevice, part: str) -> None:
    deep_header = DEEP[:4000]  # the header has its own small limit
    body = DEEP if part == "body" else b"{}"
    header = deep_header if part == "header" else canonical_json(
        {"format": 2, "device_id": device.id, "bundle_id": "0" * 8 + "-0000-0000-0000-" + "0" * 12, "part": 1,
         "parts": 1, "created": 0, "item_count": 0, "attachment_count": 0,
         "body_sha256": hashlib.sha256(body).hexdigest()})
    signed = MAGIC + bytes([len(device.id)]) + device.id.encode() + len(header).to_bytes(4, "big") + header + body
    bundle = signed + device.key.sign(signed)
    assert_problem(device.raw("POST", "/v1/bundles", bundle, content_type="application/octet-stream"), 422,
                   "bundle_invalid")

"""Enrolment: a one-time code plus the device's key gives a device id and the centre's HPKE key."""

from __future__ import annotations

import json
import time

import pytest
import requests

from sync import protocol
from sync.client import CentralRefused
from sync.signing import DeviceKey
from tests.sync.conformance.conftest import CentralUnderTest, assert_problem, assert_time_headers, checked_client


def _enrol_body(key: DeviceKey, code: str, *, proof_key: DeviceKey | None = None) -> bytes:
    public = key.public_b64()
    proof = (proof_key or key).sign(protocol.enrol_proof_base(code, public))
    return json.dumps({"enrolment_code": code, "device_public_key": public,
                       "proof": protocol.b64encode(proof)}).encode()


def _post(central: CentralUnderTest, body: bytes, content_type: str = "application/json") -> requests.Response:
    return requests.post(central.url + "/v1/enrol", data=body, headers={"Content-Type": content_type}, timeout=30)


@pytest.mark.enrols(1)
def test_enrolment_returns_device_id_centre_key_time_and_versions(central: CentralUnderTest) -> None:
    client = checked_client(central.url, DeviceKey.generate())
    enrolment = client.enrol(central.issue_code(), "meja 1")
    client.close()
    assert enrolment.device_id and client.device_id == enrolment.device_id
    assert len(enrolment.central_public_key) == 32
    assert enrolment.hpke_suite == protocol.HPKE_SUITE_NAME
    assert abs(enrolment.server_time - time.time()) < 120
    assert set(enrolment.reference_versions) == {"regions", "rules", "consent", "limits"}
    assert client.clock_offset is not None and abs(client.clock_offset) < 120


@pytest.mark.enrols(1)
def test_code_works_once(central: CentralUnderTest) -> None:
    code = central.issue_code()
    first = _post(central, _enrol_body(DeviceKey.generate(), code))
    assert first.status_code == 201
    assert_time_headers(first)
    assert_problem(_post(central, _enrol_body(DeviceKey.generate(), code)), 403, "enrolment_code_invalid")


def test_unknown_code_is_refused(central: CentralUnderTest) -> None:
    assert_problem(_post(central, _enrol_body(DeviceKey.generate(), "AAAAA-BBBBB-CCCCC-DDDDD")), 403,
                   "enrolment_code_invalid")


@pytest.mark.enrols(1)
def test_proof_by_another_key_is_refused_and_does_not_use_the_code(central: CentralUnderTest) -> None:
    code = central.issue_code()
    forged = _enrol_body(DeviceKey.generate(), code, proof_key=DeviceKey.generate())
    assert_problem(_post(central, forged), 400, "enrolment_proof_invalid")
    assert _post(central, _enrol_body(DeviceKey.generate(), code)).status_code == 201


@pytest.mark.enrols(2)
def test_the_same_device_key_cannot_enrol_twice(central: CentralUnderTest) -> None:
    key = DeviceKey.generate()
    assert _post(central, _enrol_body(key, central.issue_code())).status_code == 201
    assert_problem(_post(central, _enrol_body(key, central.issue_code())), 409, "device_key_already_enrolled")


@pytest.mark.parametrize(
    ("body", "content_type", "status", "code"),
    [
        (b"{not json", "application/json", 400, "malformed_json"),
        (b"\xff\xfe\x00", "application/json", 400, "malformed_json"),
        (b"[1, 2]", "application/json", 400, "invalid_request"),
        (b'{"enrolment_code": 5}', "application/json", 400, "invalid_request"),
        (b'{"enrolment_code": "x", "device_public_key": "!!", "proof": "AA=="}', "application/json", 400,
         "invalid_request"),
        (b"{}", "text/plain", 415, "unsupported_media_type"),
    ],
)
def test_malformed_enrolment_is_a_problem(
    central: CentralUnderTest, body: bytes, content_type: str, status: int, code: str
) -> None:
    assert_problem(_post(central, body, content_type), status, code)


def test_client_reports_refusal_with_its_code(central: CentralUnderTest) -> None:
    client = checked_client(central.url, DeviceKey.generate())
    with pytest.raises(CentralRefused) as refused:
        client.enrol("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ")
    client.close()
    assert refused.value.code == "enrolment_code_invalid" and refused.value.status == 403

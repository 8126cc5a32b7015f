"""Signed requests: replays, reused nonces, stale times, changed bodies and foreign keys are refused."""

from __future__ import annotations

import time

import pytest
import requests

from sync import protocol
from sync.client import CentralRefused, CentralUnavailable
from sync.protocol import Outcome
from sync.signing import DeviceKey, SequenceCounter, sign_request
from tests.sync.conformance.conftest import CentralUnderTest, EnrolledDevice, assert_problem, checked_client
from tests.sync.records import new_registration

PATH = "/v1/reference"


def _get(device: EnrolledDevice, path: str, headers: dict[str, str]) -> requests.Response:
    return requests.get(device.client.base_url + path, headers=headers, timeout=30)


def test_a_signed_request_passes(device: EnrolledDevice) -> None:
    response = _get(device, PATH, device.signed_headers("GET", PATH, b""))
    assert response.status_code == 200, response.text


def test_unsigned_request_is_refused(device: EnrolledDevice) -> None:
    assert_problem(_get(device, PATH, {}), 401, "signature_missing")


def test_exact_replay_is_refused(device: EnrolledDevice) -> None:
    headers = device.signed_headers("GET", PATH, b"")
    assert _get(device, PATH, headers).status_code == 200
    assert_problem(_get(device, PATH, headers), 401, "nonce_reused")


def test_reused_nonce_with_a_new_sequence_number_is_refused(device: EnrolledDevice) -> None:
    first = device.signed_headers("GET", PATH, b"", nonce="fixed-nonce-0123456789")
    assert _get(device, PATH, first).status_code == 200
    again = device.signed_headers("GET", PATH, b"", nonce="fixed-nonce-0123456789")
    assert_problem(_get(device, PATH, again), 401, "nonce_reused")


def test_sequence_must_increase(device: EnrolledDevice) -> None:
    later = device.signed_headers("GET", PATH, b"")
    earlier_seq = int(later[protocol.SEQ_HEADER]) - 1
    assert _get(device, PATH, later).status_code == 200
    assert_problem(_get(device, PATH, device.signed_headers("GET", PATH, b"", seq=earlier_seq)), 401,
                   "sequence_not_increasing")


def test_stale_and_future_times_are_refused(device: EnrolledDevice) -> None:
    now = int(time.time())
    for created in (now - 1000, now + 1000):
        assert_problem(_get(device, PATH, device.signed_headers("GET", PATH, b"", created=created)), 401,
                       "stale_time")


def test_body_changed_under_an_old_signature_is_refused(device: EnrolledDevice) -> None:
    body = b'{"position": 1, "head": "' + b"a" * 64 + b'"}'
    headers = {"Content-Type": "application/json", **device.signed_headers("POST", "/v1/checkpoints", body)}
    changed = body.replace(b"1", b"2", 1)
    url = device.client.base_url + "/v1/checkpoints"
    assert_problem(requests.post(url, data=changed, headers=headers, timeout=30), 401, "digest_mismatch")
    # Changing the digest header to match breaks the signature instead.
    headers[protocol.DIGEST_HEADER] = protocol.content_digest(changed)
    assert_problem(requests.post(url, data=changed, headers=headers, timeout=30), 401, "signature_invalid")


def test_signature_for_another_path_or_query_is_refused(device: EnrolledDevice) -> None:
    headers = device.signed_headers("GET", "/v1/reference/rules", b"")
    assert_problem(_get(device, "/v1/reference/consent", headers), 401, "signature_invalid")
    headers = device.signed_headers("GET", "/v1/decisions?limit=5", b"")
    assert_problem(_get(device, "/v1/decisions?limit=6", headers), 401, "signature_invalid")


def test_a_request_sent_to_another_host_than_signed_is_refused(device: EnrolledDevice) -> None:
    headers = device.signed_headers("GET", PATH, b"")
    assert_problem(_get(device, PATH, {**headers, "Host": "other-centre.example"}), 401, "signature_invalid")
    headers = device.signed_headers("GET", PATH, b"", host="other-centre.example")
    assert_problem(_get(device, PATH, headers), 401, "signature_invalid")  # signed for another host


def test_a_content_type_changed_after_signing_is_refused(device: EnrolledDevice) -> None:
    body = b'{"position": 1, "head": "' + b"a" * 64 + b'"}'
    url = device.client.base_url + "/v1/checkpoints"
    signed = device.signed_headers("POST", "/v1/checkpoints", body, content_type="application/json")
    # Still JSON to the media-type check, but not what the device signed.
    changed = {**signed, "Content-Type": "application/json; charset=iso-8859-1"}
    assert_problem(requests.post(url, data=body, headers=changed, timeout=30), 401, "signature_invalid")
    unsigned_type = device.signed_headers("POST", "/v1/checkpoints", body)  # signed without a Content-Type
    assert_problem(requests.post(url, data=body, headers={**unsigned_type, "Content-Type": "application/json"},
                                 timeout=30), 401, "signature_invalid")
    signed = device.signed_headers("POST", "/v1/checkpoints", body, content_type="application/json")
    response = requests.post(url, data=body, headers={**signed, "Content-Type": "application/json"}, timeout=30)
    assert response.status_code == 201, response.text


def test_signature_for_another_method_is_refused(device: EnrolledDevice) -> None:
    headers = device.signed_headers("POST", PATH, b"")
    assert_problem(_get(device, PATH, headers), 401, "signature_invalid")


def test_another_devices_key_is_refused(device: EnrolledDevice, other_device: EnrolledDevice) -> None:
    signature = sign_request(other_device.key, device.id, "GET", PATH, b"", seq=device.seq(), host=device.host)
    assert_problem(_get(device, PATH, signature.as_dict()), 401, "signature_invalid")


def test_an_unknown_device_is_answered_as_a_bad_signature(device: EnrolledDevice) -> None:
    """Which ids are enrolled cannot be learnt: an unknown id and an enrolled one badly signed get the same answer."""
    unknown = sign_request(DeviceKey.generate(), "00000000-0000-4000-8000-000000000000", "GET", PATH, b"", seq=1,
                           host=device.host)
    wrong_key = sign_request(DeviceKey.generate(), device.id, "GET", PATH, b"", seq=device.seq(), host=device.host)
    answers = [_get(device, PATH, signed.as_dict()) for signed in (unknown, wrong_key)]
    for answer in answers:
        assert_problem(answer, 401, "signature_invalid")
    first, second = (answer.json() for answer in answers)
    assert first == second


def test_malformed_signature_headers_are_refused(device: EnrolledDevice) -> None:
    for name, value in ((protocol.SEQ_HEADER, "-1"), (protocol.CREATED_HEADER, "yesterday"),
                        (protocol.SIGNATURE_HEADER, "not base64!"), (protocol.SIGNATURE_HEADER, "AAAA")):
        headers = {**device.signed_headers("GET", PATH, b""), name: value}
        assert_problem(_get(device, PATH, headers), 401, "signature_invalid")


def test_a_refused_signature_does_not_burn_the_sequence(device: EnrolledDevice, other_device: EnrolledDevice) -> None:
    seq = device.seq()
    forged = sign_request(other_device.key, device.id, "GET", PATH, b"", seq=seq + 10**9, host=device.host)
    assert_problem(_get(device, PATH, forged.as_dict()), 401, "signature_invalid")
    assert _get(device, PATH, device.signed_headers("GET", PATH, b"", seq=seq + 1)).status_code == 200


@pytest.mark.parametrize("skew", [2 * 3600, -2 * 3600])
def test_a_device_clock_hours_off_signs_with_the_measured_offset(device: EnrolledDevice, skew: int) -> None:
    # A restarted client on a desk PC whose clock is wrong: no offset measured yet.
    client = checked_client(device.client.base_url, device.key, device.id, clock=lambda: time.time() + skew)
    try:
        assert client.reference_versions() == device.enrolment.reference_versions  # refused once, then re-signed
        assert client.clock_offset is not None and abs(client.clock_offset + skew) < 5
        (result,) = client.upload_batch([device.seal(new_registration())])
        assert result.outcome == Outcome.ACCEPTED
    finally:
        client.close()


@pytest.mark.enrols(1)
def test_a_device_enrolled_with_a_wrong_clock_signs_in_time(central: CentralUnderTest) -> None:
    client = checked_client(central.url, DeviceKey.generate(), clock=lambda: time.time() + 2 * 3600)
    try:
        client.enrol(central.issue_code())
        requests_made: list[int] = []
        client.add_response_hook(lambda response: requests_made.append(response.status_code))
        assert client.pull_decisions().decisions == []
        assert requests_made == [200]  # signed in time at once: the enrolment measured the offset
    finally:
        client.close()


def test_a_sequence_that_stays_behind_is_retryable_not_final(device: EnrolledDevice) -> None:
    device.client.reference_versions()  # the centre has seen a sequence number from the clock
    client = checked_client(device.client.base_url, device.key, device.id, next_seq=SequenceCounter(clock=lambda: 0))
    try:
        with pytest.raises(CentralUnavailable) as error:
            client.reference_versions()
        assert error.value.code == "sequence_not_increasing" and not isinstance(error.value, CentralRefused)
    finally:
        client.close()

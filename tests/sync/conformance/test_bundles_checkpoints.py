"""Hand-over bundles (importing twice changes nothing) and audit-chain checkpoints."""

from __future__ import annotations

import hashlib

import pytest
import requests

from sync import sealing
from sync.bundle import SealedAttachment, write_bundle
from sync.client import CentralRefused
from sync.protocol import Outcome
from sync.signing import DeviceKey
from tests.sync.conformance.conftest import EnrolledDevice, assert_problem, photo
from tests.sync.records import new_registration

OCTETS = "application/octet-stream"


def _bundle(device: EnrolledDevice, *, key: DeviceKey | None = None) -> tuple[bytes, list[str], str]:
    ktp = photo()
    regs = [new_registration(attachments=(ktp,)), new_registration()]
    digest, sealed = sealing.seal_attachment(device.enrolment.central_public_key, ktp, device.id)
    data = write_bundle(key or device.key, device.id, [device.seal(r) for r in regs],
                        [SealedAttachment(digest, sealed)])
    return data, [str(r.record_id) for r in regs], digest


def test_bundle_imported_by_another_device_twice(device: EnrolledDevice, other_device: EnrolledDevice) -> None:
    data, record_ids, _ = _bundle(device)
    first = other_device.client.post_bundle(data)
    assert [r.record_id for r in first] == record_ids
    assert [(r.outcome, r.complete) for r in first] == [(Outcome.ACCEPTED, True)] * 2
    before = [device.client.record_status(r) for r in record_ids]
    second = other_device.client.post_bundle(data)
    assert [r.outcome for r in second] == [Outcome.ALREADY_HAVE] * 2
    assert [device.client.record_status(r) for r in record_ids] == before  # nothing new stored
    # The records belong to the device that made the bundle, not the one that carried it.
    with pytest.raises(CentralRefused):
        other_device.client.record_status(record_ids[0])


def test_bundle_items_sent_online_later_are_already_there(device: EnrolledDevice) -> None:
    reg = new_registration()
    item = device.seal(reg)
    device.client.post_bundle(write_bundle(device.key, device.id, [item]))
    assert device.client.upload_batch([item])[0].outcome == Outcome.ALREADY_HAVE


def test_damaged_or_foreign_bundles_are_refused(device: EnrolledDevice, other_device: EnrolledDevice) -> None:
    data, _, _ = _bundle(device)
    middle = len(data) // 2
    tampered = data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :]
    forged, _, _ = _bundle(device, key=DeviceKey.generate())
    bad_signature = data[:-1] + bytes([data[-1] ^ 1])
    for bad in (tampered, data[:-10], data[:20], b"PK\x03\x04 not a bundle", forged, bad_signature, b""):
        response = other_device.raw("POST", "/v1/bundles", bad, content_type=OCTETS)
        assert_problem(response, 422, "bundle_invalid")


def test_checkpoints_must_extend_the_acknowledged_head(device: EnrolledDevice) -> None:
    heads = [hashlib.sha256(bytes([i])).hexdigest() for i in range(4)]
    assert device.client.post_checkpoint(5, heads[0], 0, "").outcome == "accepted"
    assert device.client.post_checkpoint(5, heads[0], 0, "").outcome == "already_have"
    assert device.client.post_checkpoint(9, heads[1], 5, heads[0]).outcome == "accepted"
    refusals = [
        (12, heads[2], 5, heads[0]),  # extends an older head: a fork
        (12, heads[2], 9, heads[3]),  # claims another previous head
        (9, heads[2], 9, heads[1]),  # does not move forward
        (8, heads[2], 9, heads[1]),  # goes back
    ]
    for position, head, previous_position, previous_head in refusals:
        with pytest.raises(CentralRefused) as refused:
            device.client.post_checkpoint(position, head, previous_position, previous_head)
        assert refused.value.code == "chain_not_extended" and refused.value.status == 409
    assert device.client.post_checkpoint(12, heads[2], 9, heads[1]).outcome == "accepted"


@pytest.mark.parametrize(
    "body",
    [b'{"position": 0, "head": "' + b"a" * 64 + b'"}', b'{"position": 1, "head": "xyz"}',
     b'{"position": true, "head": "' + b"a" * 64 + b'"}', b'{"position": 1}', b"[]", b"{oops"],
)
def test_malformed_checkpoints(device: EnrolledDevice, body: bytes) -> None:
    response = device.raw("POST", "/v1/checkpoints", body)
    assert response.status_code == 400
    assert response.json()["code"] in ("invalid_request", "malformed_json")


def test_checkpoints_are_per_device(device: EnrolledDevice, other_device: EnrolledDevice) -> None:
    head = hashlib.sha256(b"x").hexdigest()
    device.client.post_checkpoint(3, head, 0, "")
    assert other_device.client.post_checkpoint(1, hashlib.sha256(b"y").hexdigest(), 0, "").outcome == "accepted"


def test_bundle_upload_must_be_signed(device: EnrolledDevice) -> None:
    data, _, _ = _bundle(device)
    response = requests.post(device.client.base_url + "/v1/bundles", data=data, headers={"Content-Type": OCTETS},
                             timeout=30)
    assert_problem(response, 401, "signature_missing")

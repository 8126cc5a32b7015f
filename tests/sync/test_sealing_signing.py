"""Seals and signatures on their own, without a server."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync import protocol, sealing
from sync.protocol import SealedItem
from sync.signing import DeviceKey, SequenceCounter, sign_request, verify_signature

CENTRE = sealing.generate_centre_key()
PUBLIC = sealing.public_key_bytes(CENTRE)
RECORD, DEVICE = str(uuid.uuid4()), str(uuid.uuid4())


def test_record_seal_round_trip_and_binding() -> None:
    sealed = sealing.seal_record(PUBLIC, {"nik": "3201015705900001"}, RECORD, 1, DEVICE)
    assert b"3201015705900001" not in sealed
    assert sealing.open_record(CENTRE, sealed, RECORD, 1, DEVICE) == b'{"nik":"3201015705900001"}'
    for record_id, version, device_id in ((str(uuid.uuid4()), 1, DEVICE), (RECORD, 2, DEVICE),
                                          (RECORD, 1, str(uuid.uuid4()))):
        with pytest.raises(sealing.SealBroken):
            sealing.open_record(CENTRE, sealed, record_id, version, device_id)
    with pytest.raises(sealing.SealBroken):
        sealing.open_record(sealing.generate_centre_key(), sealed, RECORD, 1, DEVICE)


def test_seals_are_randomised() -> None:
    one = sealing.seal_record(PUBLIC, {"a": 1}, RECORD, 1, DEVICE)
    assert one != sealing.seal_record(PUBLIC, {"a": 1}, RECORD, 1, DEVICE)


@given(st.binary(max_size=200), st.integers(min_value=0, max_value=200))
def test_damaged_seals_never_open(noise: bytes, cut: int) -> None:
    sealed = sealing.seal_record(PUBLIC, {"a": 1}, RECORD, 1, DEVICE)
    for damaged in (sealed[:cut], noise, sealed + noise if noise else sealed[:-1]):
        if damaged == sealed:
            continue
        with pytest.raises(sealing.SealBroken):
            sealing.open_record(CENTRE, damaged, RECORD, 1, DEVICE)


def test_attachment_seal_checks_its_hash() -> None:
    digest, sealed = sealing.seal_attachment(PUBLIC, b"photo", DEVICE)
    assert digest == hashlib.sha256(b"photo").hexdigest()
    assert sealing.open_attachment(CENTRE, sealed, digest, DEVICE) == b"photo"
    with pytest.raises(sealing.SealBroken):
        sealing.open_attachment(CENTRE, sealed, hashlib.sha256(b"other").hexdigest(), DEVICE)


def test_signature_covers_every_part() -> None:
    key = DeviceKey.generate()
    signed = sign_request(key, DEVICE, "POST", "/v1/registrations?x=1", b"{}", seq=7, host="central.example",
                          content_type="application/json", created=1000, nonce="n")
    digest = protocol.content_digest(b"{}")
    base = protocol.signature_base("POST", "/v1/registrations?x=1", DEVICE, 7, 1000, "n", digest,
                                   host="central.example", content_type="application/json")
    signature = protocol.b64decode(signed.signature)
    assert verify_signature(key.public_bytes(), signature, base)
    same = ("POST", "/v1/registrations?x=1", DEVICE, 7, 1000, "n", b"{}", "central.example", "application/json")
    changes = [(0, "GET"), (1, "/v1/registrations?x=2"), (2, str(uuid.uuid4())), (3, 8), (4, 1001), (5, "m"),
               (6, b"{ }"), (7, "central.example:8443"), (7, "other.example"), (8, "application/octet-stream"),
               (8, "")]
    for index, value in changes:
        method, path, device, seq, created, nonce, body, host, content_type = (*same[:index], value,
                                                                                *same[index + 1:])
        other = protocol.signature_base(method, path, device, seq, created, nonce, protocol.content_digest(body),
                                        host=host, content_type=content_type)
        assert not verify_signature(key.public_bytes(), signature, other), (index, value)
    assert not verify_signature(b"short", signature, base)


@pytest.mark.parametrize(("url", "host"), [
    ("https://Central.Example/v1", "central.example"), ("https://central.example:443/", "central.example"),
    ("https://central.example:8443/", "central.example:8443"), ("http://127.0.0.1:80/", "127.0.0.1"),
    ("http://127.0.0.1:8000/v1/health", "127.0.0.1:8000"), ("http://[::1]:8000/", "[::1]:8000"),
])
def test_the_host_line_is_what_http_sends(url: str, host: str) -> None:
    assert protocol.host_header(url) == host


def test_content_digest_is_rfc_9530() -> None:
    # RFC 9530 appendix example: {"hello": "world"}
    assert protocol.content_digest(b'{"hello": "world"}\n') == (
        "sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:"
    )


def test_sequence_counter_strictly_increases_and_resumes() -> None:
    counter = SequenceCounter()
    values = [counter() for _ in range(1000)]
    assert values == sorted(set(values))
    assert SequenceCounter(floor=values[-1] + 10**12)() > values[-1] + 10**12


def test_device_key_round_trips_through_its_private_bytes() -> None:
    # The device keeps these bytes inside its encrypted store, never in a file of their own.
    key = DeviceKey.generate()
    again = DeviceKey.from_private_bytes(key.private_bytes())
    assert again.public_bytes() == key.public_bytes()
    assert verify_signature(key.public_bytes(), again.sign(b"payload"), b"payload")


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"record_id": "X", "version": 1, "sealed": ""}, "record_id"),
        ({"record_id": RECORD.upper(), "version": 1, "sealed": ""}, "record_id"),
        ({"record_id": RECORD, "version": 2, "sealed": ""}, "replaces_version"),
        ({"record_id": RECORD, "version": 2, "replaces_version": 2, "sealed": ""}, "replaces_version"),
        ({"record_id": RECORD, "version": 1.0, "sealed": ""}, "version"),
        ({"record_id": RECORD, "version": 1, "sealed": "@@@"}, "sealed"),
        ({"record_id": RECORD, "version": 1, "sealed": "", "extra": 1}, "item"),
    ],
)
def test_sealed_item_parsing_is_strict(raw: dict[str, object], field: str) -> None:
    with pytest.raises(ValueError, match=field):
        SealedItem.from_json(raw)


def test_sealed_item_round_trip() -> None:
    item = SealedItem(RECORD, 3, b"\x00\x01", 2)
    assert SealedItem.from_json(item.to_json()) == item

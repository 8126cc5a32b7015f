"""The receipt file: tagged by the centre for one device, checked before it is parsed, strict about its shape."""

from __future__ import annotations

import random
import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync import sealing
from sync.receipt import (
    MAGIC,
    ReceiptInvalid,
    device_x25519_private,
    device_x25519_public,
    read_receipt,
    write_receipt,
)
from sync.signing import DeviceKey

CENTRE = sealing.generate_centre_key()
CENTRE_PUBLIC = sealing.public_key_bytes(CENTRE)
DEVICE_KEY = DeviceKey.generate()
DEVICE = str(uuid.uuid4())
RECORD = str(uuid.uuid4())


def body(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "receipt_id": str(uuid.uuid4()), "issued": 1_700_000_000,
        "results": [{"record_id": RECORD, "version": 1, "outcome": "accepted", "reasons": [],
                     "missing_attachments": [], "complete": True, "sealed_sha256": "ab" * 32}],
        "decisions": [{"cursor": "7", "record_id": RECORD, "version": 1, "decision": "verified", "reason": "",
                       "decided_at": "2026-12-02T10:00:00+00:00"}],
        "next_cursor": "7", "more": False}
    fields.update(changes)
    return fields


def receipt(**changes: Any) -> bytes:
    return write_receipt(CENTRE, DEVICE, DEVICE_KEY.public_bytes(), body(**changes))


def read(data: bytes, device: str = DEVICE, key: DeviceKey = DEVICE_KEY, centre: bytes = CENTRE_PUBLIC) -> Any:
    return read_receipt(data, device, key.private_bytes(), centre)


def test_round_trip() -> None:
    got = read(receipt())
    assert got.device_id == DEVICE and got.next_cursor == "7"
    assert [(r.record_id, r.outcome.value) for r in got.results] == [(RECORD, "accepted")]
    assert got.sealed_sha256 == ("ab" * 32,)
    assert [(d.cursor, d.decision.value) for d in got.decisions] == [("7", "verified")]


def test_the_device_x25519_half_matches_its_ed25519_key() -> None:
    for _ in range(20):
        key = DeviceKey.generate()
        derived = sealing.public_key_bytes(device_x25519_private(key.private_bytes()))
        assert derived == device_x25519_public(key.public_bytes())


def test_for_another_device_or_from_another_centre_is_refused() -> None:
    with pytest.raises(ReceiptInvalid, match="other_device"):
        read(receipt(), device=str(uuid.uuid4()))
    other_key = DeviceKey.generate()  # the same id claimed by a device holding another key
    with pytest.raises(ReceiptInvalid, match="not_from_centre"):
        read(receipt(), key=other_key)
    other_centre = sealing.public_key_bytes(sealing.generate_centre_key())
    with pytest.raises(ReceiptInvalid, match="not_from_centre"):
        read(receipt(), centre=other_centre)
    forged = write_receipt(sealing.generate_centre_key(), DEVICE, DEVICE_KEY.public_bytes(), body())
    with pytest.raises(ReceiptInvalid, match="not_from_centre"):
        read(forged)


@given(st.integers(min_value=0), st.integers(min_value=1, max_value=255))
def test_any_flipped_byte_is_refused(position: int, flip: int) -> None:
    data = receipt()
    index = position % len(data)
    with pytest.raises(ReceiptInvalid):
        read(data[:index] + bytes([data[index] ^ flip]) + data[index + 1 :])


@given(st.integers(min_value=0))
def test_any_truncation_is_refused(cut: int) -> None:
    data = receipt()
    with pytest.raises(ReceiptInvalid):
        read(data[: cut % len(data)])


@pytest.mark.parametrize("changes", [
    {"results": "all fine"}, {"results": [{"record_id": "x"}]}, {"decisions": [{"cursor": 1}]},
    {"next_cursor": None}, {"issued": "yesterday"}, {"receipt_id": ""}, {"more": "no"},
    {"results": [{"record_id": RECORD, "version": 1, "outcome": "accepted", "reasons": [],
                  "missing_attachments": [], "complete": True}]},  # which bytes it judged is not said
    {"decisions": [{"cursor": "8", "record_id": RECORD, "version": 1, "decision": "approved", "reason": "",
                    "decided_at": "2026-12-02T10:00:00+00:00"}]},
])
def test_tagged_but_malformed_bodies_are_refused(changes: dict[str, Any]) -> None:
    with pytest.raises(ReceiptInvalid, match="body"):
        read(receipt(**changes))


def test_the_tag_is_checked_before_the_body_is_parsed() -> None:
    nested = b"[" * 100_000
    framed = MAGIC + bytes([len(DEVICE)]) + DEVICE.encode() + len(nested).to_bytes(4, "big") + nested
    with pytest.raises(ReceiptInvalid) as refused:
        read(framed + b"\0" * 32)
    assert refused.value.reason == "not_from_centre"


def test_garbage_never_escapes_as_another_error() -> None:
    rng = random.Random(11)
    for data in [b"", MAGIC, b"LURING-BUNDLE-2\n" + b"x" * 100]:
        with pytest.raises(ReceiptInvalid):
            read(data)
    for _ in range(200):
        with pytest.raises(ReceiptInvalid):
            read(MAGIC + bytes(rng.randrange(256) for _ in range(rng.randrange(0, 200))))

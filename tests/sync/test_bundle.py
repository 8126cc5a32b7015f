"""The hand-over bundle file format 2: signed parts, each verifiable on its own, checked before they are parsed."""

from __future__ import annotations

import hashlib
import random
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.bundle import (
    MAGIC,
    BundleInvalid,
    BundleTooLarge,
    SealedAttachment,
    device_of,
    read_part,
    write_bundle,
    write_parts,
)
from sync.protocol import SealedItem
from sync.sealing import canonical_json
from sync.signing import DeviceKey

KEY = DeviceKey.generate()
PUBLIC = KEY.public_bytes()
DEVICE = str(uuid.uuid4())
ITEMS = [SealedItem(str(uuid.uuid4()), 1, b"sealed-%d" % i) for i in range(3)]
ATTACHMENTS = [SealedAttachment("ab" * 32, b"sealed-photo")]


def test_round_trip_and_signature() -> None:
    data = write_bundle(KEY, DEVICE, ITEMS, ATTACHMENTS, created=1_700_000_000)
    assert data.startswith(MAGIC) and device_of(data) == DEVICE
    part = read_part(data, PUBLIC)
    assert (part.device_id, part.created, part.part, part.parts) == (DEVICE, 1_700_000_000, 1, 1)
    assert list(part.items) == ITEMS and list(part.attachments) == ATTACHMENTS
    assert part.sha256 == hashlib.sha256(data).hexdigest()
    with pytest.raises(BundleInvalid, match="signature"):
        read_part(data, DeviceKey.generate().public_bytes())


def test_the_same_content_gives_the_same_bytes() -> None:
    bundle_id = str(uuid.uuid4())
    first = write_parts(KEY, DEVICE, ITEMS, created=1, bundle_id=bundle_id)
    assert first == write_parts(KEY, DEVICE, ITEMS, created=1, bundle_id=bundle_id)


def test_a_large_bundle_is_written_as_numbered_parts_each_within_the_limit() -> None:
    items = [SealedItem(str(uuid.uuid4()), 1, bytes([i % 256]) * 1500) for i in range(40)]
    documents = [SealedAttachment(hashlib.sha256(b"%d" % i).hexdigest(), b"d" * 3000) for i in range(5)]
    parts = write_parts(KEY, DEVICE, items, documents, max_bytes=10_000)
    assert len(parts) > 5 and all(len(p) <= 10_000 for p in parts)
    read = [read_part(p, PUBLIC) for p in reversed(parts)]  # any order: each part stands alone
    assert {p.bundle_id for p in read} == {read[0].bundle_id}
    assert sorted(p.part for p in read) == list(range(1, len(parts) + 1))
    assert {p.parts for p in read} == {len(parts)}
    assert sorted(i.record_id for p in read for i in p.items) == sorted(i.record_id for i in items)
    assert sorted(a.sha256 for p in read for a in p.attachments) == sorted(a.sha256 for a in documents)
    with pytest.raises(BundleTooLarge):
        write_bundle(KEY, DEVICE, items, documents, max_bytes=10_000)


def test_an_entry_larger_than_a_part_is_refused_before_anything_is_written() -> None:
    with pytest.raises(BundleTooLarge):
        write_parts(KEY, DEVICE, [SealedItem(str(uuid.uuid4()), 1, b"s" * 9000)], max_bytes=8000)
    with pytest.raises(BundleTooLarge):
        write_parts(KEY, DEVICE, ITEMS, max_bytes=100)


def test_an_empty_bundle_is_one_empty_part() -> None:
    (only,) = write_parts(KEY, DEVICE, [])
    assert read_part(only, PUBLIC).items == ()


@given(st.integers(min_value=0), st.integers(min_value=1, max_value=255))
def test_any_flipped_byte_is_refused(position: int, flip: int) -> None:
    data = write_bundle(KEY, DEVICE, ITEMS, ATTACHMENTS, created=1)
    index = position % len(data)
    damaged = data[:index] + bytes([data[index] ^ flip]) + data[index + 1 :]
    with pytest.raises(BundleInvalid):
        read_part(damaged, PUBLIC)


@given(st.integers(min_value=0))
def test_any_truncation_is_refused(cut: int) -> None:
    data = write_bundle(KEY, DEVICE, ITEMS, ATTACHMENTS, created=1)
    with pytest.raises(BundleInvalid):
        read_part(data[: cut % len(data)], PUBLIC)


@pytest.mark.parametrize("data", [b"", MAGIC, MAGIC + b"\x00" + b"x" * 80, MAGIC + b"\x40" + b"x" * 80,
                                  MAGIC + b"\x05a b c" + b"x" * 80, b"LURING-BUNDLE-1\n" + b"x" * 100, b"x" * 200])
def test_garbage_is_not_a_bundle(data: bytes) -> None:
    with pytest.raises(BundleInvalid):
        read_part(data, PUBLIC)


def _signed(header: bytes, body: bytes, key: DeviceKey = KEY, device: str = DEVICE) -> bytes:
    signed = MAGIC + bytes([len(device)]) + device.encode() + len(header).to_bytes(4, "big") + header + body
    return signed + key.sign(signed)


def _header(body: bytes, **changes: object) -> bytes:
    fields: dict[str, object] = {"format": 2, "device_id": DEVICE, "bundle_id": str(uuid.uuid4()), "part": 1,
                                 "parts": 1, "created": 1, "item_count": 0, "attachment_count": 0,
                                 "body_sha256": hashlib.sha256(body).hexdigest()}
    fields.update(changes)
    return canonical_json({k: v for k, v in fields.items() if v is not None})


EMPTY = b'{"attachments":[],"items":[]}'


@pytest.mark.parametrize(("changes", "reason"), [
    ({"format": 1}, "format"), ({"device_id": "someone-else"}, "header"), ({"bundle_id": "not-a-uuid"}, "header"),
    ({"part": 0}, "part_number"), ({"part": 3, "parts": 2}, "part_number"), ({"parts": True}, "part_number"),
    ({"item_count": 1}, "count"), ({"body_sha256": "00" * 32}, "body_hash"), ({"created": None}, "header"),
    ({"extra": 1}, "header"),
])
def test_signed_but_wrong_headers_are_refused_with_their_reason(changes: dict[str, object], reason: str) -> None:
    with pytest.raises(BundleInvalid) as refused:
        read_part(_signed(_header(EMPTY, **changes), EMPTY), PUBLIC)
    assert refused.value.reason == reason


@pytest.mark.parametrize("body", [b"[]", b'{"items":[]}', b'{"items":{},"attachments":[]}', b"\xff\xfe",
                                  b"[" * 100_000 + b"]" * 100_000,
                                  b'{"attachments":[],"items":[{"record_id":"x","version":1,"sealed":"AA=="}]}',
                                  b'{"attachments":[{"sha256":"zz","sealed":"AA=="}],"items":[]}'])
def test_signed_but_malformed_bodies_are_refused(body: bytes) -> None:
    with pytest.raises(BundleInvalid):
        read_part(_signed(_header(body), body), PUBLIC)


def test_the_signature_is_checked_before_any_json_is_parsed() -> None:
    # Header and body that the parser would choke on: a forged signature is what is reported, so they were not read.
    nested = b"[" * 100_000 + b"]" * 100_000
    forged = _signed(b"{" * 3000, nested, key=DeviceKey.generate())
    with pytest.raises(BundleInvalid) as refused:
        read_part(forged, PUBLIC)
    assert refused.value.reason == "signature"
    with pytest.raises(BundleInvalid) as genuine:
        read_part(_signed(b"{" * 3000, nested), PUBLIC)
    assert genuine.value.reason == "header"


def test_random_bytes_after_the_magic_never_escape_as_another_error() -> None:
    rng = random.Random(7)
    for _ in range(300):
        data = MAGIC + bytes(rng.randrange(256) for _ in range(rng.randrange(0, 300)))
        with pytest.raises(BundleInvalid):
            read_part(data, PUBLIC)

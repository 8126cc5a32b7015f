"""The hand-over bundle file format v1."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.bundle import MAGIC, BundleInvalid, BundleTooLarge, SealedAttachment, read_bundle, write_bundle
from sync.protocol import SealedItem
from sync.signing import DeviceKey

KEY = DeviceKey.generate()
DEVICE = str(uuid.uuid4())
ITEMS = [SealedItem(str(uuid.uuid4()), 1, b"sealed-%d" % i) for i in range(3)]
ATTACHMENTS = [SealedAttachment("ab" * 32, b"sealed-photo")]


def test_round_trip_and_signature() -> None:
    data = write_bundle(KEY, DEVICE, ITEMS, ATTACHMENTS, created=1_700_000_000)
    assert data.startswith(MAGIC)
    bundle = read_bundle(data)
    assert (bundle.device_id, bundle.created) == (DEVICE, 1_700_000_000)
    assert list(bundle.items) == ITEMS and list(bundle.attachments) == ATTACHMENTS
    assert bundle.verify(KEY.public_bytes())
    assert not bundle.verify(DeviceKey.generate().public_bytes())


def test_the_same_content_gives_the_same_bytes() -> None:
    assert write_bundle(KEY, DEVICE, ITEMS, created=1) == write_bundle(KEY, DEVICE, ITEMS, created=1)


@given(st.integers(min_value=0), st.integers(min_value=1, max_value=255))
def test_any_flipped_byte_is_caught(position: int, flip: int) -> None:
    data = write_bundle(KEY, DEVICE, ITEMS, ATTACHMENTS, created=1)
    index = position % len(data)
    damaged = data[:index] + bytes([data[index] ^ flip]) + data[index + 1 :]
    try:
        bundle = read_bundle(damaged)
    except BundleInvalid:
        return
    assert not bundle.verify(KEY.public_bytes())


@pytest.mark.parametrize("data", [b"", MAGIC, MAGIC + b"\xff\xff\xff\xff" + b"x" * 80, b"x" * 200])
def test_garbage_is_not_a_bundle(data: bytes) -> None:
    with pytest.raises(BundleInvalid):
        read_bundle(data)


def test_count_must_match() -> None:
    data = write_bundle(KEY, DEVICE, ITEMS, created=1)
    forged = data.replace(b'"item_count":3', b'"item_count":2')
    with pytest.raises(BundleInvalid, match="count"):
        read_bundle(forged)


def test_a_bundle_larger_than_the_contract_allows_is_not_written() -> None:
    key = DeviceKey.generate()
    items = [SealedItem(str(uuid.uuid4()), 1, b"s" * 1000) for _ in range(10)]
    assert len(write_bundle(key, "device-1", items, max_bytes=20_000)) <= 20_000
    with pytest.raises(BundleTooLarge):
        write_bundle(key, "device-1", items, max_bytes=10_000)

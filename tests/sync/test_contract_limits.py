"""`sync.protocol` mirrors the document's limits, so the client splits by the same numbers the centre enforces."""

from __future__ import annotations

import uuid

from sync import protocol
from sync.client import batch_bodies
from sync.protocol import SealedItem
from tests.sync.conformance.conftest import body_limits, contract


def test_protocol_limits_are_the_documents() -> None:
    limits = body_limits()
    assert limits[("POST", "/v1/registrations")] == protocol.DEFAULT_BATCH_BYTES
    assert limits[("PUT", "/v1/attachments/{sha256}")] == protocol.DEFAULT_BATCH_BYTES
    assert limits[("POST", "/v1/bundles")] == protocol.DEFAULT_BUNDLE_BYTES
    assert limits[("POST", "/v1/enrol")] == limits[("POST", "/v1/checkpoints")] == protocol.DEFAULT_SMALL_BYTES
    schemas = contract()["components"]["schemas"]
    assert schemas["BatchRequest"]["properties"]["items"]["maxItems"] == protocol.MAX_BATCH_ITEMS
    assert schemas["SealedItem"]["properties"]["sealed"]["maxLength"] == protocol.MAX_SEALED_RECORD_B64
    # The largest item fits a batch on its own, so splitting by size always works.
    biggest = SealedItem(str(uuid.uuid4()), 2**31 - 1, b"x" * protocol.MAX_SEALED_RECORD, 2**31 - 2)
    (body,) = batch_bodies([biggest], protocol.DEFAULT_BATCH_BYTES)
    assert len(body) < protocol.DEFAULT_BATCH_BYTES


def test_batches_are_split_by_count_and_by_size() -> None:
    items = [SealedItem(str(uuid.uuid4()), 1, bytes(3000)) for _ in range(1200)]
    by_count = batch_bodies(items, 10**9)
    assert [body.count(b"record_id") for body in by_count] == [500, 500, 200]
    by_size = batch_bodies(items, 100_000)
    assert all(len(body) <= 100_000 for body in by_size) and sum(b.count(b"record_id") for b in by_size) == 1200
    assert batch_bodies(items[:1], 10) == batch_bodies(items[:1], 10**9)  # an oversized item goes alone

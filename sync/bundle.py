"""The hand-over bundle file (format v1): a device's outbox on a USB stick.

Layout, all of it signed by the device's Ed25519 key:

    MAGIC (16 bytes)  b"LURING-BUNDLE-1\\n"
    header length     4 bytes, big-endian
    header            canonical JSON: format, device_id, created (unix s),
                      item_count, attachment_count, body_sha256 (hex)
    body              canonical JSON: {"items": [SealedItem...],
                      "attachments": [{"sha256", "sealed"}...]}
    signature         64 bytes, Ed25519 over every byte before it

Items are sealed exactly as in a batch upload, so importing a bundle gives
the same per-item results as sending its items, and importing it twice
stores nothing new.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from typing import Any

from sync import protocol
from sync.protocol import SealedItem
from sync.sealing import canonical_json
from sync.signing import DeviceKey, verify_signature

MAGIC = b"LURING-BUNDLE-1\n"
FORMAT = 1
_SIG_LEN = 64
_MAX_HEADER = 4096
MAX_ITEMS = 100_000


class BundleInvalid(ValueError):
    """Not a bundle, a damaged one, or one whose signature does not hold."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BundleTooLarge(ValueError):
    """More than one bundle may hold (the contract's limit): make several smaller bundles."""


@dataclass(frozen=True)
class SealedAttachment:
    sha256: str
    sealed: bytes


@dataclass(frozen=True)
class Bundle:
    device_id: str
    created: int
    items: tuple[SealedItem, ...]
    attachments: tuple[SealedAttachment, ...]
    signed_part: bytes
    signature: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.signed_part + self.signature).hexdigest()

    def verify(self, device_public_key: bytes) -> bool:
        return verify_signature(device_public_key, self.signature, self.signed_part)


def write_bundle(
    key: DeviceKey,
    device_id: str,
    items: list[SealedItem],
    attachments: list[SealedAttachment] | None = None,
    *,
    created: int | None = None,
    max_bytes: int = protocol.DEFAULT_BUNDLE_BYTES,
) -> bytes:
    attachments = attachments or []
    body = canonical_json(
        {
            "items": [item.to_json() for item in items],
            "attachments": [{"sha256": a.sha256, "sealed": protocol.b64encode(a.sealed)} for a in attachments],
        }
    )
    header = canonical_json(
        {
            "format": FORMAT,
            "device_id": device_id,
            "created": int(time.time()) if created is None else created,
            "item_count": len(items),
            "attachment_count": len(attachments),
            "body_sha256": hashlib.sha256(body).hexdigest(),
        }
    )
    signed = MAGIC + len(header).to_bytes(4, "big") + header + body
    if len(signed) + _SIG_LEN > max_bytes:
        raise BundleTooLarge(f"{len(signed) + _SIG_LEN} bytes; a bundle holds at most {max_bytes}")
    return signed + key.sign(signed)


def read_bundle(data: bytes) -> Bundle:
    """Parse and check structure and body hash; the caller checks `verify(...)` with the device's key."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4 + _SIG_LEN:
        raise BundleInvalid("not_a_bundle")
    signed, signature = data[:-_SIG_LEN], data[-_SIG_LEN:]
    header_len = int.from_bytes(signed[len(MAGIC) : len(MAGIC) + 4], "big")
    start = len(MAGIC) + 4
    if header_len > _MAX_HEADER or start + header_len > len(signed):
        raise BundleInvalid("header")
    header = _json(signed[start : start + header_len], "header")
    body_bytes = signed[start + header_len :]
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BundleInvalid("format")
    device_id, created = header.get("device_id"), header.get("created")
    if not isinstance(device_id, str) or len(device_id) > 64 or not isinstance(created, int):
        raise BundleInvalid("header")
    if header.get("body_sha256") != hashlib.sha256(body_bytes).hexdigest():
        raise BundleInvalid("body_hash")
    body = _json(body_bytes, "body")
    if not isinstance(body, dict) or not isinstance(body.get("items"), list):
        raise BundleInvalid("body")
    raw_attachments = body.get("attachments", [])
    if not isinstance(raw_attachments, list) or len(body["items"]) > MAX_ITEMS:
        raise BundleInvalid("body")
    if header.get("item_count") != len(body["items"]) or header.get("attachment_count") != len(raw_attachments):
        raise BundleInvalid("count")
    try:
        items = tuple(SealedItem.from_json(raw) for raw in body["items"])
        attachments = tuple(_attachment(raw) for raw in raw_attachments)
    except ValueError as exc:
        raise BundleInvalid("item") from exc
    return Bundle(device_id, created, items, attachments, signed, signature)


def _attachment(raw: object) -> SealedAttachment:
    if not isinstance(raw, dict) or set(raw) != {"sha256", "sealed"}:
        raise ValueError("attachment")
    digest, sealed = raw["sha256"], raw["sealed"]
    if not isinstance(digest, str) or not protocol.SHA256_HEX.match(digest) or not isinstance(sealed, str):
        raise ValueError("attachment")
    return SealedAttachment(digest, protocol.b64decode(sealed))


def _json(raw: bytes, part: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # deep nesting exhausts the parser's stack
        raise BundleInvalid(part) from exc

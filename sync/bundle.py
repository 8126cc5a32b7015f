"""The hand-over bundle file (format 2): a device's outbox on a USB stick, in numbered parts.

A bundle is one or more part files, each signed on its own by the device's
Ed25519 key, each importable alone and in any order. A part's layout:

    MAGIC (16 bytes)  b"LURING-BUNDLE-2\\n"
    device id length  1 byte, then the device id (ASCII, 1 to 64 of [A-Za-z0-9_-])
    header length     4 bytes, big-endian
    header            canonical JSON: format, device_id, bundle_id, part, parts, created,
                      item_count, attachment_count, body_sha256 (hex)
    body              canonical JSON: {"items": [SealedItem...], "attachments": [{"sha256", "sealed"}...]}
    signature         64 bytes, Ed25519 over every byte before it

The device id sits in a fixed place before any JSON, so a reader finds the
device's key and checks the signature before it parses a byte of header or
body: nobody without the key can make the reader parse anything.

Items are sealed exactly as in a batch upload (the frozen bytes), so importing
a part gives the same per-item results as sending its items, and importing it
twice stores nothing new. Documents are sealed for the centre as well: the
file reveals nothing without the centre's key.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import uuid
from dataclasses import dataclass
from typing import Any

from sync import protocol
from sync.protocol import SealedItem
from sync.sealing import canonical_json
from sync.signing import DeviceKey, verify_signature

MAGIC = b"LURING-BUNDLE-2\n"
FORMAT = 2
SIGNATURE_BYTES = 64
MAX_HEADER = 4096
MAX_ITEMS = 100_000
MAX_PARTS = 10_000
MIN_PART_BYTES = 4096  # below this no part could hold a header and a sealed record
_DEVICE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HEADER_KEYS = {"format", "device_id", "bundle_id", "part", "parts", "created", "item_count", "attachment_count",
                "body_sha256"}
_HEADER_RESERVE = 512  # room for the header JSON, whose numbers are known only once the parts are counted


class BundleInvalid(ValueError):
    """Not a bundle part, a damaged one, or one whose signature does not hold; `reason` is a stable code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BundleTooLarge(ValueError):
    """One record or document is larger than a part may be: ask for larger parts."""


@dataclass(frozen=True)
class SealedAttachment:
    sha256: str
    sealed: bytes


@dataclass(frozen=True)
class BundlePart:
    """One verified part: its signature held against the originating device's key before it was parsed."""

    device_id: str
    bundle_id: str
    part: int
    parts: int
    created: int
    items: tuple[SealedItem, ...]
    attachments: tuple[SealedAttachment, ...]
    sha256: str  # of the whole part file: what the centre and the hand-over log know it by


def write_parts(
    key: DeviceKey,
    device_id: str,
    items: list[SealedItem],
    attachments: list[SealedAttachment] | None = None,
    *,
    bundle_id: str | None = None,
    created: int | None = None,
    max_bytes: int = protocol.DEFAULT_BUNDLE_BYTES,
) -> list[bytes]:
    """The bundle as signed parts of at most `max_bytes` each (always at least one part)."""
    if not _DEVICE_ID.match(device_id):
        raise ValueError("device id")
    if max_bytes < MIN_PART_BYTES:
        raise BundleTooLarge(f"a part holds at least {MIN_PART_BYTES} bytes")
    bundle_id = bundle_id or str(uuid.uuid4())
    created = int(time.time()) if created is None else created
    entries = [("items", item.to_json()) for item in items]
    entries += [("attachments", {"sha256": a.sha256, "sealed": protocol.b64encode(a.sealed)})
                for a in attachments or []]
    groups = _pack(entries, max_bytes - _overhead(device_id))
    if len(groups) > MAX_PARTS:
        raise BundleTooLarge(f"{len(groups)} parts; a bundle has at most {MAX_PARTS}")
    return [_part(key, device_id, bundle_id, number, len(groups), created, group, max_bytes)
            for number, group in enumerate(groups, start=1)]


def write_bundle(
    key: DeviceKey,
    device_id: str,
    items: list[SealedItem],
    attachments: list[SealedAttachment] | None = None,
    *,
    created: int | None = None,
    max_bytes: int = protocol.DEFAULT_BUNDLE_BYTES,
) -> bytes:
    """A bundle of exactly one part; `BundleTooLarge` when it would need more."""
    parts = write_parts(key, device_id, items, attachments, created=created, max_bytes=max_bytes)
    if len(parts) != 1:
        raise BundleTooLarge(f"{len(parts)} parts of at most {max_bytes} bytes")
    return parts[0]


def device_of(data: bytes) -> str:
    """The originating device's id, read from the fixed place before any JSON (nothing is parsed)."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 1 + 4 + SIGNATURE_BYTES:
        raise BundleInvalid("not_a_bundle")
    length = data[len(MAGIC)]
    raw = data[len(MAGIC) + 1 : len(MAGIC) + 1 + length]
    text = raw.decode("ascii", errors="replace")
    if len(raw) != length or not _DEVICE_ID.match(text):
        raise BundleInvalid("device_id")
    return text


def read_part(data: bytes, device_public_key: bytes) -> BundlePart:
    """Check the signature with the originating device's key, then parse and check the header and body."""
    device_id = device_of(data)
    signed, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    if not verify_signature(device_public_key, signature, signed):
        raise BundleInvalid("signature")
    start = len(MAGIC) + 1 + len(device_id)
    header_len = int.from_bytes(signed[start : start + 4], "big")
    start += 4
    if header_len > MAX_HEADER or start + header_len > len(signed):
        raise BundleInvalid("header")
    header = _json(signed[start : start + header_len], "header")
    body_bytes = signed[start + header_len :]
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BundleInvalid("format")
    if set(header) != _HEADER_KEYS or header["device_id"] != device_id:
        raise BundleInvalid("header")
    bundle_id, part, parts, created = header["bundle_id"], header["part"], header["parts"], header["created"]
    if not isinstance(bundle_id, str) or not _UUID.match(bundle_id) or not _is_int(created):
        raise BundleInvalid("header")
    if not (_is_int(part) and _is_int(parts) and 1 <= part <= parts <= MAX_PARTS):
        raise BundleInvalid("part_number")
    if header["body_sha256"] != hashlib.sha256(body_bytes).hexdigest():
        raise BundleInvalid("body_hash")
    body = _json(body_bytes, "body")
    if not isinstance(body, dict) or set(body) != {"items", "attachments"}:
        raise BundleInvalid("body")
    raw_items, raw_attachments = body["items"], body["attachments"]
    if not isinstance(raw_items, list) or not isinstance(raw_attachments, list) or len(raw_items) > MAX_ITEMS:
        raise BundleInvalid("body")
    if header["item_count"] != len(raw_items) or header["attachment_count"] != len(raw_attachments):
        raise BundleInvalid("count")
    try:
        items = tuple(SealedItem.from_json(raw) for raw in raw_items)
        attachments = tuple(_attachment(raw) for raw in raw_attachments)
    except ValueError as exc:
        raise BundleInvalid("item") from exc
    return BundlePart(device_id, bundle_id, part, parts, created, items, attachments,
                      hashlib.sha256(data).hexdigest())


def _overhead(device_id: str) -> int:
    empty_body = len(canonical_json({"attachments": [], "items": []}))
    return len(MAGIC) + 1 + len(device_id) + 4 + _HEADER_RESERVE + empty_body + SIGNATURE_BYTES


def _pack(entries: list[tuple[str, dict[str, Any]]], budget: int) -> list[list[tuple[str, dict[str, Any]]]]:
    """Entries in order into groups whose JSON fits `budget` (each entry counted with its comma)."""
    groups: list[list[tuple[str, dict[str, Any]]]] = [[]]
    used = 0
    for entry in entries:
        size = len(canonical_json(entry[1])) + 1
        if size > budget:
            raise BundleTooLarge(f"one entry of {size} bytes does not fit a part of this size")
        if used + size > budget:
            groups.append([])
            used = 0
        groups[-1].append(entry)
        used += size
    return groups


def _part(key: DeviceKey, device_id: str, bundle_id: str, number: int, parts: int, created: int,
          group: list[tuple[str, dict[str, Any]]], max_bytes: int) -> bytes:
    items = [raw for kind, raw in group if kind == "items"]
    attachments = [raw for kind, raw in group if kind == "attachments"]
    body = canonical_json({"items": items, "attachments": attachments})
    header = canonical_json({"format": FORMAT, "device_id": device_id, "bundle_id": bundle_id, "part": number,
                             "parts": parts, "created": created, "item_count": len(items),
                             "attachment_count": len(attachments),
                             "body_sha256": hashlib.sha256(body).hexdigest()})
    signed = MAGIC + bytes([len(device_id)]) + device_id.encode("ascii") + len(header).to_bytes(4, "big") \
        + header + body
    if len(signed) + SIGNATURE_BYTES > max_bytes:  # the reserve was too small: a bug, never a silent oversize part
        raise BundleTooLarge(f"part {number}: {len(signed) + SIGNATURE_BYTES} bytes")
    return signed + key.sign(signed)


def _attachment(raw: object) -> SealedAttachment:
    if not isinstance(raw, dict) or set(raw) != {"sha256", "sealed"}:
        raise ValueError("attachment")
    digest, sealed = raw["sha256"], raw["sealed"]
    if not isinstance(digest, str) or not protocol.SHA256_HEX.match(digest) or not isinstance(sealed, str):
        raise ValueError("attachment")
    return SealedAttachment(digest, protocol.b64decode(sealed))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**62


def _json(raw: bytes, part: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # deep nesting exhausts the parser's stack
        raise BundleInvalid(part) from exc

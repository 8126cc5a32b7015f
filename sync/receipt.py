"""The receipt file: the centre's answers for one device, carried back to it on a USB stick.

    MAGIC (16 bytes)  b"LURING-RECEIPT1\\n"
    device id length  1 byte, then the device id it is for (ASCII)
    body length       4 bytes, big-endian
    body              canonical JSON: format, device_id, receipt_id, issued (unix s), results
                      (per-item results, as a batch answer), decisions (as a decision page), next_cursor, more
    tag               32 bytes, HMAC-SHA256 over every byte before it

The tag is the centre's: its key is derived (HKDF) from the X25519 secret the
centre's key shares with the device's key, the very keys enrolment exchanged.
The device already holds the centre's public key and its own Ed25519 key, so
it needs nothing new; a carrier, another device or another centre cannot make
a tag that holds, and a receipt for another device does not open on this one.
The device's X25519 half is its Ed25519 key read as Curve25519 (the mapping
libsodium and age use), so no second device key had to be enrolled. Unlike a
signature, only the device itself can check the tag: a receipt proves the
centre's answers to the device, which is whom it is for. The tag is checked
before the body is parsed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync import answers
from sync.errors import CentralUnavailable
from sync.protocol import SHA256_HEX
from sync.sealing import canonical_json

MAGIC = b"LURING-RECEIPT1\n"
FORMAT = 1
TAG_BYTES = 32
MAX_RECEIPT_BYTES = 64 * 1024 * 1024
_DEVICE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_P = 2**255 - 19
_BODY_KEYS = {"format", "device_id", "receipt_id", "issued", "results", "decisions", "next_cursor", "more"}


class ReceiptInvalid(ValueError):
    """Not a receipt, a damaged one, one for another device, or one the centre did not make; `reason` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Receipt:
    device_id: str
    receipt_id: str
    issued: int
    results: tuple[answers.ItemResult, ...]
    sealed_sha256: tuple[str, ...]  # for each result: the SHA-256 of the sealed bytes it judged
    decisions: tuple[answers.Decision, ...]
    next_cursor: str
    sha256: str  # of the whole file


def device_x25519_public(device_ed25519_public: bytes) -> bytes:
    """The X25519 public key of a device's Ed25519 key (Edwards y to Montgomery u = (1 + y) / (1 - y))."""
    if len(device_ed25519_public) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    y = int.from_bytes(device_ed25519_public, "little") & ((1 << 255) - 1)
    if y >= _P or y == 1:
        raise ValueError("not a usable Ed25519 public key")
    u = (1 + y) * pow(1 - y, -1, _P) % _P
    return u.to_bytes(32, "little")


def device_x25519_private(device_ed25519_seed: bytes) -> X25519PrivateKey:
    """The X25519 private key of a device's Ed25519 key: the secret scalar Ed25519 derives from its seed."""
    if len(device_ed25519_seed) != 32:
        raise ValueError("an Ed25519 private key is 32 bytes")
    return X25519PrivateKey.from_private_bytes(hashlib.sha512(device_ed25519_seed).digest()[:32])


def write_receipt(centre_key: X25519PrivateKey, device_id: str, device_public_key: bytes, body: dict[str, Any]
                  ) -> bytes:
    """A receipt for `device_id` with `body` (results, decisions, next_cursor, more, receipt_id, issued)."""
    if not _DEVICE_ID.match(device_id):
        raise ValueError("device id")
    shared = centre_key.exchange(X25519PublicKey.from_public_bytes(device_x25519_public(device_public_key)))
    content = canonical_json({**body, "format": FORMAT, "device_id": device_id})
    signed = MAGIC + bytes([len(device_id)]) + device_id.encode("ascii") + len(content).to_bytes(4, "big") + content
    return signed + hmac.digest(_tag_key(shared, device_id), signed, "sha256")


def read_receipt(data: bytes, device_id: str, device_private_key: bytes, centre_public_key: bytes) -> Receipt:
    """Check the receipt is for this device and tagged by its centre, then parse it strictly."""
    if not data.startswith(MAGIC) or not len(MAGIC) + 1 + 4 + TAG_BYTES <= len(data) <= MAX_RECEIPT_BYTES:
        raise ReceiptInvalid("not_a_receipt")
    length = data[len(MAGIC)]
    named = data[len(MAGIC) + 1 : len(MAGIC) + 1 + length].decode("ascii", errors="replace")
    if named != device_id:
        raise ReceiptInvalid("other_device")
    signed, tag = data[:-TAG_BYTES], data[-TAG_BYTES:]
    try:
        shared = device_x25519_private(device_private_key).exchange(
            X25519PublicKey.from_public_bytes(centre_public_key))
    except ValueError as exc:  # a centre key that is no usable X25519 key
        raise ReceiptInvalid("not_from_centre") from exc
    if not hmac.compare_digest(tag, hmac.digest(_tag_key(shared, device_id), signed, "sha256")):
        raise ReceiptInvalid("not_from_centre")
    start = len(MAGIC) + 1 + length
    body_len = int.from_bytes(signed[start : start + 4], "big")
    if start + 4 + body_len != len(signed):
        raise ReceiptInvalid("length")
    try:
        body = json.loads(signed[start + 4 :].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ReceiptInvalid("body") from exc
    if not isinstance(body, dict) or set(body) != _BODY_KEYS or body["format"] != FORMAT \
            or body["device_id"] != device_id:
        raise ReceiptInvalid("body")
    receipt_id, issued = body["receipt_id"], body["issued"]
    if not isinstance(receipt_id, str) or not 1 <= len(receipt_id) <= 64 or not isinstance(issued, int):
        raise ReceiptInvalid("body")
    try:
        results = answers.read("receipt", answers.results, body)
        page = answers.read("receipt", answers.decision_page, body)
    except CentralUnavailable as exc:
        raise ReceiptInvalid("body") from exc
    digests = tuple(raw.get("sealed_sha256") for raw in body["results"])
    if not all(isinstance(d, str) and SHA256_HEX.match(d) for d in digests):
        raise ReceiptInvalid("body")
    return Receipt(device_id, receipt_id, issued, tuple(results), tuple(str(d) for d in digests),
                   tuple(page.decisions), page.next_cursor, hashlib.sha256(data).hexdigest())


def _tag_key(shared: bytes, device_id: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=f"luring-receipt-v1|{device_id}".encode()).derive(shared)

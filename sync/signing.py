"""Ed25519 device keys and signed requests.

A device signs each request over method, Host, path with query, Content-Type,
device id, a strictly increasing sequence number, creation time, a random
nonce and the body's RFC 9530 digest (see `protocol.signature_base`). The server side uses
`verify_signature`; replay, nonce and sequence checks need its database.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync import protocol


class DeviceKey:
    """A device's Ed25519 signing key."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key

    @classmethod
    def generate(cls) -> DeviceKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, raw: bytes) -> DeviceKey:
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    def private_bytes(self) -> bytes:
        return self._key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )

    def public_bytes(self) -> bytes:
        return self._key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def public_b64(self) -> str:
        return protocol.b64encode(self.public_bytes())

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data)


def verify_signature(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


class SequenceCounter:
    """Strictly increasing sequence numbers that survive restarts without storage.

    Starts from `clock` (unix seconds; the wall clock by default) in
    microseconds, so a restarted client is still ahead of its last number
    unless the clock went back; a clock corrected by the server's time keeps
    that true on a device whose own clock is wrong. `floor` lets the caller
    resume from a persisted value as well.
    """

    def __init__(self, floor: int = 0, clock: Callable[[], float] = time.time) -> None:
        self._last = floor
        self._clock = clock
        self._lock = threading.Lock()

    def __call__(self) -> int:
        with self._lock:
            self._last = max(self._last + 1, int(self._clock() * 1_000_000))
            return self._last

    @property
    def last(self) -> int:
        return self._last


@dataclass(frozen=True)
class SignedHeaders:
    device_id: str
    seq: int
    created: int
    nonce: str
    digest: str
    signature: str

    def as_dict(self) -> dict[str, str]:
        return {
            protocol.DEVICE_HEADER: self.device_id,
            protocol.SEQ_HEADER: str(self.seq),
            protocol.CREATED_HEADER: str(self.created),
            protocol.NONCE_HEADER: self.nonce,
            protocol.DIGEST_HEADER: self.digest,
            protocol.SIGNATURE_HEADER: self.signature,
        }


def sign_request(
    key: DeviceKey,
    device_id: str,
    method: str,
    path: str,
    body: bytes,
    *,
    seq: int,
    host: str,
    content_type: str = "",
    created: int | None = None,
    nonce: str | None = None,
) -> SignedHeaders:
    """Headers for one request; `path` is the path with its query string, `host` and `content_type` the Host and
    Content-Type headers, all exactly as sent (`protocol.host_header(url)` gives the Host for a URL)."""
    created = int(time.time()) if created is None else created
    nonce = nonce or secrets.token_urlsafe(protocol.NONCE_BYTES)
    digest = protocol.content_digest(body)
    base = protocol.signature_base(method, path, device_id, seq, created, nonce, digest, host=host,
                                   content_type=content_type)
    return SignedHeaders(device_id, seq, created, nonce, digest, protocol.b64encode(key.sign(base)))

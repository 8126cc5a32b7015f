"""HPKE seals of records and attachments to the centre's X25519 key (RFC 9180).

The record id, version and device id go into the HPKE `info`, so a seal
copied onto another record, version or device does not open. The sealed
bytes are what the device freezes and sends again on retry: their SHA-256 is
the idempotency key at the centre.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from sync import protocol

_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_ENC_LEN = 32
_TAG_LEN = 16


class SealBroken(ValueError):
    """The seal does not open with this key and binding (tampered, truncated or re-targeted)."""


def generate_centre_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def public_key_bytes(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def private_key_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def load_public_key(raw: bytes) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(raw)


def canonical_json(data: Any) -> bytes:
    """Stable JSON bytes: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def seal_record(
    centre_public_key: bytes, record: dict[str, Any], record_id: str, version: int, device_id: str
) -> bytes:
    """Seal the JSON of `Registration.to_dict()` for the centre."""
    info = protocol.record_seal_info(record_id, version, device_id)
    return _SUITE.encrypt(canonical_json(record), load_public_key(centre_public_key), info=info)


def open_record(centre_key: X25519PrivateKey, sealed: bytes, record_id: str, version: int, device_id: str) -> bytes:
    """The plaintext JSON bytes; `SealBroken` if anything was altered or re-targeted."""
    return _open(centre_key, sealed, protocol.record_seal_info(record_id, version, device_id))


def seal_attachment(centre_public_key: bytes, data: bytes, device_id: str) -> tuple[str, bytes]:
    """(sha256 hex of the plaintext, sealed bytes)."""
    digest = hashlib.sha256(data).hexdigest()
    info = protocol.attachment_seal_info(digest, device_id)
    return digest, _SUITE.encrypt(data, load_public_key(centre_public_key), info=info)


def open_attachment(centre_key: X25519PrivateKey, sealed: bytes, sha256_hex: str, device_id: str) -> bytes:
    data = _open(centre_key, sealed, protocol.attachment_seal_info(sha256_hex, device_id))
    if hashlib.sha256(data).hexdigest() != sha256_hex:
        raise SealBroken("content hash differs")
    return data


def _open(key: X25519PrivateKey, sealed: bytes, info: bytes) -> bytes:
    if len(sealed) < _ENC_LEN + _TAG_LEN:
        raise SealBroken("too short")
    try:
        return _SUITE.decrypt(sealed, key, info=info)
    except (InvalidTag, ValueError) as exc:
        raise SealBroken("does not open") from exc

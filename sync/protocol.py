"""The wire contract shared by the client and the reference server.

Everything here mirrors `resources/openapi/central-v1.yaml`, which is the
single source of truth: header names, the request signature base, the
per-item outcomes and the stable problem codes. No I/O, no `desktop` imports.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import re
from dataclasses import dataclass
from typing import Any, TypeGuard
from urllib.parse import urlsplit

API_VERSION = "v1"
API_PREFIX = "/v1"
PROBLEM_JSON = "application/problem+json"

# Request signature headers (in the spirit of RFC 9421, kept to plain headers).
DEVICE_HEADER = "X-Luring-Device"
SEQ_HEADER = "X-Luring-Seq"
CREATED_HEADER = "X-Luring-Created"
NONCE_HEADER = "X-Luring-Nonce"
SIGNATURE_HEADER = "X-Luring-Signature"
DIGEST_HEADER = "Content-Digest"  # RFC 9530: sha-256=:<base64>:
SERVER_TIME_HEADER = "X-Server-Time"  # unix seconds, on every response

CLOCK_SKEW_SECONDS = 300
NONCE_BYTES = 16
MAX_SEQ = 2**62

SIGNATURE_LABEL = "luring-request-v2"  # v2: the base covers the Host and Content-Type headers too
ENROL_LABEL = "luring-enrol-v1"

# HPKE suite: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM (RFC 9180 base mode).
HPKE_SUITE_NAME = "DHKEM(X25519,HKDF-SHA256)/HKDF-SHA256/AES-256-GCM"

# Body limits, the document's `x-max-body-bytes`: a batch is at most 500 items and at most 8 MiB.
MAX_BATCH_ITEMS = 500
DEFAULT_BATCH_BYTES = 8 * 1024 * 1024  # batches and sealed documents
DEFAULT_BUNDLE_BYTES = 64 * 1024 * 1024
DEFAULT_SMALL_BYTES = 64 * 1024  # enrolment, checkpoints, signed GETs

SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


class Outcome(enum.StrEnum):
    """Per-item result of a registration upload or bundle import."""

    ACCEPTED = "accepted"
    ALREADY_HAVE = "already_have"  # the same bytes again: success
    CONFLICT = "conflict"  # different bytes for the same record id and version, or another device's record id
    REJECTED = "rejected"


class RejectReason(enum.StrEnum):
    VALIDATION = "validation"
    NIK_REGISTERED = "nik_registered"
    KK_LIMIT = "kk_limit"
    INELIGIBLE = "ineligible"
    SEAL_INVALID = "seal_invalid"
    REPLACES_UNKNOWN = "replaces_unknown"  # a correction naming a version the centre does not have


# The centre judged the record itself: the same bytes will never be accepted, so sending them again is
# pointless. The record is rejected with the reasons at once; the officer corrects it. Other refusals
# (a seal the centre cannot open, a correction of an unknown version, a conflict) may be the device's
# fault or a passing one: they are retried and quarantined if they keep failing.
FINAL_REFUSALS = frozenset({RejectReason.VALIDATION, RejectReason.NIK_REGISTERED, RejectReason.KK_LIMIT,
                            RejectReason.INELIGIBLE})


class Decision(enum.StrEnum):
    VERIFIED = "verified"
    REJECTED = "rejected"
    NEEDS_CORRECTION = "needs_correction"


class ProblemCode(enum.StrEnum):
    """Stable `code` values of problem+json bodies."""

    MALFORMED_JSON = "malformed_json"
    INVALID_REQUEST = "invalid_request"
    BODY_TOO_LARGE = "body_too_large"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    SIGNATURE_MISSING = "signature_missing"
    SIGNATURE_INVALID = "signature_invalid"
    UNKNOWN_DEVICE = "unknown_device"
    DIGEST_MISMATCH = "digest_mismatch"
    STALE_TIME = "stale_time"
    NONCE_REUSED = "nonce_reused"
    SEQUENCE_NOT_INCREASING = "sequence_not_increasing"
    ENROLMENT_CODE_INVALID = "enrolment_code_invalid"
    ENROLMENT_PROOF_INVALID = "enrolment_proof_invalid"
    DEVICE_KEY_ENROLLED = "device_key_already_enrolled"
    ATTACHMENT_HASH_MISMATCH = "attachment_hash_mismatch"
    SEAL_INVALID = "seal_invalid"
    BUNDLE_INVALID = "bundle_invalid"
    CHAIN_NOT_EXTENDED = "chain_not_extended"
    CURSOR_INVALID = "cursor_invalid"
    RATE_LIMITED = "rate_limited"
    UNAVAILABLE = "unavailable"
    INTERNAL = "internal_error"


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode(text: str, *, expected_len: int | None = None) -> bytes:
    """Strict standard base64; raises `ValueError` on anything else."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("not base64") from exc
    if expected_len is not None and len(data) != expected_len:
        raise ValueError("wrong length")
    return data


def content_digest(body: bytes) -> str:
    """RFC 9530 `Content-Digest` value for `body`."""
    return f"sha-256=:{b64encode(hashlib.sha256(body).digest())}:"


def signature_base(
    method: str, path: str, device_id: str, seq: int, created: int, nonce: str, digest: str, *, host: str,
    content_type: str,
) -> bytes:
    """The exact bytes a device signs; `path` includes the query string as sent.

    `host` is the Host header as sent and `content_type` the Content-Type header ("" when there is none), so
    a request moved to another virtual host or relabelled as another media type no longer verifies.
    """
    lines = [
        SIGNATURE_LABEL,
        f"@method: {method.upper()}",
        f"@authority: {host.strip().lower()}",
        f"@path: {path}",
        f"content-type: {content_type.strip()}",
        f"device: {device_id}",
        f"seq: {seq}",
        f"created: {created}",
        f"nonce: {nonce}",
        f"content-digest: {digest}",
    ]
    return "\n".join(lines).encode("utf-8")


def host_header(url: str) -> str:
    """The Host header a request to `url` carries: the host in lower case, its port unless the scheme's default."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    default_port = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return host if parts.port in (None, default_port) else f"{host}:{parts.port}"


def enrol_proof_base(enrolment_code: str, device_public_key: str) -> bytes:
    """What a device signs at enrolment to prove it holds the private key."""
    return f"{ENROL_LABEL}\ncode: {enrolment_code}\nkey: {device_public_key}".encode()


def record_seal_info(record_id: str, version: int, device_id: str) -> bytes:
    """HPKE `info` for a record: a seal moved to another record, version or device fails to open."""
    return f"luring-record-v1|{record_id.lower()}|{version}|{device_id.lower()}".encode()


def attachment_seal_info(sha256_hex: str, device_id: str) -> bytes:
    return f"luring-attachment-v1|{sha256_hex}|{device_id.lower()}".encode()


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MAX_SEALED_RECORD = 256 * 1024  # before base64: one item always fits a batch
MAX_SEALED_RECORD_B64 = -(-MAX_SEALED_RECORD // 3) * 4


@dataclass(frozen=True)
class SealedItem:
    """One sealed record as sent in a batch or a bundle."""

    record_id: str
    version: int
    sealed: bytes
    replaces_version: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "version": self.version,
            "replaces_version": self.replaces_version,
            "sealed": b64encode(self.sealed),
        }

    @classmethod
    def from_json(cls, raw: object) -> SealedItem:
        """Strict parse of untrusted input; `ValueError` names the bad field."""
        if not isinstance(raw, dict) or set(raw) - {"record_id", "version", "replaces_version", "sealed"}:
            raise ValueError("item")
        record_id, version = raw.get("record_id"), raw.get("version")
        replaces, sealed = raw.get("replaces_version"), raw.get("sealed")
        if not isinstance(record_id, str) or not _UUID.match(record_id):
            raise ValueError("record_id")
        if not _is_count(version) or version < 1:
            raise ValueError("version")
        if replaces is not None and (not _is_count(replaces) or not 1 <= replaces < version):
            raise ValueError("replaces_version")
        if version > 1 and replaces is None:
            raise ValueError("replaces_version")
        if not isinstance(sealed, str) or len(sealed) > MAX_SEALED_RECORD_B64:
            raise ValueError("sealed")
        try:
            data = b64decode(sealed)
        except ValueError as exc:
            raise ValueError("sealed") from exc
        return cls(record_id, version, data, replaces)


def _is_count(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31

"""Reading bodies within a limit, and checking a device's signed request.

Order matters: the signature is checked before the nonce and the sequence
number are recorded, so nobody without the device key can burn them.
"""

from __future__ import annotations

import hmac
import json
import time
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.requests import ClientDisconnect, Request

from sync import protocol
from sync.protocol import ProblemCode
from sync.server.models import Device, Nonce, Revocation
from sync.server.problems import Problem
from sync.signing import DeviceKey, verify_signature


async def read_body(request: Request, limit: int) -> bytes:
    """The raw body, refused with 413 as soon as it passes `limit` (never read unbounded)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise Problem(413, ProblemCode.BODY_TOO_LARGE, f"The body is larger than {limit} bytes.")
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise Problem(413, ProblemCode.BODY_TOO_LARGE, f"The body is larger than {limit} bytes.")
            chunks.append(chunk)
    except ClientDisconnect as exc:
        raise Problem(400, ProblemCode.INVALID_REQUEST, "The client disconnected.") from exc
    return b"".join(chunks)


def parse_json_object(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # deep nesting exhausts the parser's stack
        raise Problem(400, ProblemCode.MALFORMED_JSON, "The body is not valid JSON.") from exc
    if not isinstance(data, dict):
        raise Problem(400, ProblemCode.INVALID_REQUEST, "The body must be a JSON object.")
    return data


def require_content_type(request: Request, expected: str) -> None:
    actual = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if actual != expected:
        raise Problem(415, ProblemCode.UNSUPPORTED_MEDIA_TYPE, f"Send the body as {expected}.")


SIGNED_HEADERS = (protocol.DEVICE_HEADER, protocol.SEQ_HEADER, protocol.CREATED_HEADER, protocol.NONCE_HEADER,
                  protocol.DIGEST_HEADER, protocol.SIGNATURE_HEADER)


def signed_path(request: Request) -> str:
    """The path exactly as sent (still percent-encoded) with its query: what the client signed."""
    raw_path = request.scope.get("raw_path")
    path = raw_path.decode("latin-1") if isinstance(raw_path, bytes) else request.url.path
    query = request.scope.get("query_string", b"").decode("latin-1")
    return path + (f"?{query}" if query else "")


_NO_ONES_KEY = DeviceKey.generate().public_bytes()  # its private half is dropped at once


def authenticate(request: Request, body: bytes, session: Session, clock_skew: int) -> Device:
    """The device that signed this request; every failure is a 401 problem with its own code."""
    headers = request.headers
    values = [headers.get(name, "") for name in SIGNED_HEADERS]
    if not all(values):
        raise Problem(401, ProblemCode.SIGNATURE_MISSING, "This request must be signed by an enrolled device.")
    device_id, seq_text, created_text, nonce, digest, signature_text = values
    if not (seq_text.isdigit() and created_text.isdigit() and len(seq_text) < 19 and len(created_text) < 12):
        raise Problem(401, ProblemCode.SIGNATURE_INVALID, "The signature headers are malformed.")
    if len(nonce) > 64 or len(device_id) > 36:
        raise Problem(401, ProblemCode.SIGNATURE_INVALID, "The signature headers are malformed.")
    if not hmac.compare_digest(digest, protocol.content_digest(body)):
        raise Problem(401, ProblemCode.DIGEST_MISMATCH, "The body does not match its Content-Digest.")
    device = session.get(Device, device_id)
    try:
        signature = protocol.b64decode(signature_text, expected_len=64)
    except ValueError as exc:
        raise Problem(401, ProblemCode.SIGNATURE_INVALID, "The signature is malformed.") from exc
    path = signed_path(request)
    seq, created = int(seq_text), int(created_text)
    base = protocol.signature_base(request.method, path, device_id, seq, created, nonce, digest,
                                   host=headers.get("host", ""), content_type=headers.get("content-type", ""))
    # An unknown device is checked against a key no one holds and answered as a bad signature, the same work
    # and the same words: which device ids are enrolled cannot be learnt by asking.
    if not verify_signature(device.public_key if device else _NO_ONES_KEY, signature, base) or device is None:
        raise Problem(401, ProblemCode.SIGNATURE_INVALID, "The signature does not verify for an enrolled device.")
    if session.get(Revocation, device_id) is not None:  # only the key's holder learns it: the signature verified
        raise Problem(401, ProblemCode.UNKNOWN_DEVICE, "This device's enrolment was revoked; enrol it again.")
    now = int(time.time())
    if abs(now - created) > clock_skew:
        raise Problem(401, ProblemCode.STALE_TIME, f"The request time is more than {clock_skew} s from the server's.")
    if session.get(Nonce, (device_id, nonce)) is not None:
        raise Problem(401, ProblemCode.NONCE_REUSED, "This nonce was used before.")
    if seq <= device.last_seq:
        raise Problem(401, ProblemCode.SEQUENCE_NOT_INCREASING, "The sequence number must increase.")
    # A conditional update and the nonce's primary key keep this right under concurrent requests too.
    session.execute(delete(Nonce).where(Nonce.created < now - 2 * clock_skew))
    moved = session.execute(
        update(Device).where(Device.id == device_id, Device.last_seq < seq).values(last_seq=seq)
    )
    if getattr(moved, "rowcount", 0) != 1:
        session.rollback()
        raise Problem(401, ProblemCode.SEQUENCE_NOT_INCREASING, "The sequence number must increase.")
    session.add(Nonce(device_id=device_id, nonce=nonce, created=created))
    try:
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise Problem(401, ProblemCode.NONCE_REUSED, "This nonce was used before.") from exc
    session.refresh(device)
    return device

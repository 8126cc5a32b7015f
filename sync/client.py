"""A small, blocking client for the central API (v1).

The desktop's sync engine calls it from its network pool. Every request but
enrolment and health is signed with the device key. Anything that is not the
contract's JSON (a captive portal's HTML page, a proxy error, a cut
connection) raises `CentralUnavailable`, never counts as success.
"""

from __future__ import annotations

import email.utils
import json
import time
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests
import requests.auth

from sync import answers, protocol, transport
from sync.answers import (
    CheckpointAck,
    Decision,
    DecisionPage,
    Enrolment,
    Health,
    ItemResult,
    RecordStatus,
    ReferenceData,
    VersionStatus,
)
from sync.errors import (
    CentralError,
    CentralRefused,
    CentralUnavailable,
    InvalidCentralUrl,
    PinMismatch,
    TransportRefused,
)
from sync.protocol import SealedItem
from sync.signing import DeviceKey, SequenceCounter, sign_request
from sync.transport import spki_sha256

__all__ = [
    "CentralClient", "CentralError", "CentralRefused", "CentralUnavailable", "CheckpointAck", "Decision",
    "DecisionPage", "Enrolment", "Health", "InvalidCentralUrl", "ItemResult", "PinMismatch", "RecordStatus",
    "ReferenceData", "TransportRefused", "VersionStatus", "spki_sha256",
]


# Refusals a fresh signature can cure: a clock now corrected by the server's time, a new nonce, a higher number.
RESIGN_CODES = frozenset({protocol.ProblemCode.STALE_TIME, protocol.ProblemCode.NONCE_REUSED,
                          protocol.ProblemCode.SEQUENCE_NOT_INCREASING})


class SigningAuth(requests.auth.AuthBase):
    """Signs a prepared request over its exact target, Host, Content-Type and body (usable with any session).

    `clock` gives the signing time in unix seconds: the client passes its own clock corrected by the offset it
    measured from the server, so a desk PC whose clock is hours off is not refused as stale.
    """

    def __init__(self, key: DeviceKey, device_id: str, next_seq: Callable[[], int],
                 clock: Callable[[], float] = time.time) -> None:
        self.key = key
        self.device_id = device_id
        self.next_seq = next_seq
        self.clock = clock

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        if not isinstance(body, bytes):
            raise TypeError("only in-memory bodies can be signed")
        method = request.method or "GET"
        # Sent as signed rather than left to the HTTP library, so what the server sees is what was signed.
        host = protocol.host_header(request.url or "")
        request.headers["Host"] = host
        signature = sign_request(self.key, self.device_id, method, request.path_url, body, seq=self.next_seq(),
                                 host=host, content_type=request.headers.get("Content-Type", ""),
                                 created=int(self.clock()))
        request.headers.update(signature.as_dict())
        return request


class CentralClient:
    """The centre at `base_url` (https; http only on loopback, else `InvalidCentralUrl`).

    `ca_bundle` is the one CA file trusted (default: certifi's bundle, as `requests` uses); `pins`, when given,
    is a set of SHA-256 hex SPKI hashes (`spki_sha256`) of which the server's key must match one: pin the
    current key and at least one backup. Both are checked during the TLS handshake.
    """

    def __init__(
        self,
        base_url: str,
        device_key: DeviceKey,
        device_id: str | None = None,
        *,
        ca_bundle: str | Path | None = None,
        pins: frozenset[str] | set[str] | None = None,
        timeout: float = 30.0,
        next_seq: Callable[[], int] | None = None,
        clock: Callable[[], float] = time.time,
        batch_bytes: int = protocol.DEFAULT_BATCH_BYTES,
    ) -> None:
        self.base_url = transport.check_base_url(base_url)
        self.batch_bytes = batch_bytes
        self.device_key = device_key
        self.device_id = device_id
        self.timeout = timeout
        self._device_clock = clock  # the device's own clock (a parameter so tests can put it hours off)
        self.clock_offset: float | None = None  # server time minus device time, seconds
        self.next_seq = next_seq or SequenceCounter(clock=self.server_time)
        self._session = transport.secure_session(ca_bundle, transport.normalise_pins(pins))

    def close(self) -> None:
        self._session.close()

    def add_response_hook(self, hook: Callable[[requests.Response], object]) -> None:
        """Call `hook(response)` on every response before it is used (tests check them against the contract)."""
        self._session.hooks["response"].append(lambda response, *_args, **_kwargs: hook(response))

    def server_time(self) -> float:
        """The device's clock corrected by the last measured offset: what requests are signed with."""
        return self._device_clock() + (self.clock_offset or 0.0)

    # -- unsigned --------------------------------------------------------
    def health(self) -> Health:
        return answers.read("health", answers.health, self._json(self._send("GET", "/v1/health", b"", signed=False)))

    def enrol(self, enrolment_code: str, label: str = "") -> Enrolment:
        public = self.device_key.public_b64()
        proof = self.device_key.sign(protocol.enrol_proof_base(enrolment_code, public))
        body = {
            "enrolment_code": enrolment_code,
            "device_public_key": public,
            "proof": protocol.b64encode(proof),
            "label": label,
        }
        data = self._json(self._send("POST", "/v1/enrol", _dump(body), signed=False))
        enrolment = answers.read("enrolment", answers.enrolment, data)
        self.device_id = enrolment.device_id
        return enrolment

    # -- signed ----------------------------------------------------------
    def upload_batch(self, items: list[SealedItem]) -> list[ItemResult]:
        """Per-item results in order; sent as as many requests as the contract's count and size limits need."""
        if not items:  # the centre's refusal of an empty batch is the answer
            return _results(self._json(self._send("POST", "/v1/registrations", _dump({"items": []}))))
        results: list[ItemResult] = []
        for body in batch_bodies(items, self.batch_bytes):
            results += _results(self._json(self._send("POST", "/v1/registrations", body)))
        sent = [(item.record_id, item.version) for item in items]
        if [(result.record_id, result.version) for result in results] != sent:
            # Results are matched to records by position: a short or reordered list would mark the wrong ones.
            raise CentralUnavailable("the centre's results do not match the records sent, one for one and in order",
                                     code="bad_response")
        return results

    def record_status(self, record_id: str) -> RecordStatus:
        data = self._json(self._send("GET", f"/v1/registrations/{record_id}", b""))
        return answers.read("record status", answers.record_status, data)

    def upload_attachment(self, sha256_hex: str, sealed: bytes) -> bool:
        """True when the centre stored it now, False when it already had it."""
        data = self._json(
            self._send("PUT", f"/v1/attachments/{sha256_hex}", sealed, content_type="application/octet-stream")
        )
        return answers.read("attachment result", lambda d: answers.attachment_stored(d, sha256_hex), data)

    def pull_decisions(self, cursor: str = "", limit: int = 100) -> DecisionPage:
        path = f"/v1/decisions?limit={limit}" + (f"&after={cursor}" if cursor else "")
        return answers.read("decision page", answers.decision_page, self._json(self._send("GET", path, b"")))

    def reference_versions(self) -> dict[str, str]:
        data = self._json(self._send("GET", "/v1/reference", b""))
        return answers.read("reference versions", answers.reference_versions, data)

    def get_reference(self, kind: str, etag: str = "") -> ReferenceData | None:
        """The current `kind` data, or None when `etag` is still current."""
        headers = {"If-None-Match": f'"{etag}"'} if etag else {}
        response = self._send("GET", f"/v1/reference/{kind}", b"", extra_headers=headers)
        if response.status_code == 304:
            return None
        data = answers.read("reference data", answers.reference_data, self._json(response))
        if data.kind != kind:
            raise CentralUnavailable(f"the centre answered with {data.kind!r} data for {kind!r}", code="bad_response")
        return data

    def post_bundle(self, bundle: bytes) -> list[ItemResult]:
        response = self._send("POST", "/v1/bundles", bundle, content_type="application/octet-stream")
        return _results(self._json(response))

    def forward_bundle_part(self, part: bytes) -> answers.BundleAnswer:
        """One bundle part made by another device (or this one); the answer carries the receipt for its maker."""
        response = self._send("POST", "/v1/bundles", part, content_type="application/octet-stream")
        return answers.read("bundle answer", answers.bundle_answer, self._json(response))

    def post_checkpoint(self, position: int, head: str, previous_position: int, previous_head: str) -> CheckpointAck:
        body = {"position": position, "head": head, "previous_position": previous_position,
                "previous_head": previous_head}
        return answers.read("checkpoint answer", answers.checkpoint_ack,
                            self._json(self._send("POST", "/v1/checkpoints", _dump(body))))

    # -- transport -------------------------------------------------------
    def _send(
        self,
        method: str,
        path: str,
        body: bytes,
        *,
        signed: bool = True,
        content_type: str = "application/json",
        extra_headers: dict[str, str] | None = None,
    ) -> requests.Response:
        headers = {"Accept": "application/json", **(extra_headers or {})}
        if body or method in ("POST", "PUT"):
            headers["Content-Type"] = content_type
        auth = None
        if signed:
            if self.device_id is None:
                raise CentralRefused("this device is not enrolled", code="not_enrolled")
            auth = SigningAuth(self.device_key, self.device_id, self.next_seq, clock=self.server_time)
        for attempt in (1, 2):
            try:
                response = self._session.request(
                    method, self.base_url + path, data=body or None, headers=headers, timeout=self.timeout,
                    auth=auth, allow_redirects=False,
                )
            except TransportRefused:  # a pin that failed inside the handshake
                raise
            except requests.RequestException as exc:
                refusal = transport.refusal_for(exc)
                if refusal is not None:
                    raise refusal from exc
                raise CentralUnavailable(f"cannot reach the centre ({type(exc).__name__})", code="network") from exc
            if 300 <= response.status_code < 400 and response.status_code != 304:  # a portal or a downgrade
                response.close()
                raise transport.redirect_refusal(response)
            self._note_clock(response)
            # Once more with a fresh signature: the refusal's X-Server-Time has just corrected the clock.
            first_refusal = signed and attempt == 1 and response.status_code == 401
            if not (first_refusal and _problem_code(response) in RESIGN_CODES):
                break
        return response

    def _note_clock(self, response: requests.Response) -> None:
        raw = response.headers.get(protocol.SERVER_TIME_HEADER, "")
        if raw.isdigit():
            self.clock_offset = int(raw) - self._device_clock()

    def _json(self, response: requests.Response) -> dict[str, Any]:
        status = response.status_code
        is_json = response.headers.get("Content-Type", "").split(";")[0].strip() in (
            "application/json",
            protocol.PROBLEM_JSON,
        )
        data: Any = None
        if is_json:
            try:
                data = response.json()
            except (ValueError, RecursionError):  # a hostile or broken answer is not the centre's JSON
                is_json = False
        code = str(data.get("code", "")) if isinstance(data, dict) else ""
        if 200 <= status < 300 and is_json:
            if not isinstance(data, dict):
                raise CentralUnavailable("the centre's answer is JSON but not an object", status=status,
                                         code="bad_response")
            return typing.cast(dict[str, Any], data)
        retry_after = _retry_after(response.headers.get("Retry-After", ""))
        if status == 401 and code in RESIGN_CODES:  # still refused after re-signing: try again later, not final
            raise CentralUnavailable(str(data.get("detail", code)), status=status, code=code)
        if 400 <= status < 500 and status not in (408, 429) and is_json and code:
            raise CentralRefused(str(data.get("detail", code)), status=status, code=code)
        if not is_json:
            # A portal login page or a proxy's HTML answer: not the centre.
            raise CentralUnavailable(f"unexpected non-JSON response (HTTP {status})", status=status, code="not_json")
        raise CentralUnavailable(f"centre unavailable (HTTP {status})", status=status, code=code,
                                 retry_after=retry_after)


def batch_bodies(items: list[SealedItem], max_bytes: int, max_items: int = protocol.MAX_BATCH_ITEMS) -> list[bytes]:
    """The JSON bodies of consecutive batches, each within `max_items` and `max_bytes` (an oversized item alone)."""
    bodies: list[bytes] = []
    encoded: list[bytes] = []
    size = len(b'{"items":[]}')
    for item in items:
        one = _dump(item.to_json())
        if encoded and (len(encoded) == max_items or size + len(one) + 1 > max_bytes):
            bodies.append(b'{"items":[' + b",".join(encoded) + b"]}")
            encoded, size = [], len(b'{"items":[]}')
        encoded.append(one)
        size += len(one) + 1
    bodies.append(b'{"items":[' + b",".join(encoded) + b"]}")
    return bodies


def _dump(data: dict[str, Any]) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode("utf-8")


def _results(data: dict[str, Any]) -> list[ItemResult]:
    return answers.read("results", answers.results, data)


def _problem_code(response: requests.Response) -> str:
    try:
        data = response.json()
    except (ValueError, RecursionError):
        return ""
    return str(data.get("code", "")) if isinstance(data, dict) else ""


def _retry_after(value: str) -> float | None:
    if value.isdigit():
        return float(value)
    if value:
        try:
            return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None
    return None

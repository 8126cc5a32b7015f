"""What the centre answers, read strictly into frozen dataclasses.

A 200 whose JSON has the wrong shape (a key missing, a list for an object, a string for a number, a number
out of range, null) is `CentralUnavailable` with code `bad_response`, naming the field; never a KeyError or
TypeError in the sync engine, and never a half-read answer taken as success.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sync import protocol
from sync.errors import CentralUnavailable

MAX_COUNT = 2**31 - 1  # versions and positions, as the contract bounds them
MAX_TIME = 2**40  # unix seconds: far beyond any real clock, far below what breaks datetime
MAX_TEXT = 4096

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_T = TypeVar("_T")


class _Malformed(ValueError):
    """Names the field that does not follow the contract."""


@dataclass(frozen=True)
class Health:
    status: str
    api_version: str
    server_time: int


@dataclass(frozen=True)
class Enrolment:
    device_id: str
    office_code: str
    central_public_key: bytes
    hpke_suite: str
    server_time: int
    reference_versions: dict[str, str]


@dataclass(frozen=True)
class ItemResult:
    record_id: str
    version: int
    outcome: protocol.Outcome
    reasons: list[dict[str, str]] = field(default_factory=list)
    missing_attachments: list[str] = field(default_factory=list)
    complete: bool = False


@dataclass(frozen=True)
class VersionStatus:
    version: int
    payload_sha256: str
    missing_attachments: list[str]
    complete: bool


@dataclass(frozen=True)
class RecordStatus:
    record_id: str
    versions: list[VersionStatus]


@dataclass(frozen=True)
class Decision:
    """The centre's decision on one version of a record, in the order the centre made them."""

    cursor: str
    record_id: str
    version: int
    decision: protocol.Decision
    reason: str
    decided_at: dt.datetime  # always with its time zone


@dataclass(frozen=True)
class DecisionPage:
    decisions: list[Decision]
    next_cursor: str
    more: bool


@dataclass(frozen=True)
class ReferenceData:
    kind: str
    version: str
    etag: str
    content: Any


@dataclass(frozen=True)
class CheckpointAck:
    outcome: protocol.Outcome
    position: int
    head: str
    acknowledged_at: int


def read(what: str, parse: Callable[[dict[str, Any]], _T], data: dict[str, Any]) -> _T:
    """`parse(data)`, or `CentralUnavailable(code="bad_response")` saying which field of `what` is wrong."""
    try:
        return parse(data)
    except _Malformed as exc:
        raise CentralUnavailable(f"the centre's {what} does not follow the contract ({exc})",
                                 code="bad_response") from exc


def health(data: dict[str, Any]) -> Health:
    return Health(_text(data, "status"), _text(data, "api_version"), _count(data, "server_time", MAX_TIME))


def enrolment(data: dict[str, Any]) -> Enrolment:
    try:
        public_key = protocol.b64decode(_text(data, "central_public_key"), expected_len=32)
    except ValueError as exc:
        raise _Malformed("central_public_key") from exc
    return Enrolment(
        device_id=_text(data, "device_id", 64),
        office_code=_text(data, "office_code", 64),
        central_public_key=public_key,
        hpke_suite=_text(data, "hpke_suite"),
        server_time=_count(data, "server_time", MAX_TIME),
        reference_versions=_text_map(data, "reference_versions"),
    )


def results(data: dict[str, Any]) -> list[ItemResult]:
    return [_item_result(raw, f"results[{i}]") for i, raw in enumerate(_list(data, "results"))]


@dataclass(frozen=True)
class BundleAnswer:
    """The centre's answer to one forwarded bundle part: its results and a receipt for the device that made it."""

    device_id: str
    results: list[ItemResult]
    receipt: bytes


def bundle_answer(data: dict[str, Any]) -> BundleAnswer:
    try:
        receipt = protocol.b64decode(_text(data, "receipt", 96 * 1024 * 1024))
    except ValueError as exc:
        raise _Malformed("receipt") from exc
    return BundleAnswer(_text(data, "device_id", 64), results(data), receipt)


def record_status(data: dict[str, Any]) -> RecordStatus:
    versions = []
    for i, raw in enumerate(_list(data, "versions")):
        item, where = _object(raw, f"versions[{i}]"), f"versions[{i}]."
        versions.append(VersionStatus(
            version=_count(item, "version", MAX_COUNT, where, low=1),
            payload_sha256=_sha256(item, "payload_sha256", where),
            missing_attachments=_sha256_list(item, "missing_attachments", where),
            complete=_flag(item, "complete", where),
        ))
    return RecordStatus(_uuid(data, "record_id"), versions)


def decision_page(data: dict[str, Any]) -> DecisionPage:
    decisions = []
    for i, raw in enumerate(_list(data, "decisions")):
        item, where = _object(raw, f"decisions[{i}]"), f"decisions[{i}]."
        decisions.append(Decision(
            cursor=_text(item, "cursor", 64, where),
            record_id=_uuid(item, "record_id", where),
            version=_count(item, "version", MAX_COUNT, where, low=1),
            decision=_choice(item, "decision", protocol.Decision, where),
            reason=_text(item, "reason", MAX_TEXT, where),
            decided_at=_moment(item, "decided_at", where),
        ))
    return DecisionPage(decisions, _text(data, "next_cursor", 64), _flag(data, "more"))


def reference_versions(data: dict[str, Any]) -> dict[str, str]:
    return _text_map(data, "versions")


def reference_data(data: dict[str, Any]) -> ReferenceData:
    if "content" not in data:
        raise _Malformed("content")
    return ReferenceData(_text(data, "kind", 64), _text(data, "version", 256), _text(data, "etag", 256),
                         data["content"])


def attachment_stored(data: dict[str, Any], sha256_hex: str) -> bool:
    """True when the centre stored it now, False when it already had it; the answer must name the same hash."""
    if _sha256(data, "sha256") != sha256_hex:
        raise _Malformed("sha256")
    outcome = _choice(data, "outcome", protocol.Outcome)
    if outcome not in (protocol.Outcome.ACCEPTED, protocol.Outcome.ALREADY_HAVE):
        raise _Malformed("outcome")
    return outcome == protocol.Outcome.ACCEPTED


def checkpoint_ack(data: dict[str, Any]) -> CheckpointAck:
    return CheckpointAck(_choice(data, "outcome", protocol.Outcome), _count(data, "position", 2**62),
                         _sha256(data, "head"), _count(data, "acknowledged_at", MAX_TIME))


def _item_result(raw: object, where: str) -> ItemResult:
    item, prefix = _object(raw, where), where + "."
    reasons = []
    for i, reason in enumerate(_list(item, "reasons", prefix)):
        entry = _object(reason, f"{prefix}reasons[{i}]")
        if not all(isinstance(v, str) and len(v) <= MAX_TEXT for v in entry.values()) or "code" not in entry:
            raise _Malformed(f"{prefix}reasons[{i}]")
        reasons.append(dict(entry))
    return ItemResult(
        record_id=_uuid(item, "record_id", prefix),
        version=_count(item, "version", MAX_COUNT, prefix, low=1),
        outcome=_choice(item, "outcome", protocol.Outcome, prefix),
        reasons=reasons,
        missing_attachments=_sha256_list(item, "missing_attachments", prefix),
        complete=_flag(item, "complete", prefix),
    )


# -- one field each; `where` prefixes the name in the message ------------------------------------------------
def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Malformed(f"{where}: not an object")
    return value


def _get(data: dict[str, Any], key: str, where: str) -> object:
    if key not in data:
        raise _Malformed(f"{where}{key}: missing")
    return data[key]


def _text(data: dict[str, Any], key: str, limit: int = MAX_TEXT, where: str = "") -> str:
    value = _get(data, key, where)
    if not isinstance(value, str) or len(value) > limit:
        raise _Malformed(f"{where}{key}: not a string of at most {limit} characters")
    return value


def _count(data: dict[str, Any], key: str, high: int, where: str = "", *, low: int = 0) -> int:
    value = _get(data, key, where)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _Malformed(f"{where}{key}: not a whole number from {low} to {high}")
    return value


def _flag(data: dict[str, Any], key: str, where: str = "") -> bool:
    value = _get(data, key, where)
    if not isinstance(value, bool):
        raise _Malformed(f"{where}{key}: not true or false")
    return value


def _list(data: dict[str, Any], key: str, where: str = "") -> list[Any]:
    value = _get(data, key, where)
    if not isinstance(value, list):
        raise _Malformed(f"{where}{key}: not a list")
    return value


_E = TypeVar("_E", protocol.Outcome, protocol.Decision)


def _choice(data: dict[str, Any], key: str, kind: type[_E], where: str = "") -> _E:
    value = _get(data, key, where)
    try:
        if not isinstance(value, str):
            raise ValueError(key)
        return kind(value)
    except ValueError as exc:
        raise _Malformed(f"{where}{key}: not one of {', '.join(kind)}") from exc


def _uuid(data: dict[str, Any], key: str, where: str = "") -> str:
    value = _text(data, key, 36, where)
    if not _UUID.match(value):
        raise _Malformed(f"{where}{key}: not a lower-case UUID")
    return value


def _sha256(data: dict[str, Any], key: str, where: str = "") -> str:
    value = _text(data, key, 64, where)
    if not protocol.SHA256_HEX.match(value):
        raise _Malformed(f"{where}{key}: not a SHA-256 in hex")
    return value


def _sha256_list(data: dict[str, Any], key: str, where: str = "") -> list[str]:
    values = _list(data, key, where)
    if not all(isinstance(v, str) and protocol.SHA256_HEX.match(v) for v in values):
        raise _Malformed(f"{where}{key}: not a list of SHA-256 hashes")
    return list(values)


def _text_map(data: dict[str, Any], key: str, where: str = "") -> dict[str, str]:
    value = _get(data, key, where)
    if not isinstance(value, dict) or not all(isinstance(v, str) and len(v) <= MAX_TEXT for v in value.values()):
        raise _Malformed(f"{where}{key}: not an object of strings")
    return {str(k): v for k, v in value.items()}


def _moment(data: dict[str, Any], key: str, where: str = "") -> dt.datetime:
    value = _text(data, key, 64, where)
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise _Malformed(f"{where}{key}: not an ISO 8601 time") from exc
    if moment.tzinfo is None:
        raise _Malformed(f"{where}{key}: has no time zone")
    return moment

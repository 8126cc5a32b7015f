"""What the sync engine needs of the device's store, declared here so that `sync` never imports `desktop`.

`desktop.store` implements these Protocols structurally: it does not import
this module either (the layer contract keeps store and sync independent), and
a typed test assigns the store's objects to these Protocols so mypy checks
that they fit. Values the engine builds (what the centre answered) are frozen
dataclasses here; values the store hands out are Protocols of read-only
properties that the store's own frozen dataclasses satisfy.

The engine's order of work, so that a SIGKILL at any point loses nothing:

1. `claim_batch` seals what has no seal yet, freezes the bytes and marks the
   items `sending` in one commit, before the request goes out. Every later
   send of that version carries the same bytes, so a retry after a lost reply
   is `already_have` at the centre, never a conflict.
2. The answer: `record_verdicts` (per item), or `transport_failed` when there
   was no usable answer: items go back to ready without an attempt counted and
   the engine as a whole backs off (`backoff()`, persisted).
3. `apply_decisions(page, next_cursor)` stores the decisions and the cursor in
   one commit; a page fetched again after a crash changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import KW_ONLY, dataclass
from typing import Protocol

from sync import answers
from sync.protocol import FINAL_REFUSALS, Decision, Outcome

ItemKey = tuple[uuid.UUID, int]  # record id, version
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # a reason is an operator's text: any but control characters
MAX_REASON = 500
HELD = frozenset({Outcome.ACCEPTED, Outcome.ALREADY_HAVE})  # the centre has exactly these bytes


class UnsealedRecord(Protocol):
    """A version that has no frozen seal yet: what a `Sealer` is given."""

    @property
    def record_id(self) -> uuid.UUID: ...
    @property
    def version(self) -> int: ...
    @property
    def payload_json(self) -> str: ...


# Seals one record for the centre (sealing.seal_record on the parsed payload); called at most once per version.
Sealer = Callable[[UnsealedRecord], bytes]


class OutgoingItem(Protocol):
    """A claimed item: its frozen sealed bytes and the documents the centre must also hold."""

    @property
    def record_id(self) -> uuid.UUID: ...
    @property
    def version(self) -> int: ...
    @property
    def replaces_version(self) -> int | None: ...
    @property
    def sealed(self) -> bytes: ...
    @property
    def sealed_sha256(self) -> str: ...
    @property
    def attachments(self) -> tuple[str, ...]: ...


class Backoff(Protocol):
    """The engine's own wait after transport failures (no answer, 5xx, 429, a portal page)."""

    @property
    def failures(self) -> int: ...  # consecutive transport failures; 0 after a success
    @property
    def next_attempt_at(self) -> dt.datetime | None: ...  # None: go now
    @property
    def last_error(self) -> str | None: ...


class DecisionReport(Protocol):
    @property
    def applied(self) -> int: ...
    @property
    def unchanged(self) -> int: ...  # the same decision was already stored
    @property
    def unknown(self) -> tuple[ItemKey, ...]: ...  # no such record version was ever sent from here


class Position(Protocol):
    """An audit chain position and its head (MAC, hex): (0, zeros) before anything is witnessed."""

    @property
    def position(self) -> int: ...
    @property
    def head(self) -> str: ...


class EnrolledDevice(Protocol):
    """What enrolment left on the device. `device_private_key` is the raw Ed25519 key: never log it."""

    @property
    def device_id(self) -> str: ...
    @property
    def central_url(self) -> str: ...
    @property
    def office_code(self) -> str: ...
    @property
    def device_private_key(self) -> bytes: ...
    @property
    def centre_public_key(self) -> bytes: ...
    @property
    def centre_key_fingerprint(self) -> str: ...
    @property
    def spki_pins(self) -> tuple[str, ...]: ...
    @property
    def ca_bundle(self) -> str | None: ...


@dataclass(frozen=True)
class Reason:
    """One of the centre's reasons: a stable code and, when it names one, the field."""

    code: str
    field: str = ""


@dataclass(frozen=True)
class ItemVerdict:
    """What the centre said of one sent item."""

    record_id: uuid.UUID
    version: int
    held: bool  # accepted, or already held: the centre has exactly these bytes
    _: KW_ONLY  # the rest by name: several are alike in type, and a slip between them would go unseen
    refusal: str = ""  # when not held: conflict, validation, nik_registered, missing_from_results, ...
    answered: bool = True  # False: the centre said nothing of this item (it may still hold the bytes)
    final: bool = False  # the centre judged the content (protocol.FINAL_REFUSALS): rejected, not retried
    reasons: tuple[Reason, ...] = ()
    missing_attachments: tuple[str, ...] = ()

    @classmethod
    def from_result(cls, record_id: uuid.UUID, version: int, result: answers.ItemResult) -> ItemVerdict:
        """What the centre's per-item result (a batch's, or a receipt's) says of the item."""
        reasons = tuple(Reason(str(r.get("code", "")), str(r.get("field", ""))) for r in result.reasons)
        if result.outcome in HELD:
            return cls(record_id, version, held=True, missing_attachments=tuple(result.missing_attachments))
        refusal = reasons[0].code if reasons and reasons[0].code else result.outcome.value
        return cls(record_id, version, held=False, refusal=refusal, reasons=reasons,
                   final=refusal in FINAL_REFUSALS)


@dataclass(frozen=True)
class CentreDecision:
    record_id: uuid.UUID
    version: int
    state: Decision
    reasons: tuple[Reason, ...] = ()
    decided_at: dt.datetime | None = None

    @classmethod
    def from_answer(cls, decision: answers.Decision) -> CentreDecision:
        """One decision as the client read it (its shape is checked there); the reason is an operator's text,
        kept and shown later, so it is refused (`ValueError`) when too long or holding control characters."""
        reason = decision.reason
        if len(reason) > MAX_REASON or _CONTROL.search(reason):
            raise ValueError("reason")
        reasons = (Reason(reason),) if reason else ()
        return cls(uuid.UUID(decision.record_id), decision.version, decision.decision, reasons, decision.decided_at)


class Outbox(Protocol):
    """The queue of sealed records and everything the centre answered about them."""

    def requeue_interrupted(self) -> int: ...

    def claim_batch(self, limit: int, now: dt.datetime, seal: Sealer) -> Sequence[OutgoingItem]: ...

    def record_verdicts(self, verdicts: Sequence[ItemVerdict], now: dt.datetime) -> Sequence[str]: ...

    def transport_failed(self, items: Sequence[ItemKey], error_code: str, now: dt.datetime,
                         retry_after: dt.timedelta | None = None) -> Backoff: ...

    def transport_succeeded(self, now: dt.datetime) -> None: ...

    def backoff(self) -> Backoff: ...

    def record_clock_offset(self, seconds: float) -> None: ...

    def decision_cursor(self) -> str: ...

    def apply_decisions(self, decisions: Sequence[CentreDecision], next_cursor: str) -> DecisionReport: ...

    def attachments_to_upload(self, limit: int) -> Sequence[str]: ...

    def attachment_bytes(self, sha256: str) -> bytes: ...

    def attachment_held(self, sha256: str) -> None: ...


class Checkpoints(Protocol):
    """The audit chain's head and the position the centre last witnessed."""

    def audit_head(self) -> Position: ...

    def head_at(self, position: int) -> str | None: ...

    def report_mismatch(self, found: str) -> None: ...

    def witnessed(self) -> Position: ...

    def record_witnessed(self, position: int, head: str, now: dt.datetime) -> None: ...


class ReferenceUpdates(Protocol):
    """The reference data the device holds from the centre; the device checks what it is sent before keeping it."""

    def held(self) -> Mapping[str, tuple[str, str]]: ...  # kind -> (the centre's version, etag) held here

    def keep(self, kind: str, version: str, etag: str, content: object) -> str: ...  # "" kept, else a refusal code


class EnrolmentState(Protocol):
    """The device's enrolment and its request-sequence floor, which never goes back after a restart."""

    def current(self) -> EnrolledDevice | None: ...

    def sequence_floor(self) -> int: ...

    def reserve_sequence(self, up_to: int) -> int: ...

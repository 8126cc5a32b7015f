"""The sync engine: drains the outbox to the centre and brings the centre's decisions back.

One `run_once` is a whole sync: requeue what a crash left `sending`, send every
due batch (frozen sealed bytes, so a resend is `already_have`, never a
conflict), upload the documents the centre lacks, pull decisions with the
persisted cursor, pull the reference data (rules, consent text, the region
list's version) the centre publishes anew, and have the centre witness the
audit chain's head.

Where each step runs: the engine itself runs on a network thread; every call
into the outbox goes through `on_store`, which the desktop points at the
store's single writer thread (tests call directly). While a batch is on the wire (on a thread
of its own) the next one is claimed and sealed. It never touches Qt.

Failures are counted fairly: a transport failure (no answer, 5xx, 429, a
captive portal's page) backs the whole engine off and counts against no
record; only the centre's answer about one item counts toward that item's
quarantine. A batch the centre refuses as a whole is split into single items,
so one bad record never holds back the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import NoReturn, Protocol, TypeVar

from sync import protocol
from sync.answers import ItemResult
from sync.client import CentralClient, CentralError, CentralRefused, CentralUnavailable
from sync.outbox import (
    CentreDecision,
    Checkpoints,
    ItemVerdict,
    Outbox,
    OutgoingItem,
    Reason,
    ReferenceUpdates,
    Sealer,
)
from sync.protocol import SealedItem

T = TypeVar("T")


class StoreThread(Protocol):
    """Runs one database step where the store's writes happen and returns its result."""

    def __call__(self, step: Callable[[], T]) -> T: ...


# The centre refuses the device itself: nothing about one record, so no record is counted against.
DEVICE_REFUSALS = frozenset({protocol.ProblemCode.UNKNOWN_DEVICE, protocol.ProblemCode.SIGNATURE_INVALID,
                             protocol.ProblemCode.SIGNATURE_MISSING, "not_enrolled"})


def direct(step: Callable[[], T]) -> T:
    """A `StoreThread` that runs the step right here (a headless sync, tests)."""
    return step()


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class SyncSummary:
    """What one sync did, for the status bar, the sync panel and `luring sync --json`."""

    sent: int = 0  # items the centre answered for
    held: int = 0  # the centre holds them now (accepted, or already had the same bytes)
    refused: list[str] = field(default_factory=list)  # "record-id:version code" for each item the centre refused
    attachments_uploaded: int = 0
    decisions_applied: int = 0
    decisions_unknown: int = 0
    reference_updated: list[str] = field(default_factory=list)  # kinds a new version of was kept from the centre
    reference_refused: list[str] = field(default_factory=list)  # "kind code": refused (or, regions, only reported)
    checkpoint: str = ""  # "witnessed", "unchanged", "rolled_back" (the centre holds a later head), or ""
    error: str = ""  # the code of the failure that ended the sync early ("" when it ran to the end)
    retry_after: float | None = None
    cancelled: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"sent": self.sent, "held": self.held, "refused": len(self.refused),
                "attachments_uploaded": self.attachments_uploaded, "decisions_applied": self.decisions_applied,
                "decisions_unknown": self.decisions_unknown, "reference_updated": self.reference_updated,
                "reference_refused": self.reference_refused, "checkpoint": self.checkpoint, "error": self.error,
                "cancelled": self.cancelled}


class _Stop(Exception):
    """Ends a sync early; the summary says why."""


class SyncEngine:
    def __init__(self, outbox: Outbox, checkpoints: Checkpoints, client: CentralClient, seal: Sealer,
                 seal_document: Callable[[bytes], bytes], *,
                 reference: ReferenceUpdates | None = None, on_store: StoreThread = direct,
                 clock: Callable[[], dt.datetime] = _utc_now,
                 batch_items: int = 100, decision_page: int = 200) -> None:
        self.outbox, self.checkpoints, self.client, self.seal = outbox, checkpoints, client, seal
        self.seal_document = seal_document  # documents are sealed afresh each time: the centre keys them by content
        self.reference = reference
        self._store = on_store
        self._clock = clock
        self.batch_items = batch_items
        self.decision_page = decision_page

    def run_once(self, should_stop: Callable[[], bool] = lambda: False,
                 progress: Callable[[int], None] = lambda _sent: None, *, force: bool = False) -> SyncSummary:
        """One whole sync. While the engine backs off after transport failures, a scheduled run (not `force`,
        which a person asking now sets) returns at once with `error="backing_off"` and sends nothing."""
        summary = SyncSummary()
        backoff = self._on_store(self.outbox.backoff)
        if not force and backoff.next_attempt_at is not None and backoff.next_attempt_at > self._clock():
            summary.error = "backing_off"
            return summary
        self._on_store(self.outbox.requeue_interrupted)
        try:
            self._send_all(summary, should_stop, progress)
            self._upload_attachments(summary, should_stop)
            self._pull_decisions(summary, should_stop)
            self._pull_reference(summary)
            self._witness_audit(summary)
        except _Stop:
            return summary
        finally:
            self._note_clock()
        now = self._clock()
        self._on_store(lambda: self.outbox.transport_succeeded(now))  # the last successful sync, even with nothing sent
        return summary

    # ----- the steps -----
    def _send_all(self, summary: SyncSummary, should_stop: Callable[[], bool],
                  progress: Callable[[int], None]) -> None:
        # The next batch is claimed and sealed while this one is on the wire, so the store's work and the centre's
        # overlap. A batch claimed and then not sent (a stop, a failure) goes back to ready, as after a crash.
        items = self._claim()
        with ThreadPoolExecutor(1, thread_name_prefix="sync-wire") as wire:
            while items:
                if should_stop():
                    self._on_store(self.outbox.requeue_interrupted)
                    summary.cancelled = True
                    raise _Stop()
                upload = wire.submit(self.client.upload_batch, [_sealed_item(item) for item in items])
                following = self._claim()
                try:
                    self._send(items, summary, upload)
                except _Stop:
                    if following:
                        self._on_store(self.outbox.requeue_interrupted)
                    raise
                progress(summary.sent)
                items = following

    def _claim(self) -> Sequence[OutgoingItem]:
        return self._on_store(partial(self.outbox.claim_batch, self.batch_items, self._clock(), self.seal))

    def _send(self, items: Sequence[OutgoingItem], summary: SyncSummary,
              upload: Future[list[ItemResult]] | None = None) -> None:
        """Record the centre's answer to `items`: the `upload` already on its way, or one sent now."""
        refused_alone = ""
        try:
            results = upload.result() if upload else self.client.upload_batch([_sealed_item(item) for item in items])
        except CentralUnavailable as failure:
            self._back_off(items, failure, summary)
        except CentralRefused as refusal:
            if refusal.code in DEVICE_REFUSALS:  # the device, not a record: enrolment is a supervisor's job
                self._back_off(items, refusal, summary)
            if len(items) > 1:
                for item in items:  # find the one the centre objects to; the others go through
                    self._send([item], summary)
                return
            results, refused_alone = [], refusal.code or "refused"
        summary.sent += len(items)
        by_key = {(result.record_id, result.version): result for result in results}
        verdicts = [_verdict(item, by_key.get((str(item.record_id), item.version)), refused_alone) for item in items]
        summary.held += sum(verdict.held for verdict in verdicts)
        summary.refused += [f"{v.record_id}:{v.version} {v.refusal}" for v in verdicts if not v.held]
        now = self._clock()
        self._on_store(lambda: self.outbox.record_verdicts(verdicts, now))
        if summary.sent == len(items):  # the run's first answer ends any backoff; the run's end notes the time again
            self._on_store(lambda: self.outbox.transport_succeeded(now))

    def _back_off(self, items: Sequence[OutgoingItem], failure: CentralError, summary: SyncSummary) -> NoReturn:
        """Items back to ready, no attempt counted; the engine waits (the centre's Retry-After if it gave one)."""
        keys = [(item.record_id, item.version) for item in items]
        wait = dt.timedelta(seconds=failure.retry_after) if failure.retry_after is not None else None
        now = self._clock()
        self._on_store(lambda: self.outbox.transport_failed(keys, failure.code or "network", now, wait))
        summary.error, summary.retry_after = failure.code or "network", failure.retry_after
        raise _Stop()

    def _upload_attachments(self, summary: SyncSummary, should_stop: Callable[[], bool]) -> None:
        while digests := self._on_store(lambda: self.outbox.attachments_to_upload(20)):
            for digest in digests:
                if should_stop():
                    summary.cancelled = True
                    raise _Stop()
                sealed = self.seal_document(self._on_store(partial(self.outbox.attachment_bytes, digest)))
                self._network(summary, partial(self.client.upload_attachment, digest, sealed))
                self._on_store(partial(self.outbox.attachment_held, digest))
                summary.attachments_uploaded += 1

    def _pull_decisions(self, summary: SyncSummary, should_stop: Callable[[], bool]) -> None:
        more = True
        while more and not should_stop():
            cursor = self._on_store(self.outbox.decision_cursor)
            page = self._network(summary, partial(self.client.pull_decisions, cursor, self.decision_page))
            try:
                decisions = [CentreDecision.from_answer(decision) for decision in page.decisions]
            except ValueError:
                summary.error = "bad_response"  # a reason no person should be shown: the page is not applied
                raise _Stop() from None
            report = self._on_store(partial(self.outbox.apply_decisions, decisions, page.next_cursor))
            summary.decisions_applied += report.applied
            summary.decisions_unknown += len(report.unknown)
            more = page.more and page.next_cursor != cursor

    def _pull_reference(self, summary: SyncSummary) -> None:
        """Fetch each kind whose published version is not the one held (the etag spares an unchanged one)."""
        if self.reference is None:
            return
        try:
            published = self._network(summary, self.client.reference_versions)
        except CentralRefused as refusal:  # reference data is never worth failing the sync over
            summary.reference_refused.append(f"all {refusal.code or 'refused'}")
            return
        held = self._on_store(self.reference.held)
        for kind, version in sorted(published.items()):
            have, etag = held.get(kind, ("", ""))
            if version == have:
                continue
            try:
                data = self._network(summary, partial(self.client.get_reference, kind, etag))
            except CentralRefused as refusal:  # one kind the centre will not give: the others still come
                summary.reference_refused.append(f"{kind} {refusal.code or 'refused'}")
                continue
            if data is None:  # 304: what is held is still current
                continue
            problem = self._on_store(partial(self.reference.keep, kind, data.version, data.etag, data.content))
            if problem:
                summary.reference_refused.append(f"{kind} {problem}")
            else:
                summary.reference_updated.append(kind)

    def _witness_audit(self, summary: SyncSummary) -> None:
        head = self._on_store(self.checkpoints.audit_head)
        last = self._on_store(self.checkpoints.witnessed)
        # What the log holds now at the witnessed position: a log cut or rewritten behind it no longer leads there.
        ours = self._on_store(partial(self.checkpoints.head_at, last.position)) if last.position else ""
        if last.position and ours != last.head:
            summary.checkpoint = "cut" if ours is None else "rewritten"
        elif head.position == 0 or (head.position, head.head) == (last.position, last.head):
            summary.checkpoint = "unchanged"
            return
        try:
            # The previous head is the log's own, never the remembered one: the centre then sees a rewrite too.
            self.client.post_checkpoint(head.position, head.head, last.position, ours or "")
        except CentralRefused as refusal:
            if refusal.code != protocol.ProblemCode.CHAIN_NOT_EXTENDED:
                summary.error = refusal.code or "refused"
                raise _Stop() from None
            summary.checkpoint = summary.checkpoint or "rolled_back"  # the centre holds a head this log lacks
            self._on_store(partial(self.checkpoints.report_mismatch, summary.checkpoint))
            return
        except CentralUnavailable as failure:
            self._back_off([], failure, summary)
        if summary.checkpoint:  # the centre took it, but the log behind it changed: reported, never witnessed
            self._on_store(partial(self.checkpoints.report_mismatch, summary.checkpoint))
            return
        now = self._clock()
        self._on_store(lambda: self.checkpoints.record_witnessed(head.position, head.head, now))
        summary.checkpoint = "witnessed"

    def _note_clock(self) -> None:
        offset = self.client.clock_offset  # measured from the centre's own answers during this run
        if offset is not None:
            self._on_store(partial(self.outbox.record_clock_offset, offset))

    # ----- plumbing -----
    def _on_store(self, step: Callable[[], T]) -> T:
        return self._store(step)

    def _network(self, summary: SyncSummary, request: Callable[[], T]) -> T:
        try:
            return request()
        except CentralUnavailable as failure:
            self._back_off([], failure, summary)


def _sealed_item(item: OutgoingItem) -> SealedItem:
    return SealedItem(str(item.record_id), item.version, item.sealed, item.replaces_version)


def _verdict(item: OutgoingItem, result: ItemResult | None, refused_alone: str) -> ItemVerdict:
    if refused_alone:  # the centre refused a request holding this item alone
        return ItemVerdict(item.record_id, item.version, held=False, refusal=refused_alone,
                           reasons=(Reason(refused_alone),))
    if result is None:  # the centre answered for the batch but not for this item: its own failure
        return ItemVerdict(item.record_id, item.version, held=False, refusal="missing_from_results")
    return ItemVerdict.from_result(item.record_id, item.version, result)

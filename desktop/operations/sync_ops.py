"""Sync from the application: one sync on the network pool, its database steps on the store's thread.

What the status bar shows (`sync_status`) and what a finished sync says to a
person (`summary_message`, `run_message`) live here, so the words are the same
wherever they appear, in Indonesian and English. Every sync that ran is kept
in the short history (`sync_history`) that the sync panel lists.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from desktop.domain.messages import Message
from desktop.operations import sync_setup
from desktop.operations.reference_ops import CurrentReference, use_newest_kept
from desktop.operations.runner import Changes, Operation, OperationRunner, Pool, Progress
from desktop.operations.sync_setup import PendingEnrolment, centre_answers, engine_for
from desktop.store.sync_history import SyncRun
from sync.engine import DEVICE_REFUSALS, SyncSummary
from sync.errors import CentralError

if TYPE_CHECKING:
    from desktop.store.session import Session

T = TypeVar("T")
SYNCED = Changes(outbox=True, records=True)
# Outbox states that still wait for the centre.
WAITING = ("ready", "sending")
BATCH_ITEMS = 100  # items per upload; between batches a cancelled sync stops
HISTORY_SHOWN = 20


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    waiting: int
    quarantined: int  # kept back after repeated refusals: a supervisor looks at them
    last_success_at: dt.datetime | None
    online: bool  # the last attempt reached the centre (False also before any attempt)
    last_error: str | None


def sync_status(runner: OperationRunner, session: Session) -> Operation[SyncStatus]:
    def job(_progress: Progress) -> SyncStatus:
        counts = session.outbox.counts()
        backoff = session.outbox.backoff()
        return SyncStatus(enrolled=session.enrolment.current() is not None,
                          waiting=_waiting(session), quarantined=counts["quarantined"],
                          last_success_at=backoff.last_success_at,
                          online=backoff.last_success_at is not None and backoff.failures == 0,
                          last_error=backoff.last_error)

    return Operation(runner, job)


def sync_now(runner: OperationRunner, session: Session, *, force: bool,
             reference: CurrentReference | None = None) -> Operation[SyncSummary]:
    """One sync; `force` when a person asked (a scheduled one waits out the engine's backoff). Cancellable
    between batches. Progress is (sent, what waited when it started); each run asked for, or that did or met
    something, is kept in the sync history. Rules or consent text the sync kept become current in `reference`
    (the one the composition root holds)."""

    def on_store(step: Callable[[], T]) -> T:
        return runner.on_store(step)

    def remember(started: dt.datetime, summary: SyncSummary) -> None:
        run = SyncRun(started, _utc_now(), summary.sent, summary.held, len(summary.refused),
                      summary.decisions_applied, summary.error, summary.cancelled)
        runner.on_store(lambda: session.sync_history.record(run))

    def job(progress: Progress) -> SyncSummary:
        engine = engine_for(session, on_store=on_store)
        engine.batch_items = BATCH_ITEMS
        started = _utc_now()
        try:
            waiting = runner.on_store(lambda: _waiting(session))
            progress.report(0, waiting)
            summary = engine.run_once(lambda: progress.cancelled,
                                      lambda sent: progress.report(sent, max(sent, waiting)), force=force)
        except Exception as exc:
            failed = SyncSummary(error=(exc.code if isinstance(exc, CentralError) else "") or "other")
            with contextlib.suppress(Exception):  # the failure itself is what the officer is told
                remember(started, failed)
            raise
        finally:
            engine.client.close()
        if _worth_listing(summary, force):
            remember(started, summary)
        if summary.reference_updated and reference is not None:
            on_store(lambda: use_newest_kept(reference, session))
        return summary

    return Operation(runner, job, pool=Pool.IO, changes=SYNCED)


def sync_history(runner: OperationRunner, session: Session, limit: int = HISTORY_SHOWN) -> Operation[list[SyncRun]]:
    """The last syncs, newest first."""
    return Operation(runner, lambda _p: session.sync_history.latest(limit))


def probe_centre(runner: OperationRunner, session: Session) -> Operation[bool]:
    """Whether the centre answers its health check now (network pool): a sync is worth starting."""
    def on_store(step: Callable[[], T]) -> T:
        return runner.on_store(step)

    return Operation(runner, lambda _p: centre_answers(session, on_store=on_store), pool=Pool.IO)


def _worth_listing(summary: SyncSummary, asked: bool) -> bool:
    """A scheduled run that waited out the back-off, or found nothing to do, would push real ones out."""
    if summary.error == "backing_off":
        return False
    return asked or bool(summary.error or summary.cancelled or summary.sent or summary.decisions_applied
                         or summary.attachments_uploaded)


def _waiting(session: Session) -> int:
    counts = session.outbox.counts()
    return sum(counts[state] for state in WAITING)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


_ERRORS = {
    "network": ("Pusat tidak dapat dihubungi. Data aman di perangkat ini; pengiriman dicoba lagi otomatis.",
                "The centre cannot be reached. The data is safe on this device; sending is tried again "
                "by itself."),
    "not_json": ("Jaringan ini meminta masuk (misalnya Wi-Fi hotel) atau proxy menjawab, bukan pusat. "
                 "Buka peramban untuk masuk ke jaringan, lalu coba lagi.",
                 "This network asks for a log-in (a hotel Wi-Fi, say) or a proxy answered, not the centre. "
                 "Open a browser to log in to the network, then try again."),
    "device": ("Pusat tidak mengenali perangkat ini. Minta supervisor mendaftarkan perangkat lagi.",
               "The centre does not recognise this device. Ask a supervisor to enrol it again."),
    "tls": ("Sambungan ke pusat tidak aman (sertifikat tidak dipercaya). Jangan lanjutkan; hubungi pusat.",
            "The connection to the centre is not safe (certificate not trusted). Do not go on; call the centre."),
    "other": ("Pusat sedang sibuk atau bermasalah. Pengiriman dicoba lagi otomatis.",
              "The centre is busy or has a problem. Sending is tried again by itself."),
}


def summary_message(summary: SyncSummary) -> Message:
    """What a finished sync says to the officer: what happened and what to do."""
    return _message(summary.error, summary.held, len(summary.refused), summary.decisions_applied, summary.cancelled)


def run_message(run: SyncRun) -> Message:
    """The same words for a sync in the history."""
    return _message(run.error, run.held, run.refused, run.decisions, run.cancelled)


def _message(error: str, held: int, refused: int, decisions: int, cancelled: bool) -> Message:
    if error:
        key = ("device" if error in DEVICE_REFUSALS else
               "tls" if error.startswith("tls_") or error in ("pin_mismatch", "redirect_refused")
               else error if error in _ERRORS else "other")
        text_id, text_en = _ERRORS[key]
        return Message(f"sync_{key}", text_id, text_en)
    values: dict[str, str | int] = {"held": held, "refused": refused, "decisions": decisions}
    if cancelled:
        return Message("sync_cancelled",
                       "Sinkronisasi dihentikan: {held} terkirim. Sisanya tetap aman di perangkat ini dan "
                       "dikirim pada sinkronisasi berikutnya.",
                       "Sync stopped: {held} sent. The rest stays safe on this device and is sent at the next "
                       "sync.", values)
    done_id = "Sinkronisasi selesai: {held} terkirim, {refused} ditolak, {decisions} keputusan diterima."
    done_en = "Sync finished: {held} sent, {refused} refused, {decisions} decisions received."
    if not refused:
        return Message("sync_done", done_id, done_en, values)
    # What to do about them: the centre's reasons are on each record.
    return Message("sync_done_refused",
                   done_id + " Buka data yang ditolak untuk melihat alasan pusat dan apa yang perlu dilakukan.",
                   done_en + " Open the refused records to see the centre's reasons and what to do.", values)


def request_enrolment(runner: OperationRunner, url: str, code: str) -> Operation[PendingEnrolment]:
    """Spend the enrolment code at the centre (network); nothing is kept until the key is confirmed."""
    return Operation(runner, lambda _p: sync_setup.request_enrolment(url, code), pool=Pool.IO)


def keep_enrolment(runner: OperationRunner, session: Session, pending: PendingEnrolment) -> Operation[None]:
    """The supervisor confirmed the centre's key: the device is enrolled from now on."""
    return Operation(runner, lambda _p: session.enrolment.enrol(pending.to_store()), changes=SYNCED)


def installed_fingerprint(runner: OperationRunner) -> Operation[str]:
    return Operation(runner, lambda _p: sync_setup.installed_fingerprint(), pool=Pool.IO)

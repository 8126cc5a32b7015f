"""USB hand-over from the application: export a bundle, read a receipt back (files on the IO pool).

The work is `handover.py`'s, shared with `luring bundle`; here it runs on the
IO pool with every database step on the store's thread, reports progress and
stops at the next step when cancelled (nothing is written after a cancel).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from desktop.domain.messages import Message
from desktop.operations import handover
from desktop.operations.handover import ExportResult
from desktop.operations.runner import Changes, Operation, OperationRunner, Pool, Progress
from desktop.store.receipt_import import ReceiptReport

if TYPE_CHECKING:
    from desktop.store.session import Session

T = TypeVar("T")
HANDED_OVER = Changes(outbox=True, records=True)


def export_bundle(runner: OperationRunner, session: Session, out: Path) -> Operation[ExportResult]:
    """Every record still waiting, sealed and signed into bundle parts at `out` (a folder or a file name)."""

    def on_store(step: Callable[[], T]) -> T:
        return runner.on_store(step)

    def job(progress: Progress) -> ExportResult:
        return handover.export_bundle(session, out, on_store=on_store, check_stop=progress.check,
                                      progress=progress.report)

    return Operation(runner, job, pool=Pool.IO, changes=HANDED_OVER)


def import_receipt(runner: OperationRunner, session: Session, path: Path) -> Operation[ReceiptReport]:
    """Apply a receipt file from the centre, as a sync would apply its answers."""

    def on_store(step: Callable[[], T]) -> T:
        return runner.on_store(step)

    return Operation(runner, lambda _p: handover.import_receipt(session, path, on_store=on_store), pool=Pool.IO,
                     changes=HANDED_OVER)


def export_message(result: ExportResult) -> Message:
    if not result.records:
        return Message("bundle_nothing", "Tidak ada data yang menunggu dikirim.", "Nothing is waiting to be sent.")
    return Message("bundle_written",
                   "Bundel ditulis: {records} data, {documents} dokumen, {parts} berkas. Bawa semua berkasnya ke "
                   "perangkat yang daring atau ke pusat.",
                   "Bundle written: {records} records, {documents} documents, {parts} files. Take all the files "
                   "to an online device or to the centre.",
                   {"records": result.records, "documents": result.documents, "parts": len(result.files)})


def receipt_message(report: ReceiptReport) -> Message:
    if report.replayed:
        return Message("receipt_replayed", "Tanda terima ini sudah dibaca sebelumnya; tidak ada yang berubah.",
                       "This receipt was read before; nothing changed.")
    return Message("receipt_read", "Tanda terima dibaca: {accepted} data diterima pusat, {decisions} keputusan.",
                   "Receipt read: {accepted} records accepted by the centre, {decisions} decisions.",
                   {"accepted": report.accepted, "decisions": report.decisions_applied})

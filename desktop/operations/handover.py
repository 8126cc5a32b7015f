"""Hand-over without the network (no Qt): export a bundle, forward one to the centre, read a receipt back.

Shared by `bundle_ops` (the application, on its pools) and `luring bundle`
(headless). Every store step goes through `on_store`, which the application
points at the store's writer thread; files and the network are worked here.
Each hand-over is kept with `session.handovers` (and its audit entry).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.messages import DomainError, Message
from desktop.operations.sync_setup import EnrolmentOnStore, client_for, document_sealer_for, sealer_for
from desktop.store.enrolment import not_enrolled
from desktop.store.key_slots import atomic_write
from desktop.store.receipt_import import ReceiptReport
from sync import answers, bundle, protocol, receipt
from sync.bundle import SealedAttachment
from sync.client import CentralRefused
from sync.engine import StoreThread, direct
from sync.outbox import CentreDecision, EnrolledDevice, ItemVerdict, Reason
from sync.protocol import Outcome, SealedItem
from sync.signing import DeviceKey

if TYPE_CHECKING:
    from desktop.store.session import Session

PART_SUFFIX = ".luring-bundle"
RECEIPT_SUFFIX = ".luring-receipt"
SPACE_MARGIN = 1024 * 1024  # what the folder keeps free beyond the parts themselves
MAX_FILE_BYTES = protocol.DEFAULT_BUNDLE_BYTES


class HandoverError(DomainError):
    """A hand-over that cannot be done; the message says why and what to do."""


def _error(code: str, text_id: str, text_en: str, **params: str | int) -> HandoverError:
    return HandoverError(Message(code, text_id, text_en, dict(params)))


@dataclass(frozen=True)
class ExportResult:
    records: int
    documents: int
    files: tuple[Path, ...]


@dataclass(frozen=True)
class PartResult:
    """One forwarded file: what the centre said of its items (or why it was refused whole)."""

    name: str
    new: int = 0
    already: int = 0
    refused: int = 0
    error: Message | None = None


@dataclass(frozen=True)
class ForwardResult:
    parts: tuple[PartResult, ...]
    receipts: tuple[Path, ...] = ()


def _enrolled(session: Session, on_store: StoreThread) -> EnrolledDevice:
    enrolled = on_store(session.enrolment.current)
    if enrolled is None:
        raise not_enrolled()
    return enrolled


def export_bundle(session: Session, out: Path, *, on_store: StoreThread = direct,
                  check_stop: Callable[[], None] = lambda: None,
                  progress: Callable[[int, int], None] = lambda _done, _total: None,
                  max_part_bytes: int = protocol.DEFAULT_BUNDLE_BYTES) -> ExportResult:
    """Every waiting version, frozen-sealed, and its documents sealed, as bundle parts at `out`: a folder (the
    parts get their own names) or a file name (`name-2-of-3.ext` when there is more than one part).

    `check_stop` raises to cancel (the operation's `Progress.check`); nothing is written before the last check."""
    enrolled = _enrolled(session, on_store)
    check_stop()
    folder = out if out.is_dir() else out.parent
    if not folder.is_dir():
        raise _error("bundle_folder_missing", "Folder tujuan tidak ada: pilih folder di flashdisk.",
                     "The target folder does not exist: choose a folder on the USB stick.")
    _check_space(folder, 0)  # a full stick is said before anything is sealed
    pending = on_store(lambda: session.handover_export.pending(sealer_for(enrolled)))
    if not pending:
        return ExportResult(0, 0, ())
    hashes = sorted({sha for item in pending for sha in item.attachments})
    seal_document = document_sealer_for(enrolled)
    documents = []
    for done, sha256 in enumerate(hashes):
        check_stop()
        progress(done, len(hashes) + 1)
        data = on_store(partial(session.outbox.attachment_bytes, sha256))
        documents.append(SealedAttachment(sha256, seal_document(data)))
    items = [SealedItem(str(i.record_id), i.version, i.sealed, i.replaces_version) for i in pending]
    bundle_id = str(uuid.uuid4())
    try:
        parts = bundle.write_parts(DeviceKey.from_private_bytes(enrolled.device_private_key), enrolled.device_id,
                                   items, documents, bundle_id=bundle_id, max_bytes=max_part_bytes)
    except bundle.BundleTooLarge as exc:
        raise _error("bundle_part_too_small", "Ukuran bagian terlalu kecil untuk satu data; pilih ukuran lebih besar.",
                     "The part size is too small for one record or document; choose a larger size.") from exc
    _check_space(folder, sum(len(p) for p in parts))
    check_stop()
    files = _write_all(out, bundle_id, enrolled.device_id, parts)
    progress(len(hashes) + 1, len(hashes) + 1)
    first_sha256 = hashlib.sha256(parts[0]).hexdigest()
    on_store(lambda: session.handovers.record("bundle_exported", len(items), len(parts), first_sha256))
    return ExportResult(len(items), len(documents), files)


def forward_bundle(session: Session, files: Sequence[Path], receipt_folder: Path | None = None, *,
                   on_store: StoreThread = direct, check_stop: Callable[[], None] = lambda: None,
                   progress: Callable[[int, int], None] = lambda _done, _total: None) -> ForwardResult:
    """Send each part to the centre; with `receipt_folder`, write the centre's receipt for the maker there."""
    enrolled = _enrolled(session, on_store)
    client = client_for(enrolled, EnrolmentOnStore(session.enrolment, on_store))
    results: list[PartResult] = []
    receipts: list[Path] = []
    try:
        for done, path in enumerate(files):
            check_stop()
            progress(done, len(files))
            data = read_file(path, MAX_FILE_BYTES)
            try:
                answer = client.forward_bundle_part(data)
            except CentralRefused as refused:
                results.append(PartResult(path.name, error=refused_message(refused.code or "")))
                continue
            outcomes = [r.outcome for r in answer.results]
            results.append(PartResult(path.name, new=outcomes.count(Outcome.ACCEPTED),
                                      already=outcomes.count(Outcome.ALREADY_HAVE),
                                      refused=len(outcomes) - outcomes.count(Outcome.ACCEPTED)
                                      - outcomes.count(Outcome.ALREADY_HAVE)))
            on_store(partial(session.handovers.record, "bundle_forwarded", len(outcomes), 1,
                             hashlib.sha256(data).hexdigest()))
            if receipt_folder is not None:
                receipts.append(_write_new(_free_name(receipt_folder, path.stem, RECEIPT_SUFFIX), answer.receipt))
    finally:
        client.close()
    return ForwardResult(tuple(results), tuple(receipts))


def import_receipt(session: Session, path: Path, *, on_store: StoreThread = direct) -> ReceiptReport:
    """Apply a receipt made by this device's centre for this device, as a sync would apply the answers."""
    enrolled = _enrolled(session, on_store)
    data = read_file(path, receipt.MAX_RECEIPT_BYTES)
    try:
        read = receipt.read_receipt(data, enrolled.device_id, enrolled.device_private_key,
                                    enrolled.centre_public_key)
        verdicts = [ItemVerdict.from_result(uuid.UUID(r.record_id), r.version, r) for r in read.results]
        decisions = [_Decision.of(d) for d in read.decisions]
    except receipt.ReceiptInvalid as exc:
        raise _receipt_refused(exc.reason) from exc
    except ValueError as exc:  # a decision reason no person should be shown
        raise _receipt_refused("body") from exc
    return on_store(lambda: session.receipt_import.apply(verdicts, read.sealed_sha256, decisions, read.sha256))


@dataclass(frozen=True)
class _Decision:
    """A decision from a receipt, with the centre's cursor it came under."""

    record_id: uuid.UUID
    version: int
    state: str
    reasons: tuple[Reason, ...]
    decided_at: dt.datetime | None
    cursor: str

    @classmethod
    def of(cls, raw: answers.Decision) -> _Decision:
        decision = CentreDecision.from_answer(raw)
        return cls(decision.record_id, decision.version, decision.state.value, decision.reasons,
                   decision.decided_at, raw.cursor)


def read_file(path: Path, limit: int) -> bytes:
    """The file's bytes, never more than `limit` read; a clear message for a missing or oversized file."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise _error("handover_file_unreadable", "Berkas {name} tidak dapat dibaca. Periksa flashdisk lalu coba lagi.",
                     "The file {name} cannot be read. Check the USB stick and try again.", name=path.name) from exc
    if len(data) > limit:
        raise _error("handover_file_too_large", "Berkas {name} terlalu besar untuk berkas serah terima.",
                     "The file {name} is too large to be a hand-over file.", name=path.name)
    return data


def refused_message(code: str) -> Message:
    return Message("bundle_refused", "Pusat menolak seluruh berkas ini ({code}): rusak, terpotong, bukan dari "
                   "perangkat terdaftar, atau dari kantor lain. Buat ulang berkas di perangkat asal, atau serahkan "
                   "lewat perangkat kantornya sendiri.",
                   "The centre refused this whole file ({code}): damaged, cut short, not from an enrolled device, "
                   "or from another office. Make the file again on the device it came from, or hand it over "
                   "through a device of its own office.", {"code": code})


def _receipt_refused(reason: str) -> HandoverError:
    return _error("receipt_refused", "Tanda terima ditolak ({reason}): bukan dari pusat perangkat ini, untuk "
                  "perangkat lain, atau rusak. Minta tanda terima baru dari pusat.",
                  "The receipt was refused ({reason}): not from this device's centre, for another device, or "
                  "damaged. Ask the centre for a new receipt.", reason=reason)


def _check_space(folder: Path, needed: int) -> None:
    free = shutil.disk_usage(folder).free
    if free < needed + SPACE_MARGIN:
        raise _error("bundle_no_space", "Ruang di {folder} tidak cukup: perlu {need} MB, tersedia {free} MB. Pakai "
                     "flashdisk lain atau kosongkan ruang.", "Not enough space in {folder}: {need} MB needed, "
                     "{free} MB free. Use another USB stick or free some space.", folder=folder.name or str(folder),
                     need=-(-(needed + SPACE_MARGIN) // 1_000_000), free=free // 1_000_000)


def _write_all(out: Path, bundle_id: str, device_id: str, parts: list[bytes]) -> tuple[Path, ...]:
    count = len(parts)
    if out.is_dir():
        stem, suffix, folder = f"luring-{device_id[:8]}-{bundle_id[:8]}", PART_SUFFIX, out
    else:
        stem, suffix, folder = out.stem, out.suffix, out.parent
    width = len(str(count))
    names = [folder / f"{stem}{suffix}"] if count == 1 and not out.is_dir() else \
        [folder / f"{stem}-{n:0{width}d}-of-{count}{suffix}" for n in range(1, count + 1)]
    for path in names:  # before the first byte is written: never half a bundle beside an old file
        _refuse_existing(path)
    return tuple(_write_new(path, data) for path, data in zip(names, parts, strict=True))


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """`stem.suffix`, or `stem-2.suffix` and so on: a receipt from forwarding again never replaces the first."""
    path, number = folder / f"{stem}{suffix}", 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}{suffix}"
    return path


def _refuse_existing(path: Path) -> None:
    if path.exists():
        raise _error("handover_file_exists", "Berkas {name} sudah ada; pilih nama atau folder lain.",
                     "The file {name} already exists; choose another name or folder.", name=path.name)


def _write_new(path: Path, data: bytes) -> Path:
    """Written beside, synced, then moved into place (as keyslots.json is); an existing file is never overwritten."""
    _refuse_existing(path)
    atomic_write(path, data)
    return path

"""Registration work the wizard, the records list and the record window hand to the store thread.

Each factory takes the runner and the session and returns an `Operation`
that says what it changes, so the records list, the drafts line and the
status bar refresh themselves.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.reference import ReferenceData
from desktop.domain.registration import AttachmentKind, AttachmentRef, Registration
from desktop.operations.runner import Changes, Operation, OperationRunner, Pool, Progress
from desktop.reports.receipt import ReceiptContent, write_pdf
from desktop.store.attachments import MAX_INPUT_BYTES
from desktop.store.drafts import DraftInfo
from desktop.store.record_centre import CentreStatus
from desktop.store.records import RecordQuery, RecordSummary

if TYPE_CHECKING:
    from desktop.store.session import Session

MAX_ATTACHMENT_BYTES = MAX_INPUT_BYTES  # the store's own limit, checked before reading the file
SAVED = Changes(records=True, outbox=True, drafts=True)
DRAFTS = Changes(drafts=True)
REQUEUED = Changes(records=True, outbox=True)


def save_registration(runner: OperationRunner, session: Session, reg: Registration, *, ready: bool,
                      reference: ReferenceData, correction: bool, draft_id: uuid.UUID | None
                      ) -> Operation[RecordSummary]:
    """Save (or correct) a registration checked against `reference`; the draft it came from goes in the same job."""

    def job(_progress: Progress) -> RecordSummary:
        records = session.records
        if correction:
            summary = records.correct_registration(reg, ready=ready, reference=reference)
        else:
            summary = records.save_registration(reg, ready=ready, reference=reference)
        if draft_id is not None:
            session.drafts.delete(draft_id)
        return summary

    return Operation(runner, job, changes=SAVED)


def save_draft(runner: OperationRunner, session: Session, draft_id: uuid.UUID, data: dict[str, Any],
               step: int) -> Operation[None]:
    snapshot = dict(data)  # the GUI keeps editing its copy while the store thread writes this one
    return Operation(runner, lambda _p: session.drafts.save(draft_id, snapshot, step), changes=DRAFTS)


def load_draft(runner: OperationRunner, session: Session, draft_id: uuid.UUID) -> Operation[dict[str, Any]]:
    return Operation(runner, lambda _p: session.drafts.load(draft_id))


def discard_draft(runner: OperationRunner, session: Session, draft_id: uuid.UUID) -> Operation[None]:
    return Operation(runner, lambda _p: session.drafts.delete(draft_id), changes=DRAFTS)


def list_drafts(runner: OperationRunner, session: Session) -> Operation[list[DraftInfo]]:
    """This officer's drafts, most recently saved first."""
    return Operation(runner, lambda _p: session.drafts.all())


def add_attachment_file(runner: OperationRunner, session: Session, kind: AttachmentKind,
                        path: Path) -> Operation[tuple[AttachmentRef, bytes]]:
    """Read `path` on the store thread too (a slow USB stick must not freeze the window); EXIF stripped."""

    def job(_progress: Progress) -> tuple[AttachmentRef, bytes]:
        payload = path.read_bytes()
        return session.attachments.add(kind, payload), payload

    return Operation(runner, job)


def attachment_bytes(runner: OperationRunner, session: Session, sha256: str) -> Operation[bytes]:
    return Operation(runner, lambda _p: session.attachments.read(sha256))


def get_registration(runner: OperationRunner, session: Session, record_id: uuid.UUID) -> Operation[Registration]:
    return Operation(runner, lambda _p: session.records.get_registration(record_id))


def first_page(runner: OperationRunner, session: Session, query: RecordQuery,
               size: int) -> Operation[tuple[int, list[RecordSummary]]]:
    """How many records match `query`, and the newest `size` of them, in one job."""
    return Operation(runner, lambda _p: (session.records.count_records(query),
                                         session.records.list_records(query, 0, size)))


def next_page(runner: OperationRunner, session: Session, query: RecordQuery, offset: int,
              size: int) -> Operation[list[RecordSummary]]:
    return Operation(runner, lambda _p: session.records.list_records(query, offset, size))


def outbox_counts(runner: OperationRunner, session: Session) -> Operation[dict[str, int]]:
    return Operation(runner, lambda _p: session.records.outbox_counts())


def centre_status(runner: OperationRunner, session: Session, record_id: uuid.UUID) -> Operation[CentreStatus]:
    """What the record's screen says of the centre: its sync state, the centre's last word, its documents."""
    return Operation(runner, lambda _p: session.outbox.centre_status(record_id))


def send_again(runner: OperationRunner, session: Session, record_id: uuid.UUID, version: int) -> Operation[None]:
    """A supervisor puts a held-back (quarantined) record back in the queue; audited. Officers are refused."""
    return Operation(runner, lambda _p: session.send_again(record_id, version), changes=REQUEUED)


def write_receipt_pdf(runner: OperationRunner, content: ReceiptContent, path: Path) -> Operation[None]:
    """The applicant's receipt as a PDF at `path` (a place the officer chose), off the GUI thread."""
    return Operation(runner, lambda _p: write_pdf(content, path), pool=Pool.IO)

"""The audit log from the application: what the window shows, and its export (itself audit-logged).

Both on the store's thread. The window reads the newest entries only; the
export streams every entry into a temporary file moved into place when
complete, so a failed export leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.messages import Message
from desktop.operations.reports import write_whole
from desktop.operations.runner import Operation, OperationRunner, Progress
from desktop.reports import audit_export
from desktop.reports.audit_export import AuditExport
from desktop.store.audit import AuditEntry, AuditVerdict
from desktop.store.device import OfficeInfo
from sync.signing import DeviceKey

if TYPE_CHECKING:
    from desktop.store.session import Session

SHOWN = 500
NOT_WRITTEN = Message(
    "audit_not_written", "Log audit tidak dapat ditulis ke {folder}; pilih folder lain yang bisa ditulisi dan yang "
    "masih punya ruang.", "The audit log cannot be written to {folder}; choose another folder that can be written "
    "to and has space left.")
WRITERS = {"csv": audit_export.write_csv, "pdf": audit_export.write_pdf}


@dataclass(frozen=True)
class AuditView:
    verdict: AuditVerdict
    entries: list[AuditEntry]  # the newest first, at most SHOWN
    witnessed_position: int
    witnessed_at: dt.datetime | None


def read_view(session: Session, checkpoint: Progress | None = None) -> AuditView:
    entries = session.audit.entries(SHOWN)  # refuses anyone but a supervisor, before the walk
    verdict = session.audit.verify(checkpoint=checkpoint.check if checkpoint else lambda: None)
    return AuditView(verdict, entries, *session.audit.witnessed())


def export(session: Session, form: str, out: Path, *, office: OfficeInfo, language: str = "id",
           now: dt.datetime | None = None) -> int:
    """Write the whole log as `form` (csv or pdf) to `out`; returns the entries written."""
    if form not in WRITERS:
        raise ValueError(f"unknown audit export format {form!r}")
    verdict = session.audit.verify()
    enrolled = session.enrolment.current()
    position, witnessed_at = session.audit.witnessed()
    request = AuditExport(
        office=office, device_id=enrolled.device_id if enrolled else session.device_id,
        generated_at=now or dt.datetime.now(dt.UTC), generated_by=session.account.display_name, verdict=verdict,
        witnessed_position=position, witnessed_at=witnessed_at,
        entries=session.audit.all_entries, language=language,
        signer=DeviceKey.from_private_bytes(enrolled.device_private_key) if enrolled else None)
    write_whole(out, lambda temp: WRITERS[form](request, temp), NOT_WRITTEN)
    session.audit.record("export", kind="audit_log", format=form, entries=verdict.entries)
    return verdict.entries


def load_view(runner: OperationRunner, session: Session) -> Operation[AuditView]:
    return Operation(runner, lambda progress: read_view(session, progress))


def write_export(runner: OperationRunner, session: Session, form: str, out: Path, office: OfficeInfo,
                 language: str) -> Operation[int]:
    return Operation(runner, lambda _p: export(session, form, out, office=office, language=language))

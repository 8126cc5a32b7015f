"""Sync reports written to a file (no Qt): shared by `report_ops` (the application) and `luring report`.

A report is written to a temporary file beside the chosen one and moved into
place only when complete, so a cancel, a full disk or a crash leaves no half
report behind. Every report written is audit-logged, a named one as such.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from desktop.domain.messages import DomainError, Message
from desktop.reports.csv_report import write_csv
from desktop.reports.pdf_report import write_pdf
from desktop.reports.sync_report import FORMATS, ReportRequest, SyncReport, gather, record_export
from desktop.reports.xlsx_report import write_xlsx
from desktop.store.device import OfficeInfo

if TYPE_CHECKING:
    from desktop.store.session import Session

__all__ = ["FORMATS", "ReportRequest", "ReportWritten", "preview", "write_report"]
WRITERS = {"csv": write_csv, "xlsx": write_xlsx, "pdf": write_pdf}


@dataclass(frozen=True)
class ReportWritten:
    path: Path
    form: str
    records: int
    content_sha256: str


class ReportNotWritten(DomainError):
    pass


NOT_WRITTEN = Message(
    "report_not_written", "Laporan tidak dapat ditulis ke {folder}; pilih folder lain yang bisa ditulisi dan yang "
    "masih punya ruang.", "The report cannot be written to {folder}; choose another folder that can be written to "
    "and has space left.")
T = TypeVar("T")


def write_whole(out: Path, write: Callable[[Path], T], refused: Message) -> T:
    """`write` a temporary file beside `out`, moved into place only once complete: a cancel, a full disk or a
    crash leaves no half file. An OSError is `refused` (said with the folder), as ReportNotWritten."""
    temp = out.with_name(f".{out.name}.{os.urandom(4).hex()}.tmp")
    try:
        result = write(temp)
        os.replace(temp, out)
    except OSError as error:
        raise ReportNotWritten(Message(refused.code, refused.id, refused.en, {"folder": str(out.parent)})) from error
    finally:
        temp.unlink(missing_ok=True)
    return result


def preview(session: Session, request: ReportRequest, *, office: OfficeInfo, device_id: str,
            now: dt.datetime | None = None) -> SyncReport:
    """The report's figures, to show before it is saved (the rows are read only when written)."""
    return gather(session, request, office=office, device_id=device_id, now=now)


def write_report(session: Session, request: ReportRequest, form: str, out: Path, *, office: OfficeInfo,
                 device_id: str, now: dt.datetime | None = None, check_stop: Callable[[], None] = lambda: None,
                 progress: Callable[[int, int], None] = lambda _done, _total: None) -> ReportWritten:
    if form not in WRITERS:
        raise ValueError(f"unknown report format {form!r}")
    report = gather(session, request, office=office, device_id=device_id, now=now)

    def tick(done: int) -> None:
        check_stop()
        progress(done, report.records)

    digest = write_whole(out, lambda temp: WRITERS[form](report, temp, tick), NOT_WRITTEN)
    record_export(session, report, form)
    progress(report.records, report.records)
    return ReportWritten(out, form, report.records, digest)

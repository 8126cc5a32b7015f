"""Sync reports from the application: the preview, and the report written with progress and a Stop.

Both run on the store's thread, which streams the rows while the file is
written (`reports.py`, shared with `luring report`); a cancel stops at the next
thousand rows and leaves no file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.operations import reports
from desktop.operations.reports import ReportWritten
from desktop.operations.runner import Operation, OperationRunner, Pool
from desktop.reports.sync_report import ReportRequest, SyncReport
from desktop.store.device import OfficeInfo

if TYPE_CHECKING:
    from desktop.store.session import Session


def preview(runner: OperationRunner, session: Session, request: ReportRequest,
            office: OfficeInfo) -> Operation[SyncReport]:
    return Operation(runner, lambda _p: reports.preview(session, request, office=office,
                                                        device_id=session.device_id), pool=Pool.STORE)


def write_report(runner: OperationRunner, session: Session, request: ReportRequest, form: str, out: Path,
                 office: OfficeInfo) -> Operation[ReportWritten]:
    return Operation(runner, lambda progress: reports.write_report(
        session, request, form, out, office=office, device_id=session.device_id, check_stop=progress.check,
        progress=progress.report), pool=Pool.STORE)

"""The SHA-256 of a report's content, the same for its CSV, XLSX and PDF: header and figures, then every row.

The header and the figures are hashed as canonical JSON lines; each row as the
line the CSV report writes for it (`csv_line`), so the CSV writer hashes the
very text it writes and pays nothing more. A text cell a spreadsheet would run
as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a
leading apostrophe, as OWASP advises: shown as text, never run.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.reports.sync_report import Cell, SyncReport

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_STARTS = frozenset(FORMULA_STARTS)


def guard(value: Cell) -> str | int:
    if isinstance(value, str):
        return "'" + value if value[:1] in _STARTS else value
    if isinstance(value, dt.datetime):
        return value.isoformat(" ", "seconds")
    return value


class ContentDigest:
    def __init__(self, report: SyncReport) -> None:
        self._hash = hashlib.sha256()
        for value in ([report.office.office_name, report.office.disnaker_code, report.device_id,
                       report.generated_at.isoformat(), report.generated_by, report.period(), report.filters()],
                      [[label, _plain(value)] for label, value in report.summary()], report.reasons(),
                      [[h.at.isoformat(), h.kind, h.records, h.parts, h.account, h.sha256]
                       for h in report.figures.handovers]):
            self.add_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n")
        self._buffer = io.StringIO()
        self._lines = csv.writer(self._buffer, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")

    def add(self, cells: list[Cell]) -> None:
        """One row, as the CSV report writes it."""
        self._lines.writerow([guard(cell) for cell in cells])
        if self._buffer.tell() > 65536:
            self._flush()

    def add_text(self, text: str) -> None:
        self._hash.update(text.encode())

    def hexdigest(self) -> str:
        self._flush()
        return self._hash.hexdigest()

    def _flush(self) -> None:
        self.add_text(self._buffer.getvalue())
        self._buffer.seek(0)
        self._buffer.truncate()


def _plain(value: Cell) -> str | int:
    return value.isoformat() if isinstance(value, dt.datetime) else value

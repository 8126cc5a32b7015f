"""The report's records as CSV: UTF-8 with a BOM (spreadsheet programs then read it right), text quoted.

Cells that would run as formulas are guarded (`digest.guard`); `unguard` takes
exactly that apostrophe off again. The rows go out a thousand at a time, and
the content's SHA-256 is taken over the same text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from desktop.reports.digest import FORMULA_STARTS, ContentDigest, guard
from desktop.reports.sync_report import SyncReport

Tick = Callable[[int], None]
CHUNK = 1000


def unguard(text: str) -> str:
    """What a guarded cell said before `guard`."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def write_csv(report: SyncReport, path: Path, tick: Tick = lambda _n: None) -> str:
    """Write the header row and one row per record; returns the content's SHA-256."""
    digest = ContentDigest(report)
    buffer = io.StringIO()
    lines = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    cells = report.cells
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n").writerow(report.columns())
        for n, row in enumerate(report.rows(), start=1):
            lines.writerow([guard(cell) for cell in cells(row)])
            if n % CHUNK == 0:
                _write(out, buffer, digest)
                tick(n)
        _write(out, buffer, digest)
    return digest.hexdigest()


def _write(out: TextIO, buffer: io.StringIO, digest: ContentDigest) -> None:
    text = buffer.getvalue()
    out.write(text)
    digest.add_text(text)
    buffer.seek(0)
    buffer.truncate()

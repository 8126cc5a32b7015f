"""The report's records as CSV: UTF-8 with a BOM (spreadsheet programs then read it right), every field quoted.

A text cell a spreadsheet would run as a formula (it starts with =, +, -, @, a
tab or a carriage return) gets a leading apostrophe, as OWASP advises: shown as
text, never run. `unguard` takes exactly that apostrophe off again.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from desktop.reports.sync_report import Cell, ContentDigest, SyncReport

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Tick = Callable[[int], None]


def guard(value: Cell) -> str | int:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unguard(text: str) -> str:
    """What a guarded cell said before `guard`."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def write_csv(report: SyncReport, path: Path, tick: Tick = lambda _n: None) -> str:
    """Write the header row and one row per record; returns the content's SHA-256."""
    digest = ContentDigest(report)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
        writer.writerow(report.columns())
        for n, row in enumerate(report.rows(), start=1):
            cells = report.cells(row)
            digest.add(cells)
            writer.writerow([guard(cell) for cell in cells])
            if n % 1000 == 0:
                tick(n)
    return digest.hexdigest()

"""The report as XLSX: a summary sheet and a details sheet, typed cells, a frozen header, filters, widths.

Written with xlsxwriter in constant-memory mode: each row goes to disk as it is
written, so 100,000 records take little memory (bench/report_benchmark.py
compares it with openpyxl's write-only mode, which also refuses control
characters a name may hold). Every text is written as a string, never as a
formula, a number or a link, whatever it starts with; characters XML cannot
carry are escaped as the format says (_x000D_ for a carriage return), except in a text
that starts with "<r>" and ends with "</r>", which xlsxwriter escapes twice (see `_write`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from desktop.reports.digest import ContentDigest
from desktop.reports.sync_report import Cell, SyncReport

Tick = Callable[[int], None]
_OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False, "default_date_format": "dd-mm-yyyy hh:mm"}
_DETAIL_WIDTHS = {"col_reference": 16, "col_record": 38, "col_version": 8, "col_nik": 20, "col_name": 30,
                  "col_officer": 14, "col_village": 16, "col_registered": 18, "col_status": 22, "col_reasons": 48,
                  "col_clock": 14}


def write_xlsx(report: SyncReport, path: Path, tick: Tick = lambda _n: None) -> str:
    """Write both sheets; returns the content's SHA-256. The file is opened first, so a folder that cannot be
    written to fails at once, before the workbook has made its temporary files."""
    digest = ContentDigest(report)
    with path.open("wb") as handle:
        # Constant-memory rows wait in temporary files, in plain text: beside the report (the folder the supervisor
        # chose for this very content), never in the system's temp folder, where a named list would be left readable.
        book = xlsxwriter.Workbook(handle, {**_OPTIONS, "tmpdir": str(path.parent)})
        try:
            styles = {"bold": book.add_format({"bold": True}),
                      "when": book.add_format({"num_format": "dd-mm-yyyy hh:mm"}),
                      "wrap": book.add_format({"text_wrap": True, "valign": "top"})}
            _summary_sheet(book, report, styles)
            _details_sheet(book, report, styles, digest, tick)
        finally:
            try:
                book.close()  # also after a Stop: it closes the workbook's temporary files
            except FileCreateError as error:  # not an OSError of its own: said as one, like the other writers'
                raise OSError(str(error)) from error
    return digest.hexdigest()


def _summary_sheet(book: Any, report: SyncReport, styles: dict[str, Any]) -> None:
    sheet = book.add_worksheet(report.t("totals")[:31])
    sheet.set_column(0, 0, 46)
    sheet.set_column(1, 1, 40)
    row = 0
    sheet.write_string(row, 0, report.t("title"), styles["bold"])
    for label, value in report.header_lines():
        row += 1
        _write(sheet, row, 0, label, styles)
        _write(sheet, row, 1, value, styles)
    row += 2
    sheet.write_string(row, 0, report.t("label"), styles["bold"])
    sheet.write_string(row, 1, report.t("value"), styles["bold"])
    sections: list[tuple[str, list[tuple[str, Cell]]]] = [
        ("totals", report.summary()), ("reasons", list(report.reasons())),
        ("handovers", [(f"{report.when(h.at)} {h.account}", f"{h.kind} · {h.records} · {h.parts}")
                       for h in report.figures.handovers])]
    for key, items in sections:
        row += 1
        sheet.write_string(row, 0, report.t(key), styles["bold"])
        for item, figure in items or [(report.t("none"), "")]:
            row += 1
            _write(sheet, row, 0, item, styles)
            _write(sheet, row, 1, figure, styles)


def _details_sheet(book: Any, report: SyncReport, styles: dict[str, Any], digest: ContentDigest,
                   tick: Tick) -> None:
    sheet = book.add_worksheet(report.t("details")[:31])
    keys = [k for k in _DETAIL_WIDTHS if k != "col_name" or report.request.named]
    for column, key in enumerate(keys):
        sheet.set_column(column, column, _DETAIL_WIDTHS[key])
    sheet.freeze_panes(1, 0)
    for column, title in enumerate(report.columns()):
        sheet.write_string(0, column, title, styles["bold"])
    rows = 0
    for rows, record in enumerate(report.rows(), start=1):
        cells = report.cells(record)
        digest.add(cells)
        for column, value in enumerate(cells):
            _write(sheet, rows, column, value, styles)
        if rows % 1000 == 0:
            tick(rows)
    sheet.autofilter(0, 0, max(rows, 1), len(keys) - 1)


def _write(sheet: Any, row: int, column: int, value: Cell, styles: dict[str, Any]) -> None:
    if isinstance(value, str):
        if not value:
            return  # a blank cell is what an empty one reads as; most rows have no reasons and no clock flag
        wrap = [styles["wrap"]] if "\n" in value else []
        if value.startswith("<r>") and value.endswith("</r>"):
            # In constant-memory mode xlsxwriter copies such a text into the file as rich-text XML, unescaped: a name
            # "<r>&</r>" would break the whole workbook. As three plain runs it is escaped like any other text.
            sheet.write_rich_string(row, column, value[:1], value[1:2], value[2:], *wrap)
        else:
            sheet.write_string(row, column, value, *wrap)
    elif isinstance(value, dt.datetime):
        sheet.write_datetime(row, column, value, styles["when"])
    else:
        sheet.write_number(row, column, value)

"""The report as a PDF to print, sign and file: A4 landscape, drawn with reportlab's canvas.

Page 1: the office, device, period and filters, the summary, the centre's
reasons and the hand-overs. Page 2: registrations and outcomes per day, as a
chart with its numbers written on it. Then the detail table, its header on
every page, and the signature block with the content's SHA-256, the device's
Ed25519 signature and how to check them. The canvas is used rather than
platypus tables, which lay out a 10,000-row table several times over
(bench/report_benchmark.py times it).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import units
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from desktop.reports import signature, texts
from desktop.reports.digest import ContentDigest
from desktop.reports.pdf_chart import draw_chart
from desktop.reports.pdf_text import BOLD, draw, draw_right, fonts, wrap
from desktop.reports.sync_report import Cell, SyncReport
from desktop.store.key_slots import atomic_write
from sync.fingerprint import fingerprint_text

Tick = Callable[[int], None]
MM: float = units.mm
WIDTH, HEIGHT = (float(side) for side in landscape(A4))
MARGIN = 14 * MM
TOP, BOTTOM = HEIGHT - 20 * MM, 18 * MM
SIZE = 8  # the detail table
LINE = 3.9 * MM
# Relative widths of the detail columns (reference, NIK, [name], officer, village, registered, status, reasons).
_COLUMNS = {"col_no": 9, "col_reference": 31, "col_nik": 33, "col_name": 44, "col_officer": 18, "col_village": 24,
            "col_registered": 24, "col_status": 28, "col_reasons": 57}


class _Pages:
    """Page furniture (a running title, "page n of N") and the cursor down the page."""

    def __init__(self, pdf: Any, report: SyncReport) -> None:
        self.pdf, self.report, self.number = pdf, report, 0
        self.cursor = BOTTOM  # where the detail table ended

    def new(self) -> float:
        if self.number:
            self.pdf.showPage()
        self.number += 1
        pdf, report = self.pdf, self.report
        pdf.setLineWidth(0.6)
        draw(pdf, MARGIN, HEIGHT - 11 * MM, f"{report.t('title')} · {report.office.office_name}", 8)
        draw_right(pdf, WIDTH - MARGIN, HEIGHT - 11 * MM, report.period(), 8)
        pdf.line(MARGIN, HEIGHT - 13 * MM, WIDTH - MARGIN, HEIGHT - 13 * MM)
        draw_right(pdf, WIDTH - MARGIN - 8 * MM, 9 * MM, report.t("page", n=self.number), 8)
        pdf.doForm("page_total")  # filled in at the end, when the count is known
        draw(pdf, MARGIN, 9 * MM, f"{report.t('device')}: {report.device_id}", 8)
        return TOP

    def finish(self) -> None:
        self.pdf.beginForm("page_total")
        draw(self.pdf, WIDTH - MARGIN - 7 * MM, 9 * MM, str(self.number), 8)
        self.pdf.endForm()


def write_pdf(report: SyncReport, path: Path, tick: Tick = lambda _n: None) -> str:
    """Write the signed PDF; returns the content's SHA-256."""
    fonts()
    rl_config.useA85 = 0  # compressed streams as binary: ASCII85 only makes the file larger and slower to write
    digest = ContentDigest(report)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=landscape(A4), pageCompression=1)
    pdf.setTitle(report.t("title"))
    pdf.setAuthor(report.office.office_name)
    pdf.setSubject(report.period())
    pages = _Pages(pdf, report)
    _first_page(pages)
    y = pages.new()
    draw(pdf, MARGIN, y, report.t("chart"), 13, BOLD)
    draw_chart(pdf, report, MARGIN, y - 8 * MM, WIDTH - 2 * MARGIN, y - 8 * MM - BOTTOM - 6 * MM)
    officers = _details(pages, report, digest, tick)
    content_sha256 = digest.hexdigest()
    content_signature = signature.sign_content(report.signer, content_sha256) if report.signer else ""
    _signatures(pages, report, sorted(officers), content_sha256, content_signature)
    pages.finish()
    pdf.save()
    body = buffer.getvalue()
    if report.signer:
        body = signature.seal(body, report.signer, report.device_id, content_sha256, content_signature)
    atomic_write(path, body)
    return content_sha256


def _first_page(pages: _Pages) -> None:
    pdf, report = pages.pdf, pages.report
    y = pages.new()
    draw(pdf, MARGIN, y, report.t("title"), 16, BOLD)
    y -= 9 * MM
    for label, value in report.header_lines():
        draw(pdf, MARGIN, y, label, 10)
        for line in wrap(value, WIDTH - 2 * MARGIN - 40 * MM, 10, BOLD):
            draw(pdf, MARGIN + 40 * MM, y, line, 10, BOLD)
            y -= 5.2 * MM
    draw(pdf, MARGIN, y, report.t("named_list" if report.request.named else "masked_list"), 9)
    top = y - 10 * MM
    half = (WIDTH - 2 * MARGIN) / 2
    _pairs(pdf, report.t("totals"), report.summary(), MARGIN, top, half - 8 * MM, report)
    y = _pairs(pdf, report.t("reasons"), list(report.reasons()), MARGIN + half, top, half, report)
    handovers: list[tuple[str, Cell]] = [
        (f"{report.when(h.at)} · {h.account}", f"{texts.handover_name(h.kind, report.language)}: {h.records} · "
                                                f"{h.parts}")
        for h in report.figures.handovers]
    _pairs(pdf, report.t("handovers"), handovers, MARGIN + half, y - 6 * MM, half, report)


def _pairs(pdf: Any, title: str, items: list[tuple[str, Cell]], x: float, y: float, room: float,
           report: SyncReport) -> float:
    """A titled list of label/value lines; returns the y below it. What does not fit above the footer is counted."""
    draw(pdf, x, y, title, 12, BOLD)
    y -= 7 * MM
    if not items:
        draw(pdf, x, y, report.t("none"), 10)
        return y - 5.5 * MM
    for shown, (label, value) in enumerate(items):
        if y < BOTTOM + 6 * MM:
            draw(pdf, x, y, f"… +{len(items) - shown}", 10)
            return y - 5.5 * MM
        text = report.when(value) if not isinstance(value, (str, int)) else str(value)
        label_lines = wrap(label, room * 0.62, 10, max_lines=1)
        draw(pdf, x, y, label_lines[0], 10)
        draw_right(pdf, x + room, y, wrap(text, room * 0.36, 10, BOLD, max_lines=1)[0], 10, BOLD)
        pdf.setLineWidth(0.25)
        pdf.line(x, y - 1.6 * MM, x + room, y - 1.6 * MM)
        y -= 5.5 * MM
    return y


def _detail_layout(report: SyncReport) -> list[tuple[str, float, float]]:
    """(column key, x, width) across the page."""
    keys = [k for k in _COLUMNS if k != "col_name" or report.request.named]
    scale = (WIDTH - 2 * MARGIN) / sum(_COLUMNS[k] for k in keys)
    layout, x = [], MARGIN
    for key in keys:
        layout.append((key, x, _COLUMNS[key] * scale))
        x += _COLUMNS[key] * scale
    return layout


def _details(pages: _Pages, report: SyncReport, digest: ContentDigest, tick: Tick) -> set[str]:
    """The detail table; returns the officers who appear in it (for the signature block)."""
    pdf, layout = pages.pdf, _detail_layout(report)
    titles = {key: report.t(key) for key, _x, _width in layout}
    y = _table_top(pages, report, layout, titles)
    officers: set[str] = set()
    count = 0
    for count, row in enumerate(report.rows(), start=1):
        cells = report.cells(row)
        digest.add(cells)
        officers.add(row.officer)
        shown = _pdf_cells(report, cells, count)
        lines = {key: wrap(shown[key], width - 1.6 * MM, SIZE) for key, _x, width in layout}
        height = max(len(v) for v in lines.values()) * LINE + 1.4 * MM
        if y - height < BOTTOM:
            y = _table_top(pages, report, layout, titles)
        for key, x, _width in layout:
            for n, line in enumerate(lines[key]):
                draw(pdf, x + 0.8 * MM, y - LINE * (n + 1) + 0.9 * MM, line, SIZE)
        y -= height
        pdf.setLineWidth(0.2)
        pdf.line(MARGIN, y, WIDTH - MARGIN, y)
        if count % 1000 == 0:
            tick(count)
    if count == 0:
        draw(pdf, MARGIN, y - 6 * MM, report.t("no_records"), 10)
    pages.cursor = y - 8 * MM
    return officers


def _pdf_cells(report: SyncReport, cells: list[Cell], number: int) -> dict[str, str]:
    named = report.request.named
    reference, _record, version, nik, *rest = cells
    name, rest = (rest[0], rest[1:]) if named else ("", rest)
    officer, village, registered, status, reasons, clock = rest
    when = registered.strftime("%d-%m-%Y %H:%M") if not isinstance(registered, (str, int)) else str(registered)
    shown = {"col_no": str(number), "col_reference": f"{reference} v{version}", "col_nik": str(nik),
             "col_officer": str(officer), "col_village": str(village),
             "col_registered": when + (" ⚠" if clock else ""), "col_status": str(status),
             "col_reasons": str(reasons)}
    if named:
        shown["col_name"] = str(name)
    return shown


def _table_top(pages: _Pages, report: SyncReport, layout: list[tuple[str, float, float]],
               titles: dict[str, str]) -> float:
    pdf = pages.pdf
    y = pages.new()
    draw(pdf, MARGIN, y, f"{report.t('details')} ({report.records})", 12, BOLD)
    y -= 4 * MM
    pdf.setFillGray(0.88)
    pdf.rect(MARGIN, y - 6 * MM, WIDTH - 2 * MARGIN, 6 * MM, stroke=0, fill=1)
    pdf.setFillGray(0)
    for key, x, width in layout:
        draw(pdf, x + 0.8 * MM, y - 4.2 * MM, wrap(titles[key], width - 1.6 * MM, SIZE, BOLD, 1)[0], SIZE, BOLD)
    return y - 6 * MM


def _signatures(pages: _Pages, report: SyncReport, officers: list[str], content_sha256: str,
                content_signature: str) -> None:
    """A signing place for the supervisor and one for each officer in the table, four to a row; then the hash,
    the device's signature and how to check them."""
    pdf = pages.pdf
    y = pages.cursor
    if y - 40 * MM < BOTTOM:
        y = pages.new()
    draw(pdf, MARGIN, y, report.t("signatures"), 12, BOLD)
    y -= 8 * MM
    names = report.officer_names
    boxes = [(report.t("supervisor_sign"), report.generated_by)] + [
        (report.t("officer"), f"{names[o]} ({o})" if o in names else o) for o in officers]
    box_width = (WIDTH - 2 * MARGIN - 3 * 8 * MM) / 4
    for n, (role, name) in enumerate(boxes):
        if n and n % 4 == 0:
            y -= 32 * MM
            if y - 30 * MM < BOTTOM:
                y = pages.new()
        x = MARGIN + (n % 4) * (box_width + 8 * MM)
        draw(pdf, x, y, role, 10, BOLD)
        draw(pdf, x, y - 5 * MM, wrap(name, box_width, 9, max_lines=1)[0], 9)
        pdf.setLineWidth(0.6)
        pdf.line(x, y - 22 * MM, x + box_width, y - 22 * MM)
        draw(pdf, x, y - 26 * MM, report.t("name_line"), 8)
    y -= 36 * MM
    lines = [f"{report.t('content_hash')}: {content_sha256}"]
    if report.signer:
        lines += [f"{report.t('device_signature')}: {content_signature}",
                  f"{report.t('device_key')}: {fingerprint_text(report.signer.public_bytes())}",
                  report.t("how_to_verify")]
    else:
        lines.append(report.t("unsigned"))
    if y - len(lines) * 5 * MM < BOTTOM:
        y = pages.new()
    for line in lines:
        draw(pdf, MARGIN, y, line, 8.5)
        y -= 5 * MM

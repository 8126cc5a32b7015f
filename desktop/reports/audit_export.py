"""The audit log as a file a supervisor files: CSV, or a signed PDF with the chain's state and checkpoint.

Entries hold no personal data (store/audit.py refuses it), so the export is
never a named list. Both formats hash the same content (the CSV text of the
entries, cells guarded against formulas); a PDF from an enrolled device is
signed like a sync report and checked the same way (`luring report verify`).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import units
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop.reports import signature
from desktop.reports.digest import guard
from desktop.reports.pdf_text import BOLD, draw, draw_right, fonts, wrap
from desktop.store.audit import AuditEntry, AuditVerdict
from desktop.store.device import OfficeInfo
from desktop.store.key_slots import atomic_write
from sync.fingerprint import fingerprint_text
from sync.signing import DeviceKey

MM = units.mm
WIDTH, HEIGHT = A4
MARGIN, TOP, BOTTOM = 15 * MM, A4[1] - 22 * MM, 18 * MM
COLUMNS = ("seq", "time", "event", "officer", "details")
_X = {"seq": 0, "time": 12, "event": 46, "officer": 90, "details": 116}  # mm from the margin
_TEXTS = {
    "title": ("Log Audit Perangkat", "Device Audit Log"),
    "office": ("Kantor", "Office"), "device": ("Perangkat", "Device"),
    "generated": ("Dibuat", "Generated"), "by": ("oleh", "by"),
    "chain": ("Rantai log audit", "Audit log chain"),
    "ok": ("utuh: {n} catatan, setiap catatan diperiksa", "intact: {n} entries, every entry checked"),
    "broken": ("RUSAK mulai catatan {n}: ada catatan yang diubah, dihapus atau dipindah",
               "BROKEN from entry {n}: entries were changed, removed or moved"),
    "checkpoint": ("Titik periksa terakhir di pusat", "Last checkpoint held by the centre"),
    "checkpoint_at": ("catatan {n}, {when}", "entry {n}, {when}"),
    "none": ("belum ada", "none yet"),
    "seq": ("No.", "No."), "time": ("Waktu (UTC)", "Time (UTC)"), "event": ("Kejadian", "Event"),
    "officer": ("Petugas", "Officer"), "details": ("Rincian", "Details"),
    "page": ("Halaman {n} dari", "Page {n} of"),
    "content_hash": ("SHA-256 isi", "Content SHA-256"),
    "device_signature": ("Tanda tangan perangkat (Ed25519)", "Device signature (Ed25519)"),
    "device_key": ("Sidik kunci perangkat", "Device key fingerprint"),
    "how_to_verify": ("Periksa keaslian berkas ini dengan: luring report verify NAMA-BERKAS.pdf",
                      "Check this file is genuine with: luring report verify FILE-NAME.pdf"),
    "unsigned": ("Perangkat belum terdaftar di pusat: berkas ini tidak ditandatangani.",
                 "The device is not enrolled with the centre: this file is not signed."),
}


@dataclass(frozen=True)
class AuditExport:
    office: OfficeInfo
    device_id: str
    generated_at: dt.datetime
    generated_by: str
    verdict: AuditVerdict
    witnessed_position: int
    witnessed_at: dt.datetime | None
    entries: Callable[[], Iterator[AuditEntry]]  # oldest first, streamed
    language: str = "id"
    signer: DeviceKey | None = field(default=None, repr=False)

    def t(self, key: str, **values: object) -> str:
        text = _TEXTS[key][0 if self.language == "id" else 1]
        return text.format(**values) if values else text

    def summary(self) -> list[tuple[str, str]]:
        verdict = self.verdict
        chain = self.t("ok", n=verdict.entries) if verdict.ok else self.t("broken", n=verdict.first_broken)
        checkpoint = self.t("none") if not self.witnessed_position else self.t(
            "checkpoint_at", n=self.witnessed_position,
            when=self.witnessed_at.strftime("%d-%m-%Y %H:%M UTC") if self.witnessed_at else "—")
        return [(self.t("office"), f"{self.office.office_name} ({self.office.disnaker_code})"),
                (self.t("device"), self.device_id),
                (self.t("generated"), f"{self.generated_at.strftime('%d-%m-%Y %H:%M UTC')} {self.t('by')} "
                                      f"{self.generated_by}"),
                (self.t("chain"), chain), (self.t("checkpoint"), checkpoint)]


def details_text(details: dict[str, str | int]) -> str:
    """An entry's details as "name=value, …", sorted by name."""
    return ", ".join(f"{name}={value}" for name, value in sorted(details.items()))


def cells(entry: AuditEntry) -> list[str | int]:
    return [entry.seq, entry.time, entry.event, entry.officer, details_text(entry.details)]


def _content(export: AuditExport, digest: hashlib._Hash) -> Iterator[tuple[list[str | int], str]]:
    """Each entry's guarded cells and its CSV line, the line added to `digest`: the content both formats hash."""
    buffer = io.StringIO()
    lines = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    for entry in export.entries():
        row = [guard(cell) for cell in cells(entry)]
        lines.writerow(row)
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        digest.update(text.encode())
        yield row, text


def write_csv(export: AuditExport, path: Path) -> str:
    """The header and one row per entry; returns the content's SHA-256 (the rows' CSV text)."""
    digest = hashlib.sha256()
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n").writerow(COLUMNS)
        for _row, text in _content(export, digest):
            out.write(text)
    return digest.hexdigest()


def write_pdf(export: AuditExport, path: Path) -> str:
    """A4 portrait: the chain's state, then the entries, then the hash and the device's signature."""
    fonts()
    rl_config.useA85 = 0
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    pdf.setTitle(export.t("title"))
    pdf.setAuthor(export.office.office_name)
    pages = _Pages(pdf, export)
    y = pages.new()
    draw(pdf, MARGIN, y, export.t("title"), 16, BOLD)
    y -= 9 * MM
    for label, value in export.summary():
        draw(pdf, MARGIN, y, label, 9, BOLD)
        for line in wrap(value, WIDTH - 2 * MARGIN - 70 * MM, 9):
            draw(pdf, MARGIN + 70 * MM, y, line, 9)
            y -= 5 * MM
    y = _table_header(pdf, export, y - 4 * MM)
    digest = hashlib.sha256()
    for row, _text in _content(export, digest):
        details = wrap(str(row[4]), WIDTH - 2 * MARGIN - _X["details"] * MM, 8, max_lines=3)
        if y - len(details) * 4 * MM < BOTTOM:
            y = _table_header(pdf, export, pages.new())
        shown = [str(row[0]), str(row[1])[:19].replace("T", " "), str(row[2]), str(row[3])]  # time to the second
        for name, text in zip(COLUMNS, shown, strict=False):
            draw(pdf, MARGIN + _X[name] * MM, y, wrap(text, 40 * MM, 8, max_lines=1)[0], 8)
        for line in details:
            draw(pdf, MARGIN + _X["details"] * MM, y, line, 8)
            y -= 4 * MM
        y -= 1 * MM
    content_sha256 = digest.hexdigest()
    content_signature = signature.sign_content(export.signer, content_sha256) if export.signer else ""
    footer = [f"{export.t('content_hash')}: {content_sha256}"]
    if export.signer:
        footer += [f"{export.t('device_signature')}: {content_signature}",
                   f"{export.t('device_key')}: {fingerprint_text(export.signer.public_bytes())}",
                   export.t("how_to_verify")]
    else:
        footer.append(export.t("unsigned"))
    if y - (len(footer) + 2) * 5 * MM < BOTTOM:
        y = pages.new()
    y -= 5 * MM
    for line in footer:
        for part in wrap(line, WIDTH - 2 * MARGIN, 7.5, max_lines=2):
            draw(pdf, MARGIN, y, part, 7.5)
            y -= 4.5 * MM
    pages.finish()
    pdf.save()
    body = buffer.getvalue()
    if export.signer:
        body = signature.seal(body, export.signer, export.device_id, content_sha256, content_signature)
    atomic_write(path, body)
    return content_sha256


def _table_header(pdf: canvas.Canvas, export: AuditExport, y: float) -> float:
    for name in COLUMNS:
        draw(pdf, MARGIN + _X[name] * MM, y, export.t(name), 8.5, BOLD)
    pdf.line(MARGIN, y - 1.5 * MM, WIDTH - MARGIN, y - 1.5 * MM)
    return float(y - 6 * MM)


class _Pages:
    def __init__(self, pdf: canvas.Canvas, export: AuditExport) -> None:
        self.pdf, self.export, self.number = pdf, export, 0

    def new(self) -> float:
        if self.number:
            self.pdf.showPage()
        self.number += 1
        pdf, export = self.pdf, self.export
        pdf.setLineWidth(0.6)
        draw(pdf, MARGIN, HEIGHT - 11 * MM, f"{export.t('title')} · {export.office.office_name}", 8)
        pdf.line(MARGIN, HEIGHT - 13 * MM, WIDTH - MARGIN, HEIGHT - 13 * MM)
        draw_right(pdf, WIDTH - MARGIN - 8 * MM, 9 * MM, export.t("page", n=self.number), 8)
        pdf.doForm("page_total")
        draw(pdf, MARGIN, 9 * MM, f"{export.t('device')}: {export.device_id}", 8)
        return float(TOP)

    def finish(self) -> None:
        self.pdf.beginForm("page_total")
        draw(self.pdf, WIDTH - MARGIN - 7 * MM, 9 * MM, str(self.number), 8)
        self.pdf.endForm()

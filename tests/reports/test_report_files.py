"""The report written as CSV, XLSX and PDF, read back: every cell, its type, hostile text, the signature."""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from pathlib import Path

import openpyxl
import pypdf
import pytest
from openpyxl.utils.escape import unescape

from desktop.operations.reports import ReportNotWritten, write_report
from desktop.reports import pdf_text, signature
from desktop.reports.csv_report import unguard
from desktop.reports.sync_report import ReportRequest
from tests.reports.known_store import DEVICE_ID, HOSTILE_NAMES, HOSTILE_REASON, NOW, OFFICE, PERIOD, KnownStore, build

NAMED = ReportRequest(PERIOD, "id", named=True)


def write(known: KnownStore, request: ReportRequest, form: str, out: Path) -> Path:
    write_report(known.session, request, form, out, office=OFFICE, device_id=DEVICE_ID, now=NOW)
    return out


def test_csv_is_utf8_with_bom_and_every_hostile_name_survives_as_text(known: KnownStore, tmp_path: Path) -> None:
    path = write(known, NAMED, "csv", tmp_path / "laporan.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == ["Referensi", "ID data", "Versi", "NIK", "Nama", "Petugas", "Desa/kelurahan", "Didaftarkan",
                      "Status", "Alasan pusat", "Jam meragukan"]
    assert [unguard(r[4]) for r in rows] == HOSTILE_NAMES[1:]
    assert [r[3] for r in rows] == known.niks[1:]
    for row in rows:  # a spreadsheet runs a cell as a formula only when it starts with one of these
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    assert rows[0][7] == "2026-12-01 00:15:00" and rows[0][8] == "Siap dikirim"
    rejected = next(r for r in rows if HOSTILE_REASON in unguard(r[9]) or HOSTILE_REASON in r[9])
    assert rejected[9] == "'" + HOSTILE_REASON + "; NIK sudah terdaftar di pusat"


def test_an_unnamed_csv_has_no_name_and_no_full_nik(known: KnownStore, tmp_path: Path) -> None:
    text = write(known, ReportRequest(PERIOD), "csv", tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "Nama" not in text.splitlines()[0]
    assert not any(nik in text for nik in known.niks)
    assert not any(name.strip() in text for name in HOSTILE_NAMES[4:])


def test_xlsx_has_typed_cells_a_frozen_filtered_header_and_exact_hostile_text(known: KnownStore,
                                                                              tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write(known, NAMED, "xlsx", tmp_path / "laporan.xlsx"))
    summary, details = book.worksheets
    assert (summary.title, details.title) == ("Ringkasan", "Rincian data")
    pairs = {row[0]: row[1] for row in summary.iter_rows(values_only=True) if row[0]}
    assert pairs["Terdaftar"] == 9 and isinstance(pairs["Terdaftar"], int)
    assert pairs["Ditolak"] == 2 and pairs["Perlu perbaikan"] == 1 and pairs["Menunggu dikirim"] == 3
    assert pairs["Sinkronisasi berhasil terakhir"] == dt.datetime(2026, 12, 3, 13, 0)
    assert pairs["NIK sudah terdaftar di pusat"] == 2
    assert details.freeze_panes == "A2" and details.auto_filter.ref == "A1:K10"
    assert details.column_dimensions["E"].width > 20
    header, *rows = list(details.iter_rows(values_only=True))
    assert header[4] == "Nama" and len(rows) == 9
    # Characters XML cannot hold (a carriage return) are escaped as the format says (_x000D_); unescape reads them.
    assert [unescape(r[4]) for r in rows] == HOSTILE_NAMES[1:]
    assert all(details.cell(n, 5).data_type == "s" for n in range(2, 11))  # text, never a formula
    assert isinstance(rows[0][7], dt.datetime) and rows[0][7] == dt.datetime(2026, 12, 1, 0, 15)
    assert isinstance(rows[0][2], int) and rows[0][3] == known.niks[1]
    assert any(unescape(r[9] or "").startswith(HOSTILE_REASON) for r in rows)
    assert [r[10] for r in rows if r[10]] == ["Jam perangkat selisih jauh dari pusat"]  # in words, not its code


def pdf_text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


@pytest.mark.parametrize("language, words", [
    ("id", ["Laporan Sinkronisasi", "Disnaker Kota Depok (3276)", "01-12-2026 – 03-12-2026", "Terdaftar",
            "Halaman 1 dari", "Tanda tangan", "luring report verify"]),
    ("en", ["Sync Report", "Registered", "Page 2 of", "Signatures", "Supervisor", "Budi Santoso (budi)",
            "Sari Lestari (sari)"]),
])
def test_the_pdf_says_the_figures_and_its_signature_verifies(known: KnownStore, tmp_path: Path, language: str,
                                                              words: list[str]) -> None:
    path = tmp_path / "laporan.pdf"
    done = write_report(known.session, ReportRequest(PERIOD, language), "pdf", path, office=OFFICE,
                        device_id=DEVICE_ID, now=NOW)
    text = pdf_text_of(path)
    for word in words:
        assert word in text
    pages = len(pypdf.PdfReader(path).pages)
    last = f"Halaman 3 dari\n{pages}" if language == "id" else f"Page 3 of\n{pages}"
    assert pages == 3 and text.count(last) == 1
    assert done.content_sha256 in text
    assert not any(nik in text for nik in known.niks)
    checked = signature.verify(path.read_bytes())
    assert checked.ok and checked.device_id == DEVICE_ID and checked.content_sha256 == done.content_sha256


def test_one_flipped_byte_anywhere_fails_verification(known: KnownStore, tmp_path: Path) -> None:
    data = write(known, ReportRequest(PERIOD), "pdf", tmp_path / "r.pdf").read_bytes()
    end = data.rfind(signature.MARK)
    for at in (10, len(data) // 3, end - 5, end + len(signature.MARK) + 20):
        flipped = bytearray(data)
        flipped[at] ^= 0x01
        assert not signature.verify(bytes(flipped)).ok, at
    assert signature.verify(data[:end]).problem == "unsigned"  # the signature cut off


def test_hostile_names_are_drawn_with_embedded_fonts_and_no_missing_glyph(known: KnownStore, tmp_path: Path) -> None:
    path = write(known, NAMED, "pdf", tmp_path / "named.pdf")
    for name in [*HOSTILE_NAMES, HOSTILE_REASON]:
        assert pdf_text.REPLACEMENT not in "".join(piece for _font, piece in pdf_text.runs(name))
    fonts = {str(font["/BaseFont"]) for page in pypdf.PdfReader(path).pages
             for font in page["/Resources"]["/Font"].values()}
    assert {"DejaVuSans", "DejaVuSans-Bold", "Symbola"} <= {f.split("+")[-1] for f in fonts if "+" in f}, fonts
    text = pdf_text_of(path)
    assert "<r>Siti & <t>x</t>" in text and "Nyoman Ke\u0301tut" in text and "Koma, \"kutip\"" in text


def test_an_unenrolled_device_writes_an_unsigned_pdf_that_says_so(tmp_path: Path) -> None:
    store = build(tmp_path, enrolled=False)
    try:
        path = write(store, ReportRequest(PERIOD, "en"), "pdf", tmp_path / "r.pdf")
    finally:
        store.session.close()
    assert "NOT signed" in pdf_text_of(path)
    assert signature.verify(path.read_bytes()).problem == "unsigned"


def test_a_named_report_is_audit_logged_and_a_failed_write_leaves_nothing(known: KnownStore, tmp_path: Path) -> None:
    write(known, NAMED, "csv", tmp_path / "named.csv")
    entry = next(e for e in known.session.audit.entries() if e.event == "export")
    assert entry.details == {"kind": "sync_report", "format": "csv", "records": 9, "named": 1,
                             "first": "2026-12-01", "last": "2026-12-03"}
    with pytest.raises(ReportNotWritten) as refused:
        write(known, NAMED, "xlsx", tmp_path / "missing-folder" / "r.xlsx")
    assert "pilih folder lain" in refused.value.message.text("id")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["named.csv"]


def test_a_named_xlsx_keeps_its_rows_out_of_the_system_temp_folder(known: KnownStore, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # A system temp folder that does not exist: any temporary file made there would fail the write.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-system-temp"))
    path = write(known, NAMED, "xlsx", tmp_path / "named.xlsx")
    assert [p.name for p in tmp_path.iterdir()] == ["named.xlsx"]  # its temporary files are gone too
    assert openpyxl.load_workbook(path).worksheets[1].max_row == 10

"""The applicant's receipt: reference number, one A4 page, masked NIK only, printable."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.reports import receipt
from desktop.ui import receipt as printing
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE

REFERENCE_NUMBER = re.compile(r"^LRG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run([tool, "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def pdf_pages(path: Path) -> int:
    tool = shutil.which("pdfinfo")
    if tool is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    out = subprocess.run([tool, str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def test_reference_is_stable_readable_and_distinct() -> None:
    record_id = uuid.UUID("12345678-9abc-4def-8123-456789abcdef")
    assert receipt.reference_number(record_id) == receipt.reference_number(record_id)
    refs = {receipt.reference_number(uuid.uuid4()) for _ in range(2000)}
    assert all(REFERENCE_NUMBER.match(r) for r in refs)
    assert len(refs) == 2000
    assert not any(ch in r[4:] for r in refs for ch in "ILOU")


@pytest.mark.parametrize("language, heading, step", [
    ("id", "Tanda Terima Pendaftaran Kartu Prakerja", "Langkah berikutnya"),
    ("en", "Kartu Prakerja Registration Receipt", "What happens next"),
])
def test_pdf_is_one_page_with_the_masked_nik_only(tmp_path: Path, language: str, heading: str, step: str) -> None:
    reg = make_reg(42)
    content = receipt.receipt_content(reg, office="Disnaker Kabupaten Bogor", officer="Petugas Satu",
                                      language=language)
    path = tmp_path / "receipt.pdf"
    receipt.write_pdf(content, path)
    assert path.read_bytes().startswith(b"%PDF")
    assert pdf_pages(path) == 1
    text = pdf_text(path)
    for expected in (heading, step, content.reference, reg.identity.full_name, "Petugas Satu",
                     reg.identity.nik[:4] + "********" + reg.identity.nik[-4:], "Disnaker Kabupaten Bogor",
                     reg.registered_on.strftime("%d-%m-%Y")):
        assert expected in text, expected
    # What happens next, in the applicant's language (each step's opening words; long lines wrap).
    words = " ".join(text.split())
    for step_text in content.steps():
        assert " ".join(step_text.split()[:5]) in words, step_text
    assert reg.identity.nik not in text.replace(" ", "")
    assert reg.identity.kk not in text.replace(" ", "")
    assert reg.contact.phone not in text


@pytest.mark.parametrize("large", [False, True])
def test_the_office_address_and_phone_are_printed_when_the_supervisor_set_them(tmp_path: Path, large: bool) -> None:
    reg = make_reg(43)
    contact = "Jl. Raya Bogor No. 12, Cibinong · (021) 8765 4321"
    plain = receipt.receipt_content(reg, office="Disnaker Kabupaten Bogor", officer="Petugas Satu", language="id")
    assert "Alamat / telepon" not in [label for label, _ in plain.rows()]  # none set: no empty line
    content = dataclasses.replace(plain, office_contact=contact, large=large)
    path = tmp_path / "receipt.pdf"
    receipt.write_pdf(content, path)
    words = " ".join(pdf_text(path).split())
    assert f"Alamat / telepon {contact}" in words
    assert pdf_pages(path) == (2 if large else 1)  # large print takes its signing places to a second page


def test_a_receipt_printed_again_names_the_officer_who_registered(qtbot, ui_context) -> None:
    from desktop.ui.record_dialog import RecordDialog

    ui_context.session.accounts.add("sari", "Sari Wulandari", "officer", "sari-kuda-laut-berenang-9")
    reg = make_reg(22)
    reg = dataclasses.replace(reg, consent=dataclasses.replace(reg.consent, officer="sari"))
    ui_context.session.records.save_registration(reg, reference=REFERENCE)
    dialog = RecordDialog(ui_context, reg.record_id)  # opened by "Petugas Satu", the desk's account
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.registration is not None and bool(dialog.officer_names), timeout=10_000)
    assert dialog.receipt_content().officer == "Sari Wulandari"


def test_printing_draws_the_same_content(qtbot, tmp_path: Path) -> None:
    reg = make_reg(9)
    content = receipt.receipt_content(reg, office="Disnaker Kota Bandung", officer="Petugas Dua", language="id")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printing.print_to(content, printer)
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    assert content.reference in text and "Langkah berikutnya" in text
    assert reg.identity.nik not in text.replace(" ", "")


def test_print_button_opens_the_print_dialog_and_prints_the_receipt(qtbot, ui_context, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QLineEdit

    from desktop.ui.record_dialog import RecordDialog
    from desktop.ui.records_view import RecordsView

    reg = make_reg(21)
    ui_context.session.records.save_registration(reg, reference=REFERENCE)
    view = RecordsView(ui_context)  # the owner, as in the application
    qtbot.addWidget(view)
    dialog = RecordDialog(ui_context, reg.record_id, view)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.registration is not None, timeout=10_000)
    dialog.print_button.click()
    printing = dialog.findChild(QPrintDialog, "receiptPrintDialog")
    assert printing is not None and printing.isVisible()
    assert printing.windowModality() == Qt.WindowModality.WindowModal  # the record stays visible behind it
    out = tmp_path / "printed-receipt.pdf"
    # The officer prints to a file: on this machine the only printer is "Print to File (PDF)".
    printing.findChild(QLineEdit, "filename").setText(str(out))
    assert printing.printer().outputFormat() == QPrinter.OutputFormat.PdfFormat
    printing.accept()
    assert out.exists()
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    content = dialog.receipt_content()
    for expected in (content.reference, content.office, content.date, content.text("next")):
        assert expected in text, expected
    assert reg.identity.nik not in text.replace(" ", "")
    dialog.close()


@pytest.mark.parametrize("large", [False, True])
def test_both_prints_carry_the_time_and_signing_places_for_officer_and_applicant(qtbot, tmp_path: Path,
                                                                                  large: bool) -> None:
    reg = make_reg(7)
    long_name = dataclasses.replace(reg.identity, full_name="Raden Ajeng Siti Nurhaliza Kusumawardhani Putri")
    reg = dataclasses.replace(reg, identity=long_name)
    at = dt.datetime(2026, 12, 3, 2, 5, tzinfo=dt.UTC)
    content = receipt.receipt_content(reg, office="Disnaker Kabupaten Bogor", officer="Petugas Satu",
                                      language="id", at=at, large=large)
    assert content.date == at.astimezone().strftime("%d-%m-%Y %H:%M")
    made = tmp_path / "receipt.pdf"
    receipt.write_pdf(content, made)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printing.print_to(content, printer)
    for path in (made, printed):
        text = " ".join(pdf_text(path).split())
        for expected in (content.date, "Pemohon", "tanda tangan atau cap jempol", reg.identity.full_name.split()[0]):
            assert expected in text, (path.name, expected)
        # Large print may need a second page for the signing places, headed by the reference; never a third.
        pages = pdf_pages(path)
        assert pages == 1 if not large else pages in (1, 2)
        if pages == 2:
            assert content.reference in pypdf.PdfReader(path).pages[1].extract_text()


def test_the_preview_shows_the_receipt_as_it_prints_in_large_print_too(qtbot, ui_context) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    from desktop.ui.record_dialog import RecordDialog
    from desktop.ui.records_view import RecordsView

    reg = make_reg(22)
    ui_context.session.records.save_registration(reg, reference=REFERENCE)
    view = RecordsView(ui_context)
    qtbot.addWidget(view)
    dialog = RecordDialog(ui_context, reg.record_id, view)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.registration is not None, timeout=10_000)
    assert dialog.large_print.isEnabled() and dialog.large_print.accessibleDescription()
    dialog.large_print.setChecked(True)
    painted: list[QPrinter] = []
    dialog.preview_button.click()
    preview = dialog.findChild(QPrintPreviewDialog, "receiptPreview")
    assert preview is not None and preview.isVisible()
    assert preview.windowTitle() == "Kartu Prakerja Registration Receipt"
    preview.paintRequested.connect(painted.append)
    preview.findChild(QPrintPreviewWidget).updatePreview()  # the page is drawn by the receipt's own painter
    assert painted and dialog.receipt_content().large
    preview.close()
    dialog.close()

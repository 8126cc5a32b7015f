"""The applicant's receipt: one A4 page, large type, a reference number, the NIK masked.

The content is built once (`ReceiptContent`) and drawn twice: as a PDF with
reportlab here (to save or hand over) and with QPainter on a QPrinter in the
UI (to print), because Qt here has no PDF reader to print a PDF file. The
receipt is for the applicant, so its language is chosen for them and its
texts carry both languages here, like the domain's messages.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.nik import mask
from desktop.domain.registration import Registration

# Crockford base32: no I, L, O or U, so the reference reads aloud without confusion.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_FROM_RFC4648 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", _ALPHABET.encode())

TEXTS: dict[str, dict[str, str]] = {
    "title": {"id": "Tanda Terima Pendaftaran Kartu Prakerja", "en": "Kartu Prakerja Registration Receipt"},
    "office": {"id": "Kantor", "en": "Office"},
    "office_contact": {"id": "Alamat / telepon", "en": "Address / phone"},
    "date": {"id": "Tanggal", "en": "Date"},
    "reference": {"id": "Nomor referensi", "en": "Reference number"},
    "name": {"id": "Nama", "en": "Name"},
    "nik": {"id": "NIK", "en": "NIK"},
    "officer": {"id": "Petugas", "en": "Officer"},
    "next": {"id": "Langkah berikutnya", "en": "What happens next"},
    "step1": {"id": "Data Anda sudah dicatat dan disimpan dengan aman di kantor ini.",
              "en": "Your data has been recorded and is stored safely at this office."},
    "step2": {"id": "Kantor akan mengirim data Anda ke Manajemen Pelaksana Program Kartu Prakerja.",
              "en": "The office will send your data to the Kartu Prakerja programme management."},
    "step3": {"id": "Pusat yang memutuskan. Kantor akan memberi tahu Anda melalui nomor HP yang Anda berikan.",
              "en": "The centre decides. The office will tell you through the mobile number you gave."},
    "step4": {"id": "Simpan tanda terima ini. Sebutkan nomor referensi bila bertanya ke kantor.",
              "en": "Keep this receipt. Give the reference number when you ask the office."},
    "footer": {"id": "Tanda terima ini bukan bukti kepesertaan Kartu Prakerja.",
               "en": "This receipt is not proof of Kartu Prakerja membership."},
    "sign_officer": {"id": "Petugas", "en": "Officer"},
    "sign_applicant": {"id": "Pemohon", "en": "Applicant"},
    "sign_hint": {"id": "tanda tangan atau cap jempol, dan nama", "en": "signature or thumbprint, and name"},
}
LARGE = 1.35  # the large-print receipt, for an applicant with low vision: every size and gap by this much


def reference_number(record_id: uuid.UUID) -> str:
    """ "LRG-7K3M-Q9TD": 40 bits of the record UUID, easy to read aloud and to type."""
    return _reference(int.from_bytes(record_id.bytes[:5], "big"))


def reference_of(record_id: str) -> str:
    """The same from the UUID's text ("7c1e44a2-9b..."), in C (base32 is the same 5-bit groups, in another
    alphabet): a report makes 100,000 of them."""
    chars = base64.b32encode(bytes.fromhex(record_id[:8] + record_id[9:11])).translate(_FROM_RFC4648).decode()
    return f"LRG-{chars[:4]}-{chars[4:]}"


def _reference(value: int) -> str:
    chars = "".join(_ALPHABET[(value >> shift) & 31] for shift in range(35, -1, -5))
    return f"LRG-{chars[:4]}-{chars[4:]}"


@dataclass(frozen=True)
class ReceiptContent:
    language: str
    office: str
    date: str
    reference: str
    # Personal fields stay out of repr() (tracebacks, debug lines), as in the domain's Registration.
    name: str = field(repr=False)
    nik_masked: str = field(repr=False)
    officer: str = field(repr=False)
    large: bool = False
    office_contact: str = ""  # the office's address and phone, as the supervisor set them

    @property
    def scale(self) -> float:
        return LARGE if self.large else 1.0

    def text(self, key: str) -> str:
        return TEXTS[key]["en" if self.language == "en" else "id"]

    def rows(self) -> list[tuple[str, str]]:
        rows = [(self.text("reference"), self.reference), (self.text("name"), self.name),
                (self.text("nik"), self.nik_masked), (self.text("date"), self.date), (self.text("office"), self.office)]
        if self.office_contact:
            rows.append((self.text("office_contact"), self.office_contact))
        return [*rows, (self.text("officer"), self.officer)]

    def steps(self) -> list[str]:
        return [self.text(f"step{i}") for i in range(1, 5)]


def receipt_content(reg: Registration, *, office: str, officer: str, language: str,
                    when: dt.date | None = None, at: dt.datetime | None = None,
                    large: bool = False, office_contact: str = "") -> ReceiptContent:
    """`at`, when known, is the moment the record was made (shown in local time); else only its day."""
    date = at.astimezone().strftime("%d-%m-%Y %H:%M") if at else (when or reg.registered_on).strftime("%d-%m-%Y")
    return ReceiptContent(language=language, office=office, date=date,
                          reference=reference_number(reg.record_id), name=reg.identity.full_name,
                          nik_masked=mask(reg.identity.nik), officer=officer, large=large,
                          office_contact=office_contact)


def write_pdf(content: ReceiptContent, path: Path) -> None:
    """One A4 page with reportlab; the caller chose `path` (the applicant's copy, explicitly requested)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, height = A4
    k = content.scale
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle(content.text("title"))
    left, y = 20 * mm, height - 28 * mm
    pdf.setFont("Helvetica-Bold", 22 if not content.large else 26)  # the title fits the width either way
    pdf.drawString(left, y, content.text("title"))
    y -= 6 * mm
    pdf.setLineWidth(1.2)
    pdf.line(left, y, width - left, y)
    y -= 14 * mm
    for label, value in content.rows():
        is_reference = label == content.text("reference")
        size = (24 if is_reference else 17) * k
        pdf.setFont("Helvetica", 13 * k)
        pdf.drawString(left, y, label)
        pdf.setFont("Helvetica-Bold", size)
        # Long names wrap instead of running off the page.
        for line in simpleSplit(value, "Helvetica-Bold", size, width - 2 * left - 52 * k * mm)[:4]:
            pdf.drawString(left + 52 * k * mm, y, line)
            y -= size * 0.45 * mm
        y -= (14 if is_reference else 11) * k * mm - size * 0.45 * mm
    y -= 6 * mm
    pdf.setFont("Helvetica-Bold", 18 * k)
    pdf.drawString(left, y, content.text("next"))
    y -= 10 * k * mm
    pdf.setFont("Helvetica", 15 * k)
    for number, step in enumerate(content.steps(), start=1):
        for i, line in enumerate(simpleSplit(step, "Helvetica", 15 * k, width - 2 * left - 8 * mm)):
            pdf.drawString(left + (0 if i == 0 else 8 * mm), y, f"{number}. {line}" if i == 0 else line)
            y -= 8 * k * mm
        y -= 2 * mm
    # Two signing places above the footer: the officer's and the applicant's (a thumbprint is a signature too).
    # Large print can fill the page: they go to a second one, headed by the reference.
    top = 62 * mm
    if y < top + 10 * mm:
        pdf.showPage()
        pdf.setFont("Helvetica-Bold", 18 * k)
        pdf.drawString(left, height - 28 * mm, f"{content.text('reference')}: {content.reference}")
        top = height - 50 * mm
    box = (width - 2 * left - 10 * mm) / 2
    for n, key in enumerate(("sign_officer", "sign_applicant")):
        x = left + n * (box + 10 * mm)
        pdf.setFont("Helvetica-Bold", 13 * k)
        pdf.drawString(x, top, content.text(key))
        pdf.line(x, top - 26 * mm, x + box, top - 26 * mm)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(x, top - 31 * mm, content.text("sign_hint"))
    pdf.setFont("Helvetica-Oblique", 12)
    pdf.drawString(left, 18 * mm, content.text("footer"))
    pdf.showPage()
    pdf.save()

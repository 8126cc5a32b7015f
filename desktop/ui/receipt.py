"""Printing the applicant's receipt: the same page as the PDF (desktop.reports.receipt), drawn with QPainter.

Qt here has no PDF reader to print a PDF file, so the page is drawn twice
from one `ReceiptContent`.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from desktop.reports.receipt import ReceiptContent


def paint(content: ReceiptContent, painter: QPainter, page: QRectF, unit: float = 1.0) -> None:
    """The same page drawn with QPainter (for printing); `unit` is device pixels per point.

    Font point sizes already follow the device's resolution, so only gaps are scaled by `unit`.
    """
    x, y, width = page.left(), page.top(), page.width()

    def block(text: str, size: float, *, bold: bool = False, indent: float = 0.0, gap: float = 6.0) -> None:
        nonlocal y
        font = QFont("Sans Serif")
        font.setPointSizeF(size)
        font.setBold(bold)
        painter.setFont(font)
        rect = QRectF(x + indent * unit, y, width - indent * unit, page.bottom() - y)
        used = painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text)
        painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
        y += used.height() + gap * unit

    block(content.text("title"), 22, bold=True, gap=18)
    for label, value in content.rows():
        block(label, 12, gap=0)
        block(value, 22 if label == content.text("reference") else 16, bold=True, gap=10)
    y += 10 * unit
    block(content.text("next"), 18, bold=True)
    for number, step in enumerate(content.steps(), start=1):
        block(f"{number}. {step}", 14, indent=8)
    block(content.text("footer"), 11, gap=0)


def print_receipt(content: ReceiptContent, parent: QWidget | None) -> QPrintDialog:
    """Open the print dialog (non-blocking); the page is drawn when the officer accepts."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    printer.setDocName(content.reference)  # the suggested file name when printing to a PDF file
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("receiptPrintDialog")
    dialog.accepted.connect(lambda: print_to(content, printer))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Window-modal and non-blocking, as QDialog.open() would be: PySide6 binds QPrintDialog.open only as
    # open(receiver, member), so the plain call raises TypeError.
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def print_to(content: ReceiptContent, printer: QPrinter) -> None:
    painter = QPainter(printer)
    try:
        rect = printer.pageLayout().paintRectPixels(printer.resolution())
        paint(content, painter, QRectF(0, 0, rect.width(), rect.height()), printer.resolution() / 72.0)
    finally:
        painter.end()

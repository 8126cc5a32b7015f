"""Printing the applicant's receipt: the same page as the PDF (desktop.reports.receipt), drawn with QPainter.

Qt here has no PDF reader to print a PDF file, so the page is drawn twice
from one `ReceiptContent`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from desktop.reports.receipt import ReceiptContent


def paint(content: ReceiptContent, painter: QPainter, page: QRectF, unit: float = 1.0,
          new_page: Callable[[], object] = lambda: None) -> None:
    """The same page drawn with QPainter (for printing); `unit` is device pixels per point.

    Font point sizes already follow the device's resolution, so only gaps are scaled by `unit`. The
    signing places go on a second page (`new_page`) when large print leaves no room for them.
    """
    x, y, width = page.left(), page.top(), page.width()
    k = content.scale

    def block(text: str, size: float, *, bold: bool = False, indent: float = 0.0, gap: float = 6.0) -> None:
        nonlocal y
        font = QFont("Sans Serif")
        font.setPointSizeF(size)
        font.setBold(bold)
        painter.setFont(font)
        rect = QRectF(x + indent * unit, y, min(width, page.right() - x) - indent * unit, page.bottom() - y)
        used = painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text)
        painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
        y += used.height() + gap * unit

    block(content.text("title"), 22 if not content.large else 26, bold=True, gap=18)
    for label, value in content.rows():
        block(label, 12 * k, gap=0)
        block(value, (22 if label == content.text("reference") else 16) * k, bold=True, gap=10 * k)
    y += 10 * unit
    block(content.text("next"), 18 * k, bold=True)
    for number, step in enumerate(content.steps(), start=1):
        block(f"{number}. {step}", 14 * k, indent=8)
    signing = 125 * unit  # the two signing places and the footer under them
    if y > page.bottom() - signing:
        new_page()
        y = page.top()
        block(f"{content.text('reference')}: {content.reference}", 18 * k, bold=True, gap=30)
    y = max(y + 20 * unit, page.bottom() - signing)
    top, half = y, (width - 30 * unit) / 2
    for n, key in enumerate(("sign_officer", "sign_applicant")):
        y, left = top, page.left() + n * (half + 30 * unit)
        x = left
        block(content.text(key), 13 * k, bold=True, gap=50)
        painter.drawLine(int(left), int(y), int(left + half), int(y))
        y += 4 * unit
        block(content.text("sign_hint"), 10, gap=0)
    x, y = page.left(), page.bottom() - 16 * unit
    block(content.text("footer"), 11, gap=0)


def print_receipt(content: ReceiptContent, parent: QWidget | None) -> QPrintDialog:
    """Open the print dialog (non-blocking); the page is drawn when the officer accepts."""
    printer = _printer(content)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("receiptPrintDialog")
    dialog.accepted.connect(lambda: print_to(content, printer))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Window-modal and non-blocking, as QDialog.open() would be: PySide6 binds QPrintDialog.open only as
    # open(receiver, member), so the plain call raises TypeError.
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def _printer(content: ReceiptContent) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    printer.setDocName(content.reference)  # the suggested file name when printing to a PDF file
    return printer


def print_to(content: ReceiptContent, printer: QPrinter) -> None:
    painter = QPainter(printer)
    try:
        rect = printer.pageLayout().paintRectPixels(printer.resolution())
        paint(content, painter, QRectF(0, 0, rect.width(), rect.height()), printer.resolution() / 72.0,
              new_page=printer.newPage)
    finally:
        painter.end()


def preview_receipt(content: ReceiptContent, parent: QWidget | None) -> QPrintPreviewDialog:
    """The page as it will print (non-blocking); Print in the preview prints it."""
    printer = _printer(content)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("receiptPreview")
    dialog.setWindowTitle(content.text("title"))
    # The dialog does not own the printer: the connection keeps it alive as long as the dialog.
    dialog.paintRequested.connect(lambda target, _printer=printer: print_to(content, target))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog

"""Text on a PDF page in any script a name may hold: embedded fonts, a fallback for symbols, wrapping.

reportlab draws one font at a time and shows a missing glyph as a box (tofu),
so each text is split into runs: DejaVu Sans for what it covers (Latin, Arabic
marks, combining accents), Symbola for emoji and symbols, and U+FFFD for the
rest. The fonts are embedded (subset) in the file, so it prints the same
anywhere. They ship in resources/fonts with their licences.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resource

REGULAR, BOLD, SYMBOLS = "Luring", "Luring-Bold", "Luring-Symbols"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", SYMBOLS: "Symbola.ttf"}
REPLACEMENT = "\ufffd"
ELLIPSIS = "…"
MAX_CHARS = 400  # a cell on paper shows two lines at most; the CSV and XLSX carry the whole text


@dataclass(frozen=True)
class Fonts:
    covered: dict[str, frozenset[int]]


@functools.cache
def fonts() -> Fonts:
    """Register the three fonts with reportlab once per process."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    covered = {}
    for name, file in _FILES.items():
        font = TTFont(name, str(resource("fonts", file)))
        pdfmetrics.registerFont(font)
        covered[name] = frozenset(font.face.charToGlyph)
    return Fonts(covered)


def _to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF (emoji) as UTF-16 pairs, as PDF requires: reportlab
    writes them as odd-length hex, so readers, search and screen readers lose them (the glyphs still show)."""
    pairs = [f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>" for i, code in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({font_name}) /Ordering ({font_name}) /Supplement 0 >> def",
        f"/CMapName /{font_name} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar", *pairs, "endbfchar",
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


def runs(text: str, font: str = REGULAR) -> list[tuple[str, str]]:
    """(font, text) pieces that together draw `text` without a missing glyph (control characters left out)."""
    if text.isascii() and text.isprintable():  # most of a report: DejaVu covers all of printable ASCII
        return [(font, text)]
    covered = fonts().covered
    pieces: list[tuple[str, str]] = []
    for char in _printable(text).replace("\n", " "):
        code = ord(char)
        if code in covered[font]:
            chosen = font
        elif code in covered[SYMBOLS]:
            chosen = SYMBOLS
        else:
            chosen, char = font, REPLACEMENT
        if pieces and pieces[-1][0] == chosen:
            pieces[-1] = (chosen, pieces[-1][1] + char)
        else:
            pieces.append((chosen, char))
    return pieces


def width(text: str, size: float, font: str = REGULAR) -> float:
    return float(sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs(text, font)))


def draw(pdf: Any, x: float, y: float, text: str, size: float, font: str = REGULAR) -> float:
    """Draw `text` from (x, y); returns where it ended."""
    for name, piece in runs(text, font):
        pdf.setFont(name, size)
        pdf.drawString(x, y, piece)
        x += float(pdfmetrics.stringWidth(piece, name, size))
    return x


def draw_right(pdf: Any, x: float, y: float, text: str, size: float, font: str = REGULAR) -> None:
    draw(pdf, x - width(text, size, font), y, text, size, font)


def wrap(text: str, room: float, size: float, font: str = REGULAR, max_lines: int = 2) -> list[str]:
    """`text` in lines that fit `room`, broken at spaces (or anywhere in a long word), the last cut with '…'."""
    lines: list[str] = []
    for paragraph in _printable(text[:MAX_CHARS]).split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if width(candidate, size, font) <= room:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while width(line, size, font) > room and len(line) > 1:
                cut = _fit(line, room, size, font)
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    if len(lines) > max_lines:
        lines = [*lines[:max_lines - 1], _shorten(" ".join(lines[max_lines - 1:]), room, size, font)]
    return lines


def _fit(text: str, room: float, size: float, font: str) -> int:
    cut = len(text)
    while cut > 1 and width(text[:cut], size, font) > room:
        cut -= 1
    return cut


def _shorten(text: str, room: float, size: float, font: str) -> str:
    if width(text, size, font) <= room:
        return text
    return text[:_fit(text, room - width(ELLIPSIS, size, font), size, font)] + ELLIPSIS


def _printable(text: str) -> str:
    """Tabs and carriage returns as spaces and line breaks; other control characters dropped (they draw nothing)."""
    if text.isascii() and text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(ch for ch in text if ch == "\n" or (ord(ch) >= 32 and not 0x7F <= ord(ch) < 0xA0))

"""A small bar chart of the last days, read by keyboard and screen reader as well as by eye.

Three bars a day (registered, at the centre, rejected or to correct), told apart
by pattern as well as shade, with a legend in words. Left and Right (Home, End)
choose a day; its figures are written in the line under the chart and
announced, and the chart's description lists every day, so no number is only a
bar's height.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QFont, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

SERIES = ("registered", "at_centre", "refused")
_PATTERNS = {"registered": Qt.BrushStyle.SolidPattern, "at_centre": Qt.BrushStyle.BDiagPattern,
             "refused": Qt.BrushStyle.CrossPattern}


class DayChart(QFrame):
    day_chosen = Signal(str)  # the chosen day's figures, in words

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayChart")
        self.qlocale = locale
        self.days: list[tuple[dt.date, dict[str, int]]] = []
        self.chosen = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Registrations in the last 14 days"))

    def names(self) -> dict[str, str]:
        return {"registered": self.tr("registered"), "at_centre": self.tr("at the centre"),
                "refused": self.tr("rejected or to correct")}

    def set_days(self, days: dict[dt.date, dict[str, int]]) -> None:
        self.days = sorted(days.items())
        self.chosen = len(self.days) - 1 if self.chosen < 0 or self.chosen >= len(self.days) else self.chosen
        self.setAccessibleDescription(" ".join(self.day_text(n) for n in range(len(self.days))))
        self.update()
        if self.days:
            self.day_chosen.emit(self.day_text(self.chosen))

    def day_text(self, n: int) -> str:
        day, figures = self.days[n]
        names = self.names()
        counts = ", ".join(f"{figures[s]} {names[s]}" for s in SERIES)
        return self.tr("{day}: {counts}.").format(day=self.qlocale.toString(QDate(day), "dddd d MMMM"), counts=counts)

    # ----- keyboard -----
    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: self.chosen - 1, Qt.Key.Key_Right: self.chosen + 1, Qt.Key.Key_Home: 0,
                 Qt.Key.Key_End: len(self.days) - 1}
        target = moves.get(Qt.Key(event.key()))
        if target is None or not self.days:
            super().keyPressEvent(event)
            return
        self.chosen = min(max(target, 0), len(self.days) - 1)
        self.update()
        self.day_chosen.emit(self.day_text(self.chosen))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # ----- drawing -----
    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(40 * self.fontMetrics().horizontalAdvance("m"), 11 * line)

    def minimumSizeHint(self) -> QSize:
        return QSize(14 * 3 * 4, 7 * self.fontMetrics().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the frame, which the theme turns into the focus ring
        painter = QPainter(self)
        inside = self.contentsRect().adjusted(4, 4, -4, -4)
        painter.translate(inside.topLeft())
        painter.setClipRect(0, 0, inside.width(), inside.height())
        self._draw(painter, inside.width(), inside.height())

    def _draw(self, painter: QPainter, width: int, height: int) -> None:
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        line = self.fontMetrics().height()
        legend_bottom = self._legend(painter, ink, line, width)
        axis = self.fontMetrics().horizontalAdvance("0000")
        plot = QRectF(axis, legend_bottom + line * 0.5, width - axis - 4, height - legend_bottom - 2.2 * line)
        top = max([max(f.values()) for _d, f in self.days] + [1])
        painter.setPen(QPen(ink, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawText(QRectF(0, plot.top() - line / 2, plot.left() - 4, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.qlocale.toString(top))
        painter.drawText(QRectF(0, plot.bottom() - line / 2, plot.left() - 4, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "0")
        slot = plot.width() / max(len(self.days), 1)
        for n, (day, figures) in enumerate(self.days):
            left = plot.left() + n * slot
            bar = slot * 0.8 / len(SERIES)
            for k, series in enumerate(SERIES):
                tall = plot.height() * figures[series] / top
                rect = QRectF(left + slot * 0.1 + k * bar, plot.bottom() - tall, bar, tall)
                self._bar(painter, rect, series, ink, palette)
            label = QRectF(left, plot.bottom() + 2, slot, line)
            font = QFont(self.font())
            font.setBold(n == self.chosen)
            font.setUnderline(n == self.chosen)
            painter.setFont(font)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(day.day))
            painter.setFont(self.font())
            if n == self.chosen and self.hasFocus():  # the chosen day is framed too, its label bold and underlined
                painter.setPen(QPen(ink, 2, Qt.PenStyle.DashLine))
                painter.drawRect(QRectF(left + 1, plot.top(), slot - 2, plot.height() + line + 2))
                painter.setPen(QPen(ink, 1))

    def _legend(self, painter: QPainter, ink: QColor, line: int, room: int) -> float:
        x, y = 0.0, 0.0
        metrics = self.fontMetrics()
        for series, name in self.names().items():
            width = line + 6 + metrics.horizontalAdvance(name) + line
            if x and x + width > room:
                x, y = 0.0, y + line * 1.3
            self._bar(painter, QRectF(x, y + 2, line - 4, line - 4), series, ink, self.palette())
            painter.setPen(QPen(ink, 1))
            painter.drawText(QRectF(x + line + 2, y, width, line), Qt.AlignmentFlag.AlignVCenter, name)
            x += width
        return y + line

    @staticmethod
    def _bar(painter: QPainter, rect: QRectF, series: str, ink: QColor, palette: QPalette) -> None:
        if rect.height() <= 0:
            return
        fill = palette.color(QPalette.ColorRole.Highlight) if series == "registered" else ink
        painter.setPen(QPen(ink, 1))
        painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        painter.drawRect(rect)
        painter.setBrush(QBrush(fill, _PATTERNS[series]))
        painter.drawRect(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)

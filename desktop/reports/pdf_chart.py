"""Registrations and outcomes per day as grouped bars, told apart by fill *and* pattern, the numbers on them.

Printed in black and white, so the three series are solid, outlined with
diagonal hatching, and outlined empty, each named in the legend. A long period
is drawn in bins of several days (at most 62 groups), labelled by their first day.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from reportlab.lib import units

from desktop.reports.pdf_text import draw, draw_right, width
from desktop.reports.sync_report import SyncReport

MM: float = units.mm
SERIES = ("registered", "at_centre", "refused")
MAX_GROUPS = 62


def bins(per_day: dict[dt.date, dict[str, int]]) -> list[tuple[dt.date, dict[str, int]]]:
    days = sorted(per_day)
    size = max(1, math.ceil(len(days) / MAX_GROUPS))
    grouped = []
    for start in range(0, len(days), size):
        chunk = days[start:start + size]
        grouped.append((chunk[0], {s: sum(per_day[d][s] for d in chunk) for s in SERIES}))
    return grouped


def draw_chart(pdf: Any, report: SyncReport, x: float, top: float, room: float, height: float) -> None:
    groups = bins(report.figures.per_day)
    legend_y = top - 2 * MM
    lx = x
    for n, series in enumerate(SERIES):
        _bar(pdf, n, lx, legend_y - 0.5 * MM, 5 * MM, 3 * MM)
        lx = draw(pdf, lx + 7 * MM, legend_y, report.t(series), 9) + 8 * MM
    plot_top, plot_bottom = top - 10 * MM, top - height + 10 * MM
    axis_x = x + 12 * MM
    highest = max([1] + [v for _day, figures in groups for v in figures.values()])
    step = _nice_step(highest)
    scale = (plot_top - plot_bottom) / (math.ceil(highest / step) * step)
    pdf.setLineWidth(0.3)
    for tick in range(0, math.ceil(highest / step) * step + 1, step):
        ty = plot_bottom + tick * scale
        pdf.setStrokeGray(0.8)
        pdf.line(axis_x, ty, x + room, ty)
        pdf.setStrokeGray(0)
        draw_right(pdf, axis_x - 1.5 * MM, ty - 1 * MM, str(tick), 7)
    pdf.line(axis_x, plot_bottom, x + room, plot_bottom)
    group_width = (x + room - axis_x) / max(1, len(groups))
    bar_width = min(8 * MM, group_width * 0.8 / len(SERIES))
    label_every = max(1, math.ceil(len(groups) / 31))
    for g, (day, figures) in enumerate(groups):
        gx = axis_x + g * group_width + (group_width - bar_width * len(SERIES)) / 2
        for n, series in enumerate(SERIES):
            value = figures[series]
            bx = gx + n * bar_width
            _bar(pdf, n, bx, plot_bottom, bar_width, value * scale)
            if value and len(groups) <= 31:
                label = str(value)
                draw(pdf, bx + (bar_width - width(label, 6)) / 2, plot_bottom + value * scale + 1 * MM, label, 6)
        if g % label_every == 0:
            pdf.saveState()
            pdf.translate(axis_x + g * group_width + group_width / 2, plot_bottom - 2 * MM)
            pdf.rotate(45)
            draw_right(pdf, 0, 0, f"{day:%d-%m}", 7)
            pdf.restoreState()


def _bar(pdf: Any, series: int, x: float, y: float, w: float, h: float) -> None:
    if h <= 0:
        return
    pdf.setLineWidth(0.5)
    if series == 0:
        pdf.setFillGray(0.25)
        pdf.rect(x, y, w, h, stroke=1, fill=1)
        pdf.setFillGray(0)
        return
    pdf.setFillGray(1)
    pdf.rect(x, y, w, h, stroke=1, fill=1)
    pdf.setFillGray(0)
    if series == 1:  # diagonal hatching inside the bar
        pdf.saveState()
        path = pdf.beginPath()
        path.rect(x, y, w, h)
        pdf.clipPath(path, stroke=0, fill=0)
        pdf.setLineWidth(0.4)
        offset = -h
        while offset < w:
            pdf.line(x + offset, y, x + offset + h, y + h)
            offset += 1.6 * MM
        pdf.restoreState()


def _nice_step(highest: int) -> int:
    rough = max(1, highest / 5)
    power = 10 ** math.floor(math.log10(rough))
    for factor in (1, 2, 5, 10):
        if rough <= factor * power:
            return int(factor * power)
    return int(10 * power)

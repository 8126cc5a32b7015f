"""Keyboard focus is visible in every theme (WCAG 2.2, 2.4.13): read from the rendered pixels of real windows.

For each control an officer can Tab to, the window is drawn with the control
focused and again without; on each of the four sides, at least 2 px of the
control's edge must change by 3:1 or more.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from desktop.operations.wizard_flow import REVIEW
from desktop.ui import theme
from desktop.ui.context import UiContext
from desktop.ui.preferences import Preferences
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.ui.a11y_checks import focusable_descendants
from tests.ui.helpers import open_wizard
from tests.ui.test_records import open_main, open_selected
from tests.ui.test_wizard_a11y import EVERYTHING_VISIBLE

DEPTH = 6  # px inward from each edge where the ring must be


def _changed(on: QImage, off: QImage, x: int, y: int) -> bool:
    return theme.contrast_ratio(QColor(on.pixel(x, y)), QColor(off.pixel(x, y))) >= 3.0


def ring_sides(window: QWidget, widget: QWidget) -> dict[str, int]:
    """How many pixels change by 3:1 at the middle of each side on screen when `widget` gains the focus."""
    widget.setFocus()
    scroller = widget.parentWidget()
    while scroller is not None and not isinstance(scroller, QScrollArea):
        scroller = scroller.parentWidget()
    QApplication.processEvents()  # a hint shown on focus may grow the page first
    if scroller is not None:
        scroller.ensureWidgetVisible(widget)  # as Tab does (50 px around the cursor)
        QApplication.processEvents()
    assert QApplication.focusWidget() is widget, widget.objectName()
    shown = widget.visibleRegion().boundingRect()  # a tall field may run past the bottom of a scrolled page
    area = QRect(widget.mapTo(window, shown.topLeft()), shown.size())
    on = window.grab(area).toImage()
    widget.clearFocus()
    QApplication.processEvents()
    off = window.grab(area).toImage()
    w, h = on.width(), on.height()
    inward = range(min(DEPTH, w // 2, h // 2))
    sides = {
        "top": sum(_changed(on, off, w // 2, d) for d in inward),
        "bottom": sum(_changed(on, off, w // 2, h - 1 - d) for d in inward),
        "left": sum(_changed(on, off, d, h // 2) for d in inward),
        "right": sum(_changed(on, off, w - 1 - d, h // 2) for d in inward),
    }
    edges = {"top": shown.top() == 0, "bottom": shown.bottom() == widget.height() - 1,
             "left": shown.left() == 0, "right": shown.right() == widget.width() - 1}
    return {side: count for side, count in sides.items() if edges[side]}  # a side off screen shows no ring


def faint_rings(window: QWidget, at_least: int = 3) -> list[str]:
    """Each Tab stop of `window` whose ring is too faint (and fails if fewer than `at_least` were looked at)."""
    faint, looked_at = [], 0
    for widget in focusable_descendants(window):
        tab_stop = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        if widget is window or not widget.isVisible() or not tab_stop:
            continue
        sides = ring_sides(window, widget)
        looked_at += 1
        if len(sides) < 3 or min(sides.values()) < 2:  # at most one side scrolled out of view
            faint.append(f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}: {sides}")
    print(f"{window.objectName()}: {looked_at} control(s)")
    assert looked_at >= at_least, f"only {looked_at} control(s) of {window.objectName()} were on screen"
    return faint


@pytest.mark.parametrize("contrast", [False, True], ids=["default", "high-contrast"])
def test_every_wizard_control_shows_a_ring(qtbot, qapp, ui_context: UiContext, contrast: bool) -> None:
    theme.apply(qapp, Preferences(high_contrast=contrast))
    try:
        wizard = open_wizard(qtbot, ui_context, EVERYTHING_VISIBLE, REVIEW)
        wizard.resize(1160, 650)  # the main window's 85 % of a 1366 x 768 laptop screen
        faint = []
        for step in range(len(wizard.pages)):
            assert wizard.show_step(step)
            QApplication.processEvents()
            faint += [f"step {step + 1}: {line}" for line in faint_rings(wizard)]
        assert faint == [], "\n".join(faint)
    finally:
        theme.apply(qapp, Preferences())


@pytest.mark.parametrize("contrast", [False, True], ids=["default", "high-contrast"])
def test_the_log_in_window_shows_a_ring(qtbot, qapp, make_shell, device, contrast: bool) -> None:
    theme.apply(qapp, Preferences(high_contrast=contrast))
    try:
        shell = make_shell(device.data_dir)
        qtbot.waitUntil(lambda: shell.login_window is not None and shell.login_window.isVisible(), timeout=10_000)
        faint = faint_rings(shell.login_window)
        assert faint == [], "\n".join(faint)
    finally:
        theme.apply(qapp, Preferences())


@pytest.mark.parametrize("contrast", [False, True], ids=["default", "high-contrast"])
def test_the_main_and_record_windows_show_a_ring(qtbot, qapp, ui_context: UiContext, contrast: bool) -> None:
    theme.apply(qapp, Preferences(high_contrast=contrast))
    try:
        ui_context.session.records.save_registration(make_reg(1), reference=REFERENCE)
        main = open_main(qtbot, ui_context)
        main.resize(1160, 650)
        faint = [f"main: {line}" for line in faint_rings(main)]
        dialog = open_selected(qtbot, main)
        faint += [f"record: {line}" for line in faint_rings(dialog)]
        assert faint == [], "\n".join(faint)
    finally:
        theme.apply(qapp, Preferences())

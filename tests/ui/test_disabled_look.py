"""A field that cannot be typed in is told by its shape in every theme: its border is dashed, an enabled one's solid.

Read from the rendered pixels of the real settings window, where an officer sees the supervisor's fields disabled.
In high contrast an empty disabled field was black on black with a white frame, exactly like an enabled one.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desktop.ui import theme
from desktop.ui.preferences import Preferences
from desktop.ui.settings_dialog import SettingsDialog


def border_share(window: QWidget, field: QLineEdit) -> float:
    """The share of the field's top border line drawn in the border's colour, not the field's background."""
    area = field.geometry()
    image = window.grab(area).toImage()
    inside = QColor(image.pixel(image.width() // 2, image.height() // 2))
    y = 2  # the 1 px border inside the 2 px margin (theme.FOCUS_STYLE)
    xs = range(8, image.width() - 8)
    drawn = sum(theme.contrast_ratio(QColor(image.pixel(x, y)), inside) >= 1.5 for x in xs)
    return drawn / len(xs)


@pytest.mark.parametrize("contrast", [False, True], ids=["default", "high-contrast"])
def test_a_disabled_field_has_a_dashed_border_and_an_enabled_one_a_solid_border(qtbot, qapp, contrast: bool) -> None:
    theme.apply(qapp, Preferences(high_contrast=contrast))
    try:
        officer = SettingsDialog(Preferences(), device_wide=False)
        supervisor = SettingsDialog(Preferences(), device_wide=True)
        for dialog in (officer, supervisor):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
        QApplication.processEvents()
        assert not officer.office_address.isEnabled() and supervisor.office_address.isEnabled()
        solid = border_share(supervisor, supervisor.office_address)
        dashed = border_share(officer, officer.office_address)
        print(f"border drawn: enabled {solid:.0%}, disabled {dashed:.0%}")
        assert solid > 0.95
        assert 0.2 < dashed < 0.8
    finally:
        theme.apply(qapp, Preferences())

"""Text size and the high-contrast theme, applied to the whole application.

Sizes come from the font only (no fixed pixel sizes anywhere in the shell),
so scaling the application font to 200 % grows every layout. The high-contrast
palette is checked by a test: every text/background pair below is at least 7:1
(WCAG AAA).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.paths import resource
from desktop.ui.preferences import Preferences

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

HIGH_CONTRAST: dict[QPalette.ColorRole, str] = {
    Role.Window: "#000000",
    Role.WindowText: "#FFFFFF",
    Role.Base: "#000000",
    Role.AlternateBase: "#1A1A1A",
    Role.Text: "#FFFFFF",
    Role.Button: "#000000",
    Role.ButtonText: "#FFFFFF",
    Role.BrightText: "#FFFF00",
    Role.Highlight: "#FFFF00",
    Role.HighlightedText: "#000000",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#FFFFFF",
    Role.PlaceholderText: "#C8C8C8",
    Role.Link: "#00FFFF",
    Role.LinkVisited: "#FF99FF",
    Role.Light: "#FFFFFF",
    Role.Midlight: "#CCCCCC",
    Role.Mid: "#999999",
    Role.Dark: "#FFFFFF",
    Role.Shadow: "#FFFFFF",
}
# Disabled controls stay readable (WCAG exempts them; we do not rely on that).
HIGH_CONTRAST_DISABLED: dict[QPalette.ColorRole, str] = {
    Role.WindowText: "#A6A6A6",
    Role.Text: "#A6A6A6",
    Role.ButtonText: "#A6A6A6",
}

# (foreground, background) pairs the widgets actually draw text with.
TEXT_PAIRS: list[tuple[QPalette.ColorRole, QPalette.ColorRole]] = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.BrightText, Role.Window),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
]

# Every theme draws the same box: a 1 px border inside a 2 px margin; focus turns both into a 3 px ring, so the
# content never moves and the ring's outer 2 px change from the window's colour to the ring's (WCAG 2.4.13: at
# least 2 px, 3:1 against the unfocused state). Fusion's own focus frame is a faint 1 px line.
FRAMED = ("QPushButton, QToolButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, "
          "QAbstractItemView, QCheckBox, QRadioButton, QLabel, DayChart")
FOCUS_STYLE = """
QPushButton, QToolButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView {
    border: 1px solid %(border)s; margin: 2px; }
QPushButton, QToolButton { border-radius: 3px; padding: 0.05em 0.6em; background: palette(button); }
QPushButton:pressed, QToolButton:pressed, QToolButton:checked { background: palette(mid); }
QCheckBox, QRadioButton, QLabel[tabStop="true"] { border: 1px solid transparent; margin: 2px; padding: 1px; }
DayChart { border: 1px solid transparent; margin: 2px; }
%(focused)s { border: 3px solid %(ring)s; margin: 0px; }
QPushButton:disabled, QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled, QPlainTextEdit:disabled,
QTextEdit:disabled { border-style: dashed; border-color: %(disabled)s; }
QPushButton:default { border-color: %(default)s; }
QPushButton:default:focus { border-color: %(ring)s; }
QToolBar QToolButton { border-color: transparent; background: transparent; padding: 0.1em 0.2em; }
QHeaderView, QComboBox QAbstractItemView { border: none; margin: 0px; }
"""
# A disabled control's border is dashed, so an empty one that cannot be typed in is told by its shape, not its shade.
DEFAULT_COLOURS = {"border": "#767676", "ring": "#1A5FB4", "default": "#1A5FB4",  # 4.5:1 and 5.5:1 on #EFEFEF
                   "disabled": "#8F8F8F"}
HIGH_CONTRAST_COLOURS = {"border": "#FFFFFF", "ring": "#FFFF00", "default": "#00FFFF", "disabled": "#A6A6A6"}
HIGH_CONTRAST_STYLE = """
QCheckBox::indicator, QRadioButton::indicator { border: 2px solid #FFFFFF; background: #000000; }
QCheckBox::indicator:checked { background: #FFFF00; image: url(%(check)s); }
QRadioButton::indicator { border-radius: 0.5em; }
QRadioButton::indicator:checked { background: #FFFF00; image: url(%(dot)s); }
"""
# Minimum target size for every theme (WCAG 2.5.8: at least 24 px).
BASE_STYLE = """
QCheckBox, QRadioButton { min-height: 24px; }
QCheckBox::indicator, QRadioButton::indicator { width: 1em; height: 1em; }
QPushButton, QToolButton { min-height: 24px; min-width: 24px; }
QLineEdit, QComboBox, QAbstractSpinBox { min-height: 24px; }
QAbstractItemView::item { min-height: 24px; }
"""


def focus_style(colours: dict[str, str]) -> str:
    focused = ", ".join(f"{name.strip()}:focus" for name in FRAMED.split(","))
    return FOCUS_STYLE % {**colours, "focused": focused}


_BASE_POINT_SIZE = "luring_base_point_size"
_CONTRAST_WAS_SET = "luring_high_contrast"


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, colour in HIGH_CONTRAST.items():
        palette.setColor(role, QColor(colour))
    for role, colour in HIGH_CONTRAST_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


# Fusion honours palettes the same way on every platform. It is chosen as the application is made (Qt's own
# `-style` argument): setting it later would make Python set up Qt's QStyle class, 15 ms before the first paint.
QT_ARGUMENTS = ["-style", "Fusion"]


def apply(app: QApplication, prefs: Preferences) -> None:
    """Apply text size and theme; safe to call again when preferences change."""
    if app.property(_BASE_POINT_SIZE) is None:
        # Remember the platform's size once so repeated calls never compound.
        app.setProperty(_BASE_POINT_SIZE, app.font().pointSizeF())
    base = float(app.property(_BASE_POINT_SIZE))
    font = QFont(app.font())
    font.setPointSizeF(base * prefs.text_scale / 100)
    app.setFont(font)
    if prefs.high_contrast:
        app.setPalette(high_contrast_palette())
        icons = {"check": _icon_url("check-black.svg"), "dot": _icon_url("dot-black.svg")}
        app.setStyleSheet(BASE_STYLE + focus_style(HIGH_CONTRAST_COLOURS) + HIGH_CONTRAST_STYLE % icons)
    else:
        if app.property(_CONTRAST_WAS_SET):
            app.setPalette(QPalette())  # no role set: back to the system's colours, as at the start
        app.setStyleSheet(BASE_STYLE + focus_style(DEFAULT_COLOURS))
    app.setProperty(_CONTRAST_WAS_SET, prefs.high_contrast)


def _icon_url(name: str) -> str:
    # Forward slashes: style sheets read them on every platform.
    return resource("icons", name).as_posix()


def relative_luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)

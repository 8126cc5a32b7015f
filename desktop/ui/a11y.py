"""Accessibility helpers every window uses: screen-reader announcements, inline errors, labelled form rows."""

from __future__ import annotations

# The modules, not their classes: `QtCore.Qt` and `QtGui.QAccessible` bring a hundred enums each, created when
# first named; named at use, they load after the log-in window's first paint instead of before it.
from PySide6 import QtCore, QtGui
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

MIN_TARGET_PX = 24


def announce(widget: QWidget, text: str) -> None:
    """Ask screen readers to speak `text` (politely) on behalf of `widget`."""
    if text:
        QtGui.QAccessible.updateAccessibility(QtGui.QAccessibleAnnouncementEvent(widget, text))


def set_error(label: QLabel, text: str) -> None:
    """Show an inline error as text (never colour alone) and announce it; always plain text, never markup."""
    if text and label.textFormat() != QtCore.Qt.TextFormat.PlainText:
        label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))
    if text:
        QtGui.QAccessible.updateAccessibility(
            QtGui.QAccessibleEvent(label, QtGui.QAccessible.Event.NameChanged))
        announce(label, text)


def set_name(field: QWidget, name: str) -> None:
    """The field's accessible name, and its text field's if it has one inside (an editable combo box): a screen
    reader meets that one as a control of its own."""
    field.setAccessibleName(name)
    if isinstance(field, QComboBox) and (line := field.lineEdit()) is not None:
        line.setAccessibleName(name)


def add_row(form: QFormLayout, label_text: str, field: QWidget, description: str = "") -> QLabel:
    """A form row whose label is the field's buddy (and accessible name): one name, said and shown."""
    label = QLabel(label_text, form.parentWidget())
    label.setBuddy(field)
    # No word wrap: a wrapped buddy label in a QFormLayout gets squeezed to one line's height.
    set_name(field, label_text.replace("&", ""))
    if description:
        field.setAccessibleDescription(description)
        field.setToolTip(description)
    if form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows:
        # Own rows, full width: text measured at 200 % can be a pixel wider than the label's size hint.
        form.addRow(label)
        form.addRow(field)
    else:
        form.addRow(label, field)
    return label


def say(label: QLabel, text: str) -> None:
    """A line of words whose accessible name is the same words (a screen reader reads what is shown)."""
    label.setText(text)
    label.setAccessibleName(text)


def list_label(label_text: str, field: QWidget, description: str = "") -> QLabel:
    """A list's title as its buddy and accessible name, for a list that takes the rest of a window's height
    (in a QFormLayout it would keep its size hint)."""
    label = QLabel(label_text, field.parentWidget())
    label.setBuddy(field)
    set_name(field, label_text.replace("&", ""))
    if description:
        field.setAccessibleDescription(description)
        field.setToolTip(description)
    return label


def error_label(parent: QWidget, name: str) -> QLabel:
    """An inline error line: hidden until it has text; text, not colour, carries the meaning."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setVisible(False)
    return label

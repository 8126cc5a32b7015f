"""Labelled fields with inline text errors, bound to keys of the wizard's flat data.

Each field is a label (its buddy is the control, so screen readers name it), an
optional hint, the control, and an error line that shows text (never colour
alone) and is announced when it appears.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import Language
from desktop.domain.validation import Problem
from desktop.ui.a11y import set_error, set_name

NONE_OF_THESE = ".none_of_these"  # a form key of the UI's own: the officer said none apply (the domain reads [])

Options = list[tuple[str, str]]


def plain(label: str) -> str:
    return label.replace("&", "")


class Form:
    """The fields of one wizard page, laid out top to bottom (nothing clips at 200 % text)."""

    def __init__(self, page: QWidget, layout: QVBoxLayout, on_change: Callable[[], None]) -> None:
        self.page = page
        self.layout = layout
        self._on_change = on_change
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.multis: dict[str, dict[str, QCheckBox]] = {}
        self.nones: dict[str, QCheckBox] = {}
        self.blocks: dict[str, QWidget] = {}
        self.hints: dict[str, str] = {}

    def _error_label(self, key: str, parent: QWidget) -> QLabel:
        error = QLabel(parent)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        self.errors[key] = error
        return error

    def add(self, key: str, label: str, widget: QWidget, hint: str = "", into: QVBoxLayout | None = None) -> QWidget:
        block = QWidget(self.page)
        box = QVBoxLayout(block)
        box.setContentsMargins(0, 4, 0, 4)
        caption = QLabel(label, block)
        caption.setWordWrap(True)
        caption.setBuddy(widget)
        box.addWidget(caption)
        if hint:
            hint_label = QLabel(hint, block)
            hint_label.setObjectName("fieldHint")
            hint_label.setWordWrap(True)
            box.addWidget(hint_label)
            widget.setAccessibleDescription(hint)
            self.hints[key] = hint
        widget.setParent(block)
        set_name(widget, plain(label))
        widget.setObjectName(key)
        box.addWidget(widget)
        box.addWidget(self._error_label(key, block))
        (into or self.layout).addWidget(block)
        self.widgets[key] = widget
        self.blocks[key] = block
        self._watch(widget)
        return widget

    def line(self, key: str, label: str, hint: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(20_000)  # far above every rule, so a long paste gets a message, not a silent cut
        if placeholder:
            edit.setPlaceholderText(placeholder)
        self.add(key, label, edit, hint)
        return edit

    def text_area(self, key: str, label: str, hint: str = "") -> QPlainTextEdit:
        area = QPlainTextEdit()
        area.setTabChangesFocus(True)  # Tab must move on, not insert a tab character
        self.add(key, label, area, hint)
        return area

    def choice(self, key: str, label: str, options: Options, hint: str = "") -> QComboBox:
        combo = QComboBox()
        combo.addItem(QCoreApplication.translate("Form", "— choose —"), "")
        for value, text in options:
            combo.addItem(text, str(value))
        self.add(key, label, combo, hint)
        return combo

    def check(self, key: str, text: str, into: QVBoxLayout | None = None) -> QCheckBox:
        box = QCheckBox(text, self.page)
        box.setObjectName(key)
        box.setAccessibleName(plain(text))
        target = into or self.layout
        target.addWidget(box)
        error = self._error_label(key, self.page)
        target.addWidget(error)
        self.widgets[key] = box
        self.blocks[key] = box
        self._watch(box)
        return box

    def multi(self, key: str, title: str, options: Options, into: QVBoxLayout | None = None,
              none_text: str = "") -> QGroupBox:
        """Check boxes; with `none_text`, a first box that says none apply and takes the others out of the way
        (one key instead of a Tab through each)."""
        group = QGroupBox(title, self.page)
        group.setObjectName(key)
        box = QVBoxLayout(group)
        boxes: dict[str, QCheckBox] = {}
        if none_text:
            none = QCheckBox(none_text, group)
            none.setObjectName(key + NONE_OF_THESE)
            none.setAccessibleName(plain(none_text))
            none.setAccessibleDescription(title)
            box.addWidget(none)
            none.toggled.connect(lambda on, k=key: self._none_of_these(k, on))
            self.nones[key] = none
            self._watch(none)
        for value, text in options:
            check = QCheckBox(text, group)
            check.setObjectName(f"{key}.{value}")
            check.setAccessibleName(plain(text))
            check.setAccessibleDescription(title)
            box.addWidget(check)
            boxes[str(value)] = check
            self._watch(check)
        box.addWidget(self._error_label(key, group))
        (into or self.layout).addWidget(group)
        self.multis[key] = boxes
        self.widgets[key] = group
        self.blocks[key] = group
        return group

    def _none_of_these(self, key: str, on: bool) -> None:
        for check in self.multis[key].values():
            if on:
                check.setChecked(False)
            check.setEnabled(not on)  # disabled boxes are no Tab stops

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self._changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._changed)

    def _changed(self, *_args: Any) -> None:
        self._on_change()

    # -- data -------------------------------------------------------------
    def store(self, data: dict[str, Any]) -> None:
        for key, widget in self.widgets.items():
            if key in self.multis:
                data[key] = [v for v, box in self.multis[key].items() if box.isChecked()]
                if key in self.nones:
                    data[key + NONE_OF_THESE] = self.nones[key].isChecked()
            elif isinstance(widget, QLineEdit):
                data[key] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                data[key] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                data[key] = widget.currentData() or ""
            elif isinstance(widget, QCheckBox):
                data[key] = widget.isChecked()

    def load(self, data: dict[str, Any]) -> None:
        for key, widget in self.widgets.items():
            value = data.get(key)
            if key in self.multis:
                chosen = set(value) if isinstance(value, list) else set()
                for v, box in self.multis[key].items():
                    box.setChecked(v in chosen)
                if key in self.nones:
                    self.nones[key].setChecked(data.get(key + NONE_OF_THESE) is True and not chosen)
            elif isinstance(widget, QLineEdit):
                widget.setText(value if isinstance(value, str) else "")
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value if isinstance(value, str) else "")
            elif isinstance(widget, QComboBox):
                index = widget.findData(value if isinstance(value, str) else "")
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(value is True)

    # -- errors -----------------------------------------------------------
    def clear_errors(self) -> None:
        for key, label in self.errors.items():
            if label.isVisible() or label.text():
                set_error(label, "")
                self._describe(key, "")

    def show_errors(self, problems: list[Problem], language: Language) -> QWidget | None:
        """Show each problem under its field; returns the first control to focus."""
        self.clear_errors()
        for problem in problems:
            key = problem.field
            label = self.errors.get(key)
            if label is None:
                continue
            text = problem.message.text(language)
            set_error(label, "⚠ " + text)
            self._describe(key, text)
        # The first field with a problem as the page shows them, top to bottom.
        wrong = {p.field for p in problems}
        first_key = next((key for key in self.errors if key in wrong), None)
        return self.focus_target(first_key) if first_key is not None else None

    def focus_target(self, key: str) -> QWidget | None:
        if key in self.multis:
            boxes = list(self.multis[key].values())
            return boxes[0] if boxes else None
        return self.widgets.get(key)

    def _describe(self, key: str, text: str) -> None:
        widget = self.focus_target(key)
        if widget is not None:
            # Screen readers read the description with the field: the error travels with the focus.
            widget.setAccessibleDescription(text or self.hints.get(key, ""))

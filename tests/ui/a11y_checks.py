"""Accessibility checks the tests run over every window: names a screen reader says, target sizes (WCAG 2.5.8)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.ui.a11y import MIN_TARGET_PX


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader gets: explicit name, a label buddy, or the widget's own text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return widget.accessibleName()
    return interface.text(QAccessible.Text.Name) or ""


def focusable_descendants(root: QWidget) -> list[QWidget]:
    widgets = [root, *root.findChildren(QWidget)]
    result = []
    for widget in widgets:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            continue
        if root.isVisible() and not widget.isVisibleTo(root):
            continue
        if widget.focusProxy() is not None:
            continue  # the proxy carries the name
        if _is_internal(widget):
            continue
        result.append(widget)
    return result


def _is_internal(widget: QWidget) -> bool:
    # Viewports and scroll-bar internals of item views are reached through their view.
    name = widget.objectName()
    return name.startswith("qt_") or widget.metaObject().className() in {"QScrollBar", "QFocusFrame"}


# Controls Qt would otherwise "name" by their value (a combo says its current item, "Laki-laki"): they need an
# explicit accessible name or a buddy label saying what they are.
VALUE_CONTROLS = (QComboBox, QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView)


def label_name(widget: QWidget) -> str:
    """What the control is called by its programmer: an explicit accessible name or a buddy label's text."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "")
    return ""


def unnamed_focusable(root: QWidget) -> list[str]:
    """Describe every focusable descendant that a screen reader could not name."""
    return [
        f"{w.metaObject().className()} '{w.objectName()}'"
        for w in focusable_descendants(root)
        if not _spoken_name(w).strip() and not _is_window(w)
    ]


def _spoken_name(widget: QWidget) -> str:
    return label_name(widget) if isinstance(widget, VALUE_CONTROLS) else accessible_name(widget)


def _is_window(widget: QWidget) -> bool:
    return widget.isWindow() and bool(widget.windowTitle())


def assert_all_focusable_named(root: QWidget) -> None:
    """Fail (AssertionError) when any focusable control has no accessible name."""
    QApplication.processEvents()
    missing = unnamed_focusable(root)
    assert not missing, f"focusable controls without an accessible name: {missing}"


# Controls a pointer aims at; an editable combo's or a spin box's own line edit is measured as the whole.
TARGET_TYPES = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
ROWS_MEASURED = 60  # rows of each list/table: enough for a screenful, cheap with 100,000 records behind it


def small_targets(root: QWidget, minimum: int = MIN_TARGET_PX) -> list[str]:
    """Controls and list/table rows drawn smaller than `minimum` px (WCAG 2.5.8)."""
    QApplication.processEvents()
    small = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or _is_inner_editor(widget) or _is_internal(widget):
            continue
        if isinstance(widget, TARGET_TYPES) and (widget.width() < minimum or widget.height() < minimum):
            small.append(f"{_describe(widget)} {widget.width()}x{widget.height()}")
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            small += [f"{_describe(widget)} row {row}: {height} px high" for row, height in _row_heights(widget)
                      if height < minimum]
    return small


def _describe(widget: QWidget) -> str:
    return f"{widget.metaObject().className()} '{widget.objectName() or accessible_name(widget)}'"


def _is_inner_editor(widget: QWidget) -> bool:
    return isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)


def _row_heights(view: QAbstractItemView) -> list[tuple[int, int]]:
    """(row, height) of the first rows as drawn: the row's rectangle, or the step to the next row if smaller."""
    model = view.model()
    if model is None:
        return []
    parent = view.rootIndex()
    rows = [r for r in range(min(model.rowCount(parent), ROWS_MEASURED)) if not _row_hidden(view, r)]
    rects = [view.visualRect(model.index(r, 0, parent)) for r in rows]
    heights = []
    for i, (row, rect) in enumerate(zip(rows, rects, strict=True)):
        height = rect.height()
        if i + 1 < len(rects) and rects[i + 1].top() > rect.top():
            height = min(height, rects[i + 1].top() - rect.top())  # rows drawn over each other count as small
        heights.append((row, height))
    return heights


def _row_hidden(view: QAbstractItemView, row: int) -> bool:
    is_hidden = getattr(view, "isRowHidden", None)
    try:
        return bool(is_hidden(row)) if is_hidden is not None else False
    except TypeError:  # QTreeView.isRowHidden(row, parent)
        return bool(is_hidden(row, view.rootIndex()))


def assert_targets_large_enough(root: QWidget, minimum: int = MIN_TARGET_PX) -> None:
    small = small_targets(root, minimum)
    assert not small, f"targets smaller than {minimum}px: {small}"



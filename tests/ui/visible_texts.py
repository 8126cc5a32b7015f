"""Every text a person can see in a window, for the test that finds strings left in English.

Collected from what Qt draws or pops up: window titles, labels, buttons, group
boxes, placeholders, tooltips, items of closed (non-editable) combo boxes, list
items, table headers, menu and toolbar actions, and the text of read-only text
views. Editable combo boxes hold data (region names), not interface strings.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableView,
    QTextBrowser,
    QWidget,
)

_LETTERS = re.compile(r"[^\W\d_]{2,}")


def normalise(text: str) -> str:
    """Without accelerator marks and with single spaces: "&Simpan  draf" -> "Simpan draf"."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _plain(text: str) -> str:
    if QtGuiNamespace.mightBeRichText(text):  # a function of QtGui's Qt namespace
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def visible_texts(root: QWidget) -> set[str]:
    """The texts shown by `root` and its visible descendants (one entry per line of multi-line texts)."""
    found: list[str] = []
    if root.isWindow():
        found.append(root.windowTitle())
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        found.append(widget.toolTip())
        found += _own_texts(widget)
    for action in root.findChildren(QAction):
        if action.isVisible() and not action.isSeparator():
            found += [action.text(), action.toolTip()]
    for menu in root.findChildren(QMenu):
        found.append(menu.title())
    texts = set()
    for text in found:
        for line in _plain(text or "").splitlines():
            if normalise(line):
                texts.add(normalise(line))
    return texts


def _own_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QComboBox) and not widget.isEditable():
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        return [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QTableView) and widget.model() is not None:
        model = widget.model()
        return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    if isinstance(widget, QTextBrowser):
        return [widget.toPlainText()]
    return []


def left_in_english(translated: set[str], english: set[str], exempt: set[str]) -> list[str]:
    """Texts of the translated run that are also English texts, after taking out the `exempt` words
    (proper names, the test's own data, words both languages share): a text is fine when no word of
    two or more letters remains."""
    flagged = []
    for text in sorted(translated & english):
        rest = text
        for word in sorted(exempt, key=len, reverse=True):
            rest = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", rest, flags=re.IGNORECASE)
        if _LETTERS.search(rest):
            flagged.append(text)
    return flagged

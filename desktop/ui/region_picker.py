"""Cascading province → regency → district → village pickers with type-to-search.

Each level is an editable combo box whose completer matches anywhere in the
name ("bogor" finds "Kabupaten Bogor"). Leaving the box with text that names
exactly one entry selects it, so typing a name and pressing Tab is enough.
Choosing a level refills the next one and clears the ones below.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QGuiApplication, QWindow
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from desktop.domain.regions import Region, Regions

LEVELS = ("province", "regency", "district", "village")


class RegionCombo(QComboBox):
    """An editable combo that finds an entry by any part of its name and says when the person leaves it.

    (The combo, not its line edit, has the focus, so leaving is seen here.)
    """

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        assert completer is not None  # an editable combo always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCurrentIndex(-1)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_window_changed)

    def _focus_window_changed(self, window: QWindow | None) -> None:
        # Without a window manager (kiosk PCs, Xvfb, the test platform) the list of matches can be given the
        # activation after it has closed; the focus set next (the next step's first field) would land nowhere.
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if window is not None and popup is not None and window is popup.windowHandle() and not popup.isVisible():
            self.window().activateWindow()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.left.emit()
        super().focusOutEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab while the completer's list is open: the completer eats the focus-out, so say "left" here too
        # (part of a name, then Tab, picks the one village it names) and close the list it would leave open.
        self.hide_popup()
        self.left.emit()
        return super().focusNextPrevChild(next)

    def edit(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # editable since __init__
        return line

    def hide_popup(self) -> None:
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None:
            popup.hide()


class RegionCascade(QObject):
    """Drives four combo boxes (created by the page, which lays them out and labels them)."""

    village_chosen = Signal(object)  # Region
    changed = Signal()

    def __init__(self, regions: Regions, combos: dict[str, RegionCombo], parent: QObject | None = None) -> None:
        # The page makes the combos (RegionCombo), lays them out and labels them.
        super().__init__(parent)
        self.regions = regions
        self.combos = combos
        self._filling = False
        for level, combo in combos.items():
            combo.activated.connect(lambda _i, lv=level: self._picked(lv))
            combo.edit().returnPressed.connect(lambda lv=level: self._resolve(lv))
            combo.edit().textEdited.connect(lambda _t, lv=level: self._resolve(lv, exact_only=True))
            combo.left.connect(lambda lv=level: self._resolve(lv))
        self._fill("province", regions.children(""))

    def code(self, level: str) -> str:
        combo = self.combos[level]
        data = combo.currentData() if combo.currentIndex() >= 0 else None
        # An edited text that no longer names the chosen entry means nothing is chosen.
        if data and combo.currentText().strip() == combo.itemText(combo.currentIndex()):
            return str(data)
        return ""

    def set_codes(self, codes: dict[str, str]) -> None:
        """Select saved codes (a draft or a correction) level by level."""
        self._filling = True
        try:
            for level in LEVELS:
                combo = self.combos[level]
                index = combo.findData(codes.get(level, ""))
                combo.setCurrentIndex(index)
                if index < 0:
                    combo.setEditText("")
                    self._clear_below(level)
                    break
                self._fill_next(level)
        finally:
            self._filling = False

    def _fill(self, level: str, items: list[Region]) -> None:
        combo = self.combos[level]
        was = self._filling
        self._filling = True
        combo.clear()
        for region in items:
            combo.addItem(region.name, region.code)
        combo.setCurrentIndex(-1)
        combo.setEditText("")
        self._filling = was

    def _clear_below(self, level: str) -> None:
        for lower in LEVELS[LEVELS.index(level) + 1:]:
            self._fill(lower, [])

    def _fill_next(self, level: str) -> None:
        index = LEVELS.index(level)
        if index + 1 < len(LEVELS):
            self._fill(LEVELS[index + 1], self.regions.children(self.code(level)))
            for lower in LEVELS[index + 2:]:
                self._fill(lower, [])

    def _resolve(self, level: str, *, exact_only: bool = False) -> None:
        """Typed text → the one entry it names (exact name first, else a unique partial match)."""
        combo = self.combos[level]
        text = combo.currentText().strip().casefold()
        if not text or self.code(level):
            return
        names = [combo.itemText(i).casefold() for i in range(combo.count())]
        exact = [i for i, name in enumerate(names) if name == text]
        partial = [i for i, name in enumerate(names) if text in name]
        found = exact or (partial if len(partial) == 1 and not exact_only else [])
        if len(found) == 1:
            combo.setCurrentIndex(found[0])
            combo.hide_popup()
            self._picked(level)

    def _picked(self, level: str) -> None:
        if self._filling:
            return
        self._fill_next(level)
        if level == "village":
            region = self.regions.get(self.code("village"))
            if region is not None:
                self.village_chosen.emit(region)
        self.changed.emit()

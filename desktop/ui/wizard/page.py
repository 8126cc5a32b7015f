"""What every wizard page shares: a form over the flow's data, inside a scroll area."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.validation import Problem
from desktop.operations.wizard_flow import WizardFlow
from desktop.ui.context import UiContext
from desktop.ui.wizard.form import Form


class Page(QWidget):
    """One step. Subclasses build fields in `build()`; the wizard calls load/store/enter."""

    # Pages built around one big reading area (consent text, review) let it take the spare height.
    FILL = False

    def __init__(self, context: UiContext, flow: WizardFlow, on_change: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.flow = flow
        self.language = context.language
        self._loading = True  # signals fired while building must not overwrite the data with empty fields
        self._on_change = on_change
        self.box = QVBoxLayout(self)
        self.form = Form(self, self.box, self._changed)
        self.build()
        if not self.FILL:
            self.box.addStretch(1)
        self._loading = False

    def build(self) -> None:
        """Make the page's fields (each page its own)."""

    def note(self, text: str, name: str = "pageNote") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box.addWidget(label)
        return label

    def _changed(self) -> None:
        if self._loading:
            return
        self.store()
        self.refresh()
        self._on_change()

    def load(self) -> None:
        self._loading = True
        try:
            self.form.load(self.flow.data)
            self.after_load()
        finally:
            self._loading = False
        self.refresh()

    def after_load(self) -> None:
        """Pages with widgets the form does not know (cascades, files) restore them here."""

    def store(self) -> None:
        self.form.store(self.flow.data)

    def refresh(self) -> None:
        """Update what depends on the values (warnings, enabled parts)."""

    def enter(self) -> None:
        """Called each time the page is shown."""

    def first_field(self) -> QWidget | None:
        """Where the keyboard starts on this page; None: its first control."""
        return None

    def show_problems(self, problems: list[Problem]) -> QWidget | None:
        return self.form.show_errors(problems, self.language)

    def scrolled(self) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return area

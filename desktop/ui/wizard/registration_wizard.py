"""The registration wizard: a visible step list, one page per step, autosaved drafts.

Navigation and rules live in `desktop.operations.wizard_flow.WizardFlow`; this
widget only shows them. Store work (drafts, attachments, saving) goes through
the operations runner, never on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.eligibility import load_rules
from desktop.domain.regions import Regions
from desktop.domain.registration import Registration
from desktop.operations import registration_ops
from desktop.operations.registration_ops import domain_problems, step_of
from desktop.operations.wizard_flow import STEPS, FieldProblem, WizardFlow
from desktop.ui.a11y import announce, set_error
from desktop.ui.wizard import labels
from desktop.ui.wizard.documents_page import DocumentsPage
from desktop.ui.wizard.page import Page
from desktop.ui.wizard.pages_more import AddressPage, BackgroundPage, DisabilityPage
from desktop.ui.wizard.pages_person import ConsentPage, ContactPage, IdentityPage
from desktop.ui.wizard.review_page import ReviewPage
from desktop.ui.wizard.save_outcome import SaveOutcome

log = logging.getLogger("luring.ui.wizard")
AUTOSAVE_MS = 1000
PAGES: tuple[type[Page], ...] = (ConsentPage, IdentityPage, AddressPage, ContactPage, BackgroundPage,
                                 DisabilityPage, DocumentsPage, ReviewPage)


class RegistrationWizard(QWidget):
    finished = Signal(int)  # 1 saved, 0 closed (the draft stays)
    saved = Signal(object)  # RecordSummary

    def __init__(self, context: Any, parent: QWidget | None = None, *, draft_id: uuid.UUID | None = None,
                 correcting: Registration | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registrationWizard")
        self.context = context
        self.language = getattr(context, "language", "id")
        self.correcting = correcting
        self.flow = WizardFlow(registration_ops.data_from_registration(correcting) if correcting else None,
                               draft_id=draft_id, regions=getattr(context, "regions", None))
        self._resuming = draft_id is not None
        self._done = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft_now)
        self.setWindowTitle(self.tr("Correct a registration") if correcting else self.tr("New registration"))
        self._build()
        self.pages: list[Page] = []
        for page_type in PAGES:
            page = page_type(context, self.flow, self._edited)
            self.pages.append(page)
            self.stack.addWidget(page.scrolled())
        self.outcome = SaveOutcome(self)
        signals = getattr(context, "signals", None)
        if signals is not None:
            # Idle lock, switch user or quit: keep what was typed (queued before the session closes).
            signals.session_ending.connect(self._session_ending)
        if self._resuming:
            self.setEnabled(False)
            registration_ops.load_draft(context, self.flow.draft_id, self._draft_loaded, self._draft_failed)
        else:
            for page in self.pages:
                page.load()
        self._show_step()

    # -- building ---------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        self.steps = QListWidget(self)
        self.steps.setObjectName("stepList")
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setAccessibleDescription(self.tr("Press Enter on a step already reached to go back to it."))
        self.steps.itemActivated.connect(lambda item: self._jump(self.steps.row(item)))
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bold = QFont(self.steps.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(metrics.horizontalAdvance(f"▶ 8. {t}") for t in labels.step_titles())
        self.steps.setMinimumWidth(widest + metrics.averageCharWidth() * 4)
        for index, title in enumerate(labels.step_titles()):
            self.steps.addItem(QListWidgetItem(f"{index + 1}. {title}"))
        outer.addWidget(self.steps)
        right = QVBoxLayout()
        outer.addLayout(right, 1)
        self.title = QLabel(self)
        self.title.setObjectName("stepTitle")
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        right.addWidget(self.title)
        self.summary = QLabel(self)
        self.summary.setObjectName("stepProblems")
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        right.addWidget(self.summary)
        self.stack = QStackedWidget(self)
        right.addWidget(self.stack, 1)
        self.draft_status = QLabel(self)
        self.draft_status.setObjectName("draftStatus")
        self.draft_status.setWordWrap(True)
        buttons = QHBoxLayout()
        right.addLayout(buttons)
        # Two rows, so long (translated, 200 %) button texts never squeeze each other.
        second = QHBoxLayout()
        right.addLayout(second)
        second.addWidget(self.draft_status, 1)
        self.back_button = self._button(self.tr("&Back"), "backButton", self.go_back, buttons)
        self.next_button = self._button(self.tr("&Next"), "nextButton", self.go_next, buttons)
        self.draft_button = self._button(self.tr("Save as &draft record"), "saveDraftRecord",
                                         lambda: self.save(ready=False), buttons)
        self.ready_button = self._button(self.tr("Save as &ready to send"), "saveReady",
                                         lambda: self.save(ready=True), buttons)
        buttons.addStretch(1)
        self.close_button = self._button(self.tr("&Close (keeps the draft)"), "closeButton", self.close_wizard, second)
        self.next_button.setDefault(True)
        save_keys = QShortcut(QKeySequence.StandardKey.Save, self, self.save_draft_now).key()  # Ctrl+S
        close_keys = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_wizard).key()
        save_text, close_text = (keys.toString(QKeySequence.SequenceFormat.NativeText)
                                 for keys in (save_keys, close_keys))
        self.close_button.setToolTip(self.tr("Close the registration; the draft is kept ({key})").format(
            key=close_text))
        # Shown, not only in tooltips: keyboard users see both keys without hovering anything.
        self.shortcuts_hint = QLabel(self.tr("{save} saves the draft now · {close} closes (the draft is kept)")
                                     .format(save=save_text, close=close_text), self)
        self.shortcuts_hint.setObjectName("shortcutsHint")
        self.shortcuts_hint.setWordWrap(True)
        right.addWidget(self.shortcuts_hint)

    def _button(self, text: str, name: str, slot: Any, into: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.setMinimumWidth(button.sizeHint().width())  # from the text at the current size: never clipped
        button.clicked.connect(slot)
        into.addWidget(button)
        return button

    # -- navigation -------------------------------------------------------
    def _show_step(self) -> None:
        step = self.flow.step
        self.stack.setCurrentIndex(step)
        titles = labels.step_titles()
        current, done = self.tr("current step"), self.tr("complete")
        for index, title in enumerate(titles):
            item = self.steps.item(index)
            if index == step:
                marker, suffix = "▶", f" ({current})"
            elif index <= self.flow.furthest and not any(p.blocking for p in self.flow.problems(index)):
                marker, suffix = "✓", f" ({done})"
            else:
                marker, suffix = "  ", ""
            item.setText(f"{marker} {index + 1}. {title}")
            # Screen readers hear the state in words; sighted users see the marker and bold text.
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{index + 1}. {title}{suffix}")
            font = item.font()
            font.setBold(index == step)
            item.setFont(font)
            reachable = index <= self.flow.furthest
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if reachable
                          else Qt.ItemFlag.ItemIsEnabled)
        self.steps.setCurrentRow(step)
        heading = self.tr("Step {n} of {total}: {title}").format(n=step + 1, total=len(STEPS), title=titles[step])
        self.title.setText(heading)
        self.title.setAccessibleName(heading)
        set_error(self.summary, "")
        self.back_button.setEnabled(not self.flow.is_first)
        self.next_button.setVisible(not self.flow.is_last)
        self.draft_button.setVisible(self.flow.is_last)
        self.ready_button.setVisible(self.flow.is_last)
        self.pages[step].enter()
        announce(self, heading)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_if_outside)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # The shell focuses the wizard itself; hand the focus on to the first field of the step.
        super().focusInEvent(event)
        self._focus_if_outside()

    def _focus_if_outside(self) -> None:
        focus = QApplication.focusWidget()
        if focus is None or focus is self or not self.isAncestorOf(focus):
            self._focus_page()

    def _focus_page(self) -> None:
        page = self.pages[self.flow.step]
        for widget in page.findChildren(QWidget):
            tab_stop = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            if tab_stop and widget.isVisibleTo(page) and widget.isEnabled() and widget.focusProxy() is None:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def go_next(self) -> None:
        page = self.pages[self.flow.step]
        page.store()
        before = self.flow.step
        problems = self.flow.next()
        blocking = [p for p in problems if p.blocking]
        if blocking:
            first = page.show_problems(blocking)
            set_error(self.summary, "⚠ " + self._attention_text(blocking))
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        page.form.clear_errors()
        if self.flow.step != before:
            self._step_changed()

    def show_step(self, index: int, *, force: bool = False) -> bool:
        """Go to step `index` (0-7) if it was reached; `force` reaches it first (screenshots, tools)."""
        self.pages[self.flow.step].store()
        if force:
            self.flow.furthest = max(self.flow.furthest, min(index, len(STEPS) - 1))
        if not self.flow.go_to(index):
            return False
        self._step_changed()
        return True

    def go_back(self) -> None:
        self.pages[self.flow.step].store()
        self.flow.back()
        self._step_changed()

    def _jump(self, row: int) -> None:
        self.pages[self.flow.step].store()
        if self.flow.go_to(row):
            self._step_changed()

    def _step_changed(self) -> None:
        self._show_step()
        self._focus_page()
        self.save_draft_now()

    # -- drafts -----------------------------------------------------------
    def _edited(self) -> None:
        if self.flow.flag("consent.given") and not self.flow.text("consent.given_at"):
            self.flow.data["consent.given_at"] = dt.datetime.now(dt.UTC).isoformat()
        if not self._done and self.correcting is None:
            self._autosave.start()

    def save_draft_now(self) -> None:
        """Autosave (debounced edits, every step change, Ctrl+S); corrections are not drafts."""
        self._autosave.stop()
        if self._done or self.correcting is not None or not self.isEnabled():
            return
        self.pages[self.flow.step].store()
        self.flow.data["_step"] = self.flow.step
        registration_ops.save_draft(self.context, self.flow.draft_id, self.flow.data, self.flow.step,
                                    lambda _r: self._draft_saved(), self._draft_save_failed)

    def _session_ending(self) -> None:
        if shiboken6.isValid(self) and not self._done:
            self.save_draft_now()
            self._done = True

    def _draft_saved(self) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed (lock) while the store was writing: nothing to update
        self.draft_status.setText(self.tr("Draft saved at {time}.").format(time=dt.datetime.now().strftime("%H:%M:%S")))

    def _draft_save_failed(self, exc: BaseException) -> None:
        log.warning("draft autosave failed: %s", type(exc).__name__)
        if not shiboken6.isValid(self):
            return
        text = self.tr("⚠ The draft could not be saved. Keep this window open and tell the supervisor.")
        set_error(self.draft_status, text)

    def _draft_loaded(self, data: dict[str, Any]) -> None:
        self.setEnabled(True)
        self.flow.data.update(data)
        step = data.get("_step", 0)
        for page in self.pages:
            page.load()
        self.flow.furthest = self.flow.step = step if isinstance(step, int) and 0 <= step < len(STEPS) else 0
        self._show_step()
        self._focus_page()

    def _draft_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.context.show_error(self, exc)
        for page in self.pages:
            page.load()
        self._show_step()

    # -- saving -----------------------------------------------------------
    def save(self, *, ready: bool) -> None:
        self.pages[self.flow.step].store()
        blocking = [p for p in self.flow.all_problems() if p.blocking]
        if not blocking:
            reg = self.outcome.build_registration()
            # The domain's complete rule set on the finished record (e.g. invisible characters in a pasted name).
            blocking = [p for p in domain_problems(self.flow, reg, regions=self._regions(), rules=load_rules())
                        if p.blocking]
        if blocking:
            self._show_problems_at(blocking)
            return
        self._autosave.stop()
        self.setEnabled(False)
        self.draft_status.setText(self.tr("Saving…"))
        registration_ops.save_registration(
            self.context, reg, ready=ready, correction=self.correcting is not None,
            draft_id=None if self.correcting else self.flow.draft_id,
            done=self.outcome.saved, failed=self.outcome.failed)

    def _regions(self) -> Regions:
        return getattr(self.context, "regions", None) or Regions.load()

    def _attention_text(self, problems: list[FieldProblem]) -> str:
        fields = len({p.field for p in problems})
        return self.tr("%n field(s) on this step need attention. The first one has the focus.", "", fields)

    def _show_problems_at(self, problems: list[FieldProblem]) -> None:
        """Go to the step of the first problem, show that step's problems and focus the first field."""
        step = min(step_of(p.field) for p in problems)
        self.flow.go_to(step)
        self._show_step()
        here = [p for p in problems if step_of(p.field) == step]
        first = self.pages[step].show_problems(here)
        text = self._attention_text(here)
        lang = "en" if self.language == "en" else "id"
        # Problems with no field on this page (e.g. the consent time) are spelled out here instead.
        unplaced = [p.message.text(lang) for p in here if p.field not in self.pages[step].form.errors]
        set_error(self.summary, "⚠ " + " ".join([text, *unplaced]))
        (first or self.summary).setFocus(Qt.FocusReason.OtherFocusReason)

    def close_wizard(self) -> None:
        if not self._done:
            self.save_draft_now()
        self._done = True
        self.finished.emit(0)

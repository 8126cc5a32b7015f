"""The registration wizard: a visible step list, one page per step, autosaved drafts.

Navigation and every rule live in `desktop.operations.wizard_flow.WizardFlow`
(which asks the domain); this widget only shows them. It works against the
reference data it was given when it opened, whatever arrives while it is
open. Store work (drafts, attachments, saving) runs as operations. What
happens next (the saved record, the existing record of a duplicate NIK) is
the coordinator's: the wizard only says so by signal.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
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

from desktop.domain.messages import DomainError
from desktop.domain.reference import ReferenceData
from desktop.domain.registration import Registration
from desktop.domain.registration_form import CONSENT_GIVEN, CONSENT_GIVEN_AT, form_data, upgrade_keys
from desktop.domain.validation import Problem
from desktop.operations import registration_ops
from desktop.operations.wizard_flow import REVIEW, STEP, STEPS, WizardFlow, step_of
from desktop.store.errors import DuplicateNik
from desktop.store.records import RecordSummary
from desktop.ui.a11y import announce, set_error
from desktop.ui.context import UiContext
from desktop.ui.wizard import labels
from desktop.ui.wizard.documents_page import DocumentsPage
from desktop.ui.wizard.duplicate_nik import show_duplicate
from desktop.ui.wizard.page import Page
from desktop.ui.wizard.pages_more import AddressPage, BackgroundPage, DisabilityPage
from desktop.ui.wizard.pages_person import ConsentPage, ContactPage, IdentityPage
from desktop.ui.wizard.review_page import ReviewPage

log = logging.getLogger("luring.ui.wizard")
AUTOSAVE_MS = 1000
PAGES: tuple[type[Page], ...] = (ConsentPage, IdentityPage, AddressPage, ContactPage, BackgroundPage,
                                 DisabilityPage, DocumentsPage, ReviewPage)


class RegistrationWizard(QWidget):
    saved = Signal(object)  # RecordSummary
    closed = Signal()  # closed without saving (the draft stays)
    existing_record_requested = Signal(object)  # uuid.UUID: a duplicate NIK's record

    def __init__(self, context: UiContext, reference: ReferenceData, parent: QWidget | None = None, *,
                 draft_id: uuid.UUID | None = None, correcting: Registration | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registrationWizard")
        self.context = context
        self.language = context.language
        self.flow = WizardFlow(reference, officer=context.session.account.username, draft_id=draft_id,
                               data=form_data(correcting) if correcting else None, correcting=correcting)
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
        identity, address = self.pages[PAGES.index(IdentityPage)], self.pages[PAGES.index(AddressPage)]
        assert isinstance(identity, IdentityPage)
        identity.proposed.connect(lambda _keys: address.load())
        # Idle lock, switch user or quit: keep what was typed (queued before the session closes).
        context.signals.session_ending.connect(self._session_ending)
        if draft_id is not None:
            self.setEnabled(False)
            registration_ops.load_draft(context.runner, context.session, draft_id) \
                .success(self._draft_loaded).failure(self._draft_failed).run()
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
        # Not a Tab stop on every page (eleven extra presses per registration): F6 reaches it from anywhere.
        self.steps.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.steps.setAccessibleDescription(self.tr("F6 reaches this list from anywhere in the registration. "
                                                    "Press Enter on a step already reached to go back to it."))
        self.steps.itemActivated.connect(lambda item: self.show_step(self.steps.row(item)))
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
        steps_keys = QShortcut(QKeySequence(Qt.Key.Key_F6), self, self.focus_steps).key()
        save_text, close_text, steps_text = (keys.toString(QKeySequence.SequenceFormat.NativeText)
                                             for keys in (save_keys, close_keys, steps_keys))
        self.close_button.setToolTip(self.tr("Close the registration; the draft is kept ({key})").format(
            key=close_text))
        # Shown, not only in tooltips: keyboard users see both keys without hovering anything.
        self.shortcuts_hint = QLabel(
            self.tr("{save} saves the draft now · {close} closes (the draft is kept) · {steps} goes to the steps")
            .format(save=save_text, close=close_text, steps=steps_text), self)
        self.shortcuts_hint.setObjectName("shortcutsHint")
        self.shortcuts_hint.setWordWrap(True)
        right.addWidget(self.shortcuts_hint)

    def _button(self, text: str, name: str, slot: Callable[[], object], into: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.setMinimumWidth(button.sizeHint().width())  # from the text at the current size: never clipped
        button.clicked.connect(slot)
        into.addWidget(button)
        return button

    def focus_steps(self) -> None:
        self.steps.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- navigation -------------------------------------------------------
    def _show_step(self) -> None:
        step = self.flow.step
        self.stack.setCurrentIndex(step)
        titles = labels.step_titles()
        current, done = self.tr("current step"), self.tr("complete")
        reading = self.flow.reading()
        for index, title in enumerate(titles):
            item = self.steps.item(index)
            if index == step:
                marker, suffix = "▶", f" ({current})"
            elif index <= self.flow.furthest and self.flow.complete(index, reading):
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
        if not shiboken6.isValid(self):
            return
        focus = QApplication.focusWidget()
        if focus is None or focus is self or not self.isAncestorOf(focus):
            self._focus_page()

    def _focus_page(self) -> None:
        page = self.pages[self.flow.step]
        first = page.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)
            return
        for widget in page.findChildren(QWidget):
            tab_stop = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            if tab_stop and widget.isVisibleTo(page) and widget.isEnabled() and widget.focusProxy() is None:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def go_next(self) -> None:
        page = self.pages[self.flow.step]
        page.store()
        before = self.flow.step
        blocking = [p for p in self.flow.next() if p.blocking]
        if blocking:
            first = page.show_problems(blocking)
            set_error(self.summary, "⚠ " + self._attention_text(blocking))
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        page.form.clear_errors()
        if self.flow.step != before:
            self._step_changed()

    def show_step(self, index: int) -> bool:
        """Go to step `index` (0-7) if it was reached, as the step list does."""
        self.pages[self.flow.step].store()
        if not self.flow.go_to(index):
            return False
        self._step_changed()
        return True

    def go_back(self) -> None:
        self.pages[self.flow.step].store()
        self.flow.back()
        self._step_changed()

    def _step_changed(self) -> None:
        self._show_step()
        self._focus_page()
        self.save_draft_now()

    # -- drafts -----------------------------------------------------------
    def _edited(self) -> None:
        if self.flow.flag(CONSENT_GIVEN) and not self.flow.text(CONSENT_GIVEN_AT):
            self.flow.data[CONSENT_GIVEN_AT] = dt.datetime.now(dt.UTC).isoformat()
        if not self._done and self.flow.correcting is None:
            self._autosave.start()

    def save_draft_now(self) -> None:
        """Autosave (debounced edits, every step change, Ctrl+S); corrections are not drafts."""
        self._autosave.stop()
        if self._done or self.flow.correcting is not None or not self.isEnabled():
            return
        self.pages[self.flow.step].store()
        self.flow.data[STEP] = self.flow.step
        registration_ops.save_draft(self.context.runner, self.context.session, self.flow.draft_id, self.flow.data,
                                    self.flow.step) \
            .success(lambda _none: self._draft_saved()).failure(self._draft_save_failed).run()

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
        self.flow.data.update(upgrade_keys(data))
        step = data.get(STEP, 0)
        for page in self.pages:
            page.load()
        self.flow.resume(step if isinstance(step, int) else 0)
        self._show_step()
        self._focus_page()

    def _draft_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.context.runner.report(exc)
        for page in self.pages:
            page.load()
        self._show_step()

    # -- saving -----------------------------------------------------------
    def save(self, *, ready: bool) -> None:
        self.pages[self.flow.step].store()
        reading = self.flow.reading()
        if reading.blocking:
            self._show_problems_at(reading.blocking)
            return
        self._autosave.stop()
        self.setEnabled(False)
        self.draft_status.setText(self.tr("Saving…"))
        correction = self.flow.correcting is not None
        registration_ops.save_registration(
            self.context.runner, self.context.session, reading.registration, ready=ready,
            reference=self.flow.reference, correction=correction,
            draft_id=None if correction else self.flow.draft_id) \
            .success(self._saved).failure(self._save_failed).run()

    def _saved(self, summary: RecordSummary) -> None:
        self._done = True
        self.setEnabled(True)
        text = self.tr("The registration is saved.")
        self.draft_status.setText(text)
        announce(self, text)
        self.saved.emit(summary)

    def _save_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.draft_status.clear()
        if isinstance(exc, DuplicateNik):
            set_error(self.summary, "⚠ " + exc.message.text(self.language))
            show_duplicate(self, exc, self.language, self.existing_record_requested.emit)
            return
        if isinstance(exc, DomainError):
            set_error(self.summary, "⚠ " + exc.message.text(self.language))
            self.summary.setFocus()
        self.context.runner.report(exc)

    def _attention_text(self, problems: list[Problem]) -> str:
        fields = len({p.field for p in problems})
        return self.tr("%n field(s) on this step need attention. The first one has the focus.", "", fields)

    def _show_problems_at(self, problems: list[Problem]) -> None:
        """Go to the step of the first problem, show that step's problems and focus the first field."""
        step = min(step_of(p.field) for p in problems)
        self.flow.go_to(step)
        self._show_step()
        here = [p for p in problems if step_of(p.field) == step or step == REVIEW]
        first = self.pages[step].show_problems(here)
        text = self._attention_text(here)
        # Problems with no field on this page (e.g. the consent time) are spelled out here instead.
        unplaced = [p.message.text(self.language) for p in here if p.field not in self.pages[step].form.errors]
        set_error(self.summary, "⚠ " + " ".join([text, *unplaced]))
        (first or self.summary).setFocus(Qt.FocusReason.OtherFocusReason)

    def close_wizard(self) -> None:
        if not self._done:
            self.save_draft_now()
        self._done = True
        self.closed.emit()

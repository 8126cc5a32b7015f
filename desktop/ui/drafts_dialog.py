"""Every unfinished registration of this officer: whose, when, how far; open or discard any of them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import registration_ops
from desktop.operations.wizard_flow import format_local_time
from desktop.store.drafts import DraftInfo
from desktop.ui.a11y import add_row, announce
from desktop.ui.context import UiContext
from desktop.ui.messages_box import ask

DRAFT_ROLE = Qt.ItemDataRole.UserRole
STEPS = 8


class DraftsDialog(QDialog):
    open_requested = Signal(object)  # uuid.UUID

    def __init__(self, context: UiContext, drafts: list[DraftInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("draftsDialog")
        self.setWindowTitle(self.tr("Unfinished registrations"))
        self.list = QListWidget(self)
        self.list.setObjectName("draftsList")
        for draft in drafts:
            item = QListWidgetItem(self._describe(draft))
            item.setData(DRAFT_ROLE, str(draft.draft_id))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        add_row(form, self.tr("&Unfinished registrations, newest first"), self.list,
                self.tr("Enter opens the registration"))
        self.status = QLabel(self)
        self.status.setObjectName("draftsStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.open_button = self._button(buttons, self.tr("&Open"), "openDraft", self.open_selected)
        self.open_button.setDefault(True)
        self.discard_button = self._button(buttons, self.tr("&Discard…"), "discardDraft", self.confirm_discard)
        self.close_button = self._button(buttons, self.tr("C&lose"), "closeDrafts", self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())

    def _button(self, box: QDialogButtonBox, text: str, name: str, slot: object) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _describe(self, draft: DraftInfo) -> str:
        return self.tr("{name} · saved {when} · step {step} of {steps}").format(
            name=draft.applicant or self.tr("(no name yet)"), when=format_local_time(draft.updated_at),
            step=draft.step + 1, steps=STEPS)

    def selected(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return None if item is None else uuid.UUID(str(item.data(DRAFT_ROLE)))

    def open_selected(self) -> None:
        draft_id = self.selected()
        if draft_id is not None:
            self.accept()
            self.open_requested.emit(draft_id)

    def confirm_discard(self) -> None:
        draft_id = self.selected()
        if draft_id is None:
            return
        ask(self, self.windowTitle(), self.tr("Discard this unfinished registration? What was typed in it is deleted; "
                                              "this cannot be undone."),
            self.tr("Yes, discard"), self.tr("Cancel"), lambda: self._discard(draft_id))

    def _discard(self, draft_id: uuid.UUID) -> None:
        registration_ops.discard_draft(self.context.runner, self.context.session, draft_id) \
            .success(lambda _none: self._discarded(draft_id)).run()

    def _discarded(self, draft_id: uuid.UUID) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(DRAFT_ROLE) == str(draft_id):
                self.list.takeItem(row)
                break
        text = self.tr("The unfinished registration was discarded.")
        self.status.setText(text)
        announce(self.status, text)
        self.open_button.setEnabled(self.list.count() > 0)
        self.discard_button.setEnabled(self.list.count() > 0)
        self.list.setFocus()

"""The correction worklist: records the centre rejected or sent back, oldest first, with its reasons in words.

One item per record, its reasons on the lines under it, so a screen reader reads
a record and why as one item and nothing needs a wide table at 200 % text.
Enter opens the record, whose "Correct…" saves the correction as a new version;
the list reloads when records change, so a corrected record leaves it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import desk_ops
from desktop.operations.runner import Changes
from desktop.operations.wizard_flow import format_local_time
from desktop.store.corrections import ToCorrect
from desktop.ui.a11y import announce, list_label
from desktop.ui.context import UiContext
from desktop.ui.record_centre import reason_text
from desktop.ui.wizard import labels

SUMMARY_ROLE = Qt.ItemDataRole.UserRole


class WorklistDialog(QDialog):
    record_requested = Signal(object)  # RecordSummary

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("worklistDialog")
        self.setWindowTitle(self.tr("Records to correct"))
        self.items: list[ToCorrect] = []
        self.list = QListWidget(self)
        self.list.setObjectName("worklist")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long reasons wrap
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        list_title = list_label(self.tr("&Rejected or sent back by the centre, oldest first"), self.list,
                                self.tr("Enter opens the record; correct it there"))
        self.status = QLabel(self)
        self.status.setObjectName("worklistStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.open_button = self._button(buttons, self.tr("&Open record"), "openToCorrect", self.open_selected)
        self.open_button.setDefault(True)
        self.close_button = self._button(buttons, self.tr("C&lose"), "closeWorklist", self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(list_title)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        em, line = self.fontMetrics().averageCharWidth(), self.fontMetrics().height()
        screen = self.screen().availableGeometry()
        self.resize(min(80 * em, int(screen.width() * 0.9)), min(30 * line, int(screen.height() * 0.9)))
        context.runner.changed.connect(self._changed)
        self.reload()

    def _button(self, box: QDialogButtonBox, text: str, name: str, slot: object) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _changed(self, changes: Changes) -> None:
        if changes.records or changes.outbox:
            self.reload()

    def reload(self) -> None:
        desk_ops.load_worklist(self.context.runner, self.context.session).success(self.show_items).run()

    def show_items(self, items: list[ToCorrect]) -> None:
        self.items = items
        self.list.clear()
        for entry in items:
            item = QListWidgetItem(self.describe(entry))
            item.setData(SUMMARY_ROLE, entry.summary)
            self.list.addItem(item)
        if items:
            self.list.setCurrentRow(0)
            text = self.tr("%n record(s) to correct.", "", len(items))
        else:
            text = self.tr("Nothing to correct: the centre has sent no record back.")
        self.open_button.setEnabled(bool(items))
        self.status.setText(text)
        announce(self.status, text)

    def describe(self, entry: ToCorrect) -> str:
        record = entry.summary
        name = self.tr("(personal data removed)") if record.personal_data_removed else record.full_name
        state = labels.record_statuses().get(record.status.value, record.status.value)
        lines = [self.tr("{name} · NIK {nik} · registered {when} by {officer}").format(
            name=name, nik=record.nik_masked or "—", when=format_local_time(record.created_at),
            officer=record.officer), self.tr("{state}. Reasons:").format(state=state)]
        reasons = [reason_text(code, field) for code, field in entry.reasons] or [self.tr("none given")]
        lines += [f"• {reason}" for reason in reasons]
        return "\n".join(lines)

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.record_requested.emit(item.data(SUMMARY_ROLE))

"""The home page: find a record by NIK, name or phone; filter by status; continue a draft.

It refreshes itself when an operation changed records or drafts (the runner's
broadcast); opening a record or a draft is asked of the coordinator by signal.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import registration_ops
from desktop.operations.runner import Changes
from desktop.operations.wizard_flow import format_local_time
from desktop.store.drafts import DraftInfo
from desktop.store.outbox_table import RecordStatus
from desktop.store.records import RecordQuery, RecordSummary
from desktop.ui.a11y import announce
from desktop.ui.context import UiContext
from desktop.ui.drafts_dialog import DraftsDialog
from desktop.ui.records_model import SUMMARY_ROLE, RecordsModel
from desktop.ui.wizard import labels

SEARCH_DEBOUNCE_MS = 250
DOCUMENTS_PENDING = "documents_pending"  # the filter entry for records held at the centre without all documents


class RecordsView(QWidget):
    record_requested = Signal(object)  # RecordSummary
    draft_requested = Signal(object)  # uuid.UUID

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordsView")
        self.context = context
        self.drafts: list[DraftInfo] = []
        self.drafts_dialog: DraftsDialog | None = None
        self._find_shortcut: QShortcut | None = None
        self.model = RecordsModel(context, self)
        self._build()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_query())
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(context.runner.report)
        context.runner.changed.connect(self._changed)
        context.signals.session_ending.connect(self.model.clear)
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top)
        search_label = QLabel(self.tr("F&ind by NIK, name, phone:"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("recordSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find by NIK, name, phone"))
        self.search.setAccessibleName(self.tr("Find by NIK, name, phone"))
        search_label.setBuddy(self.search)
        status_label = QLabel(self.tr("&Status:"), self)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All"), "")
        for value, text in labels.record_statuses().items():
            self.status_filter.addItem(text, value)
        self.status_filter.addItem(labels.documents_pending_filter(), DOCUMENTS_PENDING)
        status_label.setBuddy(self.status_filter)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(status_label)
        top.addWidget(self.status_filter)

        drafts_row = QHBoxLayout()
        layout.addLayout(drafts_row)
        self.drafts_label = QLabel(self)
        self.drafts_label.setObjectName("draftsLabel")
        self.drafts_label.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("&Continue draft"), self)
        self.continue_button.setObjectName("continueDraft")
        self.continue_button.setAccessibleName(self.tr("Continue draft"))
        self.continue_button.clicked.connect(self.continue_draft)
        self.continue_button.setVisible(False)
        drafts_row.addWidget(self.drafts_label, 1)
        drafts_row.addWidget(self.continue_button)

        self.table = QTableView(self)
        self.table.setObjectName("recordsTable")
        self.table.setAccessibleName(self.tr("Records"))
        self.table.setAccessibleDescription(self.tr("Press Enter to open the selected record."))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The store pages the records newest first; sorting by a header would only reorder the loaded page
        # (200 of perhaps 100,000) and look like the whole list, so the headers do not sort.
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(False)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Sized once per query from the rows on screen; ResizeToContents would re-measure every fetched page.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(40)  # measure a screenful, not every row
        self._sized = False
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self.open_index)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("recordCount")
        layout.addWidget(self.count_label)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.open_current, context=Qt.ShortcutContext.WidgetShortcut)

    def add_notice(self, notice: QWidget) -> None:
        """A line the main window shows above the search (the offline limits), kept by this view's layout."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, notice)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._find_shortcut is None and not self._window_has_find():
            # Standalone (tests, tools): Ctrl+F is ours. Inside the main window its own Find action calls
            # focus_search, and a second Ctrl+F would make the key ambiguous.
            self._find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

    def _window_has_find(self) -> bool:
        find = QKeySequence(QKeySequence.StandardKey.Find)
        window = self.window()
        return window is not self and any(a.shortcut() == find for a in window.findChildren(QAction))

    # -- behaviour --------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_query(self) -> RecordQuery:
        status = self.status_filter.currentData()
        text = self.search.text().strip()[:64]
        if status == DOCUMENTS_PENDING:
            return RecordQuery(text=text, documents_pending=True)
        return RecordQuery(text=text, status=RecordStatus(status) if status else None)

    def apply_query(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.current_query())

    def _changed(self, changes: Changes) -> None:
        if changes.records:
            self.apply_query()
        if changes.drafts:
            self._reload_drafts()

    def reload(self) -> None:
        self.apply_query()
        self._reload_drafts()

    def _reload_drafts(self) -> None:
        registration_ops.list_drafts(self.context.runner, self.context.session).success(self._show_drafts).run()

    def _loaded(self, total: int) -> None:
        if not self._sized and total:
            self.table.resizeColumnsToContents()
            self._sized = True
        text = self.tr("%n record(s) found, newest first.", "", total)
        self.count_label.setText(text)
        announce(self.count_label, text)

    def _show_drafts(self, drafts: list[DraftInfo]) -> None:
        self.drafts = sorted(drafts, key=lambda d: d.updated_at, reverse=True)
        if not self.drafts:
            self.drafts_label.clear()
            self.continue_button.setVisible(False)
            return
        newest = self.drafts[0]
        when = format_local_time(newest.updated_at)
        self.drafts_label.setText(self.tr("%n unfinished registration(s). Newest saved {when}, at step {step}.", "",
                                          len(self.drafts)).format(when=when, step=newest.step + 1))
        # One draft opens at once; with several the officer chooses (and may discard) from the list.
        text = self.tr("&Continue draft") if len(self.drafts) == 1 else self.tr("&Continue a draft…")
        self.continue_button.setText(text)
        self.continue_button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.continue_button.setVisible(True)

    def continue_draft(self) -> None:
        if len(self.drafts) == 1:
            self.open_draft(self.drafts[0].draft_id)
        elif self.drafts:
            dialog = DraftsDialog(self.context, self.drafts, self)
            dialog.open_requested.connect(self.open_draft)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.drafts_dialog = dialog

    def open_draft(self, draft_id: uuid.UUID) -> None:
        self.draft_requested.emit(draft_id)

    def selected_summary(self) -> RecordSummary | None:
        index = self.table.currentIndex()
        summary = index.data(SUMMARY_ROLE) if index.isValid() else None
        return summary if isinstance(summary, RecordSummary) else None

    def open_current(self) -> None:
        self.open_index(self.table.currentIndex())

    def open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        summary = index.data(SUMMARY_ROLE) if index.isValid() else None
        if isinstance(summary, RecordSummary):
            self.record_requested.emit(summary)

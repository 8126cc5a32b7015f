"""A lazy, paged table model over the encrypted records (never all 100,000 rows at once).

`set_query` asks the store thread for the count and the first page in one job;
`fetchMore` asks for the next page when the view scrolls near the end. A new
query cancels the one still waiting (the officer typed on), so the store
thread never runs a search nobody will see; an answer already on its way is
dropped by a generation counter. The
`SUMMARY_ROLE` returns the `RecordSummary` itself, so the view opens the
record behind a row without a second lookup. Rows come in the store's order
(newest first); the view does not sort them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain.phone import format_phone
from desktop.operations import registration_ops, session_ops
from desktop.operations.runner import Changes, Operation
from desktop.operations.wizard_flow import format_local_time
from desktop.store.records import RecordQuery, RecordSummary
from desktop.ui.context import UiContext
from desktop.ui.wizard import labels

PAGE_SIZE = 200
HEADERS = (
    QT_TRANSLATE_NOOP("RecordsModel", "Name"),
    QT_TRANSLATE_NOOP("RecordsModel", "NIK"),
    QT_TRANSLATE_NOOP("RecordsModel", "Phone"),
    QT_TRANSLATE_NOOP("RecordsModel", "Status"),
    QT_TRANSLATE_NOOP("RecordsModel", "Officer"),
    QT_TRANSLATE_NOOP("RecordsModel", "Registered"),
)
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class RecordsModel(QAbstractTableModel):
    loaded = Signal(int)  # total matches, after each new query
    failed = Signal(object)  # the exception, for the view to show

    COLUMNS = ("name", "nik", "phone", "status", "officer", "created")

    def __init__(self, context: UiContext, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.context = context
        self.page_size = page_size
        self.query = RecordQuery()
        self.rows: list[RecordSummary] = []
        self.total = 0
        self._generation = 0
        self._fetching = False
        self._waiting: Operation[Any] | None = None
        self._statuses = labels.record_statuses()
        self.officer_names: dict[str, str] = {}  # username -> the name shown at log-in
        context.runner.changed.connect(self._changed)
        self.load_names()

    def load_names(self) -> None:
        session_ops.account_names(self.context.runner, self.context.session).success(self._names_loaded).run()

    def _names_loaded(self, names: dict[str, str]) -> None:
        self.officer_names = names
        if self.rows:
            column = self.COLUMNS.index("officer")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def _changed(self, changes: Changes) -> None:
        if changes.accounts:
            self.load_names()

    # -- loading ----------------------------------------------------------
    def set_query(self, query: RecordQuery) -> None:
        self._generation += 1
        generation = self._generation
        self.query = query
        self._fetching = True
        self._start(registration_ops.first_page(self.context.runner, self.context.session, query, self.page_size)
                    .success(lambda result: self._reset(generation, *result))
                    .failure(lambda exc: self._failed(generation, exc)))

    def _start(self, operation: Operation[Any]) -> None:
        if self._waiting is not None:
            self._waiting.cancel()  # still queued: it never runs; already running: its answer is dropped
        self._waiting = operation.run()

    def refresh(self) -> None:
        self.set_query(self.query)

    def _reset(self, generation: int, total: int, rows: list[RecordSummary]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.total = total
        self._fetching = False
        self.endResetModel()
        self.loaded.emit(total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
            self.failed.emit(exc)

    @property
    def fetching(self) -> bool:
        """A page (or a new query) is on its way from the store thread."""
        return self._fetching

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, offset = self._generation, len(self.rows)
        self._start(registration_ops.next_page(self.context.runner, self.context.session, self.query, offset,
                                               self.page_size)
                    .success(lambda rows: self._append(generation, offset, rows))
                    .failure(lambda exc: self._failed(generation, exc)))

    def _append(self, generation: int, offset: int, rows: list[RecordSummary]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if offset != len(self.rows):
            return
        if not rows:
            self.total = len(self.rows)  # records vanished meanwhile: stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    # -- the table --------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return QCoreApplication.translate("RecordsModel", str(HEADERS[section]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        summary = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == SUMMARY_ROLE:
            return summary
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(summary, column)
        return None

    def _text(self, summary: RecordSummary, column: str) -> str:
        if column == "name":
            return self.tr("(personal data removed)") if summary.personal_data_removed else summary.full_name
        if column == "nik":
            return summary.nik_masked
        if column == "phone":
            return format_phone(summary.phone) if summary.phone else ""
        if column == "status":
            if summary.documents_pending:
                return labels.record_status_text(str(summary.status), documents_pending=True)
            return self._statuses.get(str(summary.status), str(summary.status))
        if column == "officer":
            return self.officer_names.get(summary.officer, summary.officer)
        if summary.clock_flag:  # said in words, in the date's own cell: the date itself is in doubt
            return self.tr("{when} (device clock doubtful)").format(when=format_local_time(summary.created_at))
        return format_local_time(summary.created_at)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def clear(self) -> None:
        """Drop every row (idle lock): nothing personal stays in memory behind the lock screen."""
        if self._waiting is not None:
            self._waiting.cancel()
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self.total = 0
        self._fetching = False
        self.endResetModel()

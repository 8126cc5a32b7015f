"""The sync panel's list of the last syncs: one row a run, its time and what happened and what to do, in words."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.messages import Language
from desktop.operations.sync_ops import run_message
from desktop.store.sync_history import SyncRun
from desktop.ui.sync_status import local_time

Index = QModelIndex | QPersistentModelIndex


class SyncRunsModel(QAbstractListModel):
    RunRole = Qt.ItemDataRole.UserRole + 1  # the SyncRun itself

    def __init__(self, language: Language) -> None:
        super().__init__()
        self._language = language
        self._runs: list[SyncRun] = []

    def set_runs(self, runs: list[SyncRun]) -> None:
        self.beginResetModel()
        self._runs = list(runs)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._runs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._runs):
            return None
        run = self._runs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return f"{local_time(run.finished_at)} — {run_message(run).text(self._language)}"
        if role == self.RunRole:
            return run
        return None

"""The audit log for supervisors: whether the chain is intact, what the centre has witnessed, the entries.

The state lines come first and are read when the window opens; the entries are
a list whose items read as sentences ("12 · 03-12-2026 09:15 · login · sari").
The export (CSV or signed PDF) is written whole or not at all, and is itself an
entry in the log. Entries hold no personal data: the store refuses any.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import audit_ops
from desktop.operations.audit_ops import AuditView
from desktop.reports.audit_export import details_text
from desktop.store.audit import AuditEntry
from desktop.ui.a11y import announce, list_label, say
from desktop.ui.context import UiContext
from desktop.ui.messages_box import error_text
from desktop.ui.sync_status import local_time


class AuditDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.view: AuditView | None = None
        self.chain = self._line("auditChain")
        self.checkpoint = self._line("auditCheckpoint")
        self.entries = QListWidget(self)
        self.entries.setObjectName("auditEntries")
        self.entries.setWordWrap(True)
        self.entries.setAlternatingRowColors(True)
        self.entries.setSpacing(3)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long lines wrap
        self.entries.setResizeMode(QListWidget.ResizeMode.Adjust)
        entries_label = list_label(self.tr("&Entries, newest first"), self.entries,
                                   self.tr("No entry holds personal data: only events, accounts, counts and codes."))
        self.state = self._line("auditState")
        buttons = QDialogButtonBox(self)
        self.csv_button = self._button(buttons, self.tr("Export &CSV…"), "exportAuditCsv", lambda: self.choose("csv"))
        self.pdf_button = self._button(buttons, self.tr("Export &PDF…"), "exportAuditPdf", lambda: self.choose("pdf"))
        self.close_button = self._button(buttons, self.tr("C&lose"), "closeAudit", self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addWidget(self.checkpoint)
        layout.addWidget(entries_label)
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.state)
        layout.addWidget(buttons)
        em, line = self.fontMetrics().averageCharWidth(), self.fontMetrics().height()
        screen = self.screen().availableGeometry()
        self.resize(min(90 * em, int(screen.width() * 0.9)), min(32 * line, int(screen.height() * 0.9)))
        say(self.chain, self.tr("Checking the audit log…"))
        self.reload()

    def _line(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _button(self, box: QDialogButtonBox, text: str, name: str, slot: object) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # ----- showing -----
    def reload(self) -> None:
        audit_ops.load_view(self.context.runner, self.context.session).success(self.show_view).run()

    def show_view(self, view: AuditView) -> None:
        self.view = view
        verdict = view.verdict
        if verdict.ok:
            chain = self.tr("The audit log is intact: %n entry(ies), each one checked.", "", verdict.entries)
        else:
            chain = self.tr("WARNING: the audit log is broken from entry {n}: entries were changed, removed or "
                            "moved. Export it now and tell the district office.").format(n=verdict.first_broken)
        if view.witnessed_position:
            when = local_time(view.witnessed_at) if view.witnessed_at else "—"
            checkpoint = self.tr("The centre holds the log up to entry {n} (checkpoint of {when}).").format(
                n=view.witnessed_position, when=when)
        else:
            checkpoint = self.tr("The centre holds no checkpoint of this log yet; it gets one at each sync.")
        say(self.chain, chain)
        say(self.checkpoint, checkpoint)
        announce(self.chain, chain)
        self.entries.clear()
        for entry in view.entries:
            self.entries.addItem(self.describe(entry))
        if view.entries:
            self.entries.setCurrentRow(0)

    @staticmethod
    def describe(entry: AuditEntry) -> str:
        details = details_text(entry.details)
        when = dt.datetime.fromisoformat(entry.time).astimezone().strftime("%d-%m-%Y %H:%M:%S")
        text = f"{entry.seq} · {when} · {entry.event} · {entry.officer}"
        return f"{text}\n{details}" if details else text

    # ----- exporting -----
    def choose(self, form: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chooser = QFileDialog(self, self.tr("Save the audit log"), str(Path(folder) / f"log-audit.{form}"))
        chooser.setObjectName("auditChooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix(form)
        chooser.fileSelected.connect(lambda path: self.export_to(form, Path(path)))
        chooser.open()

    def export_to(self, form: str, path: Path) -> None:
        self._busy(True)
        say(self.state, self.tr("Writing the audit log…"))
        audit_ops.write_export(self.context.runner, self.context.session, form, path, self.context.office,
                               self.context.language) \
            .success(lambda n: self._exported(path, n)).failure(self._failed).run()

    def _exported(self, path: Path, entries: int) -> None:
        self._busy(False)
        self._tell(self.tr("Saved: %1 (%n entry(ies)).", "", entries).replace("%1", str(path)))
        self.reload()  # the export is an entry of its own

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self._tell(error_text(error, self.context.language))

    def _busy(self, busy: bool) -> None:
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(not busy)

    def _tell(self, text: str) -> None:
        say(self.state, text)
        announce(self.state, text)

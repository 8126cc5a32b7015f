"""The supervisor's sync report: choose the period and filters, read the preview, save it as PDF, XLSX or CSV.

The preview is the report's own figures as text (a screen reader reads it as
it is); Save is offered only for the filters the preview shows, so what is
saved is what was read. A named list (names and full NIKs) is asked for with
a box, confirmed, and audit-logged by the report itself. The work runs as
operations (`report_ops`) with progress and Stop.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import DomainError
from desktop.operations import report_ops, session_ops
from desktop.operations.reports import ReportWritten
from desktop.operations.runner import Operation
from desktop.reports.sync_report import ReportRequest, SyncReport
from desktop.store.accounts import Account
from desktop.store.outbox_table import RecordStatus
from desktop.store.report_query import ReportFilter, local_zone
from desktop.ui import messages_box
from desktop.ui.a11y import add_row, announce, error_label, set_error
from desktop.ui.context import UiContext
from desktop.ui.wizard import labels

FORMATS = (("PDF", "pdf"), ("Excel (XLSX)", "xlsx"), ("CSV", "csv"))  # (shown, format)


class ReportDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._running: Operation[SyncReport] | Operation[ReportWritten] | None = None
        self._previewed: ReportRequest | None = None
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Sync report"))
        intro = QLabel(self.tr("A report of the registrations made in a period: what was sent and what the centre "
                               "decided. Read the preview, then save it to print, sign and file."), self)
        intro.setWordWrap(True)
        today = QDate.currentDate()
        self.first = self._date_edit("reportFrom", QDate(today.year(), today.month(), 1))
        self.last = self._date_edit("reportTo", today)
        self.officer = self._combo("reportOfficer", [(self.tr("All officers"), "")])
        self.region = QLineEdit(self)
        self.region.setObjectName("reportRegion")
        self.region.setPlaceholderText(self.tr("All regions, or a code such as 32.76"))
        statuses = labels.record_statuses()
        self.status = self._combo("reportStatus", [(self.tr("Every status"), None)] +
                                  [(statuses[s.value], s) for s in RecordStatus if s is not RecordStatus.DRAFT])
        self.language = self._combo("reportLanguage", [("Bahasa Indonesia", "id"), ("English", "en")])
        self.language.setCurrentIndex(1 if context.language == "en" else 0)
        self.form = self._combo("reportFormat", list(FORMATS))
        self.named = QCheckBox(self.tr("Include &names and full NIKs"), self)
        self.named.setObjectName("reportNamed")
        self.named.toggled.connect(self._named_toggled)
        form = QFormLayout()
        add_row(form, self.tr("&From"), self.first)
        add_row(form, self.tr("&To"), self.last)
        add_row(form, self.tr("O&fficer"), self.officer)
        add_row(form, self.tr("Re&gion"), self.region)
        add_row(form, self.tr("&Status"), self.status)
        add_row(form, self.tr("&Language"), self.language)
        add_row(form, self.tr("F&ormat"), self.form)
        form.addRow(self.named)
        self.error = error_label(self, "reportError")
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setObjectName("reportPreview")
        self.preview_text.setReadOnly(True)
        self.preview_text.setTabChangesFocus(True)
        self.preview_text.setAccessibleName(self.tr("Preview"))
        self.state = QLabel(self)
        self.state.setObjectName("reportState")
        self.state.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("reportProgress")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setVisible(False)
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.preview_button.setObjectName("reportPreviewButton")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.show_preview)
        self.save = QPushButton(self.tr("Sa&ve…"), self)
        self.save.setObjectName("reportSave")
        self.save.setEnabled(False)
        self.save.clicked.connect(self._choose_file)
        self.stop = QPushButton(self.tr("S&top"), self)
        self.stop.setObjectName("reportStop")
        self.stop.clicked.connect(self.cancel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        for button in (self.preview_button, self.save, self.stop):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.stop.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.preview_text, 1)  # what grows with the window
        for widget in (self.state, self.bar, buttons):
            layout.addWidget(widget)
        for edited in (self.first.dateChanged, self.last.dateChanged, self.officer.currentIndexChanged,
                       self.region.textChanged, self.status.currentIndexChanged, self.language.currentIndexChanged,
                       self.named.toggled):
            edited.connect(self._filters_changed)
        session_ops.session_accounts(context.runner, context.session).success(self._accounts).run()
        self._fit_width()

    def _fit_width(self) -> None:
        """About 70 characters wide, so the preview's lines and the region hint are not cut; never off the screen."""
        wanted = self.fontMetrics().averageCharWidth() * 70
        screen = self.screen().availableGeometry().width() if self.screen() else wanted
        self.setMinimumWidth(min(wanted, int(screen * 0.95)))
        self.preview_text.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)  # it scrolls; the form never

    # ----- building -----
    def _date_edit(self, name: str, date: QDate) -> QDateEdit:
        edit = QDateEdit(date, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _accounts(self, accounts: list[Account]) -> None:
        for account in accounts:
            self.officer.addItem(f"{account.display_name} ({account.username})", account.username)

    # ----- behaviour -----
    def request(self) -> ReportRequest:
        """The report the form describes; `DomainError` with a message when it cannot be made."""
        where = ReportFilter(self.first.date().toPython(), self.last.date().toPython(),  # type: ignore[arg-type]
                             tz=local_zone(),
                             officer=self.officer.currentData() or "", region=self.region.text().strip(),
                             status=self.status.currentData())
        return ReportRequest(where, self.language.currentData(), named=self.named.isChecked())

    def show_preview(self) -> None:
        self._show_error("")
        try:
            request = self.request()
        except DomainError as error:
            self._show_error(error.message.text(self.context.language))
            return
        self._busy(True, self.tr("Counting…"))
        context = self.context
        self._running = report_ops.preview(context.runner, context.session, request, context.office) \
            .success(lambda report: self._previewed_report(request, report)).failure(self._failed).run()

    def _previewed_report(self, request: ReportRequest, report: SyncReport) -> None:
        self._busy(False, "")
        lines = [f"{label}: {value}" for label, value in report.header_lines()]
        lines += [""] + [f"{label}: {report.when(value) if isinstance(value, dt.datetime) else value}"
                         for label, value in report.summary()]
        if report.figures.reasons:
            lines += ["", report.t("reasons")] + [f"  {label}: {n}" for label, n in report.reasons()]
        self.preview_text.setPlainText("\n".join(lines))
        self._previewed = request
        self.save.setEnabled(True)
        self._say(self.tr("%n record(s) in the report. Save it as %1.", "", report.records)
                  .replace("%1", self.form.currentText()))

    def _filters_changed(self) -> None:
        if self._previewed is not None:
            self._previewed = None
            self.save.setEnabled(False)
            self.preview_text.setPlainText("")
            self._say(self.tr("The filters changed: preview again before saving."))

    def _named_toggled(self, checked: bool) -> None:
        if not checked:
            return
        self.named.setChecked(False)  # ticked again only once confirmed
        messages_box.ask(self, self.tr("Names and full NIKs"),
                         self.tr("The report will list each applicant's name and full NIK. Keep the file and any "
                                 "printout as safe as the registrations themselves. The export is written to the "
                                 "audit log."), self.tr("&Include them"), self.tr("&Cancel"),
                         self._confirm_named)

    def _confirm_named(self) -> None:
        self.named.blockSignals(True)
        self.named.setChecked(True)
        self.named.blockSignals(False)
        self._filters_changed()

    def _choose_file(self) -> None:
        request, form = self._previewed, self.form.currentData()
        if request is None:
            return
        where = request.where
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chooser = QFileDialog(self, self.tr("Save the report"), str(
            Path(folder) / f"laporan-sinkronisasi-{where.first:%Y%m%d}-{where.last:%Y%m%d}.{form}"))
        chooser.setObjectName("reportChooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix(form)
        chooser.fileSelected.connect(lambda path: self.save_to(Path(path)))
        chooser.open()

    def save_to(self, path: Path) -> None:
        request, form = self._previewed, self.form.currentData()
        if request is None:
            return
        self._busy(True, self.tr("Writing the report…"))
        context = self.context
        self._running = report_ops.write_report(context.runner, context.session, request, form, path,
                                                context.office) \
            .progress(self._progress).success(self._saved).failure(self._failed).cancelled(self._cancelled).run()

    def cancel(self) -> None:
        if self._running is not None:
            self._running.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _saved(self, done: ReportWritten) -> None:
        self._busy(False, self.tr("Saved: %1 (%n record(s)).", "", done.records).replace("%1", str(done.path)))

    def _failed(self, error: BaseException) -> None:
        self._busy(False, "")
        if isinstance(error, DomainError):
            self._show_error(error.message.text(self.context.language))
        else:
            self._show_error(self.tr("The report could not be made. Nothing was changed; try again."))

    def _cancelled(self) -> None:
        self._busy(False, self.tr("Stopped: no file was written."))

    def _busy(self, busy: bool, text: str) -> None:
        self.bar.setVisible(busy)
        self.stop.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self.save.setEnabled(not busy and self._previewed is not None)
        if not busy:
            self._running = None
        self._say(text)

    def _say(self, text: str) -> None:
        self.state.setText(text)
        if text:
            announce(self.state, text)

    def _show_error(self, text: str) -> None:
        set_error(self.error, text)


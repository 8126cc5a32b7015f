"""USB hand-over from the Tools menu: export every waiting record to a folder, or read a receipt file back.

One small dialog in two modes. The folder or file is typed or chosen (a
non-blocking chooser); the work is an operation (`bundle_ops`) on the IO pool,
with its progress said in words beside the bar, and Stop for an export.
Outcomes and errors are shown as text and announced, in the officer's language.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import DomainError
from desktop.operations import bundle_ops
from desktop.operations.handover import ExportResult
from desktop.operations.runner import Operation
from desktop.store.receipt_import import ReceiptReport
from desktop.ui.a11y import add_row, announce, error_label, set_error
from desktop.ui.context import UiContext


class HandoverMode(enum.Enum):
    EXPORT = "export"
    RECEIPT = "receipt"


class HandoverDialog(QDialog):
    def __init__(self, context: UiContext, mode: HandoverMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.mode = context, mode
        self._running: Operation[ExportResult] | Operation[ReceiptReport] | None = None
        exporting = mode is HandoverMode.EXPORT
        self.setObjectName("exportDialog" if exporting else "receiptDialog")
        self.setWindowTitle(self.tr("Export for USB") if exporting else self.tr("Import receipt"))
        intro = QLabel(self.tr("Every record still waiting for the centre is sealed for the centre and signed "
                               "into files in this folder. Take all the files to an online device or to the centre.")
                       if exporting else
                       self.tr("Choose the receipt file the centre or an online device of this office made. "
                               "The records move on exactly as after a sync."), self)
        intro.setWordWrap(True)
        self.path = QLineEdit(self)
        self.path.setObjectName("handoverPath")
        self.choose = QPushButton(self.tr("C&hoose…"), self)
        self.choose.setObjectName("handoverChoose")
        self.choose.setAccessibleName(self.tr("Choose folder") if exporting else self.tr("Choose file"))
        self.choose.clicked.connect(self._choose)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path, 1)
        row_layout.addWidget(self.choose)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        add_row(form, self.tr("&Folder") if exporting else self.tr("&Receipt file"), self.path)
        form.addRow(row)
        self.error = error_label(self, "handoverError")
        self.state = QLabel(self)
        self.state.setObjectName("handoverState")
        self.state.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("handoverProgress")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setTextVisible(False)  # the state line says the same in words
        self.bar.setVisible(False)
        self.start = QPushButton(self.tr("&Export") if exporting else self.tr("&Import"), self)
        self.start.setObjectName("handoverStart")
        self.start.setDefault(True)
        self.start.clicked.connect(self.begin)
        self.stop = QPushButton(self.tr("S&top"), self)
        self.stop.setObjectName("handoverStop")
        self.stop.setToolTip(self.tr("Stops before anything is written; nothing is lost"))
        self.stop.setVisible(False)
        self.stop.clicked.connect(self.cancel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))  # Qt's own is English
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.start, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop, QDialogButtonBox.ButtonRole.ActionRole)
        self.stop.setVisible(False)  # the box shows what it is given: only while an export runs
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.state)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        self.setTabOrder(self.path, self.choose)
        self.setTabOrder(self.choose, self.start)

    def _choose(self) -> None:
        chooser = QFileDialog(self)
        chooser.setObjectName("handoverChooser")
        if self.mode is HandoverMode.EXPORT:
            chooser.setFileMode(QFileDialog.FileMode.Directory)
            chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        else:
            chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(self.path.setText)
        chooser.open()  # not exec(): the window stays responsive

    def begin(self) -> None:
        text = self.path.text().strip()
        self._show_error("")
        if not text:
            self._show_error(self.tr("Choose a folder first.") if self.mode is HandoverMode.EXPORT
                             else self.tr("Choose a receipt file first."))
            self.path.setFocus()
            return
        self._busy(True)
        context = self.context
        if self.mode is HandoverMode.EXPORT:
            self._say(self.tr("Sealing and writing the records…"))
            export = bundle_ops.export_bundle(context.runner, context.session, Path(text))
            self._running = export.progress(self._progress).success(self._exported).failure(self._failed) \
                .cancelled(self._cancelled).run()
        else:
            self._say(self.tr("Reading the receipt…"))
            receipt = bundle_ops.import_receipt(context.runner, context.session, Path(text))
            self._running = receipt.success(self._read).failure(self._failed).cancelled(self._cancelled).run()

    def cancel(self) -> None:
        if self._running is not None:
            self._running.cancel()
            self._say(self.tr("Stopping…"))

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _exported(self, result: ExportResult) -> None:
        self._busy(False)
        self._say(bundle_ops.export_message(result).text(self.context.language))

    def _read(self, report: ReceiptReport) -> None:
        self._busy(False)
        self._say(bundle_ops.receipt_message(report).text(self.context.language))

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self._say("")
        if isinstance(error, DomainError):
            self._show_error(error.message.text(self.context.language))
        else:
            self._show_error(self.tr("The hand-over did not work. The records are safe on this device; try again."))

    def _cancelled(self) -> None:
        self._busy(False)
        self._say(self.tr("Stopped: nothing was written. The records are still waiting on this device."))

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.stop.setVisible(busy and self.mode is HandoverMode.EXPORT)
        self.start.setEnabled(not busy)
        if not busy:
            self._running = None

    def _say(self, text: str) -> None:
        self.state.setText(text)
        announce(self.state, text)
        self._fit()

    def _show_error(self, text: str) -> None:
        set_error(self.error, text)
        self._fit()

    def _fit(self) -> None:
        """Grow to the wrapped text (at 200 % a message takes several lines), never shrink under the officer."""
        layout = self.layout()
        assert layout is not None
        width = max(self.width(), self.sizeHint().width())
        self.resize(width, max(self.height(), layout.totalHeightForWidth(width)))

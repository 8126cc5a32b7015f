"""A supervisor enrols the device: the centre's address and code, then the centre key's words compared.

Step one spends the code at the centre. Step two shows the words of the key
the answer carried; the supervisor compares them with the words printed with
the code (`luring central enrol-code`). A key configured in the installation is
compared without asking. Only a confirmed key is kept: a TLS-inspecting proxy
could swap the key in the answer, not make its words match.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.operations import sync_ops
from desktop.operations.sync_setup import PendingEnrolment
from desktop.ui.a11y import add_row, announce, error_label, set_error
from desktop.ui.context import UiContext
from desktop.ui.messages_box import error_text
from sync.errors import CentralError


class EnrolDialog(QDialog):
    enrolled = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Enrol this device with the centre"))
        self.context = context
        self.pending: PendingEnrolment | None = None
        self._installed = ""
        intro = QLabel(self.tr("Type the centre's address and the enrolment code the centre gave you."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.url = QLineEdit(self)
        self.url.setObjectName("centreUrl")
        self.url.setPlaceholderText("https://")
        self.code = QLineEdit(self)
        self.code.setObjectName("enrolmentCode")
        add_row(form, self.tr("Centre &address"), self.url)
        add_row(form, self.tr("Enrolment &code"), self.code)
        self.words = QLabel(self)
        self.words.setObjectName("fingerprintWords")
        font = QFont(self.words.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.words.setFont(font)
        self.words.setWordWrap(True)
        self.question = QLabel(self.tr("Are these exactly the words printed with the enrolment code?"), self)
        self.question.setWordWrap(True)
        self.error = error_label(self, "enrolError")
        self.connect_button = QPushButton(self.tr("C&onnect"), self)
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.connect_to_centre)
        self.yes_button = QPushButton(self.tr("&Yes, they match: enrol"), self)
        self.yes_button.clicked.connect(self.confirm)
        self.no_button = QPushButton(self.tr("&No, they differ"), self)
        self.no_button.clicked.connect(self.refuse)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.connect_button, self.yes_button, self.no_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for widget in (self.words, self.question, self.error):  # the words come after what was typed
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)  # the words on two lines at most
        self._comparing(False)
        sync_ops.installed_fingerprint(context.runner).success(self._set_installed) \
            .failure(lambda error: set_error(self.error, str(error))).run()

    def _set_installed(self, fingerprint: str) -> None:
        self._installed = fingerprint

    def _comparing(self, comparing: bool) -> None:
        shown: tuple[QWidget, ...] = (self.words, self.question, self.yes_button, self.no_button)
        for widget in shown:
            widget.setVisible(comparing)
        asked: tuple[QWidget, ...] = (self.url, self.code, self.connect_button)
        for widget in asked:
            widget.setEnabled(not comparing)

    def connect_to_centre(self) -> None:
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url or not code:
            set_error(self.error, self.tr("Type both the centre's address and the enrolment code."))
            return
        set_error(self.error, "")
        self.connect_button.setEnabled(False)
        announce(self, self.tr("Connecting to the centre…"))
        sync_ops.request_enrolment(self.context.runner, url, code).success(self._answered) \
            .failure(self._failed).run()

    def _answered(self, pending: PendingEnrolment) -> None:
        self.pending = pending
        if self._installed:
            if pending.matches(self._installed):
                self.confirm()
            else:
                self.pending = None
                self.connect_button.setEnabled(True)
                set_error(self.error, self._mismatch_text())
            return
        self.words.setText(pending.fingerprint)
        self.words.setAccessibleName(self.tr("Centre key words: {words}").format(words=pending.fingerprint))
        self._comparing(True)
        self.words.setFocus()
        announce(self, self.tr("Centre key words: {words}. {question}").format(words=pending.fingerprint,
                                                                                question=self.question.text()))

    def confirm(self) -> None:
        if self.pending is None:
            return
        self.yes_button.setEnabled(False)
        sync_ops.keep_enrolment(self.context.runner, self.context.session, self.pending) \
            .success(self._kept).failure(self._failed).run()

    def _kept(self, _result: None) -> None:
        self.context.signals.status_message.emit(self.tr("This device is enrolled with the centre."))
        self.enrolled.emit()
        self.accept()

    def refuse(self) -> None:
        self.pending = None  # the key is dropped: nothing of this answer is kept
        self._comparing(False)
        self.connect_button.setEnabled(True)
        set_error(self.error, self._mismatch_text())

    def _mismatch_text(self) -> str:
        return self.tr("The centre's key does not match. Someone may be between this device and the centre. "
                       "Do not enrol on this network; tell the centre, and ask for a new code.")

    def _failed(self, error: BaseException) -> None:
        self.connect_button.setEnabled(True)
        self.yes_button.setEnabled(True)
        if isinstance(error, CentralError):
            set_error(self.error, self.tr("The centre refused or could not be reached ({code}). Check the "
                                          "address and the code, then try again.").format(code=error.code))
        else:
            set_error(self.error, error_text(error, self.context.language))

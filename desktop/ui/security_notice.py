"""After a supervisor logs in: signs of tampering found on this device, and what to do about them.

The store notes tampering it sees at log-in (a reset lock-out counter, a key
file that does not match the accounts, a database restored from an older
copy, ...) and keeps an audit log whose hash chain breaks when entries are
edited outside the application. Both are checked on the store thread
(`session_ops.security_report`); this dialog only says what was found. It
holds codes and entry numbers, never applicant data.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.domain.messages import Language
from desktop.operations import session_ops
from desktop.operations.runner import OperationRunner
from desktop.operations.session_ops import SecurityReport
from desktop.ui.a11y import announce, error_label, set_error
from desktop.ui.messages_box import error_text

if TYPE_CHECKING:
    from desktop.store.session import Session


class SecurityNoticeDialog(QDialog):
    acknowledged = Signal()

    def __init__(self, report: SecurityReport, runner: OperationRunner, session: Session, language: Language,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securityNotice")
        self.setWindowTitle(self.tr("Security notice"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report, self.runner, self.session, self.language = report, runner, session, language
        heading = QLabel(self.tr("⚠ Signs of tampering were found on this device"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        # One scrollable, read-only text: every finding stays readable at 200 % however many there are.
        self.details = QTextBrowser(self)
        self.details.setObjectName("securityDetails")
        self.details.setAccessibleName(self.tr("What happened and what to do"))
        self.details.setTabChangesFocus(True)
        self.details.setOpenLinks(False)
        todo = self.tr(
            "Do not delete, restore or reinstall anything: the device is evidence. Write down today's date and "
            "time, check who had access to this computer and its files, look at the audit log, and report it to "
            "your Disnaker's IT contact. Officers can keep working; their data stays encrypted.")
        happened, what_to_do = self.tr("What happened"), self.tr("What to do")
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self.findings())
        self.details.setHtml(f"<h3>{html.escape(happened)}</h3><ul>{items}</ul>"
                             f"<h3>{html.escape(what_to_do)}</h3><p>{html.escape(todo)}</p>")
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.error = error_label(self, "securityNoticeError")

        self.later_button = QPushButton(self.tr("&Remind me at the next log-in"), self)
        self.later_button.setObjectName("remindLater")
        self.later_button.clicked.connect(self.reject)
        self.done_button = QPushButton(self.tr("&I have dealt with it"), self)
        self.done_button.setObjectName("acknowledgeWarnings")
        self.done_button.setAccessibleDescription(self.tr(
            "Clears the warnings. A broken audit log is checked again at every supervisor log-in."))
        self.done_button.setToolTip(self.done_button.accessibleDescription())
        self.done_button.clicked.connect(self.acknowledge)
        self.done_button.setVisible(bool(report.warnings))
        self.later_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        # Room for every finding without scrolling where the screen allows (sizes follow the text size).
        width, height = self.fontMetrics().averageCharWidth() * 84, self.fontMetrics().lineSpacing() * 34
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width, height = min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.85))
        self.resize(width, height)
        self.setAccessibleDescription(" ".join([heading.text(), *self.findings()]))

    def findings(self) -> list[str]:
        lines = [message.text(self.language) for message in self.report.warnings]
        verdict = self.report.audit
        if not verdict.ok:
            lines.append(self.tr("The audit log does not add up from entry {entry} on: entries were changed, "
                                 "deleted or added outside the application.").format(entry=verdict.first_broken))
        return lines

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        announce(self, self.accessibleDescription())

    def acknowledge(self) -> None:
        self.done_button.setEnabled(False)
        session_ops.acknowledge_security_warnings(self.runner, self.session) \
            .success(self._acknowledged).failure(self._failed).run()

    def _acknowledged(self, _result: object) -> None:
        self.acknowledged.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.done_button.setEnabled(True)
        set_error(self.error, error_text(error, self.language))


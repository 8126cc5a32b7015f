"""Moving between the registration windows: one coordinator, driven by their signals.

    new registration (in the main window) --saved--> the saved record --correct--> a correction window
    a duplicate NIK --open the existing record--> that record
    the records list --Enter--> a record;  the drafts line --continue--> the wizard on that draft

No window opens another or reaches into one: each says what the person asked
for, and this decides which window comes next.
"""

from __future__ import annotations

import uuid

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.domain.registration import Registration
from desktop.store.records import RecordSummary
from desktop.ui.context import UiContext
from desktop.ui.record_dialog import RecordDialog
from desktop.ui.wizard.registration_wizard import RegistrationWizard


class RecordWindows(QObject):
    wizard_closed = Signal()  # the main window's registration wizard went away (saved or closed)

    def __init__(self, context: UiContext, window: QWidget, stack: QStackedWidget, home: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.stack = stack
        self.home = home
        self.wizard: RegistrationWizard | None = None  # the new registration in the main window, if any
        self.windows: list[QWidget] = []  # record dialogs and correction windows open now

    # -- the main window's wizard -------------------------------------------------------------------------
    def new_registration(self, draft_id: uuid.UUID | None = None) -> None:
        """Open the wizard (on a draft), or bring forward the one already open: one registration at a time."""
        if self.wizard is None:
            # The reference data of this moment: the wizard keeps it until it closes.
            wizard = RegistrationWizard(self.context, self.context.reference.current, self.stack, draft_id=draft_id)
            wizard.saved.connect(self._wizard_saved)
            wizard.closed.connect(self._drop_wizard)
            wizard.existing_record_requested.connect(lambda record_id: self.open_record(record_id, over=wizard))
            self.stack.addWidget(wizard)
            self.wizard = wizard
        self.stack.setCurrentWidget(self.wizard)
        self.wizard.setFocus()

    def _wizard_saved(self, summary: RecordSummary) -> None:
        self._drop_wizard()
        # Straight to the saved record, where the receipt is one key away (Alt+P prints it).
        self.open_record(summary.record_id, summary=summary)

    def _drop_wizard(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            self.stack.removeWidget(wizard)
            wizard.deleteLater()
        self.stack.setCurrentWidget(self.home)
        self.wizard_closed.emit()

    # -- records and corrections ------------------------------------------------------------------------
    def open_record(self, record_id: uuid.UUID, *, summary: RecordSummary | None = None,
                    over: QWidget | None = None) -> RecordDialog:
        dialog = RecordDialog(self.context, record_id, over or self.window, summary=summary)
        dialog.correct_requested.connect(self.correct)
        self._keep(dialog)
        dialog.open()
        return dialog

    def correct(self, registration: Registration) -> RegistrationWizard:
        """A correction in its own window (the records list stays usable behind it)."""
        wizard = RegistrationWizard(self.context, self.context.reference.current, self.window,
                                    correcting=registration)
        wizard.setWindowFlag(Qt.WindowType.Window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.saved.connect(lambda summary: (wizard.close(), self.open_record(summary.record_id, summary=summary)))
        wizard.closed.connect(wizard.close)
        wizard.existing_record_requested.connect(lambda record_id: self.open_record(record_id, over=wizard))
        self._keep(wizard)
        wizard.show()
        return wizard

    def _keep(self, window: QWidget) -> None:
        self.windows.append(window)
        window.destroyed.connect(lambda _object=None, w=window: self._forget(w))

    def _forget(self, window: QWidget) -> None:
        self.windows = [w for w in self.windows if w is not window and shiboken6.isValid(w)]

    def close_all(self) -> None:
        """The session ends: every window that shows a record goes."""
        for window in list(self.windows):
            if shiboken6.isValid(window):
                window.close()
        self.windows = []

"""The recovery key shown once, and its confirmation: the first run's last page, and a supervisor's new key.

The key is large, wraps by group and sits in a scroll area, so no part of it is
ever cut off, at 200 % text on a small screen either; a screen reader reads it
group by group (its description). It is confirmed by typing its last group and
ticking that it is written down; until then the device says, at each
supervisor's log-in, that its key was never confirmed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import session_ops
from desktop.ui.a11y import add_row, announce, error_label, set_error
from desktop.ui.context import UiContext
from desktop.ui.messages_box import error_text


class RecoveryKeyPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = ""
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 2)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setFrameShape(QLabel.Shape.Box)
        self.key_label.setMargin(12)
        self.key_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reached, and read, before it is confirmed
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.last_group = QLineEdit(self)
        self.last_group.setObjectName("lastGroup")
        self.written = QCheckBox(self.tr("I have &written the recovery key down"), self)
        self.written.setObjectName("writtenDown")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        add_row(form, self.tr("Type the &last group of the key to confirm"), self.last_group)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addLayout(form)
        layout.addWidget(self.written)

    def show_key(self, key: str) -> None:
        self.key = key
        self.key_label.setText(key)  # the line breaks after a hyphen, between groups
        self.key_label.setAccessibleDescription(" - ".join(" ".join(group) for group in key.split("-")))
        self.last_group.clear()
        self.written.setChecked(False)

    def problem(self) -> tuple[QWidget, str] | None:
        """What is still missing (the field and what to say), or None once the key is confirmed."""
        last = self.key.split("-")[-1]
        typed = "".join(ch for ch in self.last_group.text().upper() if ch.isalnum())
        if typed != last:
            return self.last_group, self.tr("That is not the last group of the key. Look at the key above and "
                                            "type its last four characters.")
        if not self.written.isChecked():
            return self.written, self.tr("Confirm that you have written the key down.")
        return None

    def forget(self) -> None:
        self.key = ""
        self.key_label.clear()
        self.last_group.clear()


class NewRecoveryKeyDialog(QDialog):
    """A supervisor's new recovery key: made (the old one then opens nothing), shown once, confirmed."""

    confirmed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("newRecoveryKeyDialog")
        self.setWindowTitle(self.tr("New recovery key"))
        self.intro = QLabel(self.tr("A new key replaces the old one, which opens nothing from then on. Have paper "
                                    "and a pen ready: the new key is shown once."), self)
        self.intro.setWordWrap(True)
        self.panel = RecoveryKeyPanel(self)
        self.panel.setVisible(False)
        self.error = error_label(self, "recoveryKeyError")
        inner = QWidget(self)
        box = QVBoxLayout(inner)
        box.addWidget(self.intro)
        box.addWidget(self.panel)
        box.addWidget(self.error)
        box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take the focus, not the frame
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(self)
        self.make_button = self._button(buttons, self.tr("&Make the new key"), "makeRecoveryKey", self.make)
        self.done_button = self._button(buttons, self.tr("&Done"), "confirmRecoveryKey", self.confirm)
        self.done_button.setVisible(False)
        self.cancel_button = self._button(buttons, self.tr("&Cancel"), "cancelRecoveryKey", self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        em, line = self.fontMetrics().averageCharWidth(), self.fontMetrics().height()
        screen = self.screen().availableGeometry()
        self.resize(min(70 * em, int(screen.width() * 0.9)), min(24 * line, int(screen.height() * 0.9)))

    def _button(self, box: QDialogButtonBox, text: str, name: str, slot: object) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def make(self) -> None:
        self.make_button.setEnabled(False)
        announce(self.intro, self.tr("Making the new key and re-encrypting the data…"))
        session_ops.new_recovery_key(self.context.runner, self.context.session) \
            .success(self._made).failure(self._failed).run()

    def _made(self, key: str) -> None:
        self.make_button.setVisible(False)
        self.cancel_button.setVisible(False)  # the old key is gone: this one must be written down
        self.done_button.setVisible(True)
        self.done_button.setDefault(True)
        self.intro.setText(self.tr("This is the new recovery key. Write it down on paper now and keep it locked "
                                   "away. It is shown only once."))
        self.panel.show_key(key)
        self.panel.setVisible(True)
        self.panel.key_label.setFocus()
        announce(self.intro, self.intro.text())

    def _failed(self, error: BaseException) -> None:
        self.make_button.setEnabled(True)
        set_error(self.error, error_text(error, self.context.language))

    def confirm(self) -> None:
        missing = self.panel.problem()
        if missing is not None:
            field, text = missing
            set_error(self.error, text)
            field.setFocus()
            return
        session_ops.confirm_recovery_key(self.context.runner, self.context.session) \
            .success(lambda _none: self._confirmed()).failure(self._failed).run()

    def _confirmed(self) -> None:
        self.panel.forget()
        self.confirmed.emit()
        self.accept()

    def reject(self) -> None:
        if self.panel.key:  # made and not confirmed: the only copy of the new key is on this screen
            set_error(self.error, self.tr("Write the new key down and confirm it first: the old one no longer "
                                          "opens this device."))
            return
        super().reject()

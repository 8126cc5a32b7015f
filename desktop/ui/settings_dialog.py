"""Settings that apply before and after log-in: language, text size, contrast; a supervisor's too: the idle lock
and the office's address and phone for the receipts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import preferences as prefs_module
from desktop.ui.a11y import add_row
from desktop.ui.preferences import Preferences

TEXT_SCALES = (100, 125, 150, 175, 200)


class SettingsDialog(QDialog):
    applied = Signal(object)  # the new Preferences

    def __init__(self, current: Preferences, parent: QWidget | None = None, *, device_wide: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.current = current
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        # Each language is named in itself so anyone can find their own.
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.text_scale = QComboBox(self)
        self.text_scale.setObjectName("textScaleCombo")
        for scale in TEXT_SCALES:
            self.text_scale.addItem(f"{scale} %", scale)
        nearest = min(TEXT_SCALES, key=lambda s: abs(s - current.text_scale))
        self.text_scale.setCurrentIndex(TEXT_SCALES.index(nearest))
        self.high_contrast = QCheckBox(self.tr("&High contrast (white text on black)"), self)
        self.high_contrast.setObjectName("highContrastCheck")
        self.high_contrast.setChecked(current.high_contrast)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idleMinutesSpin")
        self.idle_minutes.setRange(prefs_module.IDLE_MIN, prefs_module.IDLE_MAX)
        self.idle_minutes.setValue(current.idle_lock_minutes)
        self.idle_minutes.setSuffix(self.tr(" min"))
        add_row(form, self.tr("&Language"), self.language)
        add_row(form, self.tr("&Text size"), self.text_scale, self.tr("Makes all text and controls larger"))
        form.addRow(self.high_contrast)
        # Language, size and contrast are what a person needs to read the screen: anyone may set them.
        self.device_wide = device_wide
        self.idle_minutes.setEnabled(device_wide)
        add_row(form, self.tr("Lock the screen after this many minutes &without use"), self.idle_minutes,
                self.tr("Protects applicants' data when the desk is left alone") if device_wide else
                self.tr("Protects applicants' data when the desk is left alone. Only a supervisor can change it: "
                        "log in as a supervisor."))
        self.office_address = self._office_line("officeAddressEdit", current.office_address,
                                                prefs_module.ADDRESS_MAX)
        self.office_phone = self._office_line("officePhoneEdit", current.office_phone, prefs_module.PHONE_MAX)
        add_row(form, self.tr("Office &address (printed on receipts)"), self.office_address,
                self.tr("Where applicants come back to ask, for example: Jl. Raya Bogor No. 12, Cibinong"))
        add_row(form, self.tr("Office &phone (printed on receipts)"), self.office_phone,
                self.tr("For example: (021) 8765 4321"))
        note = QLabel(self.tr("These settings apply to everyone on this device.") if device_wide else
                      self.tr("These settings apply to everyone on this device. Only a supervisor can change the "
                              "screen lock and the office's address and phone."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def chosen(self) -> Preferences:
        return replace(
            self.current,
            language="en" if self.language.currentData() == "en" else "id",
            text_scale=int(self.text_scale.currentData()),
            high_contrast=self.high_contrast.isChecked(),
            idle_lock_minutes=self.idle_minutes.value() if self.device_wide else self.current.idle_lock_minutes,
            office_address=prefs_module.one_line(self.office_address.text(), prefs_module.ADDRESS_MAX)
            if self.device_wide else self.current.office_address,
            office_phone=prefs_module.one_line(self.office_phone.text(), prefs_module.PHONE_MAX)
            if self.device_wide else self.current.office_phone,
        )

    def _office_line(self, name: str, text: str, limit: int) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setMaxLength(limit)
        edit.setEnabled(self.device_wide)
        return edit

    def save(self) -> None:
        chosen = self.chosen()
        self.accept()
        self.applied.emit(chosen)

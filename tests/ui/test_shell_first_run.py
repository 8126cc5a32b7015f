"""First run, end to end by keyboard: office, region, supervisor, recovery key confirmation, main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.store.device import Device
from desktop.store.errors import NotSetUp
from tests.ui.helpers import focused


def wait_first_run(qtbot, shell):
    qtbot.waitUntil(lambda: shell.first_run is not None and shell.first_run.isVisible(), timeout=10_000)
    dialog = shell.first_run
    qtbot.waitUntil(lambda: dialog.province.isEnabled() and dialog.province.count() == 38, timeout=20_000)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.office_name)
    return dialog


def target():
    # An open completer popup grabs the keyboard, as it does for a real typist.
    return QApplication.activePopupWidget() or focused()


def type_here(qtbot, text: str) -> None:
    for char in text:
        qtbot.keyClicks(target(), char)


def key(qtbot, which: Qt.Key) -> None:
    qtbot.keyClick(target(), which)


def fill_office_page(qtbot, dialog) -> None:
    type_here(qtbot, "Disnaker Kabupaten Bandung")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.disnaker_code
    type_here(qtbot, "DSN-3204")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.province
    type_here(qtbot, "jawa barat")  # any part of the name, any case
    key(qtbot, Qt.Key.Key_Tab)
    assert dialog.province.currentText() == "Jawa Barat"
    assert focused() is dialog.regency
    type_here(qtbot, "kabupaten bandung")  # exact name wins over "Kabupaten Bandung Barat"
    key(qtbot, Qt.Key.Key_Tab)
    assert dialog.regency.currentText() == "Kabupaten Bandung"


def assert_no_device(data_dir: Path) -> None:
    with pytest.raises(NotSetUp):
        Device.open(data_dir)


def test_first_run_by_keyboard_creates_device_and_opens_main_window(qtbot, make_shell, data_dir):
    shell = make_shell(data_dir)
    dialog = wait_first_run(qtbot, shell)
    assert_no_device(data_dir)
    fill_office_page(qtbot, dialog)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 1
    assert focused() is dialog.username
    for text in ("kepala", "Ibu Kepala Seksi", "sandi-supervisor-99", "sandi-supervisor-99"):
        type_here(qtbot, text)
        key(qtbot, Qt.Key.Key_Tab)
    dialog.username.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=20_000)
    key_text = dialog.key_label.text()
    assert len(key_text.split("-")) == 8
    assert dialog.password.text() == "" and dialog.repeat.text() == ""
    assert focused() is dialog.last_group
    # Closing or Escape now must not lose the key before it was confirmed.
    key(qtbot, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    type_here(qtbot, "ZZZZ")
    key(qtbot, Qt.Key.Key_Return)
    assert "kelompok terakhir" in dialog.error.text()
    dialog.last_group.clear()
    type_here(qtbot, key_text.split("-")[-1].lower())
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.written
    key(qtbot, Qt.Key.Key_Return)
    assert "menuliskan" in dialog.error.text() or "centang" in dialog.error.text()
    key(qtbot, Qt.Key.Key_Space)
    assert dialog.written.isChecked()
    with qtbot.waitSignal(dialog.completed, timeout=5000):
        key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible(), timeout=10_000)
    assert "Ibu Kepala Seksi" in shell.main_window.officer_label.text()
    assert shell.first_run is None  # the dialog that showed the key is gone
    shell.lock()
    # The device really exists, with the chosen region, and the password opens it.
    device = Device.open(data_dir)
    assert device.office.region_code == "32.04"
    assert device.office.disnaker_code == "DSN-3204"
    device.login("kepala", "sandi-supervisor-99").close()
    device.login_with_recovery_key(key_text).close()


def test_first_run_refuses_weak_or_mismatched_passwords(qtbot, make_shell, data_dir):
    shell = make_shell(data_dir)
    dialog = wait_first_run(qtbot, shell)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 0
    assert dialog.error.text() == "Ketik nama kantor."
    assert focused() is dialog.office_name
    fill_office_page(qtbot, dialog)
    dialog.next()
    dialog.username.setText("kepala")
    dialog.display_name.setText("Ibu Kepala")
    dialog.password.setText("123456789")  # nine characters
    dialog.repeat.setText("123456789")
    dialog.next()
    assert "10" in dialog.error.text()
    dialog.password.setText("sepuluh-karakter")
    dialog.repeat.setText("sepuluh-karakteR")
    dialog.next()
    assert "tidak sama" in dialog.error.text()
    dialog.username.setText("Bad Name!")
    dialog.repeat.setText("sepuluh-karakter")
    dialog.next()
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: "Nama pengguna" in dialog.error.text(), timeout=10_000)
    assert dialog.pages.currentIndex() == 1
    assert_no_device(data_dir)


def test_regency_list_follows_the_province(qtbot, make_shell, data_dir):
    shell = make_shell(data_dir)
    dialog = wait_first_run(qtbot, shell)
    dialog.province.setCurrentIndex(dialog.province.findText("Bali"))
    names = [dialog.regency.itemText(i) for i in range(dialog.regency.count())]
    assert "Kota Denpasar" in names and "Kabupaten Bandung" not in names
    assert dialog.regency.currentIndex() == -1  # never a silent default


def test_language_can_be_chosen_before_set_up(qtbot, make_shell, data_dir):
    shell = make_shell(data_dir)
    dialog = wait_first_run(qtbot, shell)
    assert dialog.next_button.text() == "&Lanjut >"
    dialog.settings_button.click()
    settings = shell.dialog
    settings.language.setCurrentIndex(settings.language.findData("en"))
    settings.save_button.click()
    qtbot.waitUntil(lambda: shell.first_run is not dialog, timeout=5000)
    assert shell.first_run.next_button.text() == "&Next >"
    assert (data_dir / "preferences.json").exists()
    assert_no_device(data_dir)  # preferences are not a device

"""The windows the first accessibility pass missed: message boxes, the accounts dialog's confirmations,
the one-time code, the re-key progress, the correction wizard, the region search popup, and the
wizard in Bahasa Indonesia at 200 %. Each must name every focusable control and keep 24 px targets."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from desktop.domain.messages import DomainError, Message
from desktop.domain.registration import AttachmentKind
from desktop.operations.wizard_flow import REVIEW
from desktop.ui import preferences, theme
from desktop.ui.context import UiContext
from desktop.ui.messages_box import show_error
from desktop.ui.preferences import Preferences
from desktop.ui.translations import install_translators
from desktop.ui.wizard.registration_wizard import RegistrationWizard
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.ui.a11y_checks import assert_all_focusable_named, assert_targets_large_enough
from tests.ui.helpers import OFFICER, hold_store_thread, open_wizard, visible_child
from tests.ui.test_records import _jpeg, correction_window, open_main, open_selected
from tests.ui.test_shell_login import damage, wait_login
from tests.ui.test_shell_session import open_accounts, select
from tests.ui.test_wizard_a11y import EVERYTHING_VISIBLE


@pytest.fixture(autouse=True)
def plain_theme_afterwards(qapp):
    yield
    theme.apply(qapp, Preferences())


def check_window(widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget.objectName()} is not on screen: the check would prove nothing"
    assert_all_focusable_named(widget)
    assert_targets_large_enough(widget)


def check_every_step(wizard: RegistrationWizard) -> None:
    """Through the step list, so every step must already be reachable (a correction, a draft at the review)."""
    for step in range(len(wizard.pages)):
        assert wizard.show_step(step)
        QApplication.processEvents()
        check_window(wizard)


def accept_button(box: QMessageBox):
    return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)


def test_error_box(qtbot, qapp) -> None:
    theme.apply(qapp, Preferences(text_scale=200))
    box = show_error(None, DomainError(Message("x", "NIK harus 16 angka.", "The NIK has 16 digits.")), "id")
    qtbot.addWidget(box)
    check_window(box)
    assert box.windowTitle() == "Kesalahan"


def test_fatal_box(qtbot, make_shell, device) -> None:
    damage(device, 5000)
    preferences.save(device.data_dir, Preferences(text_scale=200))
    shell = make_shell(device.data_dir)
    qtbot.waitUntil(lambda: shell.fatal_box is not None and shell.fatal_box.isVisible(), timeout=10_000)
    check_window(shell.fatal_box)


def test_accounts_confirmations_one_time_code_and_rekey_progress(qtbot, make_shell, device) -> None:
    shell = make_shell(device.data_dir)
    dialog = open_accounts(qtbot, shell)
    select(dialog, OFFICER[0])
    dialog.confirm_reset()
    confirm = visible_child(dialog, QMessageBox, "confirmBox")
    check_window(confirm)
    accept_button(confirm).click()
    qtbot.waitUntil(lambda: visible_child(dialog, QDialog, "oneTimeCodeDialog") is not None, timeout=10_000)
    code = visible_child(dialog, QDialog, "oneTimeCodeDialog")
    check_window(code)
    code.close()
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5000)
    select(dialog, OFFICER[0])
    dialog.confirm_remove()
    confirm = visible_child(dialog, QMessageBox, "confirmBox")
    check_window(confirm)
    # Hold the store thread so the re-key waits and its progress stays on screen while it is checked.
    release = hold_store_thread(shell.runner)
    try:
        accept_button(confirm).click()
        progress = dialog.findChild(QProgressDialog, "rekeyProgress")
        assert progress is not None
        check_window(progress)
    finally:
        release.set()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=20_000)


def test_correction_wizard(qtbot, qapp, ui_context: UiContext) -> None:
    theme.apply(qapp, Preferences())
    ref = ui_context.session.attachments.add(AttachmentKind.KTP, _jpeg())
    reg = dataclasses.replace(make_reg(3), attachments=(ref,))
    ui_context.session.records.save_registration(reg, reference=REFERENCE)
    main = open_main(qtbot, ui_context)
    wizard = correction_window(qtbot, main, open_selected(qtbot, main))
    assert wizard.windowTitle() == "Correct a registration"
    check_every_step(wizard)
    wizard.close()


def test_region_search_popup(qtbot, qapp, ui_context: UiContext) -> None:
    theme.apply(qapp, Preferences())
    wizard = open_wizard(qtbot, ui_context, {}, 2)
    province = wizard.pages[2].form.widgets["address.province_code"]
    province.setFocus()
    qtbot.keyClicks(province.lineEdit(), "jawa")
    popup = province.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    assert popup.model().rowCount() >= 3  # Jawa Barat, Jawa Tengah, Jawa Timur
    check_window(popup)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)


def test_wizard_in_indonesian_at_200_percent(qtbot, qapp, ui_context: UiContext) -> None:
    theme.apply(qapp, Preferences(language="id", text_scale=200))
    install_translators(qapp, "id")
    ui_context.preferences = Preferences(language="id", text_scale=200)
    wizard = open_wizard(qtbot, ui_context, EVERYTHING_VISIBLE, REVIEW)
    wizard.resize(1580, 980)
    assert wizard.title.text().startswith("Langkah 8 dari 8")
    check_every_step(wizard)


def test_login_in_indonesian_at_200_percent(qtbot, make_shell, device) -> None:
    preferences.save(device.data_dir, Preferences(language="id", text_scale=200))
    shell = make_shell(device.data_dir)
    window = wait_login(qtbot, shell)
    assert window.login_button.text() == "&Masuk"
    check_window(window)

"""The windows the first accessibility pass missed: message boxes, the accounts dialog's confirmations,
the one-time code, the re-key progress, the correction wizard, the region search popup, and the
wizard in Bahasa Indonesia at 200 %. Each must name every focusable control and keep 24 px targets."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from desktop.domain.messages import DomainError, Message
from desktop.domain.registration import AttachmentKind
from desktop.ui import preferences, theme
from desktop.ui.a11y import assert_all_focusable_named, assert_targets_large_enough
from desktop.ui.context import UiContext
from desktop.ui.messages_box import show_error
from desktop.ui.preferences import Preferences
from desktop.ui.record_dialog import RecordDialog
from desktop.ui.records_view import RecordsView
from desktop.ui.translations import install_translators
from desktop.ui.wizard import RegistrationWizard
from tests.store.record_helpers import make_reg
from tests.ui.conftest import OFFICER
from tests.ui.test_records import _jpeg
from tests.ui.test_shell_login import damage, wait_login
from tests.ui.test_shell_session import open_accounts, select
from tests.ui.test_wizard_a11y import EVERYTHING_VISIBLE
from tests.ui.test_wizard_support import ui_context  # noqa: F401 - fixture


@pytest.fixture(autouse=True)
def plain_theme_afterwards(qapp):
    yield
    theme.apply(qapp, Preferences())


def check_window(widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget.objectName()} is not on screen: the check would prove nothing"
    assert_all_focusable_named(widget)
    assert_targets_large_enough(widget)


def check_every_step(wizard: RegistrationWizard) -> None:
    wizard.flow.furthest = len(wizard.pages) - 1
    for step in range(len(wizard.pages)):
        wizard.show_step(step)
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
    confirm = dialog.child
    check_window(confirm)
    accept_button(confirm).click()
    qtbot.waitUntil(lambda: dialog.child is not None and dialog.child.objectName() == "oneTimeCodeDialog",
                    timeout=10_000)
    check_window(dialog.child)
    dialog.child.close()
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5000)
    select(dialog, OFFICER[0])
    dialog.confirm_remove()
    check_window(dialog.child)
    # Hold the store thread so the re-key waits and its progress stays on screen while it is checked.
    release = threading.Event()
    shell.runner.submit(lambda: release.wait(20), lambda _result, _error: None)
    try:
        accept_button(dialog.child).click()
        progress = dialog.findChild(QProgressDialog, "rekeyProgress")
        assert progress is not None
        check_window(progress)
    finally:
        release.set()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=20_000)


def test_correction_wizard(qtbot, qapp, ui_context: UiContext) -> None:  # noqa: F811
    theme.apply(qapp, Preferences())
    ref = ui_context.session.add_attachment(AttachmentKind.KTP, _jpeg())
    reg = dataclasses.replace(make_reg(3), attachments=(ref,))
    ui_context.session.save_registration(reg)
    view = RecordsView(ui_context)
    qtbot.addWidget(view)
    dialog = RecordDialog(ui_context, reg.record_id, view)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.registration is not None, timeout=10_000)
    dialog.correct_button.click()
    (wizard,) = dialog.windows
    assert wizard.windowTitle() == "Correct a registration"
    check_every_step(wizard)
    wizard.close()


def test_region_search_popup(qtbot, qapp, ui_context: UiContext) -> None:  # noqa: F811
    theme.apply(qapp, Preferences())
    wizard = RegistrationWizard(ui_context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.show_step(2, force=True)
    province = wizard.pages[2].form.widgets["address.province"]
    province.setFocus()
    qtbot.keyClicks(province.lineEdit(), "jawa")
    popup = province.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    assert popup.model().rowCount() >= 3  # Jawa Barat, Jawa Tengah, Jawa Timur
    check_window(popup)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)


def test_wizard_in_indonesian_at_200_percent(qtbot, qapp, ui_context: UiContext) -> None:  # noqa: F811
    theme.apply(qapp, Preferences(language="id", text_scale=200))
    install_translators(qapp, "id")
    ui_context.language = "id"
    wizard = RegistrationWizard(ui_context)
    qtbot.addWidget(wizard)
    wizard.resize(1580, 980)
    wizard.flow.data.update(EVERYTHING_VISIBLE)
    for page in wizard.pages:
        page.load()
    wizard.show()
    assert wizard.title.text().startswith("Langkah 1 dari 8")
    check_every_step(wizard)


def test_login_in_indonesian_at_200_percent(qtbot, make_shell, device) -> None:
    preferences.save(device.data_dir, Preferences(language="id", text_scale=200))
    shell = make_shell(device.data_dir)
    window = wait_login(qtbot, shell)
    assert window.login_button.text() == "&Masuk"
    check_window(window)

"""Every window the shell makes: named controls, logical tab order, 24 px targets, 7:1 high contrast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import a11y, preferences, theme
from desktop.ui.preferences import Preferences
from tests.ui import a11y_checks
from tests.ui.a11y_checks import assert_all_focusable_named, assert_targets_large_enough
from tests.ui.helpers import OFFICER, SUPERVISOR, visible_child
from tests.ui.test_shell_first_run import wait_first_run
from tests.ui.test_shell_login import log_in, wait_login


# ----- the helper itself must be able to fail -----
def test_helper_fails_on_an_unnamed_field(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLineEdit(window))
    window.show()
    with pytest.raises(AssertionError, match="QLineEdit"):
        assert_all_focusable_named(window)


def test_helper_fails_on_a_combo_named_only_by_its_current_item(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    combo = QComboBox(window)
    combo.addItems(["Laki-laki", "Perempuan"])
    layout.addWidget(combo)
    window.show()
    assert a11y_checks.accessible_name(combo) == "Laki-laki", "Qt says the value, not what the control is"
    with pytest.raises(AssertionError, match="QComboBox"):
        assert_all_focusable_named(window)
    label = QLabel("&Jenis kelamin", window)
    label.setBuddy(combo)
    layout.addWidget(label)
    assert_all_focusable_named(window)
    assert a11y_checks.label_name(combo) == "Jenis kelamin"


def test_helper_fails_on_a_spin_box_or_list_without_a_label(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    spin, rows = QSpinBox(window), QListWidget(window)
    rows.addItems(["Ibu Kepala Seksi"])
    layout.addWidget(spin)
    layout.addWidget(rows)
    window.show()
    with pytest.raises(AssertionError, match=r"QSpinBox.*QListWidget"):
        assert_all_focusable_named(window)
    spin.setAccessibleName("Menit")
    rows.setAccessibleName("Akun")
    assert_all_focusable_named(window)


def test_helper_accepts_label_buddies_and_button_text(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    field = QLineEdit(window)
    label = QLabel("&Nama lengkap", window)
    label.setBuddy(field)
    form.addRow(label, field)
    form.addRow(QPushButton("Simpan", window))
    window.show()
    assert_all_focusable_named(window)
    assert a11y_checks.accessible_name(field) == "Nama lengkap"


def test_helper_ignores_hidden_and_disabled_controls(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    hidden, disabled = QLineEdit(window), QLineEdit(window)
    layout.addWidget(hidden)
    layout.addWidget(disabled)
    hidden.hide()
    disabled.setEnabled(False)
    window.show()
    assert_all_focusable_named(window)


def test_small_targets_are_reported(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("x", window)
    button.setStyleSheet("QPushButton { min-height: 0px; min-width: 0px; padding: 0px; margin: 0px; }")  # no floor
    button.setFixedSize(12, 12)
    window.show()
    with pytest.raises(AssertionError, match="12x12"):
        assert_targets_large_enough(window)


def test_small_fields_and_list_rows_are_reported(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet("* { min-height: 0px; } QAbstractItemView::item { min-height: 0px; }")
    layout = QVBoxLayout(window)
    field, combo, spin = QLineEdit(window), QComboBox(window), QSpinBox(window)
    rows = QListWidget(window)
    for name in ("Ibu Kepala", "Budi"):
        QListWidgetItem(name, rows).setSizeHint(QSize(120, 14))
    for widget in (field, combo, spin, rows):
        layout.addWidget(widget)
    field.setObjectName("thinField")
    for widget in (field, combo, spin):
        widget.setFixedHeight(18)
    window.show()
    small = "\n".join(a11y_checks.small_targets(window))
    assert "QLineEdit 'thinField'" in small and "x18" in small
    assert "QComboBox" in small and "QSpinBox" in small
    assert "row 0: 14 px high" in small and "row 1: 14 px high" in small
    assert "qt_spinbox_lineedit" not in small, "a spin box's own editor is measured as the spin box"


def test_rows_drawn_over_each_other_count_as_small(qtbot):
    window = QListWidget()
    qtbot.addWidget(window)
    window.addItems(["satu", "dua", "tiga"])
    window.show()
    QApplication.processEvents()
    rects = [window.visualItemRect(window.item(i)) for i in range(3)]
    step = rects[1].top() - rects[0].top()
    assert step > 0
    heights = dict(a11y_checks._row_heights(window))
    assert heights[0] == min(rects[0].height(), step)


@pytest.mark.parametrize("scale", [100, 200])
def test_theme_gives_controls_and_rows_a_24px_floor(qtbot, qapp, scale):
    theme.apply(qapp, Preferences(text_scale=scale))
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    combo = QComboBox(window)
    combo.addItems(["Laki-laki", "Perempuan"])
    editable = QComboBox(window)
    editable.setEditable(True)
    rows = QListWidget(window)
    rows.addItems(["Ibu Kepala Seksi", "Budi Petugas", "Sari"])
    table = QTableWidget(3, 2, window)
    for widget in (QPushButton("x", window), QLineEdit(window), combo, editable, QSpinBox(window), rows, table):
        layout.addWidget(widget)
    window.show()
    assert_targets_large_enough(window)


def test_announce_and_inline_errors_are_text(qtbot):
    label = a11y.error_label(None, "err")
    qtbot.addWidget(label)
    a11y.set_error(label, "NIK harus 16 angka.")
    assert label.text() == "NIK harus 16 angka." and label.accessibleName() == label.text()
    assert not label.isHidden()
    a11y.set_error(label, "")
    assert label.isHidden()
    a11y.announce(label, "Langkah 2 dari 3")  # must not raise with or without a screen reader


# ----- the shell's windows -----
def check_window(widget: QWidget) -> None:
    assert_all_focusable_named(widget)
    assert_targets_large_enough(widget)


@pytest.mark.parametrize("scale", [100, 200])
def test_first_run_pages(qtbot, make_shell, data_dir, qapp, scale):
    # The shell applies the saved preferences when it starts, as the application does.
    preferences.save(data_dir, Preferences(text_scale=scale))
    shell = make_shell(data_dir)
    dialog = wait_first_run(qtbot, shell)
    assert qapp.font().pointSizeF() == pytest.approx(shell.app.property("luring_base_point_size") * scale / 100)
    check_window(dialog)
    # Tab order is proven by pressing Tab in test_shell_first_run.
    dialog.pages.setCurrentIndex(1)
    check_window(dialog)
    dialog.pages.setCurrentIndex(2)
    check_window(dialog)


@pytest.mark.parametrize("scale", [100, 200])
def test_login_and_its_dialogs(qtbot, make_shell, device, qapp, scale):
    preferences.save(device.data_dir, Preferences(text_scale=scale, high_contrast=scale == 200))
    shell = make_shell(device.data_dir)
    window = wait_login(qtbot, shell)
    check_window(window)
    window.open_recovery()
    check_window(window.recovery_dialog)
    window.recovery_dialog.close()
    window.settings_button.click()
    check_window(shell.dialog)


def test_main_window_settings_and_accounts(qtbot, make_shell, device):
    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
    check_window(main)
    # Every toolbar action says its shortcut.
    for action in (main.new_action, main.find_action, main.lock_action, main.switch_action):
        assert action.shortcut().toString(action.shortcut().SequenceFormat.NativeText) in action.toolTip()
    main.accounts_action.trigger()
    qtbot.waitUntil(lambda: shell.dialog.list.count() == 2, timeout=5000)
    check_window(shell.dialog)
    shell.dialog.open_add()
    check_window(visible_child(shell.dialog, QDialog, "addOfficerDialog"))


def test_change_password_dialog(qtbot, make_shell, device):
    from desktop.ui.login_dialogs import ChangePasswordDialog

    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
    dialog = ChangePasswordDialog(shell.runner, shell.context.session, "id", parent=main)
    dialog.show()
    check_window(dialog)


# ----- high contrast -----
@pytest.mark.parametrize("group", [QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                                   QPalette.ColorGroup.Disabled])
def test_high_contrast_pairs_reach_7_to_1(group):
    palette = theme.high_contrast_palette()
    for foreground, background in theme.TEXT_PAIRS:
        ratio = theme.contrast_ratio(palette.color(group, foreground), palette.color(group, background))
        assert ratio >= 7.0, f"{group.name} {foreground.name}/{background.name}: {ratio:.2f}"


def test_contrast_formula_matches_wcag_reference_values():
    assert theme.contrast_ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert theme.contrast_ratio(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio(QColor("#FFFFFF"), QColor("#FFFFFF")) == pytest.approx(1.0)


def test_high_contrast_is_applied_to_the_application(qapp):
    normal = qapp.palette().color(QPalette.ColorRole.Window)
    theme.apply(qapp, Preferences(high_contrast=True))
    try:
        palette = qapp.palette()
        assert palette.color(QPalette.ColorRole.Window) == QColor("#000000")
        assert palette.color(QPalette.ColorRole.WindowText) == QColor("#FFFFFF")
        assert ":focus" in qapp.styleSheet()
    finally:
        theme.apply(qapp, Preferences())
    assert qapp.palette().color(QPalette.ColorRole.Window) == normal  # back to the system's colours
    assert normal != QColor("#000000")


def test_text_size_never_compounds(qapp):
    base = qapp.font().pointSizeF()
    for _ in range(3):
        theme.apply(qapp, Preferences(text_scale=150))
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    theme.apply(qapp, Preferences())
    assert qapp.font().pointSizeF() == pytest.approx(base)

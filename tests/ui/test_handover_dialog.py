"""Export for USB and Import receipt from the Tools menu: named, in order, in words, at 100 % and 200 % text."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from desktop.store.device import Device
from desktop.ui.handover_dialog import HandoverDialog
from tests.operations.handover_support import enrol_offline
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.ui.a11y_checks import assert_all_focusable_named, assert_targets_large_enough
from tests.ui.helpers import SUPERVISOR
from tests.ui.test_shell_login import log_in
from tests.ui.test_sync_panel_a11y import clipped_labels

WORDS = {
    "id": {"export": "Ekspor ke USB", "written": "Bundel ditulis: 2 data", "first": "Pilih folder terlebih dahulu.",
           "refused": "Tanda terima ditolak"},
    "en": {"export": "Export for USB", "written": "Bundle written: 2 records", "first": "Choose a folder first.",
           "refused": "The receipt was refused"},
}


def open_dialog(qtbot, main, name: str) -> HandoverDialog:
    main.findChild(type(main.export_action), name).trigger()
    qtbot.waitUntil(lambda: main.handover_dialog is not None and main.handover_dialog.isVisible(), timeout=5000)
    dialog = main.handover_dialog
    assert isinstance(dialog, HandoverDialog)
    return dialog


@pytest.mark.parametrize(("language", "scale"), [("id", 100), ("en", 100), ("id", 200), ("en", 200)])
def test_export_and_receipt_by_keyboard_and_screen_reader(qtbot, make_shell, device, tmp_path, language, scale):
    (device.data_dir / "preferences.json").write_text(
        json.dumps({"language": language, "text_scale": scale}), encoding="utf-8")
    session = Device.open(device.data_dir).login(SUPERVISOR[0], SUPERVISOR[2])
    enrol_offline(session)
    for n in (1, 2):
        session.records.save_registration(make_reg(n), reference=REFERENCE)
    session.close()
    main = log_in(qtbot, make_shell(device.data_dir), SUPERVISOR[0], SUPERVISOR[2])
    words = WORDS[language]

    dialog = open_dialog(qtbot, main, "exportForUsb")
    assert dialog.windowTitle() == words["export"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.path, timeout=2000)
    assert_all_focusable_named(dialog)
    assert_targets_large_enough(dialog)
    assert not clipped_labels(dialog)
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    order = [dialog.path]
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), "\t")
        order.append(QApplication.focusWidget())
    assert order == [dialog.path, dialog.choose, dialog.start]

    dialog.start.click()  # nothing chosen: said in words, focus back on the field
    assert dialog.error.text() == words["first"] and dialog.error.isVisible()
    usb = tmp_path / "usb"
    usb.mkdir()
    qtbot.keyClicks(dialog.path, str(usb))
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.state.text().startswith(words["written"]), timeout=10_000)
    assert len(list(usb.iterdir())) == 1 and not dialog.stop.isVisible() and not dialog.error.isVisible()
    dialog.close()

    receipt = open_dialog(qtbot, main, "importReceipt")
    garbage = tmp_path / "not-a-receipt.luring-receipt"
    garbage.write_bytes(b"this is no receipt")
    qtbot.keyClicks(receipt.path, str(garbage))
    receipt.start.click()
    qtbot.waitUntil(lambda: receipt.error.isVisible(), timeout=10_000)
    assert receipt.error.text().startswith(words["refused"]) and receipt.error.accessibleName() == receipt.error.text()
    assert_all_focusable_named(receipt)
    receipt.close()

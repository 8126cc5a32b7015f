"""The supervisor's sync report from the Tools menu: named fields, a preview before saving, a signed file, no
way in for an officer (neither through the window nor through the operations layer)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from desktop.operations import report_ops
from desktop.reports import signature
from desktop.reports.sync_report import ReportRequest
from desktop.store.device import Device
from desktop.store.errors import PermissionDenied
from tests.operations.handover_support import enrol_offline
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.ui.a11y_checks import assert_all_focusable_named, assert_targets_large_enough
from tests.ui.helpers import OFFICER, SUPERVISOR, answer_yes
from tests.ui.test_shell_login import log_in
from tests.ui.test_sync_panel_a11y import clipped_labels

WORDS = {"id": {"title": "Laporan sinkronisasi", "count": "2 data dalam laporan", "registered": "Terdaftar: 2",
                "changed": "Saringan berubah", "saved": "Tersimpan:"},
         "en": {"title": "Sync report", "count": "2 records in the report", "registered": "Registered: 2",
                "changed": "The filters changed", "saved": "Saved:"}}


@pytest.mark.parametrize(("language", "scale"), [("id", 100), ("en", 100), ("id", 200), ("en", 200)])
def test_a_supervisor_previews_then_saves_a_signed_report(qtbot, make_shell, device, tmp_path, language, scale):
    (device.data_dir / "preferences.json").write_text(
        json.dumps({"language": language, "text_scale": scale}), encoding="utf-8")
    session = Device.open(device.data_dir).login(SUPERVISOR[0], SUPERVISOR[2])
    enrol_offline(session)
    for n in (1, 2):
        session.records.save_registration(make_reg(n), reference=REFERENCE)
    session.close()
    main = log_in(qtbot, make_shell(device.data_dir), SUPERVISOR[0], SUPERVISOR[2])
    words = WORDS[language]
    assert main.report_action.isVisible()
    main.report_action.trigger()
    qtbot.waitUntil(lambda: main.report_dialog is not None and main.report_dialog.isVisible(), timeout=5000)
    dialog = main.report_dialog
    assert dialog.windowTitle() == words["title"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first, timeout=2000)
    qtbot.waitUntil(lambda: dialog.officer.count() == 3, timeout=5000)  # every officer and the supervisor
    assert_all_focusable_named(dialog)
    assert_targets_large_enough(dialog)
    assert not clipped_labels(dialog)
    assert not dialog.save.isEnabled()  # nothing is saved unread

    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.state.text().startswith(words["count"]), timeout=10_000)
    assert words["registered"] in dialog.preview_text.toPlainText() and dialog.save.isEnabled()
    dialog.status.setCurrentIndex(2)
    assert not dialog.save.isEnabled() and dialog.state.text().startswith(words["changed"])
    dialog.status.setCurrentIndex(0)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.save.isEnabled(), timeout=10_000)

    out = tmp_path / "laporan.pdf"
    dialog.save_to(out)
    qtbot.waitUntil(lambda: dialog.state.text().startswith(words["saved"]) or bool(dialog.error.text()), timeout=20_000)
    assert dialog.error.text() == "", dialog.error.text()
    assert signature.verify(out.read_bytes()).ok
    assert not dialog.stop.isVisible() and dialog.preview_button.isEnabled()


def test_a_named_list_needs_a_confirmation(qtbot, make_shell, device):
    main = log_in(qtbot, make_shell(device.data_dir), SUPERVISOR[0], SUPERVISOR[2])
    main.open_report()
    dialog = main.report_dialog
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5000)
    dialog.named.click()
    assert not dialog.named.isChecked()  # not until the box is answered
    answer_yes(qtbot, dialog)
    assert dialog.named.isChecked() and dialog.request().named


def test_an_officer_has_no_report_in_the_window_nor_through_the_operations(qtbot, make_shell, device):
    main = log_in(qtbot, make_shell(device.data_dir), OFFICER[0], OFFICER[2])
    assert not main.report_action.isVisible()
    main.open_report()
    assert main.report_dialog is None
    context = main.context
    failures: list[BaseException] = []
    request = ReportRequest(_this_month())
    report_ops.preview(context.runner, context.session, request, context.office).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], PermissionDenied)


def _this_month():
    import datetime as dt

    from desktop.store.report_query import ReportFilter

    today = dt.date.today()
    return ReportFilter(today.replace(day=1), today)

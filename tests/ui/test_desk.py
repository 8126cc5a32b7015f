"""The supervisor's desk in the window: the dashboard after log-in, the correction worklist, the audit log.

Every figure is read as words by a screen reader and reached by Tab; the chart's
days are chosen with the arrow keys and said in words; an officer gets none of
the supervisor's windows, through the window or through the operations layer.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.operations import audit_ops, desk_ops
from desktop.store.device import Device
from desktop.store.errors import PermissionDenied
from desktop.store.outbox_table import RecordStatus
from sync.outbox import CentreDecision, Reason
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.ui.a11y_checks import assert_all_focusable_named, assert_targets_large_enough
from tests.ui.helpers import OFFICER, SUPERVISOR
from tests.ui.test_shell_login import log_in
from tests.ui.test_sync_panel_a11y import clipped_labels

WORDS = {"id": {"today": "Terdaftar hari ini: 3", "to_correct": "Ditolak atau perlu diperbaiki: 1",
                "reason": "NIK ini sudah terdaftar di pusat", "intact": "Log audit utuh"},
         "en": {"today": "Registered today: 3", "to_correct": "Rejected or to correct: 1",
                "reason": "This NIK is already registered at the centre", "intact": "The audit log is intact"}}


def three_records_one_sent_back(data_dir) -> None:
    session = Device.open(data_dir).login(SUPERVISOR[0], SUPERVISOR[2])
    saved = [session.records.save_registration(make_reg(n), reference=REFERENCE) for n in (1, 2, 3)]
    session.outbox.apply_decisions([CentreDecision(saved[0].record_id, 1, RecordStatus.REJECTED,
                                                   (Reason("nik_registered", "identity.nik"),))], "cursor-1")
    session.accounts.confirm_recovery_key()  # as the first run does; test_recovery_key.py covers the other case
    session.close()


@pytest.mark.parametrize(("language", "scale"), [("id", 100), ("en", 100), ("id", 200), ("en", 200)])
def test_a_supervisor_lands_on_the_dashboard_and_reads_every_figure(qtbot, make_shell, device, language, scale):
    (device.data_dir / "preferences.json").write_text(
        json.dumps({"language": language, "text_scale": scale}), encoding="utf-8")
    three_records_one_sent_back(device.data_dir)
    main = log_in(qtbot, make_shell(device.data_dir), SUPERVISOR[0], SUPERVISOR[2])
    desk = main.dashboard
    qtbot.waitUntil(lambda: desk.figures is not None, timeout=10_000)
    assert main.centralWidget().currentWidget() is desk
    words = WORDS[language]
    assert desk.tiles["today"].accessibleName() == words["today"]
    assert desk.tiles["to_correct"].accessibleName() == words["to_correct"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.tiles["today"], timeout=5000)
    assert_all_focusable_named(desk)
    assert_targets_large_enough(desk)
    assert not clipped_labels(desk)
    # Tab goes through the figures in reading order, then the buttons, then the chart.
    reached = []
    for _ in range(9):
        reached.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert reached == [*desk.tiles.values(), desk.worklist_button, desk.report_button, desk.audit_button]
    assert QApplication.focusWidget() is desk.chart
    today_text = desk.chosen_day.text()
    assert today_text.endswith(".") and "3 " in today_text
    qtbot.keyClick(desk.chart, Qt.Key.Key_Left)
    assert desk.chosen_day.text() != today_text and desk.chosen_day.text().split(":")[1].startswith(" 0 ")
    qtbot.keyClick(desk.chart, Qt.Key.Key_End)
    assert desk.chosen_day.text() == today_text
    assert today_text in desk.chart.accessibleDescription()  # every day, in words


def test_the_worklist_says_why_and_opens_the_record_to_correct(qtbot, make_shell, device):
    three_records_one_sent_back(device.data_dir)
    main = log_in(qtbot, make_shell(device.data_dir), SUPERVISOR[0], SUPERVISOR[2])
    main.dashboard.worklist_button.click()
    qtbot.waitUntil(lambda: main.worklist_dialog is not None and main.worklist_dialog.list.count() == 1,
                    timeout=10_000)
    worklist = main.worklist_dialog
    assert WORDS["id"]["reason"] in worklist.list.item(0).text()
    assert worklist.list.accessibleName().startswith("Ditolak")
    assert_all_focusable_named(worklist)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is worklist.list, timeout=5000)
    qtbot.keyClick(worklist.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(w.objectName() == "recordDialog" and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)


def test_the_audit_log_window_says_the_chain_is_intact_and_exports_audited(qtbot, make_shell, device, tmp_path):
    main = log_in(qtbot, make_shell(device.data_dir), SUPERVISOR[0], SUPERVISOR[2])
    main.audit_action.trigger()
    qtbot.waitUntil(lambda: main.audit_dialog is not None and main.audit_dialog.view is not None, timeout=10_000)
    dialog = main.audit_dialog
    assert dialog.chain.text().startswith(WORDS["id"]["intact"])
    assert dialog.chain.accessibleName() == dialog.chain.text()
    assert_all_focusable_named(dialog)
    before = dialog.entries.count()
    dialog.export_to("csv", tmp_path / "log-audit.csv")
    qtbot.waitUntil(lambda: dialog.entries.count() == before + 1, timeout=10_000)
    assert (tmp_path / "log-audit.csv").exists() and dialog.state.text().startswith("Tersimpan:")
    assert "kind=audit_log" in dialog.entries.item(0).text()


def test_an_officer_has_no_desk_and_no_audit_log(qtbot, make_shell, device):
    main = log_in(qtbot, make_shell(device.data_dir), OFFICER[0], OFFICER[2])
    assert main.dashboard is None and main.centralWidget().currentWidget() is main.home
    assert not main.dashboard_action.isVisible() and not main.audit_action.isVisible()
    assert main.worklist_action.isVisible()  # an officer corrects too
    main.open_audit_log()
    assert main.audit_dialog is None
    context = main.context
    failures: list[BaseException] = []
    desk_ops.load_desk(context.runner, context.session).failure(failures.append).run()
    audit_ops.load_view(context.runner, context.session).failure(failures.append).run()
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=5000)
    assert all(isinstance(f, PermissionDenied) for f in failures)

"""A record whose personal data the retention period removed still lists and opens, with none of it left.

Over the real encrypted store: the record is verified by the centre, the purge runs as the application runs it
(`retention_ops` on the store thread, its change broadcast), and the list and the record window show the
skeleton. The supervisor's sync panel says how long personal data stays and when it was last removed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

from PySide6.QtWidgets import QLabel

from desktop.domain.registration import Registration
from desktop.operations import retention_ops
from desktop.operations.reference_ops import CurrentReference
from desktop.paths import resource
from desktop.store.device import Device
from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.record_dialog import RecordDialog
from desktop.ui.records_view import RecordsView
from sync.outbox import CentreDecision, ItemVerdict
from sync.protocol import Decision
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.ui.a11y_checks import accessible_name, assert_all_focusable_named
from tests.ui.helpers import SUPERVISOR
from tests.ui.test_shell_login import log_in
from tests.ui.visible_texts import visible_texts

NOW = dt.datetime.now(dt.UTC)
AT_ONCE = CurrentReference(dataclasses.replace(
    REFERENCE, retention=dataclasses.replace(REFERENCE.retention, verified_personal_data_days=0)))


def verified(context: UiContext, reg: Registration) -> None:
    session = context.session
    session.records.save_registration(reg, reference=REFERENCE)
    session.outbox.claim_batch(10, NOW, lambda _item: b"\x07" * 64)
    session.outbox.record_verdicts([ItemVerdict(reg.record_id, 1, held=True)], NOW)
    session.outbox.apply_decisions([CentreDecision(reg.record_id, 1, Decision.VERIFIED)], "1")


def personal_values(reg: Registration) -> list[str]:
    return [reg.identity.full_name, reg.identity.nik, reg.identity.kk, reg.contact.phone[-6:]]


def test_a_purged_record_lists_and_opens_without_its_personal_data(qtbot, ui_context: UiContext,
                                                                   errors_shown: list[BaseException]) -> None:
    reg = make_reg(7)
    verified(ui_context, reg)
    view = RecordsView(ui_context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.index(0, 0).data() == reg.identity.full_name,
                    timeout=10_000)

    done: list[object] = []
    retention_ops.purge_personal_data(ui_context.runner, ui_context.session, AT_ONCE).success(done.append).run()
    # The purge's broadcast refreshes the open list: the row stays, its personal columns are gone.
    qtbot.waitUntil(lambda: view.model.index(0, 0).data() == "(personal data removed)", timeout=10_000)
    assert done and done[0].records == 1
    assert [view.model.index(0, c).data() for c in range(1, 5)] == ["", "", "Verified", ui_context.session.account.
                                                                    display_name]  # an account is not personal
    summary = view.model.rows[0]

    dialog = RecordDialog(ui_context, reg.record_id, summary=summary)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.purged and dialog.centre.status is not None, timeout=10_000)
    note = dialog.findChild(QLabel, "personalDataRemoved")
    assert note is not None
    qtbot.waitUntil(note.isVisible, timeout=5_000)  # a layout shows a child added late on the next turn
    assert note.text().startswith("Personal data removed after the retention period.")
    assert f"village code {reg.address.village_code}" in note.text()
    assert accessible_name(note).startswith("Personal data removed")
    assert "Status: Verified" in dialog.status.text()
    for button in (dialog.correct_button, dialog.print_button, dialog.pdf_button):
        assert not button.isEnabled()  # it cannot be corrected, printed or exported from here
    shown = " ".join(visible_texts(dialog) | visible_texts(view))
    assert not [value for value in personal_values(reg) if value in shown]
    assert errors_shown == []  # said in the window, not as an error
    assert_all_focusable_named(dialog)
    assert dialog.focusWidget() is note


def test_the_supervisor_sees_the_retention_period_and_the_last_removal(qtbot, ui_context: UiContext) -> None:
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.open_sync_panel()
    panel = window.sync_panel
    assert panel is not None
    line = panel.retention
    qtbot.waitUntil(lambda: "Last removal" in line.text(), timeout=10_000)
    assert line.isVisible() and "90 days after the centre verifies" in line.text() and "drafts 30 days" in line.text()
    assert "Last removal: not yet." in line.text()

    verified(ui_context, make_reg(8))
    retention_ops.purge_personal_data(ui_context.runner, ui_context.session, AT_ONCE).run()
    qtbot.waitUntil(lambda: "(1 records, 0 photos, 0 drafts)" in line.text(), timeout=10_000)
    assert accessible_name(line) == line.text()
    window.discard()


def test_logging_in_removes_what_the_policy_says_was_kept_long_enough(qtbot, make_shell, device,
                                                                     tmp_path: Path) -> None:
    """The shell runs the purge after log-in, with the policy of the resources it loaded."""
    supervisor = Device.open(device.data_dir).login(SUPERVISOR[0], SUPERVISOR[2])
    reg = make_reg(9)
    supervisor.records.save_registration(reg, reference=REFERENCE)
    supervisor.outbox.claim_batch(10, NOW, lambda _item: b"\x07" * 64)
    supervisor.outbox.record_verdicts([ItemVerdict(reg.record_id, 1, held=True)], NOW)
    supervisor.outbox.apply_decisions([CentreDecision(reg.record_id, 1, Decision.VERIFIED)], "1")
    supervisor.close()
    resources = tmp_path / "resources"
    shutil.copytree(resource(), resources, ignore=shutil.ignore_patterns("translations", "icons", "openapi"))
    policy = resources / "policy" / "retention-2025.1.json"
    policy.write_text(json.dumps({**json.loads(policy.read_text("utf-8")), "verified_personal_data_days": 0}),
                      encoding="utf-8")

    shell = make_shell(device.data_dir, start=False)
    shell.resources = resources
    shell.start()
    main = log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
    model = main.home.model  # the shell starts in Bahasa Indonesia
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.rows[0].personal_data_removed, timeout=10_000)
    assert model.index(0, 0).data() == "(data pribadi sudah dihapus)"
    events = [e.event for e in shell.context.session.audit.entries(20)]
    assert "retention_records_purged" in events

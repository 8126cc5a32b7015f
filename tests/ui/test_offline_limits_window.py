"""MUST-SHOW: the offline limits through the window, on a real encrypted device with the bundled policy
(warning after 7 days, stop after 21): the warning at log-in and on the status bar, the stop (a new
registration refused, a draft still saved), and the release after a bundle hand-over and after a sync
against the real reference server."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.registration import AttachmentKind
from desktop.operations.runner import Changes
from desktop.operations.wizard_flow import STEP
from desktop.store import audit
from desktop.store.device import Device
from desktop.store.outbox_table import RecordStatus
from desktop.store.records import RecordQuery, RecordStore
from desktop.ui import sync_control
from desktop.ui.record_dialog import RecordDialog
from sync.server.subprocess_server import ServerProcess
from tests.operations.test_wizard_flow import GOOD
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.ui.helpers import OFFICER, press_alt, visible_child
from tests.ui.test_shell_login import log_in
from tests.ui.test_sync_panel import enrol, open_panel

DIGEST = "5a" * 32


def prepare(data_dir: Path, *, saved_days_ago: float, language: str = "en", draft: bool = False,
            scale: int = 100) -> uuid.UUID | None:
    """The officer's records saved `saved_days_ago` (and a finished draft), before anyone logs in."""
    (data_dir / "preferences.json").write_text(json.dumps({"language": language, "text_scale": scale}),
                                               encoding="utf-8")
    session = Device.open(data_dir).login(OFFICER[0], OFFICER[2])
    try:
        made_at = dt.datetime.now(dt.UTC) - dt.timedelta(days=saved_days_ago)
        RecordStore(session.engine, OFFICER[0], audit.in_transaction(OFFICER[0]), clock=lambda: made_at) \
            .save_registration(make_reg(1), reference=REFERENCE)
        if not draft:
            return None
        draft_id = uuid.uuid4()
        ktp = session.attachments.add(AttachmentKind.KTP, ktp_bytes())
        data = {**GOOD, "documents.ktp": {"sha256": ktp.sha256, "size": ktp.size, "media_type": ktp.media_type},
                STEP: 7}
        session.drafts.save(draft_id, data, 7)
        return draft_id
    finally:
        session.close()


def ktp_bytes() -> bytes:
    photo = io.BytesIO()
    Image.new("RGB", (64, 40), (90, 140, 200)).save(photo, "JPEG")
    return photo.getvalue()


def notice(qtbot, main) -> QMessageBox:
    qtbot.waitUntil(lambda: visible_child(main, QMessageBox, "limitsNotice") is not None, timeout=5_000)
    box = visible_child(main, QMessageBox, "limitsNotice")
    assert box is not None
    return box


def close(qtbot, box: QMessageBox, main) -> None:
    box.button(QMessageBox.StandardButton.Ok).click()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=5_000)


def error_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "errorBox" and w.isVisible()]


def limits_text(main) -> str:
    return main.limits.label.text()


def test_a_warning_at_log_in_and_on_the_status_bar(qtbot, make_shell, device, monkeypatch):
    monkeypatch.setattr(sync_control, "TICK_MS", 3_600_000)
    prepare(device.data_dir, saved_days_ago=8)
    main = log_in(qtbot, make_shell(device.data_dir), OFFICER[0], OFFICER[2])
    box = notice(qtbot, main)
    assert "The oldest record has waited 8 days to be sent (limit 7 days)" in box.text()
    assert "Sync with the centre (F5) or hand the records over by USB soon" in box.text()
    assert box.accessibleDescription() == box.text()
    close(qtbot, box, main)
    assert limits_text(main) == "Warning: sync or hand over soon"  # in words, not by colour
    assert "waited 8 days" in main.limits.label.accessibleDescription()
    assert main.new_action.isEnabled()  # a warning stops nothing
    assert main.limits.banner.isVisible() and "waited 8 days" in main.limits.banner.text()


def test_the_stop_refuses_a_new_registration_keeps_drafts_and_a_hand_over_releases_it(qtbot, make_shell, device,
                                                                                      monkeypatch):
    monkeypatch.setattr(sync_control, "TICK_MS", 3_600_000)
    draft_id = prepare(device.data_dir, saved_days_ago=22, draft=True)
    shell = make_shell(device.data_dir)
    main = log_in(qtbot, shell, OFFICER[0], OFFICER[2])
    box = notice(qtbot, main)
    reason = box.text()
    assert reason.startswith("New registrations are stopped: the oldest record has waited 22 days (limit 21 days).")
    assert "Drafts and corrections can still be saved" in reason and "by USB (a bundle file)" in reason
    close(qtbot, box, main)
    assert limits_text(main) == "Stopped: new registrations"

    # "New registration" is disabled, and says why to a screen reader and on hover.
    assert not main.new_action.isEnabled()
    button = main.toolbar.widgetForAction(main.new_action)
    assert button.accessibleDescription() == reason and main.new_action.toolTip() == reason
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the officer tries anyway
    close(qtbot, notice(qtbot, main), main)
    assert main.wizard is None and reason in main.statusBar().currentMessage()

    # A draft may be finished, but saved only as a draft: the store refuses it as ready.
    main.home.open_draft(draft_id)
    qtbot.waitUntil(lambda: main.wizard is not None and main.wizard.isEnabled() and main.wizard.flow.step == 7,
                    timeout=10_000)
    wizard = main.wizard
    wizard.ready_button.click()
    qtbot.waitUntil(lambda: "New registrations are stopped" in wizard.summary.text(), timeout=10_000)
    assert wizard.summary.accessibleName() == wizard.summary.text()  # announced and readable
    # The refusal is also shown from the one place errors reach people, in words.
    qtbot.waitUntil(lambda: error_boxes() != [], timeout=5_000)
    (error_box,) = error_boxes()
    assert error_box.text() == wizard.summary.text().removeprefix("⚠ ")
    close(qtbot, error_box, main)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        press_alt(qtbot, Qt.Key.Key_D)
    session = shell.context.session
    statuses = sorted(s.status.value for s in shell.runner.run_now(
        lambda: session.records.list_records(RecordQuery(), 0, 10)))
    assert statuses == [RecordStatus.DRAFT.value, RecordStatus.READY.value]

    # A bundle written for a USB stick carries the waiting record away: the stop is lifted.
    shell.runner.run_now(lambda: session.handovers.record("bundle_exported", 1, 1, DIGEST))
    shell.runner.changed.emit(Changes(outbox=True))
    qtbot.waitUntil(lambda: limits_text(main) == "Limits: OK", timeout=5_000)
    assert main.new_action.isEnabled() and button.accessibleDescription() == ""
    assert main.limits.label.accessibleDescription() == "This device is within its offline limits."
    assert not main.limits.banner.isVisible()
    for dialog in main.findChildren(RecordDialog):  # the saved draft's record window, opened after the save
        dialog.close()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=5_000)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.wizard is not None, timeout=5_000)


@pytest.mark.slow
def test_a_sync_to_the_end_releases_the_stop(qtbot, make_shell, device, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sync_control, "TICK_MS", 3_600_000)
    prepare(device.data_dir, saved_days_ago=22)
    central = tmp_path / "central"
    with ServerProcess(central) as server:
        enrol(device.data_dir, server.url, central, capsys, monkeypatch)
        main = log_in(qtbot, make_shell(device.data_dir), OFFICER[0], OFFICER[2])
        close(qtbot, notice(qtbot, main), main)
        assert limits_text(main) == "Stopped: new registrations" and not main.new_action.isEnabled()
        panel = open_panel(qtbot, main)
        lines = panel.limits_section.lines
        qtbot.waitUntil(lambda: lines["oldest_waiting_days"].text().startswith("Stopped: "), timeout=5_000)
        assert lines["records_waiting"].text() == ("OK: Not yet sent or carried off on USB: 1 (warning at 300, "
                                                   "stop at 1000)")
        panel.sync_now()
        qtbot.waitUntil(lambda: limits_text(main) == "Limits: OK", timeout=30_000)
        assert main.new_action.isEnabled()
        assert lines["oldest_waiting_days"].text() == ("OK: Oldest waiting record: 0 days (warning at 7, "
                                                       "stop at 21)")
        assert lines["days_since_contact"].text().startswith("OK: Since the last sync or hand-over: 0 days")

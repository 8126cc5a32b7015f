"""The record window's "At the centre" section and the list's sync states, over the real encrypted store.

Decisions and reasons after they are applied, a supervisor's "Send again" on a held-back record (an officer
has no such button), documents pending until their upload completes, the new filter entry, and both languages.
The last test runs the whole flow against the real reference server: decisions pulled, a record sent again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.registration import AttachmentKind, Registration
from desktop.operations.reference_ops import CurrentReference
from desktop.operations.runner import Changes, Operation, OperationRunner
from desktop.store.device import Device, Role
from desktop.store.errors import PermissionDenied
from desktop.store.outbox_table import RecordStatus
from desktop.store.session import Session
from desktop.ui.context import SessionSignals, UiContext
from desktop.ui.preferences import Preferences
from desktop.ui.record_dialog import RecordDialog
from desktop.ui.records_view import DOCUMENTS_PENDING, RecordsView
from desktop.ui.translations import install_translators
from sync.outbox import CentreDecision, ItemVerdict, Reason
from sync.protocol import Decision
from sync.server.cli import main as central_cli
from sync.server.subprocess_server import ServerProcess
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.sync.records import new_registration
from tests.sync.sync_support import enrol, new_device, session_of, sync_once
from tests.ui.a11y_checks import accessible_name, assert_all_focusable_named
from tests.ui.helpers import DESK_OFFICE, OFFICER

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
DECIDED = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)
SEAL = b"\x07" * 64


@pytest.fixture(autouse=True)
def english(qapp, source_language) -> None:
    """The English catalogue, as the app installs it (its plurals read "8 failed attempts", not "attempt(s)")."""
    install_translators(qapp, "en")


def photo(shade: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (shade, 20, 30)).save(out, "JPEG")
    return out.getvalue()


def context_for(session: Session, language: str = "en") -> UiContext:
    return UiContext(session=session, runner=OperationRunner(), reference=CurrentReference(REFERENCE),
                     preferences=Preferences(language=language), office=DESK_OFFICE, signals=SessionSignals())


def accepted(session: Session, reg: Registration, *, missing: tuple[str, ...] = ()) -> None:
    """Saved, sent and held by the centre (as the sync engine records it), `missing` documents not yet there."""
    session.records.save_registration(reg, reference=REFERENCE)
    session.outbox.claim_batch(10, NOW, lambda _item: SEAL)
    session.outbox.record_verdicts([ItemVerdict(reg.record_id, 1, held=True, missing_attachments=missing)], NOW)


def quarantined(session: Session, reg: Registration) -> None:
    """Refused by the centre on every try until the outbox holds it back."""
    session.records.save_registration(reg, reference=REFERENCE)
    now = NOW
    while session.outbox.entry(reg.record_id, 1).state is not RecordStatus.QUARANTINED:
        session.outbox.claim_batch(10, now, lambda _item: SEAL)
        session.outbox.record_verdicts([ItemVerdict(reg.record_id, 1, held=False, refusal="seal_invalid",
                                                    reasons=(Reason("seal_invalid"),))], now)
        now += dt.timedelta(days=1)


def open_dialog(qtbot, context: UiContext, reg: Registration) -> RecordDialog:
    dialog = RecordDialog(context, reg.record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.registration is not None and dialog.centre.status is not None, timeout=10_000)
    return dialog


def centre_text(dialog: RecordDialog) -> str:
    return dialog.centre.text.toPlainText()


def confirmation() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "sendAgainConfirm" and w.isVisible()]
    return boxes[0] if boxes else None


def test_the_decision_and_its_reasons_show_once_applied(qtbot, ui_context: UiContext) -> None:
    reg = make_reg(1)
    accepted(ui_context.session, reg)
    dialog = open_dialog(qtbot, ui_context, reg)
    assert "its decision has not come yet" in centre_text(dialog)
    reasons = (Reason("ineligible", "background.employment_status"), Reason("Foto KTP buram, mohon ulangi"))
    page = [CentreDecision(reg.record_id, 1, Decision.REJECTED, reasons, DECIDED)]
    # Applied as the sync operation applies them: the change broadcast makes the open window read them again.
    Operation(ui_context.runner, lambda _p: ui_context.session.outbox.apply_decisions(page, "1"),
              changes=Changes(records=True, outbox=True)).run()
    qtbot.waitUntil(lambda: "rejected the record" in centre_text(dialog), timeout=10_000)
    lines = centre_text(dialog).splitlines()
    assert lines[0] == "The centre rejected the record."
    assert lines[1].startswith("Decision: Rejected, on ") and "2026" in lines[1]
    assert "Reason: The applicant is not eligible for Kartu Prakerja (step: Background)." in lines
    assert "Reason: Foto KTP buram, mohon ulangi" in lines  # not a known code: the centre's own words
    assert "Status: Rejected" in dialog.status.text()
    assert not dialog.centre.send_again_button.isVisible()  # only a held-back record is sent again


def test_the_centre_section_is_reachable_and_named(qtbot, ui_context: UiContext) -> None:
    reg = make_reg(2)
    quarantined(ui_context.session, reg)
    dialog = open_dialog(qtbot, ui_context, reg)
    text = dialog.centre.text
    assert text.isReadOnly() and text.focusPolicy() != 0
    assert accessible_name(text) == "At the centre"
    assert "Held back after 8 failed attempts" in text.accessibleDescription()  # said on focus, in words
    text.setFocus()
    assert QApplication.focusWidget() is text
    assert accessible_name(dialog.centre.send_again_button) == "Send again"
    assert_all_focusable_named(dialog)
    chain = []
    for _ in range(6):  # Tab goes top to bottom, as the window reads
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget().objectName())
    assert chain == ["sendAgain", "reviewSummary", "correctRecord", "largePrint", "previewReceipt", "printReceipt"]


def test_a_supervisor_sends_a_held_back_record_again(qtbot, ui_context: UiContext) -> None:
    reg = make_reg(3)
    quarantined(ui_context.session, reg)
    view = RecordsView(ui_context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    assert view.model.index(0, 3).data() == "Held back (keeps failing)"
    dialog = open_dialog(qtbot, ui_context, reg)
    lines = centre_text(dialog).splitlines()
    assert lines[:2] == ["Held back: sending kept failing, so it is no longer sent by itself.",
                         "Held back after 8 failed attempts. Last reason: The centre could not open the sealed "
                         "record."]
    button = dialog.centre.send_again_button
    assert button.isVisible()

    button.click()
    qtbot.waitUntil(lambda: confirmation() is not None, timeout=5_000)
    [cancel] = [b for b in confirmation().buttons() if b.text() == "Cancel"]
    cancel.click()  # a second thought changes nothing
    qtbot.waitUntil(lambda: confirmation() is None, timeout=5_000)
    assert ui_context.session.outbox.entry(reg.record_id, 1).state is RecordStatus.QUARANTINED

    button.click()
    qtbot.waitUntil(lambda: confirmation() is not None, timeout=5_000)
    [confirm] = [b for b in confirmation().buttons() if b.objectName() == "confirmSendAgain"]
    confirm.click()
    qtbot.waitUntil(lambda: "Waiting to be sent" in centre_text(dialog), timeout=10_000)
    entry = ui_context.session.outbox.entry(reg.record_id, 1)
    assert (entry.state, entry.attempts) == (RecordStatus.READY, 0)
    assert not button.isVisible()
    qtbot.waitUntil(lambda: view.model.index(0, 3).data() == "Ready to send", timeout=10_000)  # the list too
    [event] = [e for e in ui_context.session.audit.entries(5) if e.event == "record_requeued"]
    assert event.officer == ui_context.session.account.username and event.details["record"] == str(reg.record_id)
    # It is due again: the next sync claims it (the whole flow with a real server is in the server test).
    assert [i.record_id for i in ui_context.session.outbox.next_batch(10, NOW)] == [reg.record_id]


@pytest.fixture
def officer_context(ui_context: UiContext, tmp_path: Path) -> Iterator[UiContext]:
    """The same device, an officer logged in (the supervisor's session stays open for setting things up)."""
    ui_context.session.accounts.add(OFFICER[0], OFFICER[1], Role.OFFICER, OFFICER[2])
    session = Device.open(tmp_path / "data").login(OFFICER[0], OFFICER[2])
    context = context_for(session)
    yield context
    context.runner.shutdown()
    session.close()


def test_an_officer_has_no_send_again_and_the_store_refuses_one(qtbot, ui_context: UiContext,
                                                                officer_context: UiContext) -> None:
    reg = make_reg(4)
    quarantined(officer_context.session, reg)
    dialog = open_dialog(qtbot, officer_context, reg)
    assert "Held back after 8 failed attempts" in centre_text(dialog)
    assert not dialog.centre.send_again_button.isVisible()
    assert "sendAgain" not in [w.objectName() for w in dialog.findChildren(type(dialog.centre.send_again_button))
                               if w.isVisibleTo(dialog)]
    with pytest.raises(PermissionDenied):
        officer_context.session.send_again(reg.record_id, 1)
    assert officer_context.session.outbox.entry(reg.record_id, 1).state is RecordStatus.QUARANTINED


def test_documents_pending_until_the_upload_completes(qtbot, ui_context: UiContext) -> None:
    files = ui_context.session.attachments
    ktp, selfie = files.add(AttachmentKind.KTP, photo(10)), files.add(AttachmentKind.SELFIE, photo(200))
    reg = dataclasses.replace(make_reg(5), attachments=(ktp, selfie))
    accepted(ui_context.session, reg, missing=(selfie.sha256,))
    accepted(ui_context.session, make_reg(6))
    view = RecordsView(ui_context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    statuses = {view.model.rows[r].record_id: view.model.index(r, 3).data() for r in range(2)}
    assert statuses[reg.record_id] == "Accepted – documents pending"
    assert sorted(statuses.values()) == ["Accepted", "Accepted – documents pending"]

    view.status_filter.setCurrentIndex(view.status_filter.findData(DOCUMENTS_PENDING))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.model.fetching, timeout=10_000)
    assert view.model.rows[0].record_id == reg.record_id
    assert view.status_filter.currentText() == "Documents pending at the centre"
    view.status_filter.setCurrentIndex(view.status_filter.findData("accepted"))
    qtbot.waitUntil(lambda: view.model.total == 2 and not view.model.fetching, timeout=10_000)

    dialog = open_dialog(qtbot, ui_context, reg)
    assert "1 of 2 documents at the centre." in centre_text(dialog).splitlines()
    assert "Not complete at the centre until all its documents are there." in centre_text(dialog)
    assert "Status: Accepted – documents pending" in dialog.status.text()
    # The upload finishes as the sync operation records it; its change broadcast refreshes window and list.
    Operation(ui_context.runner, lambda _p: ui_context.session.outbox.attachment_held(selfie.sha256),
              changes=Changes(records=True, outbox=True)).run()
    qtbot.waitUntil(lambda: "2 of 2 documents at the centre." in centre_text(dialog), timeout=10_000)
    assert "Not complete" not in centre_text(dialog)
    assert dialog.status.text().endswith("Status: Accepted")
    qtbot.waitUntil(lambda: view.model.total == 2 and not view.model.fetching, timeout=10_000)
    assert {view.model.index(r, 3).data() for r in range(2)} == {"Accepted"}


def test_the_centre_section_in_indonesian(qtbot, qapp, ui_context: UiContext) -> None:
    install_translators(qapp, "id")
    reg = make_reg(7)
    quarantined(ui_context.session, reg)
    dialog = open_dialog(qtbot, ui_context, reg)
    text = centre_text(dialog)
    assert "Held back" not in text and "8" in text
    assert dialog.centre.heading.text() != "At the centre"
    assert dialog.centre.send_again_button.text() != "Send &again…"
    view = RecordsView(ui_context)
    qtbot.addWidget(view)
    entries = [view.status_filter.itemText(i) for i in range(view.status_filter.count())]
    assert "Documents pending at the centre" not in entries and len(entries) == 10


def held_back_by_hand(session: Session, reg: Registration) -> None:
    """The item's own failures, as the engine records them, until it is held back (no seal frozen by the test)."""
    now = NOW
    while session.outbox.entry(reg.record_id, 1).state is not RecordStatus.QUARANTINED:
        session.outbox.mark_sending(reg.record_id, 1)
        session.outbox.item_failed(reg.record_id, 1, "missing_from_results", now)
        now += dt.timedelta(days=1)


@pytest.mark.slow
def test_with_the_real_centre_a_decision_shows_and_a_record_sent_again_goes_out(
        qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    session = new_device(device)
    ktp = session.attachments.add(AttachmentKind.KTP, photo(90))
    refused, held_back = dataclasses.replace(new_registration(), attachments=(ktp,)), new_registration()
    session.records.save_registration(refused, reference=REFERENCE)
    session.close()
    with ServerProcess(central_dir) as server:
        enrol(device, server.url, central_dir, capsys, monkeypatch)
        code, summary = sync_once(device, capsys)
        assert code == 0 and summary["held"] == 1 and summary["attachments_uploaded"] == 1, summary
        decide = ["decide", "--data-dir", str(central_dir), "--record", str(refused.record_id), "--reject"]
        assert central_cli([*decide, "ineligible"]) == 0
        code, summary = sync_once(device, capsys)
        assert code == 0 and summary["decisions_applied"] == 1, summary

        with session_of(device) as again:
            again.records.save_registration(held_back, reference=REFERENCE)
            held_back_by_hand(again, held_back)
            context = context_for(again)
            try:
                dialog = open_dialog(qtbot, context, refused)
                lines = centre_text(dialog).splitlines()
                assert lines[0] == "The centre rejected the record." and lines[1].startswith("Decision: Rejected")
                assert "Reason: The applicant is not eligible for Kartu Prakerja." in lines
                assert "1 of 1 document at the centre." in lines  # uploaded in the first sync
                dialog = open_dialog(qtbot, context, held_back)
                assert "Last reason: The centre answered for the other records but not for this one." \
                    in centre_text(dialog)
                dialog.centre.send_again_button.click()
                qtbot.waitUntil(lambda: confirmation() is not None, timeout=5_000)
                [confirm] = [b for b in confirmation().buttons() if b.objectName() == "confirmSendAgain"]
                confirm.click()
                qtbot.waitUntil(lambda: "Waiting to be sent" in centre_text(dialog), timeout=10_000)
            finally:
                context.runner.shutdown()

        code, summary = sync_once(device, capsys)  # the next sync sends it, and the centre holds it
        assert code == 0 and (summary["sent"], summary["held"]) == (1, 1), summary
        with session_of(device) as again:
            assert again.outbox.entry(held_back.record_id, 1).state is RecordStatus.ACCEPTED

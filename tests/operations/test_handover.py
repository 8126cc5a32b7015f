"""Export and receipt import on a real encrypted store, without a server: frozen seals, replays, full sticks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.operations import handover
from desktop.store.device import Device, OfficeInfo
from desktop.store.session import Session
from sync import sealing
from sync.bundle import read_part
from sync.receipt import write_receipt
from tests.operations.handover_support import enrol_offline
from tests.store.record_helpers import make_reg
from tests.support import CHEAP_KDF, REFERENCE

OFFICE = OfficeInfo("Disnaker Kabupaten Bogor", "3201", "32.01")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _ = Device.set_up(tmp_path / "data", OFFICE, "kepala", "Kepala", "kata sandi supervisor",
                              kdf=CHEAP_KDF)
    yield opened
    opened.close()


def save(session: Session, n: int, *, ready: bool = True) -> uuid.UUID:
    return session.records.save_registration(make_reg(n), ready=ready, reference=REFERENCE).record_id


def test_export_freezes_each_seal_once_and_a_later_sync_would_send_the_same_bytes(session: Session,
                                                                                   tmp_path: Path) -> None:
    centre, key, device_id = enrol_offline(session)
    ids = [save(session, n) for n in (1, 2)]
    save(session, 3, ready=False)  # a draft stays on the device
    first = handover.export_bundle(session, tmp_path)
    again_dir = tmp_path / "again"
    again_dir.mkdir()
    second = handover.export_bundle(session, again_dir)
    assert (first.records, second.records) == (2, 2)
    items = {i.record_id: i.sealed for p in first.files for i in read_part(p.read_bytes(), key.public_bytes()).items}
    items_again = {i.record_id: i.sealed for p in second.files
                   for i in read_part(p.read_bytes(), key.public_bytes()).items}
    assert items == items_again and set(items) == {str(i) for i in ids}
    for record_id in ids:
        frozen = session.outbox.frozen_seal(record_id, 1)
        assert frozen is not None and frozen.sealed == items[str(record_id)]
        sealing.open_record(centre, frozen.sealed, str(record_id), 1, device_id)  # sealed for this centre
        assert session.outbox.entry(record_id, 1).state.value == "ready"
    assert [h.kind for h in session.handovers.latest()] == ["bundle_exported"] * 2


def test_a_correction_after_an_export_is_a_new_version_the_bundle_never_held(session: Session,
                                                                          tmp_path: Path) -> None:
    enrol_offline(session)
    reg = make_reg(1)
    session.records.save_registration(reg, reference=REFERENCE)
    handover.export_bundle(session, tmp_path)  # the centre may hold these bytes from now on
    corrected = dataclasses.replace(reg, identity=dataclasses.replace(reg.identity, full_name="Nama Dibetulkan"))
    summary = session.records.correct_registration(corrected, reference=REFERENCE)
    assert summary.version == 2
    assert session.outbox.frozen_seal(reg.record_id, 1) is not None  # the bytes handed over stay as they were


def test_nothing_waiting_writes_nothing(session: Session, tmp_path: Path) -> None:
    enrol_offline(session)
    assert handover.export_bundle(session, tmp_path).files == ()
    assert list(tmp_path.iterdir()) == [tmp_path / "data"] and session.handovers.latest() == []


def test_a_full_stick_is_said_before_anything_is_written(session: Session, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    enrol_offline(session)
    save(session, 1)
    usb = tmp_path / "usb"
    usb.mkdir()
    # A stick with 200 KB free: no test machine has one to spare, so the size is what the check is told.
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: shutil._ntuple_diskusage(10**9, 10**9, 200_000))  # type: ignore[attr-defined]
    with pytest.raises(handover.HandoverError) as refused:
        handover.export_bundle(session, usb)
    assert refused.value.code == "bundle_no_space" and "MB" in refused.value.message.text("en")
    assert list(usb.iterdir()) == [] and session.handovers.latest() == []


def test_cancel_and_an_existing_file_leave_nothing_half_written(session: Session, tmp_path: Path) -> None:
    enrol_offline(session)
    save(session, 1)

    class Stop(Exception):
        pass

    def stop() -> None:
        raise Stop

    with pytest.raises(Stop):
        handover.export_bundle(session, tmp_path / "x.bundle", check_stop=stop)
    assert not (tmp_path / "x.bundle").exists()
    (tmp_path / "x.bundle").write_bytes(b"someone else's file")
    with pytest.raises(handover.HandoverError) as refused:
        handover.export_bundle(session, tmp_path / "x.bundle")
    assert refused.value.code == "handover_file_exists"
    assert (tmp_path / "x.bundle").read_bytes() == b"someone else's file"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with pytest.raises(handover.HandoverError) as missing:
        handover.export_bundle(session, tmp_path / "no" / "such" / "x.bundle")
    assert missing.value.code == "bundle_folder_missing"


def _receipt(centre: Any, key: Any, device_id: str, results: list[dict[str, Any]],
             decisions: list[dict[str, Any]]) -> bytes:
    body = {"receipt_id": str(uuid.uuid4()), "issued": 1, "results": results, "decisions": decisions,
            "next_cursor": decisions[-1]["cursor"] if decisions else "0", "more": False}
    return write_receipt(centre, device_id, key.public_bytes(), body)


def _result(session: Session, record_id: uuid.UUID, outcome: str = "accepted", *, reason: str = "",
            digest: str = "") -> dict[str, Any]:
    frozen = session.outbox.frozen_seal(record_id, 1)
    return {"record_id": str(record_id), "version": 1, "outcome": outcome,
            "reasons": [{"code": reason, "field": "identity.nik"}] if reason else [], "missing_attachments": [],
            "complete": outcome == "accepted",
            "sealed_sha256": digest or (frozen.sealed_sha256 if frozen else "0" * 64)}


def _decision(cursor: int, record_id: uuid.UUID, decision: str) -> dict[str, Any]:
    return {"cursor": str(cursor), "record_id": str(record_id), "version": 1, "decision": decision,
            "reason": "Foto buram" if decision != "verified" else "",
            "decided_at": dt.datetime(2026, 12, 2, tzinfo=dt.UTC).isoformat()}


def test_receipts_apply_once_and_an_older_one_never_undoes_a_newer_answer(session: Session, tmp_path: Path) -> None:
    centre, key, device_id = enrol_offline(session)
    a, b, c = (save(session, n) for n in (1, 2, 3))
    handover.export_bundle(session, tmp_path)
    older = tmp_path / "older.luring-receipt"
    older.write_bytes(_receipt(centre, key, device_id, [_result(session, a), _result(session, b)],
                               [_decision(4, a, "needs_correction")]))
    newer = tmp_path / "newer.luring-receipt"
    results = [_result(session, a), _result(session, b), _result(session, c, "conflict")]
    newer.write_bytes(_receipt(centre, key, device_id, results,
                               [_decision(4, a, "needs_correction"), _decision(9, a, "verified"),
                                _decision(10, b, "rejected")]))
    report = handover.import_receipt(session, newer)
    assert (report.accepted, report.decisions_applied, report.replayed) == (2, 3, False)
    state = {r: session.outbox.entry(r, 1).state.value for r in (a, b, c)}
    assert state == {a: "verified", b: "rejected", c: "ready"}  # a refusal in a receipt counts no attempt
    assert session.outbox.entry(c, 1).attempts == 0 and session.outbox.decision_cursor() == "10"
    assert handover.import_receipt(session, newer).replayed
    stale = handover.import_receipt(session, older)
    assert (stale.accepted, stale.decisions_applied) == (0, 0)
    assert {r: session.outbox.entry(r, 1).state.value for r in (a, b, c)} == state
    assert session.outbox.decision_cursor() == "10"
    assert [h.kind for h in session.handovers.latest()].count("receipt_imported") == 2


def test_receipts_from_another_centre_or_for_another_device_change_nothing(session: Session, tmp_path: Path) -> None:
    centre, key, device_id = enrol_offline(session)
    a = save(session, 1)
    handover.export_bundle(session, tmp_path)
    other_centre = sealing.generate_centre_key()
    cases = {"not_from_centre": _receipt(other_centre, key, device_id, [_result(session, a)], []),
             "other_device": _receipt(centre, key, str(uuid.uuid4()), [_result(session, a)], [])}
    for reason, data in cases.items():
        path = tmp_path / f"{reason}.luring-receipt"
        path.write_bytes(data)
        with pytest.raises(handover.HandoverError) as refused:
            handover.import_receipt(session, path)
        assert refused.value.code == "receipt_refused" and reason in refused.value.message.text("en")
    with pytest.raises(handover.HandoverError) as unreadable:
        handover.import_receipt(session, tmp_path / "missing.luring-receipt")
    assert unreadable.value.code == "handover_file_unreadable"
    assert session.outbox.entry(a, 1).state.value == "ready"
    assert [h.kind for h in session.handovers.latest()] == ["bundle_exported"]


def test_a_refusal_on_the_content_rejects_as_a_sync_would_and_only_for_the_bytes_judged(session: Session,
                                                                                        tmp_path: Path) -> None:
    centre, key, device_id = enrol_offline(session)
    a, b = save(session, 1), save(session, 2)
    handover.export_bundle(session, tmp_path)
    path = tmp_path / "r.luring-receipt"
    path.write_bytes(_receipt(centre, key, device_id,
                              [_result(session, a, "rejected", reason="nik_registered"),
                               _result(session, b, digest="cd" * 32)], []))  # b: other bytes than those frozen
    report = handover.import_receipt(session, path)
    assert (report.accepted, report.decisions_applied) == (0, 0)
    assert session.outbox.entry(a, 1).state.value == "rejected"
    answer = session.outbox.answer(a, 1)
    assert answer is not None and answer.reasons == (("nik_registered", "identity.nik"),)
    assert session.outbox.entry(b, 1).state.value == "ready"

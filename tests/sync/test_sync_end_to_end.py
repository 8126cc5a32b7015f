"""A device enrolled with the real reference server syncs through `luring sync --once`: records sent once,
documents uploaded, decisions back on the records, a correction sent as a new version, the audit head witnessed;
and an outage longer than eight retry periods quarantines nothing."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text

from desktop.cli import main as luring
from desktop.domain.registration import AttachmentKind
from desktop.operations.sync_setup import engine_for
from desktop.store.outbox_table import RecordStatus
from sync.server.cli import main as central_cli
from sync.server.subprocess_server import ServerProcess
from tests.support import REFERENCE
from tests.sync.records import new_registration
from tests.sync.sync_support import centre_counts, enrol, enrolment_code, new_device, session_of, sync_once


def ktp_photo() -> bytes:
    image = io.BytesIO()
    Image.new("RGB", (320, 200), (30, 90, 160)).save(image, "JPEG")
    return image.getvalue()


@pytest.mark.slow
def test_enrol_sync_decisions_and_a_correction(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    session = new_device(device)
    ktp = session.attachments.add(AttachmentKind.KTP, ktp_photo())
    regs = [dataclasses.replace(new_registration(), attachments=(ktp,)), new_registration(), new_registration()]
    for reg in regs:
        session.records.save_registration(reg, reference=REFERENCE)
    session.close()
    with ServerProcess(central_dir) as server:
        enrol(device, server.url, central_dir, capsys, monkeypatch)
        code, summary = sync_once(device, capsys)
        assert code == 0, summary
        assert (summary["sent"], summary["held"], summary["refused"]) == (3, 3, 0)
        assert summary["attachments_uploaded"] == 1 and summary["checkpoint"] == "witnessed"
        assert (summary["waiting"], summary["accepted"]) == (0, 3)

        for reg, choice in ((regs[0], "--verify"), (regs[1], "--reject")):
            args = ["decide", "--data-dir", str(central_dir), "--record", str(reg.record_id), choice]
            assert central_cli(args + (["ineligible"] if choice == "--reject" else [])) == 0
        code, summary = sync_once(device, capsys)
        assert code == 0 and summary["decisions_applied"] == 2 and summary["sent"] == 0
        with session_of(device) as again:
            states = [again.outbox.entry(reg.record_id, 1).state for reg in regs]
            assert states == [RecordStatus.VERIFIED, RecordStatus.REJECTED, RecordStatus.ACCEPTED]
            corrected = dataclasses.replace(regs[2], contact=dataclasses.replace(regs[2].contact,
                                                                                 phone="+6281311112222"))
            again.records.correct_registration(corrected, ready=True, reference=REFERENCE)
        code, summary = sync_once(device, capsys)
        assert code == 0 and (summary["sent"], summary["held"]) == (1, 1)
        with session_of(device) as again:
            assert again.outbox.entry(regs[2].record_id, 2).state is RecordStatus.ACCEPTED
        counts = centre_counts(central_dir, capsys)
        assert (counts["devices"], counts["records"], counts["record_versions"]) == (1, 3, 4)
        assert counts["checkpoints"] == 3  # each sync had the centre witness the audit head

        code, summary = sync_once(device, capsys)  # nothing new: nothing is sent again
        assert code == 0 and summary["sent"] == 0 and summary["checkpoint"] in ("witnessed", "unchanged")
        assert centre_counts(central_dir, capsys)["record_versions"] == 4


@pytest.mark.slow
def test_a_key_that_does_not_match_the_printed_words_is_never_trusted(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    new_device(device).close()
    monkeypatch.setenv("LURING_PASSWORD", "kata sandi supervisor")
    with ServerProcess(central_dir) as server:
        code, _words = enrolment_code(central_dir, capsys)
        other = "batu kopi gajah nasi - ikan laut tomat roda"  # what a proxy's own key would never match
        assert luring(["enrol", "--data-dir", str(device), "--url", server.url, "--code", code,
                       "--fingerprint", other]) == 1
        assert "TIDAK cocok" in capsys.readouterr().err
        with session_of(device) as session:
            assert session.enrolment.current() is None
        # Nothing to compare with and no terminal to ask on: refused before the code is spent.
        code, words = enrolment_code(central_dir, capsys)
        assert luring(["enrol", "--data-dir", str(device), "--url", server.url, "--code", code]) == 2
        assert luring(["enrol", "--data-dir", str(device), "--url", server.url, "--code", code,
                       "--fingerprint", words]) == 0


@pytest.mark.slow
def test_an_outage_longer_than_eight_retry_periods_quarantines_nothing(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str],
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    session = new_device(device)
    regs = [new_registration() for _ in range(5)]
    for reg in regs:
        session.records.save_registration(reg, reference=REFERENCE)
    session.close()
    server = ServerProcess(central_dir).start()
    enrol(device, server.url, central_dir, capsys, monkeypatch)
    server.stop()  # the centre goes away; the device keeps trying
    with session_of(device) as session:
        engine = engine_for(session, timeout=2)
        for _ in range(12):
            summary = engine.run_once(force=True)
            assert summary.error == "network" and summary.held == 0
        assert session.outbox.counts()["quarantined"] == 0
        assert {session.outbox.entry(reg.record_id, 1).attempts for reg in regs} == {0}
        assert session.outbox.backoff().failures == 12
        assert engine.run_once().error == "backing_off"  # a scheduled run waits; it does not hammer the centre
        engine.client.close()
    with ServerProcess(central_dir, port=server.port):
        code, summary = sync_once(device, capsys)
        assert code == 0 and summary["held"] == 5 and summary["quarantined"] == 0


@pytest.mark.slow
@pytest.mark.parametrize(("tamper", "found"), [
    ("UPDATE audit_log SET mac = '{fake}' WHERE seq = {position}", "rewritten"),
    ("DELETE FROM audit_log WHERE seq >= {position}", "cut"),
])
def test_a_log_changed_behind_the_witnessed_head_is_reported_to_supervisors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tamper: str,
        found: str) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    session = new_device(device)
    session.records.save_registration(new_registration(), reference=REFERENCE)
    session.close()
    with ServerProcess(central_dir) as server:
        enrol(device, server.url, central_dir, capsys, monkeypatch)
        code, summary = sync_once(device, capsys)
        assert code == 0 and summary["checkpoint"] == "witnessed"
        with session_of(device) as officer:  # anyone holding the data key can edit the log's table
            position = officer.checkpoints.witnessed().position
            with officer.engine.begin() as conn:
                conn.execute(text(tamper.format(fake="ab" * 32, position=position)))
            officer.audit.record("sync")
        code, summary = sync_once(device, capsys)
        assert summary["checkpoint"] == found
        with session_of(device) as supervisor:
            assert "audit_not_witnessed" in {m.code for m in supervisor.audit.security_warnings()}
            assert supervisor.checkpoints.witnessed().position == position  # never moved past the change
    assert centre_counts(central_dir, capsys)["checkpoints"] == 1  # the centre took nothing after it

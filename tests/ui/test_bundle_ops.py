"""The hand-over operations: on the IO pool with the store's thread, progress, cancel, one broadcast."""

from __future__ import annotations

from pathlib import Path

from desktop.operations import bundle_ops
from desktop.operations.handover import ExportResult
from desktop.operations.runner import Changes, OperationRunner
from desktop.store.device import Device, OfficeInfo
from desktop.store.session import Session
from tests.operations.handover_support import enrol_offline
from tests.store.record_helpers import make_reg
from tests.support import CHEAP_KDF, REFERENCE
from tests.ui.helpers import hold_store_thread


def _session(tmp_path: Path) -> Session:
    session, _ = Device.set_up(tmp_path / "data", OfficeInfo("Disnaker", "3201", "32.01"), "kepala", "Kepala",
                               "kata sandi supervisor", kdf=CHEAP_KDF)
    enrol_offline(session)
    for n in (1, 2):
        session.records.save_registration(make_reg(n), reference=REFERENCE)
    return session


def test_export_reports_progress_and_says_what_changed(qtbot, tmp_path: Path) -> None:
    session = _session(tmp_path)
    runner = OperationRunner()
    done: list[ExportResult] = []
    changed: list[Changes] = []
    runner.changed.connect(changed.append)
    steps: list[tuple[int, int]] = []
    bundle_ops.export_bundle(runner, session, tmp_path).progress(lambda d, t: steps.append((d, t))) \
        .success(done.append).run()
    qtbot.waitUntil(lambda: bool(done) and bool(changed))
    runner.shutdown()
    session.close()
    assert done[0].records == 2 and len(done[0].files) == 1 and done[0].files[0].is_file()
    assert steps and steps[-1][0] == steps[-1][1]
    assert changed == [bundle_ops.HANDED_OVER]
    assert "2 records" in bundle_ops.export_message(done[0]).text("en")


def test_a_cancelled_export_writes_nothing(qtbot, tmp_path: Path) -> None:
    session = _session(tmp_path)
    runner = OperationRunner()
    cancelled: list[bool] = []
    usb = tmp_path / "usb"
    usb.mkdir()
    release = hold_store_thread(runner)  # the job waits at its first store step; it is cancelled there
    operation = bundle_ops.export_bundle(runner, session, usb).cancelled(lambda: cancelled.append(True)).run()
    operation.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(cancelled))
    runner.shutdown()
    assert list(usb.iterdir()) == [] and session.handovers.latest() == []
    session.close()

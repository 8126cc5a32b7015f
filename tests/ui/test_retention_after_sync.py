"""After a sync through the window's controller, against the real reference server, the purge follows.

The first sync uploads the record and its KTP photo; the photo goes at once (the centre holds it) while the
record keeps its data. The centre verifies it; the next sync brings the decision, and with a policy of zero
days the personal data goes too, while the record still lists as verified.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.registration import AttachmentKind
from desktop.operations.runner import OperationRunner
from desktop.store.errors import NotFound
from desktop.store.records import PersonalDataRemoved, RecordQuery
from desktop.ui.context import SessionSignals, UiContext
from desktop.ui.preferences import Preferences
from desktop.ui.sync_control import SyncController
from sync.server.cli import main as central_cli
from sync.server.subprocess_server import ServerProcess
from tests.support import REFERENCE
from tests.sync.records import new_registration
from tests.sync.sync_support import enrol, new_device, session_of
from tests.ui.helpers import DESK_OFFICE
from tests.ui.test_retention_window import AT_ONCE


def photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (40, 120, 200)).save(out, "JPEG")
    return out.getvalue()


@pytest.mark.slow
def test_each_sync_through_the_window_is_followed_by_the_purge(qtbot, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir = tmp_path / "device", tmp_path / "central"
    session = new_device(device)
    ktp = session.attachments.add(AttachmentKind.KTP, photo())
    reg = dataclasses.replace(new_registration(), attachments=(ktp,))
    session.records.save_registration(reg, reference=REFERENCE)
    session.close()
    with ServerProcess(central_dir) as server:
        enrol(device, server.url, central_dir, capsys, monkeypatch)
        with session_of(device) as again:
            context = UiContext(session=again, runner=OperationRunner(), reference=AT_ONCE,
                                preferences=Preferences(language="en"), office=DESK_OFFICE,
                                signals=SessionSignals())
            control = SyncController(context, context.runner)
            try:
                control.sync(force=True, asked=True)
                qtbot.waitUntil(lambda: not control.running and purged_photo(again, ktp.sha256), timeout=30_000)
                assert again.records.get_registration(reg.record_id).identity.nik == reg.identity.nik

                capsys.readouterr()
                assert central_cli(["decide", "--data-dir", str(central_dir), "--record", str(reg.record_id),
                                    "--verify"]) == 0
                control.sync(force=True, asked=True)
                qtbot.waitUntil(lambda: not control.running and again.retention.last_purge() is not None
                                and again.retention.last_purge().records == 1, timeout=30_000)
                with pytest.raises(PersonalDataRemoved):
                    again.records.get_registration(reg.record_id)
                (summary,) = again.records.list_records(RecordQuery(), 0, 10)
                assert (summary.status, summary.personal_data_removed) == ("verified", True)
            finally:
                control.stop()
                context.runner.shutdown()


def purged_photo(session, sha256: str) -> bool:
    try:
        session.attachments.read(sha256)
    except NotFound:
        return True
    return False

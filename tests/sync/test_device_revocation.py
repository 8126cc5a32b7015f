"""A laptop lost or stolen: `luring central revoke` refuses its device from its next request, on the wire and on a
USB stick, while nothing it holds is lost or counted against a record. Against the real reference server."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
import requests

from desktop.cli import main as luring
from sync.server.central import open_central
from sync.server.cli import main as central_cli
from sync.server.config import Settings
from sync.server.subprocess_server import ServerProcess
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.sync.sync_support import centre_counts, enrol, new_device, session_of, sync_once
from tests.sync.test_usb_handover import device_id


def revoke(capsys: pytest.CaptureFixture[str], central_dir: Path, device: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = central_cli(["revoke", "--data-dir", str(central_dir), "--device", device, "--reason", "laptop hilang"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow
def test_a_revoked_device_is_refused_on_the_wire_and_on_usb_and_loses_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir, usb = tmp_path / "device", tmp_path / "central", tmp_path / "usb"
    usb.mkdir()
    with closing(new_device(device)) as session:
        session.records.save_registration(make_reg(1), reference=REFERENCE)
    with ServerProcess(central_dir) as server:
        enrol(device, server.url, central_dir, capsys, monkeypatch)
        assert sync_once(device, capsys)[1]["held"] == 1
        with session_of(device) as session:
            for n in (2, 3):
                session.records.save_registration(make_reg(n), reference=REFERENCE)
        assert revoke(capsys, central_dir, device_id(device))[:2] == (0, f"revoked {device_id(device)}\n")
        assert revoke(capsys, central_dir, device_id(device))[0] == 0  # twice is the same as once

        code, summary = sync_once(device, capsys)
        assert code == 1 and summary["error"] == "unknown_device" and summary["held"] == 0
        with session_of(device) as session:
            counts = session.outbox.counts()
            assert (counts["ready"], counts["sending"], counts["quarantined"]) == (2, 0, 0)  # kept, counted nothing
        # Someone without the device key learns nothing: a request for its id is a bad signature, as for any id.
        answer = requests.post(f"{server.url}/v1/registrations", json={"items": []},
                               headers={"Luring-Device": device_id(device)}, timeout=10)
        assert answer.status_code == 401 and answer.json()["code"] == "signature_missing"

        assert luring(["bundle", "export", "--data-dir", str(device), "--out", str(usb)]) == 0
        capsys.readouterr()
        parts = [str(p) for p in usb.iterdir()]
        assert central_cli(["import-bundle", "--data-dir", str(central_dir), *parts]) == 1
        assert "unknown_device" in capsys.readouterr().err
    counts_at_centre = centre_counts(central_dir, capsys)
    assert (counts_at_centre["records"], counts_at_centre["record_versions"]) == (1, 1)


def test_revoking_a_device_the_centre_never_enrolled_says_so(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    central_dir = tmp_path / "central"
    central_dir.mkdir(mode=0o700)
    open_central(Settings.for_folder(central_dir)).engine.dispose()
    code, _out, err = revoke(capsys, central_dir, "3f2a9c1e-0000-4000-8000-000000000000")
    assert code == 2 and "no such device" in err

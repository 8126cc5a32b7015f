"""The office name printed on receipts and reports cannot be changed by editing keyslots.json.

The file is read before anyone logs in and nothing authenticates it; the database keeps the office it was set up
with. A file that says otherwise is refused as the source after log-in, and reported to supervisors."""

from __future__ import annotations

from pathlib import Path

from desktop.store.device import Device
from tests.store.test_key_slots import OFFICE, load, make_device, save


def test_an_office_edited_in_the_key_file_is_shown_before_log_in_but_never_printed_and_is_reported(
        tmp_path: Path) -> None:
    data_dir = make_device(tmp_path)
    document = load(data_dir)
    document["office"] = {**document["office"], "office_name": "Disnaker Palsu", "disnaker_code": "9999"}
    save(data_dir, document)

    device = Device.open(data_dir)
    assert device.office.office_name == "Disnaker Palsu"  # all there is before log-in
    officer = device.login("budi", "budi password")
    assert officer.office == OFFICE  # what receipts and reports print
    assert officer.audit.security_warnings() == []  # supervisors are told, not officers
    officer.close()

    supervisor = Device.open(data_dir).login("sari", "sari password")
    assert supervisor.office == OFFICE
    assert [m.code for m in supervisor.audit.security_warnings()] == ["office_mismatch"]
    assert "office_mismatch" in [entry.event for entry in supervisor.audit.entries()]
    supervisor.close()


def test_an_untouched_key_file_raises_nothing(tmp_path: Path) -> None:
    session = Device.open(make_device(tmp_path)).login("sari", "sari password")
    assert session.office == OFFICE and session.audit.security_warnings() == []
    session.close()

"""The audit log exported as CSV and as a signed PDF: every entry exactly, the chain's state, the export audited."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import update

from desktop.operations import audit_ops
from desktop.operations.reports import ReportNotWritten
from desktop.reports import signature
from desktop.reports.csv_report import unguard
from desktop.store.audit import audit_log
from desktop.store.device import Device
from desktop.store.errors import PermissionDenied
from tests.reports.known_store import DEVICE_ID, OFFICE, build

NOW = dt.datetime(2026, 12, 4, 3, 0, tzinfo=dt.UTC)
HOSTILE = "=HYPERLINK(\"x\"), \"kutip\"\r\nbaris 2 \u200fمحمد 😀"


@pytest.fixture
def store(tmp_path: Path):
    built = build(tmp_path)
    built.session.audit.record("export", kind=HOSTILE, format="+csv")  # text an entry may hold
    yield built
    built.session.close()


def test_the_csv_holds_every_entry_exactly_and_no_cell_becomes_a_formula(store, tmp_path: Path) -> None:
    entries = list(store.session.audit.all_entries())
    written = audit_ops.export(store.session, "csv", tmp_path / "audit.csv", office=OFFICE, now=NOW)
    assert written == len(entries) == 7
    raw = (tmp_path / "audit.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (tmp_path / "audit.csv").open(encoding="utf-8-sig", newline="") as text:
        rows = list(csv.reader(text))
    assert rows[0] == ["seq", "time", "event", "officer", "details"]
    assert [(int(r[0]), r[1], r[2], r[3]) for r in rows[1:]] == [(e.seq, e.time, e.event, e.officer) for e in entries]
    assert rows[-1][4] == f"format=+csv, kind={HOSTILE}"  # a details cell starts with a letter: no guard needed
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert unguard("'=1+1") == "=1+1"
    last = list(store.session.audit.all_entries())[-1]  # the export is in the log
    assert (last.event, last.details) == ("export", {"entries": 7, "format": "csv", "kind": "audit_log"})


def test_the_pdf_says_the_chain_s_state_lists_the_entries_and_is_signed(store, tmp_path: Path) -> None:
    audit_ops.export(store.session, "pdf", tmp_path / "audit.pdf", office=OFFICE, language="en", now=NOW)
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "audit.pdf").pages)
    assert "Device Audit Log" in text and "intact: 7 entries, every entry checked" in text
    assert "Disnaker Kota Depok (3276)" in text and "none yet" in text
    assert "device_set_up" in text and "account_added" in text and "😀" in text
    checked = signature.verify((tmp_path / "audit.pdf").read_bytes())
    assert (checked.ok, checked.device_id) == (True, DEVICE_ID)
    changed = bytearray((tmp_path / "audit.pdf").read_bytes())
    changed[len(changed) // 3] ^= 0x01
    assert signature.verify(bytes(changed)).problem == "file_changed"


def test_a_broken_chain_is_said_in_the_export(store, tmp_path: Path) -> None:
    with store.session.engine.begin() as conn:
        conn.execute(update(audit_log).where(audit_log.c.seq == 3).values(officer="budi"))
    view = audit_ops.read_view(store.session)
    assert (view.verdict.ok, view.verdict.first_broken) == (False, 3)
    audit_ops.export(store.session, "pdf", tmp_path / "audit.pdf", office=OFFICE, now=NOW)
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "audit.pdf").pages)
    assert "RUSAK mulai catatan 3" in text


def test_an_export_to_a_folder_that_cannot_be_written_leaves_nothing(store, tmp_path: Path) -> None:
    before = len(list(store.session.audit.all_entries()))
    with pytest.raises(ReportNotWritten) as refused:
        audit_ops.export(store.session, "csv", tmp_path / "missing" / "audit.csv", office=OFFICE)
    assert "pilih folder lain" in refused.value.message.text("id")
    assert len(list(store.session.audit.all_entries())) == before  # nothing written, nothing logged


def test_an_officer_cannot_read_or_export_the_audit_log(store, tmp_path: Path) -> None:
    officer = Device.open(store.data_dir).login("budi", "budi password 1")
    try:
        with pytest.raises(PermissionDenied):
            audit_ops.read_view(officer)
        with pytest.raises(PermissionDenied):
            audit_ops.export(officer, "csv", tmp_path / "audit.csv", office=OFFICE)
        assert not (tmp_path / "audit.csv").exists()
    finally:
        officer.close()

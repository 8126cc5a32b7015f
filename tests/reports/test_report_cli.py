"""`luring report` headless, as a supervisor would run it from a terminal, and `luring report verify`."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.reports.known_store import DEVICE_ID, KnownStore

ROOT = Path(__file__).resolve().parents[2]
PERIOD = ["--from", "2026-12-01", "--to", "2026-12-03"]


def luring(*args: str, password: str = "sari password", zone: str = "Asia/Jakarta") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LURING_PASSWORD=password, TZ=zone, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_each_format_is_written_and_the_pdf_verifies_until_one_byte_changes(known: KnownStore,
                                                                          tmp_path: Path) -> None:
    for form in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"laporan.{form}"
        result = luring("report", "--data-dir", str(known.data_dir), *PERIOD, "--format", form, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert "9 data / records" in result.stdout and out.exists()
    with (tmp_path / "laporan.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == 10  # the header and the nine records of the period, in WIB
    assert openpyxl.load_workbook(tmp_path / "laporan.xlsx").worksheets[1].max_row == 10

    checked = luring("report", "verify", str(tmp_path / "laporan.pdf"))
    assert checked.returncode == 0, checked.stderr
    assert "ASLI" in checked.stdout and DEVICE_ID in checked.stdout
    data = bytearray((tmp_path / "laporan.pdf").read_bytes())
    data[len(data) // 2] ^= 0x20
    (tmp_path / "changed.pdf").write_bytes(bytes(data))
    refused = luring("report", "verify", str(tmp_path / "changed.pdf"))
    assert refused.returncode == 1 and "DIUBAH" in refused.stderr and "Traceback" not in refused.stderr


def test_filters_and_the_named_list_from_the_command_line(known: KnownStore, tmp_path: Path) -> None:
    out = tmp_path / "budi.csv"
    result = luring("report", "--data-dir", str(known.data_dir), *PERIOD, "--officer", "budi", "--named",
                    "--language", "en", "--format", "csv", "--out", str(out))
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header[4] == "Name" and {row[5] for row in rows} == {"budi"} and len(rows) == 2


@pytest.mark.parametrize("args, code, words", [
    (["--from", "2026-12-31", "--to", "2026-12-01", "--format", "csv"], 1, "sebelum tanggal awal"),
    (["--from", "2026-12-01", "--to", "2026-12-03", "--region", "32.7", "--format", "csv"], 1, "Kode wilayah"),
    (["--from", "01-12-2026", "--to", "2026-12-03", "--format", "csv"], 2, "YYYY-MM-DD"),
    (["--from", "2026-12-01", "--to", "2026-12-03", "--format", "docx"], 2, "invalid choice"),
])
def test_bad_arguments_get_a_clear_message_and_write_nothing(known: KnownStore, tmp_path: Path, args: list[str],
                                                              code: int, words: str) -> None:
    out = tmp_path / "r.out"
    result = luring("report", "--data-dir", str(known.data_dir), *args, "--out", str(out))
    assert result.returncode == code and words in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_an_officer_cannot_write_a_report_from_the_command_line(known: KnownStore, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    result = luring("report", "--data-dir", str(known.data_dir), "--user", "budi", *PERIOD, "--format", "csv",
                    "--out", str(out), password="budi password 1")
    assert result.returncode == 1 and "Traceback" not in result.stderr and not out.exists()


def test_verify_refuses_a_file_that_is_not_a_signed_report(tmp_path: Path) -> None:
    (tmp_path / "other.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    result = luring("report", "verify", str(tmp_path / "other.pdf"))
    assert result.returncode == 1 and "tidak bertanda tangan" in result.stderr
    missing = luring("report", "verify", str(tmp_path / "missing.pdf"))
    assert missing.returncode == 1 and "tidak dapat dibaca" in missing.stderr

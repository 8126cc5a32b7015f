"""The `luring` command refuses what it does not know, before any window opens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def luring(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"))
    # A window that opened would wait for a person: the timeout turns that into a failure.
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)


@pytest.mark.parametrize("args", [
    ["daftar", "--url", "https://pusat.example", "--code", "ABC"],  # a command this build does not have
    ["sinkron"],
    ["enrol", "--url", "https://pusat.example"],  # a known command with its options missing
    ["sync", "--data-dir", "x"],  # --once is required
    ["--data-dir", "x", "--no-such-option"],
    ["--url", "https://pusat.example"],
    ["-platform", "offscreen"],  # Qt's own options are not taken from the command line either
])
def test_unknown_commands_and_options_exit_2_without_opening_the_window(args: list[str], tmp_path: Path) -> None:
    result = luring(*args, tmp_path=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert any(words in result.stderr for words in ("tidak dikenal", "unrecognized arguments", "required"))
    assert not (tmp_path / "home" / "data").exists()  # no data folder was made for a window


def test_help_names_the_commands(tmp_path: Path) -> None:
    result = luring("--help", tmp_path=tmp_path)
    assert result.returncode == 0
    assert "central" in result.stdout and "demo-data" in result.stdout


def test_sync_on_a_device_with_two_supervisors_asks_which_in_both_languages(tmp_path: Path) -> None:
    from desktop.store.device import Device, OfficeInfo, Role
    from tests.support import CHEAP_KDF

    data_dir = tmp_path / "device"
    session, _recovery = Device.set_up(data_dir, OfficeInfo("Disnaker Kota Bogor", "3271", "32.71"), "kepala",
                                       "Kepala Seksi", "kata sandi supervisor", kdf=CHEAP_KDF)
    session.accounts.add("wakil", "Wakil Kepala", Role.SUPERVISOR, "kata sandi wakil kepala")
    session.close()
    result = luring("sync", "--data-dir", str(data_dir), "--once", tmp_path=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "lebih dari satu supervisor" in result.stderr and "more than one supervisor" in result.stderr

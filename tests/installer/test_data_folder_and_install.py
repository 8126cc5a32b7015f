"""The data folder is owner-only; the Linux archive's installer puts the app in place and keeps the data."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from desktop.paths import default_data_dir, ensure_private_dir

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_the_default_data_folder_is_created_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    old = os.umask(0o002)  # a permissive umask must not leak into the data folder
    try:
        made = ensure_private_dir(default_data_dir())
    finally:
        os.umask(old)
    assert made == tmp_path / "share" / "Luring"
    assert _mode(made) == 0o700
    assert _mode(tmp_path / "share") == 0o700  # parents created on the way are private too


@posix_only
def test_an_existing_open_data_folder_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "Luring"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    ensure_private_dir(folder)
    assert _mode(folder) == 0o700


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "installer" / "luring.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_names_the_program_and_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "luring"
    assert entry["Icon"] == "luring"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


@posix_only
def test_install_script_installs_for_the_user_and_removal_keeps_data(tmp_path: Path) -> None:
    # A stand-in for the unpacked archive: the real script, entry and icon, and a tiny "luring" program.
    unpacked = tmp_path / "luring-0.1.0"
    (unpacked / "luring").mkdir(parents=True)
    program = unpacked / "luring" / "luring"
    program.write_text("#!/bin/sh\necho frozen-luring\n", encoding="utf-8")
    program.chmod(0o755)
    for name in ("install-linux.sh", "luring.desktop"):
        (unpacked / name).write_bytes((ROOT / "installer" / name).read_bytes())
    (unpacked / "luring.png").write_bytes((ROOT / "resources" / "icons" / "luring.png").read_bytes())
    home = tmp_path / "home"
    data = home / ".local" / "share" / "Luring"
    data.mkdir(parents=True)
    (data / "luring.db").write_bytes(b"encrypted records")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}

    subprocess.run(["bash", str(unpacked / "install-linux.sh")], env=env, check=True, capture_output=True)
    installed = home / ".local" / "opt" / "luring" / "luring"
    assert subprocess.run([installed], capture_output=True, text=True, check=True).stdout == "frozen-luring\n"
    entry = (home / ".local" / "share" / "applications" / "luring.desktop").read_text(encoding="utf-8")
    assert re.search(rf'^Exec="{re.escape(str(installed))}"$', entry, re.MULTILINE)
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "luring.png").is_file()

    # Installing again (an update) replaces the program in place.
    program.write_text("#!/bin/sh\necho newer\n", encoding="utf-8")
    subprocess.run(["bash", str(unpacked / "install-linux.sh")], env=env, check=True, capture_output=True)
    assert subprocess.run([installed], capture_output=True, text=True, check=True).stdout == "newer\n"

    subprocess.run(["bash", str(unpacked / "install-linux.sh"), "--remove"], env=env, check=True, capture_output=True)
    assert not installed.exists()
    assert not (home / ".local" / "share" / "applications" / "luring.desktop").exists()
    assert (data / "luring.db").read_bytes() == b"encrypted records"


def test_inno_setup_script_is_per_user_and_takes_the_version_from_the_build() -> None:
    script = (ROOT / "installer" / "luring.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", script, re.MULTILINE)
    assert re.search(r"^DefaultDirName=\{localappdata\}", script, re.MULTILINE)
    assert re.search(r"^AppVersion=\{#AppVersion\}$", script, re.MULTILINE)
    assert "#ifndef AppVersion" in script  # building without /DAppVersion=... stops with an error
    assert re.search(r"^\[Code\]$", script, re.MULTILINE)
    assert "CurUninstallStepChanged" in script  # the data folder is removed only when the user asks


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(ROOT / "installer" / "luring.desktop")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr

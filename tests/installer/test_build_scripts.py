"""The build's own checks are strict: missing tools fail, the first-run window is named exactly; the .iss entries."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
posix_only = pytest.mark.skipif(os.name != "posix", reason="bash scripts")


def _indonesian(source: str) -> str:
    for message in ET.parse(ROOT / "resources" / "translations" / "shell_id.ts").iter("message"):
        if message.findtext("source") == source:
            return message.findtext("translation") or ""
    raise AssertionError(f"{source!r} is not in shell_id.ts")


def test_both_scripts_wait_for_the_exact_first_run_title() -> None:
    first_run = (ROOT / "desktop" / "ui" / "first_run.py").read_text(encoding="utf-8")
    assert 'self.setWindowTitle(self.tr("Luring — set up this device"))' in first_run
    title = _indonesian("Luring — set up this device")
    assert title == "Luring — penyiapan perangkat"
    assert f'title="{title}"' in (INSTALLER / "first-window.sh").read_text(encoding="utf-8")
    assert f'FIRST_RUN_TITLE = "{title}"' in (INSTALLER / "measure_startup.py").read_text(encoding="utf-8")
    # The log-in window is another window: it must not share the title.
    assert _indonesian("Luring — log in") != title


def _path_with_only(tmp_path: Path, *tools: str) -> str:
    """A PATH holding just these programs, so every other tool is 'not installed'."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for tool in tools:
        found = shutil.which(tool)
        assert found, tool
        (folder / tool).symlink_to(found)
    return str(folder)


@posix_only
def test_first_window_fails_without_its_tools(tmp_path: Path) -> None:
    env = {"PATH": _path_with_only(tmp_path, "dirname"), "DISPLAY": ":99"}
    done = subprocess.run(
        ["/bin/bash", str(INSTALLER / "first-window.sh"), str(tmp_path / "shot.png")],
        env=env, capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert done.returncode == 1
    assert "first-window: xwininfo not installed" in done.stderr
    assert not (tmp_path / "shot.png").exists()


@posix_only
def test_a_self_test_build_without_xvfb_stops_before_building(tmp_path: Path) -> None:
    env = {"PATH": _path_with_only(tmp_path, "dirname"), "PYTHON": str(ROOT / ".venv" / "bin" / "python")}
    if not Path(env["PYTHON"]).is_file():
        pytest.skip("no .venv")
    done = subprocess.run(
        ["/bin/bash", str(INSTALLER / "build-linux.sh"), "--self-test"],
        env=env, capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert done.returncode == 1
    assert "build-linux: --self-test needs xvfb-run" in done.stderr


def test_the_build_refuses_dangling_symlinks_and_checks_an_altered_copy() -> None:
    script = (INSTALLER / "build-linux.sh").read_text(encoding="utf-8")
    assert "find dist/luring -xtype l" in script
    assert "LURING_RESOURCES_DIR=" in script and "^FAIL resource manifest:" in script


def _iss_section(name: str) -> list[str]:
    text = (INSTALLER / "luring.iss").read_text(encoding="utf-8")
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"no [{name}] section"
    return [line for line in match.group(1).splitlines() if line.strip() and not line.startswith(";")]


def test_the_windows_installer_adds_a_start_menu_entry() -> None:
    icons = _iss_section("Icons")
    start_menu = [line for line in icons if line.startswith('Name: "{autoprograms}\\{#AppName}"')]
    assert len(start_menu) == 1
    assert 'Filename: "{app}\\luring.exe"' in start_menu[0]
    assert "Tasks:" not in start_menu[0]  # always, not only when a box is ticked (the desktop icon is optional)


def test_the_uninstall_question_defaults_to_no_and_a_silent_uninstall_keeps_the_data() -> None:
    code = "\n".join(_iss_section("Code"))
    assert "UninstallSilent" in code and code.index("UninstallSilent") < code.index("MsgBox(")
    question = code[code.index("MsgBox(") : code.index("= IDYES")]
    assert "mbConfirmation, MB_YESNO or MB_DEFBUTTON2)" in question  # the second button, No, is the default
    assert code.index("= IDYES") < code.index("DelTree(")  # deleted only on an explicit Yes


def test_the_script_refuses_an_inno_setup_older_than_6_3() -> None:
    script = (INSTALLER / "luring.iss").read_text(encoding="utf-8")
    assert "ArchitecturesAllowed=x64compatible" in script
    assert re.search(r"^#if Ver < EncodeVer\(6, 3, 0\)\n\s*#error ", script, re.MULTILINE)

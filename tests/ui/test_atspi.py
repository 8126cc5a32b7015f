"""Every window read as Orca reads it: through AT-SPI, from another connection on the accessibility bus.

The Qt-side checks (a11y_checks) ask Qt's own accessibility objects; these ask the bus a screen reader listens
to, where composite widgets show their parts (an editable combo box's text field is a control of its own).
Each test starts a private session bus and an X server, so it runs whatever the suite's platform is.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_on_the_bus(*command: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}  # the offscreen platform has no AT-SPI bridge
    return subprocess.run(["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", *command],
                          capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT, check=False)


def test_the_reader_finds_a_control_without_a_name(tmp_path: Path) -> None:
    # The reader itself, on a window with one unnamed editable combo box and one named line edit.
    program = tmp_path / "window.py"
    program.write_text(textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT / "scripts")!r})
        os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QVBoxLayout, QWidget
        import atspi

        app = QApplication([])
        window = QWidget()
        layout = QVBoxLayout(window)
        combo = QComboBox(window)
        combo.setEditable(True)
        combo.setAccessibleName("Kota")  # the combo is named, its text field is not
        named = QLineEdit(window)
        named.setAccessibleName("Nama")
        layout.addWidget(combo)
        layout.addWidget(named)
        window.show()

        for node in atspi.unnamed(atspi.read_application(os.getpid())):
            print("UNNAMED", node.path)
    """))
    result = run_on_the_bus(sys.executable, str(program), timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    found = [line for line in result.stdout.splitlines() if line.startswith("UNNAMED")]
    assert len(found) == 1, found
    assert found[0].endswith("> combo box 'Kota' > text ''")


def test_every_window_and_wizard_page_names_every_focusable_control(tmp_path: Path) -> None:
    # The screenshot tour opens every window and wizard step, as officer and as supervisor, in both languages.
    result = run_on_the_bus(sys.executable, "scripts/screenshots.py", "--out", str(tmp_path), "--atspi",
                            "--languages", "id", "en", "--scales", "100", "--records", "40")
    summary = re.search(r"AT-SPI: (\d+) windows read, (\d+) showing objects, (\d+) of them focusable, "
                        r"(\d+) without a name", result.stdout)
    assert summary is not None, result.stdout[-2000:] + result.stderr[-4000:]
    print(summary.group(0))
    windows, _, focusable, unnamed = map(int, summary.groups())
    assert unnamed == 0, result.stdout[summary.end():]
    assert result.returncode == 0, result.stderr[-4000:]
    assert windows >= 60  # every window of the tour (about 35), in each language
    assert focusable > 1000

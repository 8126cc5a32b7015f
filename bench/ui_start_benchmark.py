"""Cold start of the application to its log-in window, against a bare PySide6 window.

    python bench/ui_start_benchmark.py [--runs 7] [--platform offscreen]

Each start is a fresh Python process (imports, QApplication, theme, translators,
opening the device on the store thread, the log-in window). The baseline is
the same process shape with one QLineEdit in a QWidget. Wall time is measured
by the parent from spawning the process to reading the child's "shown" line;
runs alternate so both see the same machine load. Prints medians and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BASELINE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
QVBoxLayout(window).addWidget(QLineEdit(window))
window.show()
def check():
    if window.isVisible():
        print("shown", flush=True)
        app.quit()
    else:
        QTimer.singleShot(1, check)
QTimer.singleShot(0, check)
app.exec()
"""

APPLICATION = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.ui.app import Shell
app = QApplication(sys.argv[:1])
shell = Shell(app, Path(sys.argv[1]))
shell.start()
def check():
    if shell.login_window is not None and shell.login_window.isVisible():
        print("shown", flush=True)
        shell.shutdown()
        app.quit()
    else:
        QTimer.singleShot(1, check)
QTimer.singleShot(0, check)
app.exec()
"""


def time_start(code: str, args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, cwd=REPO, env=env)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError("the window was never shown")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    options = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=options.platform, PYTHONPATH=str(REPO))
    sys.path.insert(0, str(REPO))
    from desktop.store.device import Device, OfficeInfo
    from desktop.store.kdf import KdfParams

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        session, _recovery = Device.set_up(data_dir, OfficeInfo("Disnaker Bench", "B-1", "32.04"), "kepala",
                                           "Kepala", "bench-password-1", kdf=KdfParams(8, 1, 1))
        session.close()
        # One warm-up each so the first run does not pay for the disk cache alone.
        time_start(BASELINE, [], env)
        time_start(APPLICATION, [str(data_dir)], env)
        bare, app = [], []
        for _ in range(max(5, options.runs)):
            bare.append(time_start(BASELINE, [], env))
            app.append(time_start(APPLICATION, [str(data_dir)], env))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    print(f"platform: {options.platform}, runs: {len(bare)} each (median)")
    print(f"bare PySide6 window with a QLineEdit: {bare_median * 1000:7.0f} ms")
    print(f"Luring to the log-in window:          {app_median * 1000:7.0f} ms")
    print(f"ratio: {app_median / bare_median:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

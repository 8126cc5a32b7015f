"""Cold start of the application to its log-in window's first paint, against a bare PySide6 window.

    python bench/ui_start_benchmark.py [--runs 7] [--platform offscreen]

Each start is a fresh Python process. The application starts through
`desktop.cli.main(["--data-dir", DIR])`, exactly as the `luring` command does:
logging to the platform log folder (a temporary HOME here), the excepthook,
the window icon, QApplication, theme, translators, opening the device on the
store thread and the log-in window. The baseline is a bare QApplication with
one QLineEdit in a QWidget. "Shown" means the same for both: the window's
first Paint event, caught by an event filter on that window, installed before
it is shown (a filter on the whole application would make Python wrap every
object Qt creates, and time that instead). The sources are byte-compiled first,
as an installed application's are. Wall time is measured by the parent from
spawning the process to reading the child's "shown" line; runs alternate so
both see the same machine load. Prints medians and the ratio.
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

# The window's first Paint event ends the run: a filter on the window itself, installed before it is shown.
FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("shown", flush=True)
            QApplication.instance().exit(0)
        return False

watcher = FirstPaint()
"""

BASELINE = FIRST_PAINT + """
import sys
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
QVBoxLayout(window).addWidget(QLineEdit(window))
window.installEventFilter(watcher)
window.show()
app.exec()
"""

APPLICATION = FIRST_PAINT + """
import sys
from desktop import cli
from desktop.ui import login

original_show = login.LoginWindow.show

def show(window):
    window.installEventFilter(watcher)  # the log-in window, as the shell is about to show it
    original_show(window)

login.LoginWindow.show = show
sys.exit(cli.main(["--data-dir", sys.argv[1]]))
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
    sys.path.insert(0, str(REPO))
    # As an installed application is: its modules byte-compiled (this machine may set PYTHONDONTWRITEBYTECODE).
    subprocess.run([sys.executable, "-m", "compileall", "-q", "desktop", "sync"], cwd=REPO, check=True,
                   stdout=subprocess.DEVNULL)
    from desktop.store.device import Device, OfficeInfo
    from desktop.store.kdf import KdfParams

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"  # the application's log folder goes here, not into the real home
        env = dict(os.environ, QT_QPA_PLATFORM=options.platform, PYTHONPATH=str(REPO), HOME=str(home),
                   XDG_STATE_HOME=str(home / "state"), XDG_DATA_HOME=str(home / "data"),
                   XDG_CACHE_HOME=str(home / "cache"))
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
    print("shown = the window's first paint; the application started through desktop.cli like `luring`")
    print(f"bare PySide6 window with a QLineEdit: {bare_median * 1000:7.0f} ms")
    print(f"Luring to the log-in window:          {app_median * 1000:7.0f} ms")
    print(f"ratio: {app_median / bare_median:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

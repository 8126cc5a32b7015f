"""Print the frozen build's figures: folder and archive size, start-up time against running from source.

    .venv/bin/python installer/measure_startup.py [--runs 5]            self-test start-up only
    xvfb-run -a .venv/bin/python installer/measure_startup.py           also time to the first window

Every run is a new process (the OS file cache stays warm: dropping it would disturb the machine),
and the figure is the median. Build dist/luring first with installer/build-linux.sh.
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

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "luring" / "luring"
SOURCE = [sys.executable, "-m", "desktop"]
FIRST_RUN_TITLE = "Luring — penyiapan perangkat"  # the set-up window on a new data folder (shell_id.ts)


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def time_self_test(command: list[str], runs: int) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([*command, "--self-test"], cwd=ROOT, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(f"{command[0]} --self-test failed:\n{done.stdout.decode()}")
    return statistics.median(times)


def _window_shown() -> bool:
    """The first-run window, by its exact title (as first-window.sh waits for it), is mapped on the display."""
    info = subprocess.run(["xwininfo", "-name", FIRST_RUN_TITLE], capture_output=True, text=True, check=False)
    return "Map State: IsViewable" in info.stdout


def time_first_window(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="luring-measure-") as data:
            started = time.perf_counter()
            app = subprocess.Popen(
                [*command, "--data-dir", data], cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "xcb"}
            )
            try:
                while not _window_shown():
                    if app.poll() is not None or time.perf_counter() - started > 60:
                        raise SystemExit(f"{command[0]}: no window within 60 s")
                    time.sleep(0.02)
                times.append(time.perf_counter() - started)
            finally:
                app.terminate()
                app.wait(10)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    if not FROZEN.is_file():
        raise SystemExit("no dist/luring/luring: run installer/build-linux.sh first")
    print(f"frozen folder: {folder_bytes(FROZEN.parent) / 2**20:.0f} MiB in {FROZEN.parent.relative_to(ROOT)}")
    for archive in sorted((ROOT / "dist").glob("luring-*.tar.gz")):
        print(f"archive:       {archive.stat().st_size / 2**20:.0f} MiB {archive.name}")
    frozen, source = time_self_test([str(FROZEN)], runs), time_self_test(SOURCE, runs)
    print(
        f"--self-test, median of {runs} new processes: frozen {frozen:.2f} s, source {source:.2f} s, "
        f"ratio frozen/source {frozen / source:.2f}"
    )
    if os.environ.get("DISPLAY"):
        frozen, source = time_first_window([str(FROZEN)], runs), time_first_window(SOURCE, runs)
        print(
            f"first-run window shown, median of {runs}: frozen {frozen:.2f} s, source {source:.2f} s, "
            f"ratio frozen/source {frozen / source:.2f}"
        )
    else:
        print("first window: skipped (no DISPLAY; run under xvfb-run -a)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

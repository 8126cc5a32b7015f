"""The real `luring` command with a damaged store: a message, no traceback, nothing replaced."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import filelock


def test_command_refuses_a_truncated_store_without_a_traceback(device, tmp_path):
    db = device.data_dir / "luring.db"
    damaged = db.read_bytes()[:5000]
    db.write_bytes(damaged)
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_STATE_HOME=str(home / "state"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))
    child = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(device.data_dir)],
                             cwd=Path(__file__).resolve().parents[2], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        # The refusal is logged as the box goes up; then the box waits for the person.
        deadline = time.monotonic() + 30
        while not refusal_logged(home) and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
        assert refusal_logged(home), "no refusal within 30 s"
        assert child.poll() is None, "the application exited instead of explaining"
    finally:
        child.kill()
        _out, err = child.communicate(timeout=10)
    assert "Traceback" not in err
    assert db.read_bytes() == damaged
    assert sorted(p.name for p in device.data_dir.iterdir() if p.name.startswith("luring.db")) == ["luring.db"]


def refusal_logged(home: Path) -> bool:
    return any("cannot go on: StoreUnreadable" in log.read_text(encoding="utf-8") for log in home.rglob("luring.log"))


def test_a_second_application_on_the_same_data_folder_says_it_is_already_open(device, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_STATE_HOME=str(home / "state"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))

    def start() -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(device.data_dir)],
                                cwd=Path(__file__).resolve().parents[2], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)

    first = start()
    second = None
    try:
        deadline = time.monotonic() + 30
        while not held(device.data_dir / "luring.lock") and time.monotonic() < deadline:
            time.sleep(0.05)
        second = start()
        while not logged(home, "cannot go on: AlreadyOpen") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert logged(home, "cannot go on: AlreadyOpen"), "the second start did not refuse within 30 s"
        assert first.poll() is None and second.poll() is None  # the first goes on; the second explains and waits
    finally:
        for child in (first, second):
            if child is not None:
                child.kill()
                assert "Traceback" not in child.communicate(timeout=10)[1]


def logged(home: Path, text: str) -> bool:
    return any(text in log.read_text(encoding="utf-8") for log in home.rglob("luring.log"))


def held(path: Path) -> bool:
    try:
        filelock.FileLock(path, timeout=0).acquire().lock.release()
    except filelock.Timeout:
        return True
    return False

"""What the screenshot tour shares: the demo device's password and key cost, waiting for windows, saving them."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop.store.kdf import KdfParams

# Screenshots only: the smallest Argon2id the store accepts, so the script runs in seconds.
DEMO_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
DEMO_PASSWORD = "demo-screenshots-only"  # noqa: S105 - a throw-away demo device
MAIN_SIZE = {100: (1280, 800), 200: (1580, 980)}

def wait_until(condition: Callable[[], object], timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not appear in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    if os.environ.get("QT_LINUX_ACCESSIBILITY_ALWAYS_ON") == "1":
        import atspi

        atspi.TOUR.read(name)

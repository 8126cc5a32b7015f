"""One running application per data folder: two would share one lock-out counter and one outbox behind each other's
backs (headless `luring sync` takes no part: its steps are the store's own transactions)."""

from __future__ import annotations

from pathlib import Path

import filelock

from desktop.store.errors import AlreadyOpen

FILE_NAME = "luring.lock"  # empty: only its OS lock matters, and the OS drops it when the process ends


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self._lock = filelock.FileLock(data_dir / FILE_NAME, timeout=0)

    def acquire(self) -> None:
        """Hold the folder for this process; AlreadyOpen when another holds it."""
        try:
            self._lock.acquire()
        except filelock.Timeout as exc:
            raise AlreadyOpen() from exc

    def release(self) -> None:
        self._lock.release()

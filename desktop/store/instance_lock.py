"""One running application per data folder: two would share one lock-out counter and one outbox behind each other's
backs (headless `luring sync` takes no part: its steps are the store's own transactions)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.store.errors import AlreadyOpen

if TYPE_CHECKING:
    import filelock

FILE_NAME = "luring.lock"  # empty: only its OS lock matters, and the OS drops it when the process ends


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / FILE_NAME
        self._lock: filelock.BaseFileLock | None = None

    def acquire(self) -> None:
        """Hold the folder for this process; AlreadyOpen when another holds it."""
        import filelock  # 30 ms of imports: asked for once the first window is painted

        self._lock = self._lock or filelock.FileLock(self._path, timeout=0)
        try:
            self._lock.acquire()
        except filelock.Timeout as exc:
            raise AlreadyOpen() from exc

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()

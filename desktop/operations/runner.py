"""Background operations in the manner of Anki's `CollectionOp`.

    Operation(runner, lambda session: session.save_registration(reg)) \
        .success(on_saved).failure(on_error).run()

One single-thread executor owns the store (SQLCipher writes are serialised);
network work has its own pool. Results come back on the GUI thread through
one queued signal. Only QtCore is used here: no widgets below the UI.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger("luring.operations")
T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a job that noticed `token.cancelled`."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class OperationRunner(QObject):
    """Owns the executors; emits `_finished` on the GUI thread for every job."""

    _finished = Signal(object, object, object)  # callback, result, error
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store_pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="store")
        self._network_pool = concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="network")
        self._running = 0
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, job: Callable[[], Any], done: Callable[[Any, BaseException | None], None], *,
               network: bool = False) -> None:
        if self._closed:
            return  # the application is closing: a timer that fires now has nothing left to run on
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        pool = self._network_pool if network else self._store_pool

        def work() -> None:
            try:
                result = job()
            except BaseException as exc:  # delivered to the GUI, never lost in a thread
                self._finished.emit(done, None, exc)
            else:
                self._finished.emit(done, result, None)

        pool.submit(work)

    def run_now(self, job: Callable[[], T]) -> T:
        """Run on the store thread and wait: only for shutdown and tests."""
        return self._store_pool.submit(job).result()

    def _deliver(self, done: Callable[[Any, BaseException | None], None], result: Any,
                 error: BaseException | None) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)
        done(result, error)

    def shutdown(self) -> None:
        self._closed = True
        self._store_pool.shutdown(wait=True)
        self._network_pool.shutdown(wait=False, cancel_futures=True)


class Operation(Generic[T]):
    def __init__(self, runner: OperationRunner, job: Callable[[], T], *, network: bool = False) -> None:
        self._runner = runner
        self._job = job
        self._network = network
        self._on_success: Callable[[T], None] = lambda _result: None
        self._on_failure: Callable[[BaseException], None] | None = None

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation[T]:
        self._on_failure = callback
        return self

    def run(self) -> None:
        def done(result: Any, error: BaseException | None) -> None:
            if error is None:
                self._on_success(result)
            elif self._on_failure is not None:
                self._on_failure(error)
            else:
                log.error("operation failed without a handler: %s", type(error).__name__)

        self._runner.submit(self._job, done, network=self._network)

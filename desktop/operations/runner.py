"""Work off the GUI thread, in the manner of Anki's `CollectionOp`.

    registration_ops.save_registration(runner, session, reg, ...) \\
        .success(on_saved).failure(on_refused).run()

Every job the UI starts is an `Operation`, made by a typed factory in
`desktop.operations`. The job runs in a pool - `STORE`, one thread, the single
writer of the encrypted database; or `IO`, for files and the network - and its
result comes back on the GUI thread through one queued signal. A job receives
a `Progress`: it reports how far it got and stops when cancelled. An operation
says what it changes (`Changes`); after it succeeds the runner broadcasts them
(`changed`) and every view showing those things refreshes, as Anki's
`OpChanges`. A failure nobody handles goes to `unhandled_failure`, which the
shell shows: errors reach people from one place. Only QtCore is used here.
"""

from __future__ import annotations

import concurrent.futures
import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")
U = TypeVar("U")


class Pool(enum.Enum):
    STORE = "store"  # the one thread that touches the encrypted database
    IO = "io"  # files, region data, the network


@dataclass(frozen=True)
class Changes:
    """What an operation changed; views refresh what they show of it."""

    records: bool = False
    drafts: bool = False
    outbox: bool = False
    accounts: bool = False
    reference: bool = False
    settings: bool = False

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})


NO_CHANGES = Changes()


class Cancelled(Exception):
    """Raised inside a job that was cancelled (`Progress.check`); never shown as an error."""


class Progress:
    """What a running job is given: whether it was cancelled, and a way to say how far it got."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._cancelled = threading.Event()
        self._report = report

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Stop here (raise `Cancelled`) if the operation was cancelled."""
        if self._cancelled.is_set():
            raise Cancelled()

    def report(self, done: int, total: int) -> None:
        self._report(done, total)


Delivery = Callable[[Any, BaseException | None], None]


class OperationRunner(QObject):
    """Owns the pools; every result, progress report and broadcast is emitted on the GUI thread."""

    changed = Signal(object)  # Changes, after every operation that made some
    unhandled_failure = Signal(object)  # an error whose operation had no failure handler
    busy_changed = Signal(bool)
    _delivered = Signal(object, object, object)  # delivery, result, error
    _progressed = Signal(object, int, int)  # callback, done, total

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools = {
            Pool.STORE: concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="store"),
            Pool.IO: concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="io"),
        }
        self._running = 0
        self._closed = False
        # Emitted from the pools' threads to this object, which lives on the GUI thread: queued, so delivered there.
        self._delivered.connect(self._deliver)
        self._progressed.connect(lambda callback, done, total: callback(done, total))

    @property
    def closed(self) -> bool:
        return self._closed

    def submit(self, pool: Pool, job: Callable[[], Any], delivery: Delivery) -> bool:
        """Run `job` in `pool` and hand its result or error to `delivery` on the GUI thread.

        Returns False (and runs nothing) once the runner has shut down: a timer firing while the
        application closes has nothing left to run on.
        """
        if self._closed:
            return False
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)

        def work() -> None:
            try:
                result = job()
            except BaseException as exc:  # delivered to the GUI, never lost in a thread
                self._delivered.emit(delivery, None, exc)
            else:
                self._delivered.emit(delivery, result, None)

        self._pools[pool].submit(work)
        return True

    def progress_reporter(self, callback: Callable[[int, int], None]) -> Callable[[int, int], None]:
        """A report function a worker thread may call; `callback` runs on the GUI thread."""
        return lambda done, total: self._progressed.emit(callback, done, total)

    def report(self, error: BaseException) -> None:
        """Show `error` from the one place errors are shown (for a failure a caller handled only in part)."""
        self.unhandled_failure.emit(error)

    def on_store(self, job: Callable[[], T]) -> T:
        """Run one database step on the store's thread and wait for it: for a job running on the IO pool (the
        sync engine), so every write stays on the single writer. Never from the store thread itself."""
        if threading.current_thread().name.startswith("store"):
            raise RuntimeError("on_store called from the store thread: it would wait for itself")
        return self._pools[Pool.STORE].submit(job).result()

    def run_now(self, job: Callable[[], T]) -> T:
        """Run on the store thread and wait for it: only for shutdown and tests."""
        return self._pools[Pool.STORE].submit(job).result()

    def _deliver(self, delivery: Delivery, result: Any, error: BaseException | None) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)
        delivery(result, error)

    def shutdown(self) -> None:
        self._closed = True
        self._pools[Pool.STORE].shutdown(wait=True)
        self._pools[Pool.IO].shutdown(wait=False, cancel_futures=True)


class Operation(Generic[T]):
    """One job: where it runs, what it changes, and what happens on the GUI thread when it ends."""

    def __init__(self, runner: OperationRunner, job: Callable[[Progress], T], *, pool: Pool = Pool.STORE,
                 changes: Changes = NO_CHANGES) -> None:
        self.runner = runner
        self._job = job
        self._pool = pool
        self._changes = changes
        self._on_success: Callable[[T], None] = lambda _result: None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int], None] = lambda _done, _total: None
        self._on_cancelled: Callable[[], None] = lambda: None
        self._progress = Progress(runner.progress_reporter(lambda done, total: self._on_progress(done, total)))

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation[T]:
        """Handle the failure here; without this the error is shown from the one place (`unhandled_failure`)."""
        self._on_failure = callback
        return self

    def progress(self, callback: Callable[[int, int], None]) -> Operation[T]:
        self._on_progress = callback
        return self

    def cancelled(self, callback: Callable[[], None]) -> Operation[T]:
        self._on_cancelled = callback
        return self

    def then(self, make_next: Callable[[T], Operation[U]]) -> Operation[U]:
        """An operation that runs this one, then the one `make_next` makes from its result."""
        return _Chain(self, make_next)

    def cancel(self) -> None:
        """Stop it: a job not yet started never starts; a running one stops at its next `Progress.check`."""
        self._progress.cancel()

    def run(self) -> Operation[T]:
        progress = self._progress

        def job() -> T:
            progress.check()  # cancelled while it waited in the pool
            return self._job(progress)

        self.runner.submit(self._pool, job, self._finish)
        return self

    def _finish(self, result: Any, error: BaseException | None) -> None:
        if isinstance(error, Cancelled):
            self._on_cancelled()
        elif error is not None:
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                self.runner.report(error)
        else:
            # Cancelled after the work was done: nobody waits for the answer, but the change happened.
            if self._progress.cancelled:
                self._on_cancelled()
            else:
                self._on_success(result)
            if self._changes:
                self.runner.changed.emit(self._changes)


class _Chain(Operation[U]):
    """`first.then(make_next)`: the second operation is made on the GUI thread from the first's result."""

    def __init__(self, first: Operation[Any], make_next: Callable[[Any], Operation[U]]) -> None:
        super().__init__(first.runner, lambda _progress: None)  # type: ignore[arg-type, return-value]
        self._first = first
        self._make_next = make_next
        self._current: Operation[Any] = first

    def cancel(self) -> None:
        super().cancel()
        self._current.cancel()

    def run(self) -> Operation[U]:
        first_success = self._first._on_success

        def next_step(result: Any) -> None:
            first_success(result)
            if self._progress.cancelled:
                self._on_cancelled()
                return
            second = self._make_next(result)
            self._current = second
            second._on_success, second._on_progress, second._on_cancelled = (
                self._on_success, self._on_progress, self._on_cancelled)
            second._on_failure = self._on_failure
            second.run()

        self._first.success(next_step).cancelled(self._on_cancelled)
        if self._on_failure is not None:
            self._first.failure(self._on_failure)
        self._first.run()
        return self

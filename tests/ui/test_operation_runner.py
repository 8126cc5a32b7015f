"""Operations: results on the GUI thread, one place for unhandled errors, progress, cancel, chaining, broadcasts."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop.operations import session_ops
from desktop.operations.runner import Cancelled, Changes, Operation, OperationRunner, Pool, Progress
from desktop.store.device import Device, OfficeInfo
from tests.support import CHEAP_KDF
from tests.ui.helpers import hold_store_thread, settle


def test_results_arrive_on_the_gui_thread(qtbot):
    runner = OperationRunner()
    seen: list[tuple[int, bool]] = []
    gui = threading.current_thread()
    Operation(runner, lambda _p: 6 * 7).success(lambda value: seen.append((value, threading.current_thread() is gui))) \
        .run()
    qtbot.waitUntil(lambda: bool(seen))
    runner.shutdown()
    assert seen == [(42, True)]


def test_a_handled_failure_reaches_its_handler_and_an_unhandled_one_the_one_place(qtbot):
    runner = OperationRunner()
    handled: list[BaseException] = []
    shown: list[BaseException] = []
    runner.unhandled_failure.connect(shown.append)
    Operation(runner, lambda _p: 1 // 0).failure(handled.append).run()
    Operation(runner, lambda _p: [][1]).run()
    qtbot.waitUntil(lambda: len(handled) + len(shown) == 2)
    runner.shutdown()
    assert isinstance(handled[0], ZeroDivisionError) and isinstance(shown[0], IndexError)


def test_changes_are_broadcast_after_success_only(qtbot):
    runner = OperationRunner()
    broadcast: list[Changes] = []
    runner.changed.connect(broadcast.append)
    runner.unhandled_failure.connect(lambda _error: None)
    order: list[str] = []
    Operation(runner, lambda _p: None, changes=Changes(records=True)).success(lambda _r: order.append("success")) \
        .run()
    Operation(runner, lambda _p: 1 // 0, changes=Changes(accounts=True)).run()
    Operation(runner, lambda _p: None).run()  # changes nothing: says nothing
    settle(qtbot, runner)
    runner.changed.connect(lambda _c: order.append("broadcast"))
    Operation(runner, lambda _p: None, changes=Changes(drafts=True)).success(lambda _r: order.append("success")).run()
    settle(qtbot, runner)
    runner.shutdown()
    assert broadcast == [Changes(records=True), Changes(drafts=True)]
    assert order == ["success", "success", "broadcast"], "views refresh after the caller heard of the result"
    assert Changes(records=True) | Changes(outbox=True) == Changes(records=True, outbox=True) and not Changes()


def test_a_cancelled_job_that_has_not_started_never_runs(qtbot):
    runner = OperationRunner()
    ran: list[str] = []
    said: list[str] = []
    release = hold_store_thread(runner)
    queued = Operation(runner, lambda _p: ran.append("job")).success(lambda _r: said.append("success")) \
        .cancelled(lambda: said.append("cancelled")).run()
    queued.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(said))
    runner.shutdown()
    assert ran == [] and said == ["cancelled"]


def test_a_running_job_stops_at_its_next_check_and_reports_progress_on_the_way(qtbot):
    runner = OperationRunner()
    started = threading.Event()
    go_on = threading.Event()
    reported: list[tuple[int, int]] = []
    said: list[str] = []

    def job(progress: Progress) -> str:
        for done in range(1, 1000):
            progress.report(done, 1000)
            if done == 3:
                started.set()
                go_on.wait(10)
            progress.check()
        return "finished"

    operation = Operation(runner, job, pool=Pool.IO).progress(lambda d, t: reported.append((d, t))) \
        .success(said.append).cancelled(lambda: said.append("cancelled")).run()
    assert started.wait(10)
    operation.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(said))
    runner.shutdown()
    assert said == ["cancelled"]
    assert reported[:3] == [(1, 1000), (2, 1000), (3, 1000)] and len(reported) < 10


def test_then_feeds_one_job_into_the_next_and_failures_reach_the_chain(qtbot):
    runner = OperationRunner()
    results: list[object] = []
    Operation(runner, lambda _p: 20).then(lambda n: Operation(runner, lambda _p: n + 22)).success(results.append).run()
    Operation(runner, lambda _p: 1).then(lambda _n: Operation(runner, lambda _p: 1 // 0)) \
        .success(results.append).failure(lambda e: results.append(type(e).__name__)).run()
    qtbot.waitUntil(lambda: len(results) == 2)
    runner.shutdown()
    assert results == [42, "ZeroDivisionError"]


def test_the_audit_walk_stops_when_its_operation_is_cancelled(qtbot, tmp_path: Path):
    """The security report walks the whole audit chain (long on a busy desk): a lock cancels it mid-walk."""
    session, _ = Device.set_up(tmp_path / "data", OfficeInfo("Disnaker Kota Bogor", "3271", "32.71"), "kepala",
                               "Kepala", "rahasia-kepala-1", kdf=CHEAP_KDF)
    for n in range(2500):
        session.audit.record("export", rows=n)
    runner = OperationRunner()
    checks: list[int] = []
    said: list[str] = []
    original = session.audit.verify

    def counted_walk(*, checkpoint):  # the real walk; counts how far it got
        def check() -> None:
            checks.append(1)
            checkpoint()
            if len(checks) == 1:
                report.cancel()  # the lock comes while the walk is at entry 1,000

        return original(checkpoint=check)

    session.audit.verify = counted_walk  # type: ignore[method-assign]
    report = session_ops.security_report(runner, session).success(lambda _r: said.append("report")) \
        .cancelled(lambda: said.append("cancelled")).run()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    runner.shutdown()
    session.close()
    assert said == ["cancelled"] and len(checks) == 2, "stopped at entry 2,000 of 2,500"


def test_work_submitted_after_shutdown_is_dropped_quietly(qtbot):
    # A timer that fires while the application closes (a search pause, a preload) must not raise.
    runner = OperationRunner()
    runner.shutdown()
    ran: list[object] = []
    Operation(runner, lambda _p: ran.append("job")).success(ran.append).run()
    assert runner.submit(Pool.IO, lambda: ran.append("io job"), lambda _r, _e: None) is False
    assert ran == []


def test_cancelled_is_never_shown_as_an_error(qtbot):
    runner = OperationRunner()
    shown: list[BaseException] = []
    said: list[str] = []
    runner.unhandled_failure.connect(shown.append)

    def job(_p: Progress) -> None:
        raise Cancelled()

    Operation(runner, job).cancelled(lambda: said.append("cancelled")).run()
    qtbot.waitUntil(lambda: bool(said))
    runner.shutdown()
    assert shown == []

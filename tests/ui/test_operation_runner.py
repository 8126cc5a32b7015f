"""The operations runner: results come back on the GUI thread; nothing runs once it has shut down."""

from __future__ import annotations

import threading

from desktop.operations.runner import Operation, OperationRunner


def test_results_arrive_on_the_gui_thread(qtbot):
    runner = OperationRunner()
    seen: list[tuple[int, bool]] = []
    gui = threading.current_thread()
    on_gui = lambda value: seen.append((value, threading.current_thread() is gui))  # noqa: E731
    Operation(runner, lambda: 6 * 7).success(on_gui).run()
    qtbot.waitUntil(lambda: bool(seen))
    runner.shutdown()
    assert seen == [(42, True)]


def test_failures_reach_the_failure_callback(qtbot):
    runner = OperationRunner()
    errors: list[BaseException] = []
    Operation(runner, lambda: 1 // 0).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors))
    runner.shutdown()
    assert isinstance(errors[0], ZeroDivisionError)


def test_work_submitted_after_shutdown_is_dropped_quietly(qtbot):
    # A timer that fires while the application closes (a search pause, a preload) must not raise.
    runner = OperationRunner()
    runner.shutdown()
    ran: list[object] = []
    Operation(runner, lambda: ran.append("job")).success(ran.append).run()
    runner.submit(lambda: ran.append("network job"), lambda _r, _e: None, network=True)
    qtbot.wait(50)
    assert ran == []

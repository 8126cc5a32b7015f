"""Garbage cycles made on a worker thread are collected on the GUI thread, never on the worker."""

from __future__ import annotations

import threading
from typing import ClassVar

from desktop.ui.collector import GuiThreadCollector


class _Cycle:
    """Two of these point at each other; each notes the thread that destroyed it."""

    destroyed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.partner: _Cycle | None = None

    def __del__(self) -> None:
        _Cycle.destroyed_on.append(threading.current_thread().name)


def _make_garbage_on_a_worker() -> None:
    def work() -> None:
        for _ in range(5_000):  # far past the first generation's threshold (700)
            first, second = _Cycle(), _Cycle()
            first.partner, second.partner = second, first

    worker = threading.Thread(target=work, name="store-like-worker")
    worker.start()
    worker.join()


def test_cycles_a_worker_drops_are_collected_on_the_gui_thread(qtbot, gui_thread_collector: GuiThreadCollector) -> None:
    _Cycle.destroyed_on.clear()
    _make_garbage_on_a_worker()
    assert _Cycle.destroyed_on == [], "the worker thread collected garbage"
    qtbot.waitUntil(lambda: len(_Cycle.destroyed_on) >= 1_000, timeout=5_000)
    assert set(_Cycle.destroyed_on) == {threading.main_thread().name}


def test_stopping_collects_what_is_left_and_gives_collection_back(gui_thread_collector: GuiThreadCollector) -> None:
    import gc

    _Cycle.destroyed_on.clear()
    first, second = _Cycle(), _Cycle()
    first.partner, second.partner = second, first
    del first, second
    gui_thread_collector.stop()
    assert len(_Cycle.destroyed_on) == 2
    assert gc.isenabled()

"""How fast the records list opens and searches at 100,000 records, and how much memory it holds.

    python bench/records_list_benchmark.py [--count 100000] [--data-dir DIR] [--runs 5]

Fills an encrypted device with synthetic registrations through the demo-data
generator in a child process (once; pass --data-dir to reuse it), so the
generator's memory never shows in the figures. This process then opens the
real RecordsView offscreen and times, through the operations runner exactly
as the GUI does, each step until the table has *painted* its rows (an event
filter on the table's viewport):

- the first page: the view built and shown, count + 200 rows, painted. The
  first run pays for the first queries on a cold database and the first paint;
  the warm figure is the median of the same query repeated with the view open;
- search by NIK prefix, name substring and phone, set directly on the model:
  the view's 250 ms typing pause (debounce) is *not* included;
- fetching one more page, as when scrolling.

Prints the figures and the resident memory (RSS) before and with the list open; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop.operations.reference_ops import CurrentReference
from desktop.operations.runner import OperationRunner
from desktop.store.demo_data import OFFICE
from desktop.store.device import Device
from desktop.store.kdf import KdfParams
from desktop.store.records import RecordQuery
from desktop.ui.context import SessionSignals, UiContext
from desktop.ui.preferences import Preferences
from desktop.ui.records_view import RecordsView

PASSWORD = "bench-password-not-secret"
KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def fill(data_dir: Path, count: int) -> None:
    """Run in the child process: set the device up if needed and add records until there are `count`."""
    from desktop.domain.reference import load_reference
    from desktop.paths import resource
    from desktop.store.demo_data import add_registrations
    from desktop.store.errors import NotSetUp

    try:
        session = Device.open(data_dir).login("bench", PASSWORD)
    except NotSetUp:
        session, _ = Device.set_up(data_dir, OFFICE, "bench", "Bench Officer", PASSWORD, kdf=KDF)
    have = session.records.count_records(RecordQuery())
    if have < count:
        began = time.perf_counter()
        add_registrations(session, count - have, load_reference(resource()), seed=7)
        print(f"filled {count - have} synthetic records in {time.perf_counter() - began:.1f} s (child process)")
    session.close()


class PaintClock(QObject):
    """Times from a start to the table's first paint after the model's next `loaded` (rows on screen)."""

    def __init__(self, view: RecordsView, timeout_ms: int = 120_000) -> None:
        super().__init__(view)
        self.view, self.timeout_ms = view, timeout_ms
        self._armed = False
        self._loop: QEventLoop | None = None
        view.table.viewport().installEventFilter(self)
        view.model.loaded.connect(self._arm)

    def _arm(self, _total: int) -> None:
        self._armed = True
        self.view.table.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() == QEvent.Type.Paint:
            self._armed = False
            if self._loop is not None:
                QTimer.singleShot(0, self._loop.quit)  # once this paint has been drawn
        return False

    def wait(self, began: float) -> float:
        """Spin until painted; milliseconds since `began` (a perf_counter reading taken before starting)."""
        self._loop = loop = QEventLoop()
        give_up = QTimer(singleShot=True, interval=self.timeout_ms)
        give_up.timeout.connect(loop.quit)
        give_up.start()
        loop.exec()
        elapsed = (time.perf_counter() - began) * 1000
        if not give_up.isActive():
            print(f"  (gave up after {self.timeout_ms} ms: nothing was painted)")
        give_up.stop()
        self._loop = None
        return elapsed

    def time(self, start: Callable[[], object]) -> float:
        began = time.perf_counter()
        start()
        return self.wait(began)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fill-only", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    data_dir = options.data_dir or Path(tempfile.mkdtemp(prefix="luring-bench-")) / "data"
    if options.fill_only:
        fill(data_dir, options.count)
        return
    # The generator runs in its own process, so its memory is not counted below.
    subprocess.run([sys.executable, __file__, "--fill-only", "--data-dir", str(data_dir), "--count",
                    str(options.count)], check=True)

    app = QApplication([])
    session = Device.open(data_dir).login("bench", PASSWORD)
    total = session.records.count_records(RecordQuery())
    sample = session.records.list_records(RecordQuery(), total // 2, 1)[0]
    reg = session.records.get_registration(sample.record_id)
    surname = reg.identity.full_name.split()[-1]
    queries = {
        "NIK prefix (8 digits)": reg.identity.nik[:8],
        f"name substring ({len(surname)} chars)": surname.lower(),
        "phone (first 8 digits as typed, 08…)": "0" + reg.contact.phone[3:10],
    }
    runner = OperationRunner()
    context = UiContext(session=session, runner=runner, reference=CurrentReference(), office=OFFICE,
                        preferences=Preferences(language="en"), signals=SessionSignals())
    print(f"records on the device: {total}")
    print(f"RSS before the list (this process never ran the generator): {rss_mib():.0f} MiB")

    began = time.perf_counter()
    view = RecordsView(context)  # starts the first query itself, as in the application
    clock = PaintClock(view)  # in place before the answer can arrive: answers come through the event loop
    view.resize(1200, 700)
    view.show()
    first = clock.wait(began)
    warm = [clock.time(lambda: view.model.set_query(RecordQuery())) for _ in range(options.runs)]
    print(f"first page (count + {view.model.page_size} rows) until painted, view shown:")
    print(f"  first run (view built, cold queries, first paint): {first:.1f} ms")
    print(f"  warm, median of {options.runs}: {statistics.median(warm):.1f} ms   ({view.model.rowCount()} rows)")
    print("searches (set on the model directly: the view's 250 ms typing pause is not included):")
    for label, text in queries.items():
        times = [clock.time(lambda t=text: view.model.set_query(RecordQuery(text=t))) for _ in range(options.runs)]
        print(f"  {label}: {statistics.median(times):.1f} ms median until painted, {view.model.total} match(es)")
    clock.time(lambda: view.model.set_query(RecordQuery()))
    before = view.model.rowCount()
    began = time.perf_counter()
    view.model.fetchMore()
    while view.model.rowCount() == before and time.perf_counter() - began < 30:
        app.processEvents()
    print(f"next page while scrolling (rows added to the model): {(time.perf_counter() - began) * 1000:.1f} ms")
    print(f"RSS with the list open: {rss_mib():.0f} MiB")
    runner.shutdown()
    session.close()


if __name__ == "__main__":
    main()

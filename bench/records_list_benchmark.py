"""How fast the records list opens and searches at 100,000 records, and how much memory it holds.

    python bench/records_list_benchmark.py [--count 100000] [--data-dir DIR]

Fills an encrypted device with synthetic registrations through the demo-data
generator (once; pass --data-dir to reuse it), then opens the real RecordsView
offscreen and times, through the operations runner exactly as the GUI does:
the first page (count + 200 rows), search by NIK prefix, name substring and
phone, and fetching one more page. Prints medians; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop.operations.runner import OperationRunner
from desktop.store.demo_data import OFFICE, add_registrations
from desktop.store.device import Device
from desktop.store.kdf import KdfParams
from desktop.store.records import RecordQuery
from desktop.ui.context import UiContext
from desktop.ui.preferences import Preferences
from desktop.ui.records_view import RecordsView

PASSWORD = "bench-password-not-secret"
KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
RUNS = 5


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def wait_for(signal: object, start: object, timeout_ms: int = 60_000) -> float:
    """Run `start()`, spin the event loop until `signal` fires; returns elapsed milliseconds."""
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    began = time.perf_counter()
    start()  # type: ignore[operator]
    loop.exec()
    elapsed = (time.perf_counter() - began) * 1000
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=None)
    options = parser.parse_args()
    data_dir = options.data_dir or Path(tempfile.mkdtemp(prefix="luring-bench-")) / "data"
    if Device.is_set_up(data_dir):
        session = Device.open(data_dir).login("bench", PASSWORD)
    else:
        session, _ = Device.set_up(data_dir, OFFICE, "bench", "Bench Officer", PASSWORD, kdf=KDF)
    have = session.count_records(RecordQuery())
    if have < options.count:
        began = time.perf_counter()
        add_registrations(session, options.count - have, seed=7)
        print(f"filled {options.count - have} synthetic records in {time.perf_counter() - began:.1f} s")
    total = session.count_records(RecordQuery())
    sample = session.list_records(RecordQuery(), total // 2, 1)[0]
    reg = session.get_registration(sample.record_id)
    surname = reg.identity.full_name.split()[-1]
    queries = {
        "NIK prefix (8 digits)": reg.identity.nik[:8],
        f"name substring ({len(surname)} chars)": surname.lower(),
        "phone (first 8 digits as typed, 08…)": "0" + reg.contact.phone[3:10],
    }

    app = QApplication([])
    runner = OperationRunner()
    context = UiContext(session=session, runner=runner, preferences=Preferences(), language="en", office=OFFICE)
    print(f"records on the device: {total}")
    print(f"RSS before the list: {rss_mib():.0f} MiB")
    view = RecordsView(context)
    firsts = [wait_for(view.model.loaded, lambda: view.model.set_query(RecordQuery())) for _ in range(RUNS)]
    view.show()
    app.processEvents()
    print(f"first page (count + {view.model.page_size} rows), median of {RUNS}: {statistics.median(firsts):.1f} ms"
          f"  (first run {firsts[0]:.1f} ms)")
    for label, text in queries.items():
        times, found = [], 0
        for _ in range(RUNS):
            times.append(wait_for(view.model.loaded, lambda t=text: view.model.set_query(RecordQuery(text=t))))
            found = view.model.total
        print(f"search {label}: {statistics.median(times):.1f} ms median, {found} match(es)")
    view.model.set_query(RecordQuery())
    wait_for(view.model.loaded, lambda: None, 5_000)
    before = view.model.rowCount()
    began = time.perf_counter()
    view.model.fetchMore()
    while view.model.rowCount() == before and time.perf_counter() - began < 30:
        app.processEvents()
    print(f"next page while scrolling: {(time.perf_counter() - began) * 1000:.1f} ms")
    print(f"RSS with the list open: {rss_mib():.0f} MiB")
    runner.shutdown()
    session.close()


if __name__ == "__main__":
    main()

"""How long a sync report takes at 100,000 registrations, and its peak memory, for CSV, XLSX and PDF.

    python bench/report_benchmark.py [--count 100000] [--data-dir DIR] [--pdf-records 10000]

Fills an encrypted device with synthetic registrations (`luring demo-data`'s
generator, in a child process; pass --data-dir to reuse it), gives them the
centre's answers a real desk sees (accepted, verified, rejected with reasons,
needing correction), then writes each report in a fresh child process so each
peak resident memory (ru_maxrss) is its own:

- CSV and XLSX of every record (the whole period);
- XLSX also with openpyxl's write-only mode, the alternative the XLSX writer was chosen against;
- PDF of the latest days holding about --pdf-records records (the target: a month of 10,000), and of all.

Prints the figures; asserts nothing. Targets: CSV <= 2 s, XLSX <= 10 s, PDF <= 5 s, memory < 300 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select, text

from desktop.store.demo_data import OFFICE
from desktop.store.device import Device
from desktop.store.kdf import KdfParams
from desktop.store.record_tables import registrations
from desktop.store.report_query import ReportFilter

PASSWORD = "bench-password-not-secret"
KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
# Of every 20 waiting records: 8 accepted, 6 verified, 1 rejected, 1 needing correction; the rest still wait.
ANSWER_BY_ROW = ("CASE WHEN rowid % 20 < 8 THEN 'accepted' WHEN rowid % 20 < 14 THEN 'verified' "
                 "WHEN rowid % 20 = 14 THEN 'rejected' WHEN rowid % 20 = 15 THEN 'needs_correction' ELSE state END")


def fill(data_dir: Path, count: int) -> None:
    from desktop.domain.reference import load_reference
    from desktop.paths import resource as resource_path
    from desktop.store.demo_data import add_registrations
    from desktop.store.errors import NotSetUp

    try:
        session = Device.open(data_dir).login("bench", PASSWORD)
    except NotSetUp:
        session, _ = Device.set_up(data_dir, OFFICE, "bench", "Bench Supervisor", PASSWORD, kdf=KDF)
    have = session.engine.connect().execute(select(func.count()).select_from(registrations)).scalar_one()
    if have < count:
        began = time.perf_counter()
        add_registrations(session, count - have, load_reference(resource_path()), seed=7)
        with session.engine.begin() as conn:  # the centre's answers, as a bulk stand-in for many syncs
            conn.execute(text(f"UPDATE outbox SET state = {ANSWER_BY_ROW} WHERE state = 'ready'"))
            conn.execute(text(
                "INSERT OR IGNORE INTO centre_reasons (record_id, version, state, reasons, decided_at, received_at) "
                "SELECT record_id, version, state, '[{\"code\": \"nik_registered\", \"field\": \"identity.nik\"}]', "
                "updated_at, updated_at FROM outbox WHERE state IN ('rejected', 'needs_correction')"))
        print(f"filled {count - have} synthetic records in {time.perf_counter() - began:.1f} s (child process)")
    session.close()


def write_one(data_dir: Path, form: str, days: int, out: Path) -> None:
    """In a child process: one report, its time and peak memory as JSON on stdout."""
    from desktop.operations.reports import write_report
    from desktop.reports.sync_report import ReportRequest

    device = Device.open(data_dir)
    session = device.login("bench", PASSWORD)
    today = dt.date.today()
    where = ReportFilter(today - dt.timedelta(days=days - 1), today, tz=dt.timezone(dt.timedelta(hours=7)))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    began = time.perf_counter()
    if form == "xlsx-openpyxl":
        records = _openpyxl_details(session, where, out)
    else:
        done = write_report(session, ReportRequest(where), form, out, office=device.office, device_id="bench")
        records = done.records
    elapsed = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    session.close()
    print(json.dumps({"seconds": elapsed, "records": records, "peak_mib": peak, "before_mib": before,
                      "bytes": out.stat().st_size}))


def _openpyxl_details(session: object, where: ReportFilter, out: Path) -> int:
    """The same details sheet with openpyxl's write-only mode, for the comparison."""
    from openpyxl import Workbook

    from desktop.reports.sync_report import ReportRequest, gather

    report = gather(session, ReportRequest(where), office=OFFICE, device_id="bench")  # type: ignore[arg-type]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Rincian data")
    sheet.append(report.columns())
    count = 0
    for row in report.rows():
        sheet.append(report.cells(row))
        count += 1
    book.save(out)
    return count


def days_holding(data_dir: Path, wanted: int) -> int:
    """How many of the latest days hold about `wanted` records."""
    session = Device.open(data_dir).login("bench", PASSWORD)
    with session.engine.connect() as conn:
        days = conn.execute(select(func.date(registrations.c.created_at), func.count())
                            .group_by(func.date(registrations.c.created_at))
                            .order_by(func.date(registrations.c.created_at).desc())).all()
    session.close()
    total = 0
    for n, (_day, count) in enumerate(days, start=1):
        total += count
        if total >= wanted:
            return n
    return max(1, len(days))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--pdf-records", type=int, default=10_000)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--fill-only", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    data_dir = options.data_dir or Path(tempfile.mkdtemp(prefix="luring-bench-")) / "data"
    if options.child:
        form, days, out = options.child
        write_one(data_dir, form, int(days), Path(out))
        return
    if options.fill_only:
        fill(data_dir, options.count)
        return
    # The generator runs in its own process, so its memory is not counted below.
    subprocess.run([sys.executable, __file__, "--fill-only", "--data-dir", str(data_dir), "--count",
                    str(options.count)], check=True)
    month = days_holding(data_dir, options.pdf_records)
    out_dir = Path(tempfile.mkdtemp(prefix="luring-reports-"))
    runs = [("csv", 400), ("xlsx", 400), ("xlsx-openpyxl", 400), ("pdf", month), ("pdf", 400)]
    print(f"{'report':<16}{'records':>9}{'seconds':>9}{'peak MiB':>10}{'at start':>10}{'file MiB':>10}")
    for form, days in runs:
        out = out_dir / f"report-{form}-{days}.{form.split('-')[0]}"
        child = subprocess.run([sys.executable, __file__, "--data-dir", str(data_dir), "--child", form, str(days),
                                str(out)], check=True, capture_output=True, text=True)
        figures = json.loads(child.stdout.strip().splitlines()[-1])
        print(f"{form:<16}{figures['records']:>9,}{figures['seconds']:>9.2f}{figures['peak_mib']:>10.0f}"
              f"{figures['before_mib']:>10.0f}{figures['bytes'] / 2**20:>10.1f}")
    print(f"(files in {out_dir}; data in {data_dir})")


if __name__ == "__main__":
    main()

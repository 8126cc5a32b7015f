"""USB hand-over time: exporting a field device's waiting records as bundle parts, and importing them at the centre,
each against copying the same number of bytes on the same disk.

    python bench/bundle_benchmark.py [--records 10000] [--no-photos]

A real encrypted device (cheap key derivation: log-in is not measured) in a
temporary folder is filled through the store's bulk path with ready
registrations, one distinct ~200 KB photo each (as bench/sync_benchmark.py
makes them), and enrolled with a reference centre (SQLite) on 127.0.0.1; the
centre is then stopped: the field device never connects again. Timed:

    export  = `desktop.operations.handover.export_bundle` (freezing each
              version's seal, sealing each document, signing the parts,
              checking the free space, writing and syncing every part)
    import  = `luring central import-bundle` over every part (each part's
              signature, opening and checking each record, storing it and
              its documents) into the centre's database
    copy    = the parts copied file by file to another folder of the same
              disk and synced: the bytes any hand-over must at least move

Prints records per second, MB per second and both ratios to the copy. The
centre's counts are checked: exactly N records. Setup is printed, not timed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sync_benchmark import counts, make_device, twin_centres  # noqa: E402

from desktop.operations.handover import export_bundle  # noqa: E402
from sync.server.central import open_central  # noqa: E402
from sync.server.config import Settings  # noqa: E402
from sync.server.handover_cli import import_bundles  # noqa: E402


def copy_and_sync(files: tuple[Path, ...], folder: Path) -> float:
    folder.mkdir()
    began = time.perf_counter()
    for path in files:
        target = folder / path.name
        shutil.copyfile(path, target)
        with open(target, "rb") as copied:
            os.fsync(copied.fileno())
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--no-photos", action="store_true")
    options = parser.parse_args(argv)
    records = options.records
    with tempfile.TemporaryDirectory(prefix="luring-bundle-bench-") as temp:
        folder = Path(temp)
        session, setup, photo_bytes = make_device(folder / "device", records, not options.no_photos)
        try:
            centre, _twin = twin_centres(folder, session, 1)
            print(f"{records:,} registrations, {photo_bytes / 1e6:,.0f} MB of photos (setup {setup:.1f} s)", flush=True)
            stick = folder / "stick"
            stick.mkdir()
            began = time.perf_counter()
            result = export_bundle(session, stick)
            export_seconds = time.perf_counter() - began
        finally:
            session.close()
        size = sum(path.stat().st_size for path in result.files)
        copy_seconds = copy_and_sync(result.files, folder / "copied")
        central = open_central(Settings.for_folder(centre))
        began = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):  # a line per part
            refused = import_bundles(central, list(result.files))
        import_seconds = time.perf_counter() - began
        central.engine.dispose()
        held = counts(centre)
    print(f"  bundle: {len(result.files)} part(s), {size / 1e6:,.0f} MB, {result.records:,} records, "
          f"{result.documents:,} documents")
    print(f"  copy of the same bytes (synced): {copy_seconds:.1f} s ({size / 1e6 / copy_seconds:,.0f} MB/s)")
    for label, seconds in (("export", export_seconds), ("import at the centre", import_seconds)):
        print(f"  {label}: {seconds:.1f} s, {records / seconds:,.0f} records/s, {size / 1e6 / seconds:,.0f} MB/s, "
              f"{seconds / copy_seconds:.1f}x the copy")
    exact = refused == 0 and held.records == records
    print(f"  centre holds {held.records:,} records (exactly {records:,}: {'yes' if exact else 'NO'})")
    return 0 if exact else 1


if __name__ == "__main__":
    sys.exit(main())

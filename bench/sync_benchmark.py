"""Records per second syncing a real device store to the reference server, against posting the same bytes.

    python bench/sync_benchmark.py [--records 100000] [--photo-records 2000] [--workers 1] [--profile]

A real encrypted device (cheap key derivation: log-in is not measured) in a
temporary folder is filled through the store's bulk path (`bulk_insert`, as
bench/store_benchmark.py does), every registration ready to send, and enrolled
with the reference server (SQLite, `serve --workers N`) on 127.0.0.1. Before
anything is sent, that centre's folder (keys, database with the device in it)
is copied to a twin, served the same way: the twin opens exactly the bytes the
engine seals. Then one `SyncEngine.run_once` syncs everything to the first
centre, keeping every batch and document its client sends; afterwards the
very same frozen sealed bytes, batched identically and in the same order, are
posted with a plain `CentralClient` to the twin. One after the other, not
interleaved: the engine overlaps its store work with the batch on the wire,
so a twin post between its batches would hide that work and flatter it. So:

    engine  = the whole run_once (claiming and sealing, freezing, HTTP, verdicts,
              document uploads, decisions, audit checkpoint)
    raw     = the twin's posts only (CentralClient.upload_batch / upload_attachment)

and engine/raw is what the engine and its outbox cost on top of the wire and
the centre. Both centres' counts are checked: exactly N records, N versions.

Without photos the run is --records (100,000 by default). With photos each
registration carries one distinct ~200 KB JPEG (added through
`session.attachments.add`, cleaned like an officer's); 100,000 of them would be
20 GB in each of three databases, so --photo-records defaults to 2,000 (about
400 MB). Setup (making the store) is not timed but printed.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import datetime as dt
import io
import itertools
import os
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from PIL import Image  # noqa: E402
from store_benchmark import REFERENCE, people  # noqa: E402

from desktop.domain.registration import AttachmentKind, AttachmentRef  # noqa: E402
from desktop.operations.sync_setup import engine_for, request_enrolment  # noqa: E402
from desktop.store.demo_data import bulk_insert  # noqa: E402
from desktop.store.device import Device, OfficeInfo  # noqa: E402
from desktop.store.kdf import KdfParams  # noqa: E402
from desktop.store.outbox_table import RecordStatus  # noqa: E402
from desktop.store.session import Session  # noqa: E402
from sync.answers import ItemResult  # noqa: E402
from sync.client import CentralClient  # noqa: E402
from sync.engine import SyncSummary  # noqa: E402
from sync.fingerprint import fingerprint_text  # noqa: E402
from sync.protocol import Outcome, SealedItem  # noqa: E402
from sync.sequence import ReservedSequence  # noqa: E402
from sync.server.central import issue_enrolment_code, open_central  # noqa: E402
from sync.server.config import Settings  # noqa: E402
from sync.server.stats import CentreCounts, count  # noqa: E402
from sync.server.subprocess_server import ServerProcess  # noqa: E402
from sync.signing import DeviceKey, SequenceCounter  # noqa: E402

PASSWORD = "benchmark password"
OFFICE = OfficeInfo("Disnaker (benchmark)", "3201", "32.01")
CHEAP = KdfParams(memory_kib=1024, iterations=1)
PHOTO_SIDE = (700, 525)  # random texture at this size cleans to a JPEG of about 200 KB


class RecordingClient(CentralClient):
    """The engine's client; it keeps each batch and document it sends, to post them unchanged to the twin after."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.sent: list[list[SealedItem] | tuple[str, bytes]] = []

    def upload_batch(self, items: list[SealedItem]) -> list[ItemResult]:
        results = super().upload_batch(items)
        self.sent.append(items)
        return results

    def upload_attachment(self, sha256_hex: str, sealed: bytes) -> bool:
        stored = super().upload_attachment(sha256_hex, sealed)
        self.sent.append((sha256_hex, sealed))
        return stored


def post_again(twin: CentralClient, sent: list[list[SealedItem] | tuple[str, bytes]]) -> tuple[float, int]:
    """Post what the engine sent, in the same order and batches, to the twin: (seconds, records held)."""
    held = 0
    began = time.perf_counter()
    for request in sent:
        if isinstance(request, tuple):
            twin.upload_attachment(*request)
        else:
            held += sum(r.outcome in (Outcome.ACCEPTED, Outcome.ALREADY_HAVE) for r in twin.upload_batch(request))
    return time.perf_counter() - began, held


def photos(session: Session, count: int) -> Iterator[AttachmentRef]:
    """`count` distinct ~200 KB photos, stored the way an officer's are (cleaned, keyed by SHA-256)."""
    width, height = PHOTO_SIDE
    texture = Image.frombytes("RGB", (width // 2, height // 2), os.urandom(width * height * 3 // 4))
    base = texture.resize((width, height))
    for n in range(count):
        image = base.copy()
        for bit in range(20):  # n in binary as a row of black and white squares: each photo its own
            image.paste((255, 255, 255) if n >> bit & 1 else (0, 0, 0), (bit * 24, 0, bit * 24 + 24, 24))
        data = io.BytesIO()
        image.save(data, "JPEG", quality=90)
        yield session.attachments.add(AttachmentKind.KTP, data.getvalue())


def make_device(folder: Path, records: int, with_photos: bool) -> tuple[Session, float, int]:
    """A device with `records` ready registrations (one photo each if asked); (session, setup s, photo bytes)."""
    began = time.perf_counter()
    session, _recovery = Device.set_up(folder, OFFICE, "kepala", "Kepala Seksi", PASSWORD, kdf=CHEAP)
    refs = photos(session, records) if with_photos else itertools.repeat(None)
    photo_bytes = 0
    items = people(records, seed=7, start=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    while chunk := list(itertools.islice(items, 5000)):
        ready = []
        for (reg, _status, when), ref in zip(chunk, refs, strict=False):
            if ref is not None:
                reg = dataclasses.replace(reg, attachments=(ref,))
                photo_bytes += ref.size
            ready.append((reg, RecordStatus.READY, when))
        bulk_insert(session.engine, "kepala", ready, REFERENCE.versions)
    return session, time.perf_counter() - began, photo_bytes


def twin_centres(folder: Path, session: Session, workers: int) -> tuple[Path, Path]:
    """A centre with the device enrolled, and a copy of it made before anything is sent."""
    first, twin = folder / "centre", folder / "twin"
    first.mkdir(mode=0o700)
    central = open_central(Settings.for_folder(first))
    code, words = issue_enrolment_code(central.sessions, OFFICE.disnaker_code), fingerprint_text(
        central.keys.centre_public)
    central.engine.dispose()
    with ServerProcess(first, ["--workers", str(workers)]) as server:
        pending = request_enrolment(server.url, code, label="benchmark")
        assert pending.matches(words)
        session.enrolment.enrol(pending.to_store())
    shutil.copytree(first, twin)
    return first, twin


def counts(centre: Path) -> CentreCounts:
    return count(f"sqlite:///{centre / 'central.db'}")


def run(label: str, records: int, with_photos: bool, options: argparse.Namespace) -> bool:
    with tempfile.TemporaryDirectory(prefix="luring-sync-bench-") as temp, ExitStack() as stack:
        folder = Path(temp)
        session, setup, photo_bytes = make_device(folder / "device", records, with_photos)
        stack.callback(session.close)
        first, twin_dir = twin_centres(folder, session, options.workers)
        print(f"{label}: {records:,} registrations{f', {photo_bytes / 1e6:,.0f} MB of photos' if with_photos else ''}"
              f" (setup {setup:.1f} s)", flush=True)
        extra = ["--workers", str(options.workers)]
        server = stack.enter_context(ServerProcess(first, extra))
        twin_server = stack.enter_context(ServerProcess(twin_dir, extra))
        enrolled = session.enrolment.current()
        assert enrolled is not None
        key = DeviceKey.from_private_bytes(enrolled.device_private_key)
        twin = CentralClient(twin_server.url, key, enrolled.device_id, next_seq=SequenceCounter(), timeout=300)
        client = RecordingClient(server.url, key, enrolled.device_id, timeout=300,
                                 next_seq=ReservedSequence(session.enrolment))
        engine = engine_for(session)
        engine.client.close()
        engine.client = client
        stack.callback(client.close)
        stack.callback(twin.close)
        profile = cProfile.Profile() if options.profile else None
        began = time.perf_counter()
        if profile is not None:
            profile.enable()
        summary: SyncSummary = engine.run_once(force=True)
        if profile is not None:
            profile.disable()
        engine_seconds = time.perf_counter() - began
        raw, twin_held = post_again(twin, client.sent)
        print(f"  engine run_once: {records / engine_seconds:,.0f} records/s ({engine_seconds:.1f} s)")
        print(f"  raw CentralClient, same sealed bytes and batches: {records / raw:,.0f} records/s ({raw:.1f} s)")
        if with_photos:
            print(f"  photos: engine {photo_bytes / 1e6 / engine_seconds:.1f} MB/s, raw {photo_bytes / 1e6 / raw:.1f}"
                  f" MB/s ({summary.attachments_uploaded:,} uploaded)")
        print(f"  engine/raw: {engine_seconds / raw:.2f}x (the engine's own cost is within 2x:"
              f" {'yes' if engine_seconds / raw <= 2 else 'NO'})")
        return report(summary, twin_held, records, with_photos, (counts(first), counts(twin_dir)), profile)


def report(summary: SyncSummary, twin_held: int, records: int, with_photos: bool,
           centres: tuple[CentreCounts, CentreCounts], profile: cProfile.Profile | None) -> bool:
    wanted = {"records": records, "record_versions": records, "attachments": records if with_photos else 0}
    exact = summary.error == "" and summary.held == records and not summary.refused and twin_held == records
    for name, held in zip(("centre", "twin"), centres, strict=True):
        got = {k: held.to_json()[k] for k in wanted}
        print(f"  {name} holds {got}")
        exact = exact and got == wanted
    print(f"  sent {summary.sent:,}, held {summary.held:,}, refused {len(summary.refused)},"
          f" checkpoint {summary.checkpoint or '-'}; "
          + ("both hold exactly what was sent, once" if exact else f"MISMATCH {summary.as_dict()}"), flush=True)
    if profile is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    return exact


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--records", type=int, default=100_000, help="registrations without photos")
    parser.add_argument("--photo-records", type=int, default=2_000, help="registrations with a ~200 KB photo each")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes (SQLite: one writer)")
    parser.add_argument("--profile", action="store_true", help="cProfile the engine's run (cumulative, top 30)")
    options = parser.parse_args(argv)
    began = time.perf_counter()
    exact = True
    if options.records > 0:
        exact = run("without photos", options.records, False, options) and exact
    if options.photo_records > 0:
        exact = run("with photos", options.photo_records, True, options) and exact
    print(f"wall time {time.perf_counter() - began:.0f} s")
    return 0 if exact else 1


if __name__ == "__main__":
    sys.exit(main())

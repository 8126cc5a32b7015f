"""`luring central ...`: run the reference server and its small admin tools.

    luring central serve [--data-dir DIR] [--db URL] [--host 127.0.0.1] [--port 8443] [--workers N] [fault options]
    luring central enrol-code --office CODE [--data-dir DIR] [--db URL] [--hours 72]
    luring central decide --record UUID [--version N] (--verify | --reject REASON | --needs-correction REASON)
    luring central stats [--data-dir DIR] [--db URL] [--json]
    luring central import-bundle [--data-dir DIR] [--db URL] FILE...
    luring central receipt [--data-dir DIR] [--db URL] --device ID --out FILE
    luring central revoke [--data-dir DIR] [--db URL] --device ID [--reason TEXT]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from sync.protocol import Decision as DecisionKind
from sync.server.config import OFFICE_CODE, Faults, Settings

if TYPE_CHECKING:
    from fastapi import FastAPI

    from sync.server.central import Central

DEFAULT_DATA_DIR = Path("central-data")
SERVE_ARGS = "LURING_CENTRAL_SERVE_ARGS"  # how `serve --workers N` hands its arguments to the worker processes


def main(argv: list[str]) -> int:
    options = _parser().parse_args(argv)
    settings = _settings(options)
    if options.command == "stats":
        return _stats(settings.db_url, as_json=options.json)
    if options.command == "serve":
        return _serve(options, settings, argv)
    if options.command in ("import-bundle", "receipt"):
        return _handover(options, settings)
    if options.command == "revoke":
        return _revoke(settings, options.device, options.reason)
    if options.command == "enrol-code":
        from sync.fingerprint import fingerprint_text
        from sync.server.central import issue_enrolment_code, open_central

        central = open_central(settings)
        try:
            print(issue_enrolment_code(central.sessions, options.office, options.hours))
            # Given with the code: the supervisor compares it with the words the device shows at enrolment.
            print("Sidik kunci pusat / centre key fingerprint: " + fingerprint_text(central.keys.centre_public))
        finally:
            central.engine.dispose()
        return 0
    return _decide(options, settings)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="luring central", description="Reference central server (API v1)")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the HTTP server")
    _common(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--workers", type=_workers, default=1,
                       help="worker processes (1 to 64; several are for PostgreSQL, SQLite takes one writer at a time)")
    serve.add_argument("--batch-limit", type=int, default=None, help="largest batch body in bytes")
    serve.add_argument("--device-rate", type=_per_period, default=None,
                       help="signed requests a device may make per minute (default 3000)")
    serve.add_argument("--nik-refusals-per-hour", type=_per_period, default=None,
                       help="'NIK registered' answers a device may get per hour before its batches wait (default 200)")
    serve.add_argument("--fault-500", type=float, default=0.0, help="share of requests answered 500")
    serve.add_argument("--fault-503", type=float, default=0.0, help="share answered 503 with Retry-After")
    serve.add_argument("--fault-429", type=float, default=0.0, help="share answered 429 with Retry-After")
    serve.add_argument("--fault-close", type=float, default=0.0, help="share cut off mid-response")
    serve.add_argument("--fault-latency-ms", type=int, default=0, help="latency added to every request")
    serve.add_argument("--fault-seed", type=int, default=None)
    serve.add_argument("--ssl-certfile", default=None)
    serve.add_argument("--ssl-keyfile", default=None)

    code = commands.add_parser("enrol-code", help="issue a one-time enrolment code for an office")
    _common(code)
    code.add_argument("--office", required=True, type=_office_code, help="the office's Disnaker code")
    code.add_argument("--hours", type=_positive, default=72, help="hours until the code expires")

    decide = commands.add_parser("decide", help="record the centre's decision on a record")
    _common(decide)
    decide.add_argument("--record", required=True, help="record UUID")
    decide.add_argument("--version", type=int, default=None, help="version (default: the latest)")
    choice = decide.add_mutually_exclusive_group(required=True)
    choice.add_argument("--verify", action="store_true")
    choice.add_argument("--reject", metavar="REASON")
    choice.add_argument("--needs-correction", metavar="REASON")

    stats = commands.add_parser("stats", help="count what the centre holds (reads only)")
    _common(stats)
    stats.add_argument("--json", action="store_true", help="one JSON object instead of lines")

    imported = commands.add_parser("import-bundle", help="import bundle files brought to the centre")
    _common(imported)
    imported.add_argument("files", nargs="+", type=Path, help="the bundle's part files, in any order")

    receipt = commands.add_parser("receipt", help="write a receipt file for a device (its results and decisions)")
    _common(receipt)
    receipt.add_argument("--device", required=True, help="the device id")
    receipt.add_argument("--out", required=True, type=Path, help="the receipt file to write")

    revoke = commands.add_parser("revoke", help="refuse a device from its next request (a laptop lost or stolen)")
    _common(revoke)
    revoke.add_argument("--device", required=True, help="the device id")
    revoke.add_argument("--reason", default="", help="why, for the centre's records (no personal data)")

    return parser


def _revoke(settings: Settings, device_id: str, reason: str) -> int:
    from sync.server.central import open_central
    from sync.server.models import Device, Receipt, Revocation

    central = open_central(settings)
    try:
        with central.sessions() as session:
            if session.get(Device, device_id) is None:
                print("no such device", file=sys.stderr)
                return 2
            if session.get(Revocation, device_id) is None:
                session.add(Revocation(device_id=device_id, reason=reason[:200]))
                session.add(Receipt(device_id="operator", kind="revocation", subject=device_id, detail=reason[:200]))
                session.commit()
        print(f"revoked {device_id}")
        return 0
    finally:
        central.engine.dispose()


def _handover(options: argparse.Namespace, settings: Settings) -> int:
    from sync.server.central import open_central
    from sync.server.handover_cli import import_bundles, write_receipt_file

    central = open_central(settings)
    try:
        if options.command == "import-bundle":
            return import_bundles(central, options.files)
        return write_receipt_file(central, options.device, options.out)
    finally:
        central.engine.dispose()


def _office_code(text: str) -> str:
    if not OFFICE_CODE.match(text):
        raise argparse.ArgumentTypeError("1 to 64 letters, digits, '.', '-' or '_'")
    return text


def _workers(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 64:
        raise argparse.ArgumentTypeError("a whole number of processes, 1 to 64")
    return int(text)


def _per_period(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 1_000_000:
        raise argparse.ArgumentTypeError("a whole number, 1 to 1,000,000")
    return int(text)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError("a whole number of hours, at least 1")
    return int(text)


def _common(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR, help="keys and reference data (owner-only)")
    sub.add_argument("--db", default=None, help="SQLAlchemy URL (default: SQLite file in the data folder)")


def _settings(options: argparse.Namespace) -> Settings:
    faults = Faults()
    extra: dict[str, object] = {}
    if options.command == "serve":
        faults = Faults(error_500=options.fault_500, unavailable_503=options.fault_503,
                        rate_limited_429=options.fault_429, close_connection=options.fault_close,
                        latency_ms=options.fault_latency_ms, seed=options.fault_seed)
        if options.batch_limit:
            extra["batch_limit"] = options.batch_limit
        if options.device_rate:
            extra["device_requests_per_minute"] = options.device_rate
        if options.nik_refusals_per_hour:
            extra["nik_refusals_per_hour"] = options.nik_refusals_per_hour
    return Settings.for_folder(options.data_dir, options.db, faults=faults, **extra)


def _serve(options: argparse.Namespace, settings: Settings, argv: list[str]) -> int:
    import uvicorn

    from sync.server.app import create_app
    from sync.server.central import open_central

    server = {"host": options.host, "port": options.port, "log_level": "warning", "date_header": False,
              "server_header": False, "ssl_certfile": options.ssl_certfile, "ssl_keyfile": options.ssl_keyfile}
    if options.workers == 1:
        uvicorn.run(create_app(settings), **server)
        return 0
    # Keys, tables and triggers are made here, once, so that the workers starting together never race to make them.
    open_central(settings).engine.dispose()
    os.environ[SERVE_ARGS] = json.dumps(argv)
    uvicorn.run(f"{__name__}:app_from_environment", factory=True, workers=options.workers, **server)
    return 0


def app_from_environment() -> FastAPI:
    """The application each worker process builds, from the `serve` arguments the parent process was given."""
    from sync.server.app import create_app

    options = _parser().parse_args(json.loads(os.environ[SERVE_ARGS]))
    return create_app(_settings(options))


def _stats(url: str, *, as_json: bool) -> int:
    from sync.server.stats import StatsUnavailable, count

    try:
        counts = count(url)
    except StatsUnavailable as exc:
        print(f"luring central stats: {exc.id} / {exc.en}", file=sys.stderr)
        return 2
    print(json.dumps(counts.to_json(), indent=2) if as_json else "\n".join(counts.lines()))
    return 0


def _decide(options: argparse.Namespace, settings: Settings) -> int:
    from sync.server.central import open_central

    if options.verify:
        kind, reason = DecisionKind.VERIFIED, ""
    elif options.reject:
        kind, reason = DecisionKind.REJECTED, options.reject
    else:
        kind, reason = DecisionKind.NEEDS_CORRECTION, options.needs_correction
    central = open_central(settings)
    try:
        return _record_decision(central, options.record.lower(), options.version, kind, reason)
    finally:
        central.engine.dispose()  # the connections close now, not whenever they are collected


def _record_decision(central: Central, record_id: str, version: int | None, kind: DecisionKind, reason: str) -> int:
    from sync.server.models import Decision, Receipt, Record

    with central.sessions() as session:
        query = select(Record).where(Record.record_id == record_id)
        if version is not None:
            query = query.where(Record.version == version)
        record = session.scalar(query.order_by(Record.version.desc()).limit(1))
        if record is None:
            print("no such record", file=sys.stderr)
            return 2
        decision = Decision(device_id=record.device_id, record_id=record.record_id, version=record.version,
                            decision=kind.value, reason=reason[:500])
        session.add(decision)
        session.add(Receipt(device_id="operator", kind="decision", subject=f"{record.record_id}/{record.version}",
                            detail=kind.value))
        session.commit()
        print(f"{kind.value} {record.record_id} v{record.version} cursor={decision.id}")
    return 0


if __name__ == "__main__":  # `python -m sync.server.cli ...`, e.g. the conformance suite's decide command
    sys.exit(main(sys.argv[1:]))

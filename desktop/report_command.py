"""`luring report ...`: a sync report written headless, and a report PDF checked.

    luring report --data-dir DIR --from DATE --to DATE [--officer U] [--region CODE] [--status S]
                  [--language id|en] [--named] --format csv|xlsx|pdf --out FILE
    luring report verify FILE

Dates are YYYY-MM-DD, whole days in this computer's time zone. The password
comes from LURING_PASSWORD (asked for on a terminal when unset); `--user` names
the supervisor. `--named` lists names and full NIKs and is audit-logged.

Exit codes: 0 done (verify: genuine); 1 refused or not genuine; 2 a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from desktop.domain.messages import DomainError
from desktop.operations import reports
from desktop.reports import signature
from desktop.store.device import Device
from desktop.store.outbox_table import RecordStatus
from desktop.store.report_query import ReportFilter, local_zone
from desktop.sync_command import _log_in, _say

EXIT_REFUSED, EXIT_USAGE = 1, 2
_PROBLEMS = {
    "unsigned": ("Berkas ini tidak bertanda tangan perangkat", "This file carries no device signature"),
    "malformed": ("Tanda tangan berkas ini rusak", "This file's signature is damaged"),
    "file_changed": ("Berkas ini DIUBAH setelah ditandatangani", "This file was CHANGED after it was signed"),
    "bad_signature": ("Tanda tangan TIDAK cocok dengan isinya", "The signature does NOT match the content"),
}


def main(argv: list[str]) -> int:
    if argv[:1] == ["verify"]:
        return _verify(argv[1:])
    options = _parser().parse_args(argv)
    try:
        where = ReportFilter(options.first, options.last, tz=local_zone(), officer=options.officer,
                             region=options.region, status=options.status)
        device = Device.open(options.data_dir)
        session = _log_in(options.data_dir, options.user)
        try:
            request = reports.ReportRequest(where, options.language, named=options.named)
            done = reports.write_report(session, request, options.format, options.out,
                                        office=session.office or device.office, device_id=device.device_id)
        finally:
            session.close()
    except DomainError as error:
        _say(error.message.text("id"), error.message.text("en"))
        return EXIT_REFUSED
    print(f"Laporan ditulis / report written: {options.out} ({done.records} data / records)")
    print(f"SHA-256: {done.content_sha256}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="luring report", description="Laporan sinkronisasi / sync report",
                                     epilog="luring report verify FILE: check a report PDF's signature")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--user", default=None, help="the supervisor to log in as (default: the only one)")
    parser.add_argument("--from", dest="first", type=_date, required=True, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="last", type=_date, required=True, help="last day, YYYY-MM-DD")
    parser.add_argument("--officer", default="", help="one officer's username")
    parser.add_argument("--region", default="", help="a province, regency, district or village code")
    parser.add_argument("--status", type=RecordStatus, choices=list(RecordStatus), default=None)
    parser.add_argument("--language", choices=("id", "en"), default="id")
    parser.add_argument("--named", action="store_true", help="names and full NIKs (audit-logged)")
    parser.add_argument("--format", choices=reports.FORMATS, required=True)
    parser.add_argument("--out", type=Path, required=True)
    return parser


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("a date as YYYY-MM-DD, for example 2026-12-01") from None


def _verify(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="luring report verify", description="check a report PDF")
    parser.add_argument("file", type=Path)
    options = parser.parse_args(argv)
    try:
        data = options.file.read_bytes()
    except OSError:
        _say("Berkas tidak dapat dibaca", "The file cannot be read")
        return EXIT_REFUSED
    result = signature.verify(data)
    if result.device_id:
        print(f"Perangkat / device: {result.device_id}")
        print(f"Sidik kunci / key fingerprint: {result.key_fingerprint}")
        print(f"SHA-256 isi / content: {result.content_sha256}")
    if not result.ok:
        _say(*_PROBLEMS[result.problem])
        return EXIT_REFUSED
    print("ASLI: berkas utuh dan ditandatangani perangkat ini / GENUINE: the file is whole and signed by this "
          "device. Bandingkan sidik kuncinya dengan catatan pusat / compare the key fingerprint with the centre's.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

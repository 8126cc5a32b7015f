"""`luring bundle ...`: hand records over on a USB stick, headless.

    luring bundle export --data-dir DIR --out FILE|FOLDER [--part-mb N]     on the field laptop
    luring bundle forward --data-dir DIR [--receipts FOLDER] FILE...        on an online device of the office
    luring bundle import-receipt --data-dir DIR FILE                        back on the field laptop

The password comes from LURING_PASSWORD (asked for on a terminal when unset);
`--user` names the account, by default the device's only supervisor.

Exit codes: 0 done; 1 refused (a message says why; for `forward`, any file
the centre refused whole); 2 a usage error; 3 the centre could not be reached.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.domain.messages import DomainError, Message
from desktop.operations import handover
from desktop.store.session import Session
from desktop.sync_command import _log_in, _say
from sync.client import CentralError
from sync.protocol import DEFAULT_BUNDLE_BYTES

EXIT_REFUSED, EXIT_USAGE, EXIT_TRY_LATER = 1, 2, 3
MEBIBYTE = 1024 * 1024


def main(argv: list[str]) -> int:
    options = _parser().parse_args(argv)
    try:
        session = _log_in(options.data_dir, options.user)
        try:
            return _run(session, options)
        finally:
            session.close()
    except DomainError as error:
        _tell(error.message)
        return EXIT_REFUSED
    except CentralError as error:
        _say("Pusat tidak dapat dihubungi; coba lagi nanti", f"The centre cannot be reached ({error.code})")
        return EXIT_TRY_LATER


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="luring bundle", description="Serah terima lewat flashdisk / USB hand-over")
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="write every record still waiting as a sealed, signed bundle")
    export.add_argument("--out", type=Path, required=True, help="the bundle file, or a folder for it")
    export.add_argument("--part-mb", type=_part_size, default=None, help="largest part in MiB (1 to 64)")
    forward = commands.add_parser("forward", help="send bundle files from another device to the centre")
    forward.add_argument("files", nargs="+", type=Path)
    forward.add_argument("--receipts", type=Path, default=None, help="folder for the receipts (default: beside each)")
    receipt = commands.add_parser("import-receipt", help="apply a receipt file from the centre")
    receipt.add_argument("file", type=Path)
    for sub in (export, forward, receipt):
        sub.add_argument("--data-dir", type=Path, required=True)
        sub.add_argument("--user", default=None, help="account to log in with (default: the only supervisor)")
    return parser


def _part_size(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 64:
        raise argparse.ArgumentTypeError("a whole number of MiB, 1 to 64")
    return int(text) * MEBIBYTE


def _run(session: Session, options: argparse.Namespace) -> int:
    if options.command == "export":
        limit = options.part_mb or DEFAULT_BUNDLE_BYTES
        done = handover.export_bundle(session, options.out, max_part_bytes=limit)
        if not done.records:
            print("Tidak ada data yang menunggu dikirim / nothing is waiting to be sent")
            return 0
        print(f"Bundel ditulis / bundle written: {done.records} data / records, {done.documents} dokumen / "
              f"documents, {len(done.files)} bagian / parts")
        for path in done.files:
            print(f"  {path}")
        return 0
    if options.command == "forward":
        return _forward(session, options.files, options.receipts)
    report = handover.import_receipt(session, options.file)
    if report.replayed:
        print("Tanda terima ini sudah dibaca sebelumnya; tidak ada yang berubah / "
              "this receipt was imported before; nothing changed")
        return 0
    print(f"Tanda terima dibaca / receipt imported: diterima pusat / accepted={report.accepted}  "
          f"keputusan / decisions={report.decisions_applied}  tidak dikenal / unknown={report.unknown}")
    return 0


def _forward(session: Session, files: list[Path], receipts: Path | None) -> int:
    refused = False
    for path in files:  # each file on its own: one refused file does not hold back the others
        folder = receipts or path.parent
        try:
            result = handover.forward_bundle(session, [path], folder)
        except handover.HandoverError as error:
            print(f"{path.name}: ditolak / refused", file=sys.stderr)
            _tell(error.message)
            refused = True
            continue
        for part in result.parts:
            if part.error is not None:
                print(f"{part.name}: ditolak / refused", file=sys.stderr)
                _tell(part.error)
                refused = True
            else:
                print(f"{part.name}: baru / new={part.new}  sudah ada / already held={part.already}  "
                      f"ditolak / refused={part.refused}")
        for path_written in result.receipts:
            print(f"  tanda terima / receipt: {path_written}")
    return EXIT_REFUSED if refused else 0


def _tell(message: Message) -> None:
    _say(message.text("id"), message.text("en"))

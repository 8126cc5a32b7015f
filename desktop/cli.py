"""The `luring` command: the application by default, and a few tools beside it.

    luring [--data-dir DIR]                 the desktop application
    luring --self-test                      check crypto, database, resources, Qt; exit 0 when all pass
    luring demo-data --data-dir DIR --count N [--user NAME]
    luring enrol --data-dir DIR --url URL --code CODE ...   enrol this device with the centre
    luring sync --data-dir DIR --once [--json]              one sync, headless
    luring bundle export|forward|import-receipt ...         hand records over on a USB stick
    luring report --data-dir DIR --from D --to D --format F --out FILE   a sync report; `report verify FILE`
    luring central serve|enrol-code|decide|stats ...   the reference central server

Each entry point is imported only when chosen, so the server never loads Qt
and the application never loads FastAPI.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.paths import default_data_dir

COMMANDS = ("bundle", "central", "demo-data", "enrol", "report", "sync")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["central"]:
        try:
            from sync.server.cli import main as central_main
        except ImportError:  # the frozen desktop build leaves the server and FastAPI out
            print("Server pusat referensi tidak ada di paket ini; jalankan dari kode sumber dengan "
                  "`pip install -e \".[server]\"`.\n"
                  "The reference central server is not in this build; run it from source after "
                  "`pip install -e \".[server]\"`.", file=sys.stderr)
            return 2
        return central_main(args[1:])
    if args[:1] in (["enrol"], ["sync"]):
        from desktop.sync_command import main as sync_main

        return sync_main(args[0], args[1:])
    if args[:1] == ["bundle"]:
        from desktop.bundle_command import main as bundle_main

        return bundle_main(args[1:])
    if args[:1] == ["report"]:
        from desktop.report_command import main as report_main

        return report_main(args[1:])
    if args[:1] == ["demo-data"]:
        from desktop.store.demo_data import main as demo_main

        return demo_main(args[1:])

    if args and not args[0].startswith("-"):
        # A mistyped or not-yet-known command must not open the window and hand its words to Qt.
        print(f"Perintah tidak dikenal / unknown command: {args[0]!r}. "
              f"Perintah / commands: {', '.join(COMMANDS)}; `luring --help`.", file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(prog="luring", description="Pendaftaran luring Kartu Prakerja",
                                     epilog="commands: " + ", ".join(COMMANDS))
    parser.add_argument("--data-dir", type=Path, default=None, help="data folder (default: the user data folder)")
    parser.add_argument("--self-test", action="store_true", help="check this installation and exit")
    options = parser.parse_args(args)  # an unknown option is an error (exit 2), never passed on to Qt
    if options.self_test:
        from desktop.self_test import run_self_test

        return run_self_test()

    from desktop.ui.start import run_application

    return run_application(options.data_dir or default_data_dir())


if __name__ == "__main__":
    sys.exit(main())

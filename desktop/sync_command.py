"""`luring enrol` and `luring sync`: enrolment and one sync without the window (scheduled use, roll-outs).

    luring enrol --data-dir DIR --url URL --code CODE [--ca-bundle FILE] [--pin SHA256]... [--fingerprint WORDS]
    luring sync --data-dir DIR --once [--json]

The password comes from LURING_PASSWORD (asked for on a terminal when unset);
`--user` names the account, by default the device's only supervisor. The
centre's key is trusted only when something vouches for it: the SPKI pins (no
proxy can then stand in the middle), a fingerprint given here or in the
installation's `centre.json`, or a person comparing the words on a terminal.

Exit codes: 0 done; 1 refused (a message says why); 2 a usage error;
3 the centre could not be reached or asked to wait (try again later).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from desktop.domain.messages import DomainError
from desktop.operations.sync_setup import engine_for, installed_fingerprint, request_enrolment
from desktop.store.device import Device
from desktop.store.session import Session
from sync.client import CentralError, CentralRefused, InvalidCentralUrl
from sync.engine import DEVICE_REFUSALS

EXIT_REFUSED, EXIT_USAGE, EXIT_TRY_LATER = 1, 2, 3


def main(command: str, argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=f"luring {command}")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--user", default=None, help="account to log in with (default: the only supervisor)")
    if command == "enrol":
        parser.add_argument("--url", required=True, help="the centre's https address")
        parser.add_argument("--code", required=True, help="the one-time enrolment code")
        parser.add_argument("--ca-bundle", default=None, help="PEM file of the CA the centre's certificate is from")
        parser.add_argument("--pin", action="append", default=[], help="SHA-256 of the centre's SPKI (repeat)")
        parser.add_argument("--fingerprint", default=None, help="the centre key's words or hex, as printed")
        parser.add_argument("--label", default="", help="a name for this device at the centre")
    else:
        parser.add_argument("--once", action="store_true", required=True, help="one sync, then exit")
        parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    options = parser.parse_args(argv)
    try:
        session = _log_in(options.data_dir, options.user)
        try:
            return _enrol(session, options) if command == "enrol" else _sync(session, options.json)
        finally:
            session.close()
    except DomainError as error:
        _say(error.message.text("id"), error.message.text("en"))
        return EXIT_REFUSED
    except InvalidCentralUrl as error:
        _say("Alamat pusat tidak dapat dipakai", f"The centre's address cannot be used ({error.code}): {error}")
        return EXIT_USAGE
    except CentralRefused as error:
        _say("Pusat menolak permintaan ini", f"The centre refused ({error.code}): {error}")
        return EXIT_REFUSED
    except CentralError as error:
        _say("Pusat tidak dapat dihubungi; coba lagi nanti", f"The centre cannot be reached ({error.code}): {error}")
        return EXIT_TRY_LATER


def _log_in(data_dir: Path, username: str | None) -> Session:
    device = Device.open(data_dir)
    if username is None:
        supervisors = [a.username for a in device.accounts() if a.is_supervisor and not a.username.startswith("#")]
        if len(supervisors) != 1:
            _say("Sebutkan akun dengan --user NAMA: perangkat ini punya lebih dari satu supervisor",
                 "Name the account with --user NAME: this device has more than one supervisor")
            raise SystemExit(EXIT_USAGE)
        username = supervisors[0]
    password = os.environ.get("LURING_PASSWORD") or getpass.getpass(f"Kata sandi / password for {username}: ")
    return device.login(username, password)


def _enrol(session: Session, options: argparse.Namespace) -> int:
    try:
        expected = options.fingerprint or installed_fingerprint()
    except ValueError as error:
        raise SystemExit(str(error)) from None
    ask = not expected and not options.pin
    if ask and not sys.stdin.isatty():
        # Before the code is spent: with nothing to compare against, a proxy could hand us its own key.
        _say("Berikan --fingerprint (kata-kata dari pusat) atau --pin",
             "Give --fingerprint (the words the centre printed) or --pin: nothing else can vouch for the key")
        return EXIT_USAGE
    pending = request_enrolment(options.url, options.code, label=options.label, ca_bundle=options.ca_bundle,
                                pins=tuple(options.pin))
    if expected and not pending.matches(expected):
        _say(f"Sidik kunci pusat TIDAK cocok: {pending.fingerprint}. Jangan lanjutkan; hubungi pusat.",
             "The centre key's fingerprint does NOT match: someone may be in the middle. Do not go on.")
        return EXIT_REFUSED
    if ask:
        print(f"Sidik kunci pusat / centre key fingerprint: {pending.fingerprint}")
        reply = input("Sama dengan yang dicetak pusat? / Same as the centre printed? [y/N] ").strip().lower()
        if reply not in ("y", "ya", "yes"):
            _say("Pendaftaran dibatalkan", "Enrolment cancelled: the key was not confirmed")
            return EXIT_REFUSED
    session.enrolment.enrol(pending.to_store())
    print(f"Perangkat terdaftar / device enrolled: {pending.answer.device_id} ({pending.answer.office_code}); "
          f"sidik kunci pusat / centre key: {pending.fingerprint}")
    return 0


def _sync(session: Session, as_json: bool) -> int:
    engine = engine_for(session)
    try:
        summary = engine.run_once(force=True)  # asked for now: the engine's own backoff does not apply
    finally:
        engine.client.close()
    counts = session.outbox.counts()
    report = {**summary.as_dict(), "waiting": counts["ready"] + counts["sending"], "failed": len(summary.refused),
              "quarantined": counts["quarantined"], "accepted": counts["accepted"], "rejected": counts["rejected"]}
    if as_json:
        print(json.dumps(report, sort_keys=True))
    else:
        print("  ".join(f"{name}={value}" for name, value in report.items()))
    if summary.error in DEVICE_REFUSALS:
        return EXIT_REFUSED
    return EXIT_TRY_LATER if summary.error else 0


def _say(text_id: str, text_en: str) -> None:
    print(text_id, file=sys.stderr)
    print(text_en, file=sys.stderr)

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
from desktop.operations.sync_setup import engine_for
from desktop.paths import resource
from desktop.store.device import Device
from desktop.store.enrolment import DeviceEnrolment
from desktop.store.session import Session
from sync.client import CentralClient, CentralError, CentralRefused, InvalidCentralUrl
from sync.engine import DEVICE_REFUSALS
from sync.fingerprint import fingerprint_text, matches
from sync.signing import DeviceKey

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
            raise SystemExit("--user NAME: this device has more than one supervisor")
        username = supervisors[0]
    password = os.environ.get("LURING_PASSWORD") or getpass.getpass(f"Kata sandi / password for {username}: ")
    return device.login(username, password)


def _enrol(session: Session, options: argparse.Namespace) -> int:
    expected = options.fingerprint or _installed_fingerprint()
    ask = not expected and not options.pin
    if ask and not sys.stdin.isatty():
        # Before the code is spent: with nothing to compare against, a proxy could hand us its own key.
        _say("Berikan --fingerprint (kata-kata dari pusat) atau --pin",
             "Give --fingerprint (the words the centre printed) or --pin: nothing else can vouch for the key")
        return EXIT_USAGE
    key = DeviceKey.generate()
    pins = frozenset(options.pin) or None
    client = CentralClient(options.url, key, ca_bundle=options.ca_bundle, pins=pins)
    try:
        answer = client.enrol(options.code, options.label)
    finally:
        client.close()
    words = fingerprint_text(answer.central_public_key)
    if expected and not matches(answer.central_public_key, expected):
        _say(f"Sidik kunci pusat TIDAK cocok: {words}. Jangan lanjutkan; hubungi pusat.",
             "The centre key's fingerprint does NOT match: someone may be in the middle. Do not go on.")
        return EXIT_REFUSED
    if ask:
        print(f"Sidik kunci pusat / centre key fingerprint: {words}")
        reply = input("Sama dengan yang dicetak pusat? / Same as the centre printed? [y/N] ").strip().lower()
        if reply not in ("y", "ya", "yes"):
            _say("Pendaftaran dibatalkan", "Enrolment cancelled: the key was not confirmed")
            return EXIT_REFUSED
    session.enrolment.enrol(DeviceEnrolment(
        device_id=answer.device_id, central_url=options.url, office_code=answer.office_code,
        device_private_key=key.private_bytes(), centre_public_key=answer.central_public_key,
        spki_pins=tuple(sorted(options.pin)), ca_bundle=options.ca_bundle))
    print(f"Perangkat terdaftar / device enrolled: {answer.device_id} ({answer.office_code}); "
          f"sidik kunci pusat / centre key: {words}")
    return 0


def _sync(session: Session, as_json: bool) -> int:
    engine = engine_for(session)
    try:
        summary = engine.run_once(force=True)  # asked for now: the engine's own backoff does not apply
    finally:
        engine.client.close()
    counts = session.outbox.counts()
    report = {**summary.as_dict(), "waiting": counts["ready"] + counts["sending"], "failed": len(summary.refused),
              "quarantined": counts["quarantined"], "accepted": counts["accepted"]}
    if as_json:
        print(json.dumps(report, sort_keys=True))
    else:
        print("  ".join(f"{name}={value}" for name, value in report.items()))
    if summary.error in DEVICE_REFUSALS:
        return EXIT_REFUSED
    return EXIT_TRY_LATER if summary.error else 0


def _installed_fingerprint() -> str:
    """The centre key fingerprint an installation was built with (resources/centre.json), if any."""
    path = resource("centre.json")
    if not path.is_file():
        return ""
    try:
        value = json.loads(path.read_text(encoding="utf-8")).get("fingerprint", "")
    except (OSError, ValueError, AttributeError):
        value = None
    if not isinstance(value, str):  # a broken installation setting must not silently stop being checked
        raise SystemExit(f"{path}: 'fingerprint' is unreadable; repair or remove the file")
    return value


def _say(text_id: str, text_en: str) -> None:
    print(text_id, file=sys.stderr)
    print(text_en, file=sys.stderr)

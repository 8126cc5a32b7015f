"""`luring central import-bundle` and `luring central receipt`: hand-over files brought to the centre.

    luring central import-bundle [--data-dir DIR] [--db URL] FILE...
    luring central receipt [--data-dir DIR] [--db URL] --device ID --out FILE

Each part is checked on its own (its maker's signature before anything in it
is read) and imported through the same path as `POST /v1/bundles`; a refused
part is named and the others still count. Parts of a bundle that were not
given are named too. Exit codes: 0 done, 1 a file refused, 2 usage.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from sync import protocol
from sync.protocol import Outcome
from sync.server.bundle_intake import import_part, verified_part
from sync.server.problems import Problem
from sync.server.receipts import receipt_for

if TYPE_CHECKING:
    from sync.server.central import Central

EXIT_REFUSED, EXIT_USAGE = 1, 2
OPERATOR = "operator"  # who imported a file brought to the centre (the receipts log names a device otherwise)


def import_bundles(central: Central, files: list[Path]) -> int:
    refused = False
    seen: dict[str, tuple[int, set[int]]] = {}  # bundle id -> (parts, part numbers given)
    for path in files:
        data = _read(path)
        if data is None:
            refused = True
            continue
        with central.sessions() as session:
            try:
                part = verified_part(session, data)
            except Problem as problem:
                _say(f"{path.name}: ditolak seluruhnya ({problem.detail}). Buat ulang berkas di perangkat asal.",
                     f"{path.name}: refused whole ({problem.detail}). Make the file again on its device.")
                refused = True
                continue
            outcomes = [o.outcome for o in import_part(session, central, part, OPERATOR)]
        new, already = outcomes.count(Outcome.ACCEPTED), outcomes.count(Outcome.ALREADY_HAVE)
        print(f"{path.name}: bagian / part {part.part}/{part.parts} bundel / bundle {part.bundle_id} "
              f"dari / from {part.device_id}: baru / new={new} sudah ada / already held={already} "
              f"ditolak / refused={len(outcomes) - new - already}")
        seen.setdefault(part.bundle_id, (part.parts, set()))[1].add(part.part)
    for bundle_id, (parts, given) in sorted(seen.items()):
        missing = sorted(set(range(1, parts + 1)) - given)
        if missing:
            names = ", ".join(str(n) for n in missing)
            _say(f"Bundel {bundle_id}: bagian {names} dari {parts} belum diimpor.",
                 f"Bundle {bundle_id}: part(s) {names} of {parts} not imported yet.")
    return EXIT_REFUSED if refused else 0


def write_receipt_file(central: Central, device_id: str, out: Path) -> int:
    with central.sessions() as session:
        try:
            data = receipt_for(session, central, device_id)
        except LookupError:
            _say("Perangkat itu tidak terdaftar di pusat ini.", "That device is not enrolled with this centre.")
            return EXIT_USAGE
    if out.exists():
        _say(f"Berkas {out.name} sudah ada; pilih nama lain.", f"The file {out.name} already exists; choose another.")
        return EXIT_USAGE
    temporary = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, out)
    except OSError:
        temporary.unlink(missing_ok=True)
        _say(f"Berkas {out.name} tidak dapat ditulis.", f"The file {out.name} cannot be written.")
        return EXIT_USAGE
    print(f"Tanda terima ditulis / receipt written: {out}")
    return 0


def _read(path: Path) -> bytes | None:
    try:
        with path.open("rb") as handle:
            data = handle.read(protocol.DEFAULT_BUNDLE_BYTES + 1)
    except OSError:
        _say(f"{path.name}: berkas tidak dapat dibaca.", f"{path.name}: the file cannot be read.")
        return None
    if len(data) > protocol.DEFAULT_BUNDLE_BYTES:
        _say(f"{path.name}: terlalu besar untuk bagian bundel.", f"{path.name}: too large to be a bundle part.")
        return None
    return data


def _say(text_id: str, text_en: str) -> None:
    print(text_id, file=sys.stderr)
    print(text_en, file=sys.stderr)

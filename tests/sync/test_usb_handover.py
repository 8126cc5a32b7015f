"""USB hand-over both ways against the real reference server on 127.0.0.1, through the `luring` commands.

A field laptop enrolled once and never connects again: it exports a bundle, an
online device of the same office forwards it (and writes the centre's receipt
beside it), the centre decides, the receipt goes back and the field laptop
shows the centre's answers exactly as a sync would have.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

import pytest

from desktop.cli import main as luring
from desktop.domain.registration import AttachmentKind
from desktop.store.session import Session
from sync.server.cli import main as central_cli
from sync.server.subprocess_server import ServerProcess
from tests.store.record_helpers import make_reg
from tests.store.test_canary import CANARIES, canary_registration, hits, photo_with_canary_metadata
from tests.support import REFERENCE
from tests.sync.sync_support import enrol, new_device, session_of, sync_once


def register(session: Session, numbers: range, *, canary: bool = False) -> list[str]:
    ids = []
    if canary:
        ref = session.attachments.add(AttachmentKind.KTP, photo_with_canary_metadata())
        reg = dataclasses.replace(canary_registration(), attachments=(ref,))
        ids.append(str(session.records.save_registration(reg, reference=REFERENCE).record_id))
    for n in numbers:
        ids.append(str(session.records.save_registration(make_reg(n), reference=REFERENCE).record_id))
    return ids


def device_id(folder: Path) -> str:
    with session_of(folder) as session:
        enrolled = session.enrolment.current()
        assert enrolled is not None
        return enrolled.device_id


def centre_seq(central_dir: Path, device: str) -> int:
    with sqlite3.connect(central_dir / "central.db") as db:
        (seq,) = db.execute("SELECT last_seq FROM devices WHERE id = ?", (device,)).fetchone()
    return int(seq)


def states(folder: Path, ids: list[str]) -> list[str]:
    with session_of(folder) as session:
        return [session.outbox.centre_status(uuid.UUID(i)).state for i in ids]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = central_cli(list(argv[1:])) if argv[0] == "central" else luring(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_field_records_go_over_usb_and_the_centres_answers_come_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    field, online, central_dir, usb = tmp_path / "field", tmp_path / "online", tmp_path / "central", tmp_path / "usb"
    usb.mkdir()
    with closing(new_device(field)) as session:
        ids = register(session, range(1, 3), canary=True)
    new_device(online).close()
    with ServerProcess(central_dir) as server:
        enrol(field, server.url, central_dir, capsys, monkeypatch)
        enrol(online, server.url, central_dir, capsys, monkeypatch)
        field_id = device_id(field)
        seq_after_enrolment = centre_seq(central_dir, field_id)

        code, out, _ = run(capsys, "bundle", "export", "--data-dir", str(field), "--out", str(usb / "desa.bundle"))
        assert code == 0 and "3 data / records, 1 dokumen / documents, 1 bagian / parts" in out
        assert hits([usb], CANARIES) == []  # sealed for the centre: nothing readable on the stick
        assert states(field, ids) == ["ready"] * 3  # waiting until the centre's answer comes back

        code, out, _ = run(capsys, "bundle", "forward", "--data-dir", str(online), str(usb / "desa.bundle"))
        assert code == 0 and "baru / new=3  sudah ada / already held=0  ditolak / refused=0" in out
        receipt = usb / "desa.luring-receipt"
        assert receipt.is_file()
        code, out, _ = run(capsys, "bundle", "forward", "--data-dir", str(online), str(usb / "desa.bundle"))
        assert code == 0 and "baru / new=0  sudah ada / already held=3" in out  # twice: nothing new
        assert receipt.is_file() and (usb / "desa-2.luring-receipt").is_file()  # the first receipt is kept

        code, _, err = run(capsys, "bundle", "import-receipt", "--data-dir", str(online), str(receipt))
        assert code == 1 and "other_device" in err  # for the field laptop, not for the device that carried it

        elsewhere = tmp_path / "elsewhere"  # a device of another office does not carry this office's records
        new_device(elsewhere).close()
        capsys.readouterr()
        assert central_cli(["enrol-code", "--data-dir", str(central_dir), "--office", "3202"]) == 0
        code_text, words = capsys.readouterr().out.strip().splitlines()
        assert luring(["enrol", "--data-dir", str(elsewhere), "--url", server.url, "--code", code_text,
                       "--fingerprint", words.split(": ", 1)[1]]) == 0
        code, _, err = run(capsys, "bundle", "forward", "--data-dir", str(elsewhere), "--receipts", str(tmp_path),
                           str(usb / "desa.bundle"))
        assert code == 1 and "from another office" in err and "bundle_invalid" in err

        assert run(capsys, "central", "decide", "--data-dir", str(central_dir), "--record", ids[0], "--verify")[0] == 0
        assert run(capsys, "central", "decide", "--data-dir", str(central_dir), "--record", ids[1],
                   "--needs-correction", "Foto KTP buram")[0] == 0
        from_centre = usb / "pusat.luring-receipt"
        code, _, _ = run(capsys, "central", "receipt", "--data-dir", str(central_dir), "--device", field_id,
                         "--out", str(from_centre))
        assert code == 0

    # Back in the village: the field laptop reads the receipts with no network at all.
    code, out, _ = run(capsys, "bundle", "import-receipt", "--data-dir", str(field), str(receipt))
    assert code == 0 and "accepted=3" in out
    assert states(field, ids) == ["accepted"] * 3
    code, out, _ = run(capsys, "bundle", "import-receipt", "--data-dir", str(field), str(from_centre))
    assert code == 0 and "decisions=2" in out
    assert states(field, ids) == ["verified", "needs_correction", "accepted"]

    code, out, _ = run(capsys, "bundle", "import-receipt", "--data-dir", str(field), str(from_centre))
    assert code == 0 and "nothing changed" in out  # replayed
    stale = usb / "desa-2.luring-receipt"  # the second forward's receipt: older than the decisions
    code, out, _ = run(capsys, "bundle", "import-receipt", "--data-dir", str(field), str(stale))
    assert code == 0 and "accepted=0" in out and "decisions=0" in out
    assert states(field, ids) == ["verified", "needs_correction", "accepted"]

    data = bytearray(from_centre.read_bytes())
    data[len(data) // 2] ^= 1
    tampered = usb / "tampered.luring-receipt"
    tampered.write_bytes(bytes(data))
    code, _, err = run(capsys, "bundle", "import-receipt", "--data-dir", str(field), str(tampered))
    assert code == 1 and "not_from_centre" in err and "Traceback" not in err
    cut = usb / "cut.luring-receipt"
    cut.write_bytes(from_centre.read_bytes()[:40])
    assert run(capsys, "bundle", "import-receipt", "--data-dir", str(field), str(cut))[0] == 1

    assert hits([usb, tmp_path / "central"], CANARIES) == []  # bundles, receipts and the centre's own files
    with session_of(field) as session:
        kinds = [h.kind for h in session.handovers.latest()]
    assert kinds.count("bundle_exported") == 1 and kinds.count("receipt_imported") == 3
    with ServerProcess(central_dir) as _server:
        assert centre_seq(central_dir, field_id) == seq_after_enrolment  # the field laptop never connected


def test_parts_in_any_order_a_missing_part_and_damaged_or_foreign_parts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.operations.handover import export_bundle
    from sync.bundle import write_bundle
    from sync.signing import DeviceKey

    field, other, central_dir, usb = tmp_path / "field", tmp_path / "other", tmp_path / "central", tmp_path / "usb"
    usb.mkdir()
    with closing(new_device(field)) as session:
        register(session, range(10, 22))
    new_device(other).close()
    with ServerProcess(central_dir) as server:
        enrol(field, server.url, central_dir, capsys, monkeypatch)
        enrol(other, server.url, central_dir, capsys, monkeypatch)
    with session_of(field) as session:
        done = export_bundle(session, usb, max_part_bytes=8000)
    parts = list(done.files)
    assert done.records == 12 and len(parts) >= 3

    data = bytearray(parts[1].read_bytes())
    data[-100] ^= 1
    (usb / "tampered.part").write_bytes(bytes(data))
    (usb / "cut.part").write_bytes(parts[1].read_bytes()[:-30])
    # Another device's id on the field laptop's part, and a part signed by a key no device enrolled.
    other_id = device_id(other)
    relabelled = parts[0].read_bytes().replace(device_id(field).encode(), other_id.encode(), 1)
    (usb / "relabelled.part").write_bytes(relabelled)
    (usb / "foreign.part").write_bytes(write_bundle(DeviceKey.generate(), device_id(field), []))

    central = ["central", "import-bundle", "--data-dir", str(central_dir)]
    hostile = [usb / name for name in ("tampered.part", "cut.part", "relabelled.part", "foreign.part")]
    given = list(reversed(parts[1:]))  # the first part left out, the others backwards
    code, out, err = run(capsys, *central, *map(str, given + hostile))
    assert code == 1
    for path in hostile:
        assert f"{path.name}: ditolak seluruhnya" in err
    assert err.count("refused whole") == 4 and "Traceback" not in err
    assert "part(s) 1 of" in err  # the missing one is named
    assert out.count("baru / new=") == len(parts) - 1 and "sudah ada / already held=0" in out

    code, out, err = run(capsys, *central, *map(str, parts))  # all of it, overlapping what came before
    assert code == 0 and "not imported" not in err
    new = sum(int(line.split("baru / new=")[1].split()[0]) for line in out.splitlines() if "baru / new=" in line)
    held = sum(int(line.split("already held=")[1].split()[0]) for line in out.splitlines() if "held=" in line)
    assert (new, held) == (12 - held, held) and held > 0


def test_a_device_that_exported_then_syncs_sends_the_same_bytes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    device, central_dir, usb = tmp_path / "device", tmp_path / "central", tmp_path / "usb"
    usb.mkdir()
    with closing(new_device(device)) as session:
        register(session, range(30, 33))
    with ServerProcess(central_dir) as server:
        enrol(device, server.url, central_dir, capsys, monkeypatch)
        assert run(capsys, "bundle", "export", "--data-dir", str(device), "--out", str(usb))[0] == 0
        (part,) = usb.iterdir()
        assert run(capsys, "central", "import-bundle", "--data-dir", str(central_dir), str(part))[0] == 0
        code, summary = sync_once(device, capsys)
    assert code == 0 and summary["held"] == 3 and summary["refused"] == 0  # already_have, never a conflict


def test_usage_and_hostile_files_get_clear_messages(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "device"
    new_device(folder).close()
    monkeypatch.setenv("LURING_PASSWORD", "kata sandi supervisor")
    code, _, err = run(capsys, "bundle", "export", "--data-dir", str(folder), "--out", str(tmp_path / "x"))
    assert code == 1 and "belum terdaftar" in err and "not enrolled" in err
    with pytest.raises(SystemExit) as usage:
        luring(["bundle", "export", "--data-dir", str(folder), "--out", "x", "--part-mb", "0"])
    assert usage.value.code == 2
    with pytest.raises(SystemExit):
        luring(["bundle", "frobnicate"])
    (tmp_path / "c").mkdir()
    code, _, err = run(capsys, "central", "import-bundle", "--data-dir", str(tmp_path / "c"),
                       str(tmp_path / "nothing-here"))
    assert code == 1 and "cannot be read" in err
    (tmp_path / "junk").write_bytes(b"PK\x03\x04 not a bundle at all")
    code, _, err = run(capsys, "central", "import-bundle", "--data-dir", str(tmp_path / "c"), str(tmp_path / "junk"))
    assert code == 1 and "not_a_bundle" in err and "Traceback" not in err


def test_a_part_that_holds_only_documents_is_imported(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Weeks of photos fill parts with documents alone: such a part is stored, not refused."""
    import io

    from PIL import Image

    from desktop.operations.handover import export_bundle
    from sync.server.stats import count

    field, central_dir, usb = tmp_path / "field", tmp_path / "central", tmp_path / "usb"
    usb.mkdir()
    sizes = []
    with closing(new_device(field)) as session:
        for n in (40, 41):
            photo = io.BytesIO()
            Image.frombytes("RGB", (300, 300), os.urandom(300 * 300 * 3)).save(photo, "JPEG", quality=90)
            ref = session.attachments.add(AttachmentKind.SELFIE, photo.getvalue())
            sizes.append(ref.size)  # as stored (re-encoded): what a part holds
            session.records.save_registration(dataclasses.replace(make_reg(n), attachments=(ref,)),
                                              reference=REFERENCE)
    with ServerProcess(central_dir) as server:
        enrol(field, server.url, central_dir, capsys, monkeypatch)
    with session_of(field) as session:
        # Room for one stored photo and some, never for both (their re-encoded sizes vary with the noise).
        done = export_bundle(session, usb, max_part_bytes=int(max(sizes) * 1.5))
    assert done.records == 2 and done.documents == 2 and len(done.files) == 2

    code, _out, err = run(capsys, "central", "import-bundle", "--data-dir", str(central_dir), *map(str, done.files))
    assert code == 0 and "Traceback" not in err, err
    held = count(f"sqlite:///{central_dir / 'central.db'}")
    assert (held.records, held.attachments) == (2, 2)


@pytest.mark.parametrize("days", [-400, 3])
def test_a_part_signed_with_an_impossible_date_is_refused_whole(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, days: int) -> None:
    """Made long before its device was enrolled, or days ahead: a clock far off, or a file kept to be replayed."""
    import time

    from sync.bundle import write_bundle
    from sync.signing import DeviceKey

    field, central_dir, usb = tmp_path / "field", tmp_path / "central", tmp_path / "usb"
    usb.mkdir()
    new_device(field).close()
    with ServerProcess(central_dir) as server:
        enrol(field, server.url, central_dir, capsys, monkeypatch)
    with session_of(field) as session:
        enrolled = session.enrolment.current()
        assert enrolled is not None
        key, device = DeviceKey.from_private_bytes(enrolled.device_private_key), enrolled.device_id
    (usb / "dated.part").write_bytes(write_bundle(key, device, [], created=int(time.time()) + days * 86_400))
    code, _out, err = run(capsys, "central", "import-bundle", "--data-dir", str(central_dir), str(usb / "dated.part"))
    assert code == 1 and "created_out_of_range" in err and "Traceback" not in err

"""`luring central stats`: the centre's counts after real traffic, and one clear line for a URL that is no centre."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sync import sealing
from sync.bundle import SealedAttachment, write_bundle
from sync.client import CentralClient
from sync.server.central import issue_enrolment_code, open_central
from sync.server.cli import main as central_cli
from sync.server.config import Settings
from sync.server.subprocess_server import ServerProcess
from sync.signing import DeviceKey, SequenceCounter
from tests.sync.records import new_registration

ROOT = Path(__file__).resolve().parents[2]
DATABASES = ["sqlite"] + (["postgresql"] if os.environ.get("LURING_TEST_PG_URL") else [])  # PostgreSQL: opt-in


@pytest.fixture(params=DATABASES)
def db_url(tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql":
        return os.environ["LURING_TEST_PG_URL"]  # shared with other tests: only differences are checked
    return f"sqlite:///{tmp_path / 'central.db'}"


def _stats(capsys: pytest.CaptureFixture[str], url: str) -> dict[str, Any]:
    assert central_cli(["stats", "--db", url, "--json"]) == 0
    counts: dict[str, Any] = json.loads(capsys.readouterr().out)
    return counts


def _difference(after: dict[str, Any], before: dict[str, Any]) -> dict[str, Any]:
    return {key: _difference(value, before[key]) if isinstance(value, dict) else value - before[key]
            for key, value in after.items()}


@pytest.fixture
def served(tmp_path: Path, db_url: str) -> Iterator[tuple[ServerProcess, str]]:
    with ServerProcess(tmp_path, db_url=db_url) as server:
        yield server, db_url


def _device(server: ServerProcess, url: str) -> tuple[CentralClient, bytes]:
    central = open_central(Settings.for_folder(server.data_dir, url))
    code = issue_enrolment_code(central.sessions, "32.01")
    central.engine.dispose()
    client = CentralClient(server.url, DeviceKey.generate(), next_seq=SequenceCounter(), timeout=30)
    return client, client.enrol(code).central_public_key


def test_counts_what_arrived(served: tuple[ServerProcess, str], capsys: pytest.CaptureFixture[str]) -> None:
    server, url = served
    before = _stats(capsys, url)
    desk, centre_key = _device(server, url)
    carrier, _ = _device(server, url)
    assert desk.device_id is not None
    document = b"\xff\xd8\xff\xe0 a KTP photo"
    regs = [new_registration(attachments=(document,)), new_registration(), new_registration()]

    def seal(reg: Any) -> Any:
        from sync.protocol import SealedItem

        sealed = sealing.seal_record(centre_key, reg.to_dict(), str(reg.record_id), reg.version, str(desk.device_id))
        return SealedItem(str(reg.record_id), reg.version, sealed, reg.replaces_version)

    first = [seal(r) for r in regs]
    assert all(r.outcome.value == "accepted" for r in desk.upload_batch(first))
    correction = new_registration(record_id=regs[2].record_id, version=2, replaces_version=1,
                                  identity__nik=regs[2].identity.nik, identity__birth_date=regs[2].identity.birth_date,
                                  identity__kk=regs[2].identity.kk)
    assert desk.upload_batch([seal(correction)])[0].outcome.value == "accepted"
    assert desk.upload_batch([first[1]])[0].outcome.value == "already_have"  # sent twice, held once
    digest, sealed_document = sealing.seal_attachment(centre_key, document, desk.device_id)
    assert desk.upload_attachment(digest, sealed_document)
    assert desk.post_checkpoint(3, "ab" * 32, 0, "").outcome.value == "accepted"
    carried = [new_registration(), new_registration(attachments=(b"\xff\xd8 another",))]
    other_digest, other_sealed = sealing.seal_attachment(centre_key, b"\xff\xd8 another", desk.device_id)
    bundle = write_bundle(desk.device_key, desk.device_id, [seal(r) for r in carried],
                          [SealedAttachment(other_digest, other_sealed)])
    assert [r.outcome.value for r in carrier.post_bundle(bundle)] == ["accepted", "accepted"]
    data_dir = str(server.data_dir)
    for record, decision in ((regs[0], ["--verify"]), (regs[1], ["--reject", "KTP tidak terbaca"])):
        assert central_cli(["decide", "--data-dir", data_dir, "--db", url, "--record", str(record.record_id),
                            *decision]) == 0
    capsys.readouterr()
    desk.close()
    carrier.close()

    after = _stats(capsys, url)
    added = _difference(after, before)
    receipts = added.pop("receipts")
    assert added == {"devices": 2, "records": 5, "record_versions": 6,
                     "decisions": {"verified": 1, "rejected": 1, "needs_correction": 0},
                     "attachments": 2, "checkpoints": 1, "bundles": 1}
    # Online items and the repeat, the document, the checkpoint, the bundle's items, itself and its document, decisions.
    assert receipts == 4 + 1 + 1 + 1 + 2 + 1 + 1 + 2

    # Without --json: one "name  count" line each, the same figures.
    assert central_cli(["stats", "--db", url]) == 0
    lines = [line.rsplit(maxsplit=1) for line in capsys.readouterr().out.splitlines()]
    decisions = after.pop("decisions")
    expected = {key.replace("_", " "): n for key, n in after.items()}
    expected |= {f"decisions {kind}": n for kind, n in decisions.items()}
    assert {name.strip(): int(n) for name, n in lines} == expected


def _refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert central_cli(["stats", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1
    return captured.err


def test_a_missing_file_is_refused_and_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "typo" / "central.db"
    assert "no such database" in _refused(capsys, "--db", f"sqlite:///{missing}")
    assert "no such database" in _refused(capsys, "--data-dir", str(tmp_path))  # the default file is not there
    assert not missing.exists() and not (tmp_path / "central.db").exists()


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("::::", "not a database URL"),
        ("nonsense://x/y", "unknown kind of database"),
        ("postgresql+nodriver://u@h/d", "unknown kind of database"),
        ("sqlite://", "no such database"),
        ("postgresql+psycopg://operator:s3cret@/none?host=/nonexistent-socket-dir", "cannot be opened or read"),
    ],
)
def test_urls_that_name_no_centre(url: str, says: str, capsys: pytest.CaptureFixture[str]) -> None:
    error = _refused(capsys, "--db", url)
    assert says in error and "s3cret" not in error
    assert error.index("/") > 0  # Indonesian first, then English


def test_files_that_are_not_a_centre(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "junk.db").write_bytes(b"not a database at all\n" * 100)
    (tmp_path / "empty.db").write_bytes(b"")
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("CREATE TABLE devices (id TEXT)")
    other.close()
    assert "cannot be opened or read" in _refused(capsys, "--db", f"sqlite:///{tmp_path / 'junk.db'}")
    assert "no table devices" in _refused(capsys, "--db", f"sqlite:///{tmp_path / 'empty.db'}")
    assert "no table records" in _refused(capsys, "--db", f"sqlite:///{tmp_path / 'other.db'}")
    assert (tmp_path / "empty.db").read_bytes() == b""  # read, never set up


def test_the_command_line_prints_one_line_not_a_traceback(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "central", "stats", "--db", "nonsense://"],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("luring central stats: ") and len(result.stderr.splitlines()) == 1

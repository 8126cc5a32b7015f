"""The reference server itself: fault injection, the admin CLI, keys kept in its data folder, no plaintext."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sync import sealing
from sync.client import CentralClient, CentralUnavailable
from sync.fingerprint import fingerprint_text
from sync.protocol import Outcome, SealedItem
from sync.server.central import issue_enrolment_code, open_central
from sync.server.cli import main as central_cli
from sync.server.config import CENTRE_KEY_FILE, HMAC_KEY_FILE, Settings, load_or_create_keys
from sync.server.subprocess_server import ServerProcess
from sync.signing import DeviceKey, SequenceCounter
from tests.sync.records import new_registration


def _enrolled(url: str, data_dir: Path) -> tuple[CentralClient, bytes]:
    central = open_central(Settings.for_folder(data_dir))
    code = issue_enrolment_code(central.sessions, "32.01")
    central.sessions.kw["bind"].dispose()
    client = CentralClient(url, DeviceKey.generate(), next_seq=SequenceCounter(), timeout=10)
    return client, client.enrol(code).central_public_key


def _item(client: CentralClient, centre_key: bytes) -> tuple[SealedItem, str]:
    reg = new_registration()
    assert client.device_id is not None
    sealed = sealing.seal_record(centre_key, reg.to_dict(), str(reg.record_id), 1, client.device_id)
    return SealedItem(str(reg.record_id), 1, sealed), reg.identity.nik


@pytest.mark.slow
def test_cut_connection_then_retry_is_already_have(tmp_path: Path) -> None:
    with ServerProcess(tmp_path) as server:
        client, centre_key = _enrolled(server.url, tmp_path)
        item, _ = _item(client, centre_key)
    with ServerProcess(tmp_path, ["--fault-close", "1.0"]) as faulty:
        client.base_url = faulty.url
        with pytest.raises(CentralUnavailable):
            client.upload_batch([item])  # processed, but the answer was cut off
    with ServerProcess(tmp_path) as server:
        client.base_url = server.url
        assert client.upload_batch([item])[0].outcome == Outcome.ALREADY_HAVE
    client.close()


@pytest.mark.slow
@pytest.mark.parametrize(("flag", "status"), [("--fault-503", 503), ("--fault-429", 429), ("--fault-500", 500)])
def test_injected_errors_reach_the_client_as_unavailable(tmp_path: Path, flag: str, status: int) -> None:
    with ServerProcess(tmp_path, [flag, "1.0", "--fault-latency-ms", "50"]) as server:
        client = CentralClient(server.url, DeviceKey.generate(), timeout=10)
        with pytest.raises(CentralUnavailable) as error:
            client.health()
        client.close()
    assert error.value.status == status
    if status != 500:
        assert error.value.retry_after == 2.0


def test_keys_are_made_once_owner_only(tmp_path: Path) -> None:
    first = open_central(Settings.for_folder(tmp_path))
    second = open_central(Settings.for_folder(tmp_path))
    assert first.keys.centre_public == second.keys.centre_public
    for name in (CENTRE_KEY_FILE, HMAC_KEY_FILE):
        assert (tmp_path / name).stat().st_mode & 0o077 == 0
    for central in (first, second):
        central.sessions.kw["bind"].dispose()


def test_enrol_code_and_decide_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert central_cli(["enrol-code", "--data-dir", str(tmp_path), "--office", "32.01"]) == 0
    code, fingerprint = capsys.readouterr().out.strip().splitlines()
    assert len(code) == 23 and code.count("-") == 3
    centre_public = load_or_create_keys(tmp_path).centre_public
    assert fingerprint.endswith(fingerprint_text(centre_public))  # what the device will show at enrolment
    assert central_cli(["decide", "--data-dir", str(tmp_path), "--record", "00000000-0000-4000-8000-000000000000",
                        "--verify"]) == 2
    with pytest.raises(SystemExit):
        central_cli(["decide", "--data-dir", str(tmp_path), "--record", "x", "--verify", "--reject", "y"])


def test_database_holds_no_plaintext_identity(tmp_path: Path) -> None:
    with ServerProcess(tmp_path) as server:
        client, centre_key = _enrolled(server.url, tmp_path)
        item, nik = _item(client, centre_key)
        assert client.upload_batch([item])[0].outcome == Outcome.ACCEPTED
        client.close()
    raw = (tmp_path / "central.db").read_bytes() + (tmp_path / "central.db-wal").read_bytes() \
        if (tmp_path / "central.db-wal").exists() else (tmp_path / "central.db").read_bytes()
    assert nik.encode() not in raw
    with sqlite3.connect(tmp_path / "central.db") as db:
        stored = db.execute("select nik_hash, kk_hash from records").fetchall()
    db.close()
    assert stored and all(len(h) == 64 and nik not in h for row in stored for h in row)
    assert nik not in (tmp_path / "server.log").read_text()


def test_receipts_are_logged_and_append_only(tmp_path: Path) -> None:
    from sqlalchemy import select

    from sync.server.models import Receipt

    with ServerProcess(tmp_path) as server:
        client, centre_key = _enrolled(server.url, tmp_path)
        item, nik = _item(client, centre_key)
        client.upload_batch([item])
        client.upload_batch([item])
        client.close()
    central = open_central(Settings.for_folder(tmp_path))
    with central.sessions() as session:
        receipts = session.scalars(select(Receipt).where(Receipt.kind == "record")).all()
        assert [r.detail.split()[0] for r in receipts] == ["accepted", "already_have"]
        assert all(nik not in r.detail and nik not in r.subject for r in receipts)
        receipts[0].detail = "rewritten"
        with pytest.raises(PermissionError):
            session.commit()
        session.rollback()
        session.delete(receipts[1])
        with pytest.raises(PermissionError):
            session.commit()
    central.sessions.kw["bind"].dispose()


def test_receipts_refuse_raw_sql_update_and_delete(tmp_path: Path) -> None:
    from sqlalchemy import text

    central = open_central(Settings.for_folder(tmp_path))
    issue_enrolment_code(central.sessions, "32.01")
    engine = central.sessions.kw["bind"]
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO receipts (at, device_id, kind, subject, detail) "
                                "VALUES ('2026-01-01', 'operator', 'decision', 'x/1', 'verified')"))
    engine.dispose()
    with sqlite3.connect(tmp_path / "central.db") as raw:  # another program, past the ORM
        for statement in ("UPDATE receipts SET detail = 'rewritten'", "DELETE FROM receipts"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                raw.execute(statement)
        assert raw.execute("SELECT detail FROM receipts").fetchall() == [("verified",)]
    raw.close()


def test_luring_command_routes_to_the_central_tools(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main as luring

    assert luring(["central", "enrol-code", "--data-dir", str(tmp_path), "--office", "32.01"]) == 0
    assert capsys.readouterr().out.splitlines()[0].count("-") == 3


def test_a_locked_database_is_503_with_retry_after(tmp_path: Path) -> None:
    import asyncio

    import httpx

    from sync.server.app import create_app

    app = create_app(Settings.for_folder(tmp_path, db_busy_ms=100))
    code = issue_enrolment_code(app.state.central.sessions, "32.01")
    key = DeviceKey.generate()
    from sync import protocol

    body = {"enrolment_code": code, "device_public_key": key.public_b64(),
            "proof": protocol.b64encode(key.sign(protocol.enrol_proof_base(code, key.public_b64())))}
    blocker = sqlite3.connect(tmp_path / "central.db", isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        async def post() -> httpx.Response:
            transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://central.test") as http:
                return await http.post("/v1/enrol", json=body)

        response = asyncio.run(post())
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        app.state.central.sessions.kw["bind"].dispose()
    assert response.status_code == 503 and response.headers["Retry-After"] == "5"
    assert response.json()["code"] == "unavailable"

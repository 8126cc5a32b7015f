"""Reference-server details behind the contract: code expiry, stored checkpoint signatures, folders, the CLI."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from sync import protocol
from sync.server.app import create_app
from sync.server.central import issue_enrolment_code, open_central
from sync.server.cli import main as central_cli
from sync.server.config import Settings
from sync.server.models import Checkpoint, Device
from sync.signing import DeviceKey, sign_request, verify_signature

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(tmp_path: Path) -> Iterator[FastAPI]:
    app = create_app(Settings.for_folder(tmp_path))
    yield app
    app.state.central.sessions.kw["bind"].dispose()


def _call(app: FastAPI, method: str, path: str, **kwargs: Any) -> httpx.Response:
    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://central.test") as http:
            return await http.request(method, path, **kwargs)

    return asyncio.run(call())


def _enrol(app: FastAPI, code: str, key: DeviceKey) -> httpx.Response:
    public = key.public_b64()
    body = {"enrolment_code": code, "device_public_key": public,
            "proof": protocol.b64encode(key.sign(protocol.enrol_proof_base(code, public)))}
    return _call(app, "POST", "/v1/enrol", json=body)


def test_an_expired_enrolment_code_is_refused(app: FastAPI) -> None:
    expired = issue_enrolment_code(app.state.central.sessions, "32.01", valid_hours=-1)
    response = _enrol(app, expired, DeviceKey.generate())
    assert response.status_code == 403 and response.json()["code"] == "enrolment_code_invalid"
    fresh = issue_enrolment_code(app.state.central.sessions, "32.01")
    assert _enrol(app, fresh, DeviceKey.generate()).status_code == 201


def test_the_checkpoint_keeps_the_devices_signature(app: FastAPI) -> None:
    key = DeviceKey.generate()
    device_id = _enrol(app, issue_enrolment_code(app.state.central.sessions, "32.01"), key).json()["device_id"]
    body = json.dumps({"position": 3, "head": "ab" * 32}).encode()
    headers = {"Content-Type": "application/json",
               **sign_request(key, device_id, "POST", "/v1/checkpoints", body, seq=1, host="central.test",
                              content_type="application/json").as_dict()}
    assert _call(app, "POST", "/v1/checkpoints", content=body, headers=headers).status_code == 201
    with app.state.central.sessions() as session:
        stored = json.loads(session.scalar(select(Checkpoint.signed_request)))
        public_key = session.get(Device, device_id).public_key
    signed = stored["headers"]
    assert json.loads(stored["body"]) == {"position": 3, "head": "ab" * 32}
    assert signed[protocol.DIGEST_HEADER] == protocol.content_digest(stored["body"].encode())
    base = protocol.signature_base(stored["method"], stored["path"], signed[protocol.DEVICE_HEADER],
                                   int(signed[protocol.SEQ_HEADER]), int(signed[protocol.CREATED_HEADER]),
                                   signed[protocol.NONCE_HEADER], signed[protocol.DIGEST_HEADER],
                                   host=stored["host"], content_type=stored["content_type"])
    assert verify_signature(public_key, protocol.b64decode(signed[protocol.SIGNATURE_HEADER]), base)


def test_an_existing_data_folder_is_made_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "central"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    central = open_central(Settings.for_folder(folder))
    central.sessions.kw["bind"].dispose()
    assert folder.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("office", ["", "x" * 65, "32.01; drop", "kantor 1"])
def test_enrol_code_refuses_an_office_code_that_does_not_fit(tmp_path: Path, office: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        central_cli(["enrol-code", "--data-dir", str(tmp_path), "--office", office])
    assert exit_.value.code == 2
    central = open_central(Settings.for_folder(tmp_path))
    with pytest.raises(ValueError):
        issue_enrolment_code(central.sessions, office)
    central.engine.dispose()


def test_enrol_code_hours_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        central_cli(["enrol-code", "--data-dir", str(tmp_path), "--office", "32.01", "--hours", "0"])


def test_the_client_side_of_sync_loads_no_desktop_module() -> None:
    code = ("import sys, sync.client, sync.protocol, sync.sealing, sync.signing, sync.bundle; "
            "print(sorted(m for m in sys.modules if m == 'desktop' or m.startswith('desktop.')))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.stdout.strip() == "[]", result.stdout

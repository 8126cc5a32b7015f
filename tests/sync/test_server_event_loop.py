"""A request waiting on the database does not hold up the server: `/v1/health` still answers meanwhile.

The server runs in-process under uvicorn (real sockets on 127.0.0.1). Another
connection holds what every signed request must write (SQLite's write lock on
the file, or the device's row on PostgreSQL), so a signed request stays inside
its database work until the test lets go. The test knows the request got there
from SQLAlchemy's own statement event on the server's engine.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests
import uvicorn
from sqlalchemy import create_engine, event, select

from sync.client import CentralClient
from sync.server.app import create_app
from sync.server.central import Central, issue_enrolment_code
from sync.server.config import Settings
from sync.server.models import Device
from sync.server.subprocess_server import free_port
from sync.signing import DeviceKey, SequenceCounter

DATABASES = ["sqlite"] + (["postgresql"] if os.environ.get("LURING_TEST_PG_URL") else [])  # PostgreSQL: opt-in
DEADLINE = 30.0  # seconds; far above any real wait, far below the database's own lock timeout


@pytest.fixture(params=DATABASES)
def served(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[str, Central]]:
    url = os.environ["LURING_TEST_PG_URL"] if request.param == "postgresql" else None
    app = create_app(Settings.for_folder(tmp_path, url, db_busy_ms=120_000))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + DEADLINE
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}", app.state.central
    finally:
        server.should_exit = True
        thread.join(DEADLINE)
        app.state.central.engine.dispose()


@contextmanager
def _writes_held(central: Central, device_id: str) -> Iterator[None]:
    """Another connection holds what a signed request writes (its nonce and sequence number) until the end."""
    if central.engine.dialect.name == "sqlite":
        blocker = sqlite3.connect(str(central.engine.url.database), isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        return
    engine = create_engine(central.engine.url)
    try:
        with engine.connect() as connection:
            connection.execute(select(Device.id).where(Device.id == device_id).with_for_update())
            yield
            connection.rollback()
    finally:
        engine.dispose()


def test_health_answers_while_a_request_waits_on_the_database(served: tuple[str, Central]) -> None:
    url, central = served
    client = CentralClient(url, DeviceKey.generate(), next_seq=SequenceCounter(), timeout=DEADLINE * 2)
    device_id = client.enrol(issue_enrolment_code(central.sessions, "32.01")).device_id
    in_database = threading.Event()

    def statement_started(*_args: Any) -> None:
        in_database.set()

    with ThreadPoolExecutor(1) as pool, _writes_held(central, device_id):
        event.listen(central.engine, "before_cursor_execute", statement_started)
        try:
            waiting = pool.submit(client.reference_versions)
            assert in_database.wait(DEADLINE), "the signed request never reached the database"
            health = requests.get(url + "/v1/health", timeout=DEADLINE)
            assert health.status_code == 200 and health.json()["status"] == "ok"
            assert not waiting.done(), "the signed request finished although the database was held"
        finally:
            event.remove(central.engine, "before_cursor_execute", statement_started)
    # Let go: the request that waited completes normally.
    assert set(waiting.result(DEADLINE)) == {"regions", "rules", "consent", "limits"}
    client.close()

"""What the store claims about its SQLCipher engine and its key derivation, pinned."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from desktop.store import database
from desktop.store.device import Device, OfficeInfo
from desktop.store.kdf import calibrate, derive
from tests.store.record_helpers import new_engine
from tests.store.test_corruption import snapshot
from tests.support import CHEAP_KDF

OFFICE = OfficeInfo("Disnaker Kota Depok", "3276", "32.76")


def test_temporary_tables_and_indexes_stay_in_memory(tmp_path: Path) -> None:
    session, _ = Device.set_up(tmp_path / "data", OFFICE, "sari", "Sari", "sari password", kdf=CHEAP_KDF)
    try:
        with session.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar_one() == 2  # MEMORY
    finally:
        session.close()


def test_the_engine_url_holds_no_key(tmp_path: Path) -> None:
    key = os.urandom(32)
    engine = new_engine(tmp_path / "luring.db", key)
    try:
        shown = [engine.url.render_as_string(hide_password=False), repr(engine), str(engine.url)]
        assert engine.url.password is None and not engine.url.query and engine.url.database is None
        for text in shown:
            assert key.hex() not in text.lower() and "key" not in text.lower()
    finally:
        engine.dispose()


class _WithoutCipher:
    """A real connection whose `PRAGMA cipher_version` answers like plain SQLite would."""

    def __init__(self, real: Any, answer: tuple[str, ...] | None) -> None:
        self._real, self._answer = real, answer

    def execute(self, sql: str, *args: Any) -> Any:
        if "cipher_version" in sql:
            answer = self._answer

            class Rows:
                def fetchone(self) -> tuple[str, ...] | None:
                    return answer

            return Rows()
        return self._real.execute(sql, *args)

    def close(self) -> None:
        self._real.close()


@pytest.mark.parametrize("answer", [None, ("",)])
def test_open_refuses_when_sqlcipher_is_not_active(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   answer: tuple[str, ...] | None) -> None:
    data_dir = tmp_path / "data"
    Device.set_up(data_dir, OFFICE, "sari", "Sari", "sari password", kdf=CHEAP_KDF)[0].close()
    before = snapshot(data_dir)
    real_connect = sqlcipher3.connect
    monkeypatch.setattr(sqlcipher3, "connect", lambda *a, **k: _WithoutCipher(real_connect(*a, **k), answer))
    with pytest.raises(RuntimeError, match="SQLCipher is not active"):
        Device.open(data_dir).login("sari", "sari password")
    with pytest.raises(RuntimeError, match="SQLCipher is not active"):
        database.open_engine(tmp_path / "other.db", os.urandom(32))
    monkeypatch.undo()
    assert snapshot(data_dir) == before
    Device.open(data_dir).login("sari", "sari password").close()


def test_calibrate_meets_its_target() -> None:
    target = 0.1
    params = calibrate(target)
    derive("warm-up", os.urandom(16), params)
    runs = []
    for _ in range(3):
        began = time.perf_counter()
        derive("kata sandi", os.urandom(16), params)
        runs.append(time.perf_counter() - began)
    # Claimed: about 0.5-2x the target. The bound is wider because test machines are shared.
    assert 0.4 * target <= statistics.median(runs) <= 3 * target, (params, runs)

"""The sync history keeps the last runs, newest first, with counts and a machine error code only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.store.device import Device
from desktop.store.sync_history import KEEP, SyncRun
from tests.store.test_migrations import make_device

START = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)


def run(number: int, **changes: object) -> SyncRun:
    values: dict[str, object] = {"started_at": START + dt.timedelta(minutes=number),
                                 "finished_at": START + dt.timedelta(minutes=number, seconds=3),
                                 "sent": number, "held": number, "refused": 0, "decisions": 0}
    return SyncRun(**{**values, **changes})  # type: ignore[arg-type]


def test_runs_come_back_newest_first_and_only_the_last_ones_are_kept(tmp_path: Path) -> None:
    session = Device.open(make_device(tmp_path)).login("sari", "sari password")
    for number in range(KEEP + 5):
        session.sync_history.record(run(number))
    session.sync_history.record(run(99, error="network", cancelled=True, sent=0, held=0))
    session.close()

    session = Device.open(tmp_path / "data").login("sari", "sari password")  # kept in the encrypted file
    runs = session.sync_history.latest()
    assert len(runs) == KEEP
    assert runs[0] == run(99, error="network", cancelled=True, sent=0, held=0)
    assert [r.sent for r in runs[1:4]] == [KEEP + 4, KEEP + 3, KEEP + 2]
    assert runs[0].started_at.tzinfo is not None
    assert len(session.sync_history.latest(3)) == 3
    session.close()


def test_an_error_that_is_not_a_code_is_kept_as_other(tmp_path: Path) -> None:
    session = Device.open(make_device(tmp_path)).login("sari", "sari password")
    session.sync_history.record(run(1, error="Budi Santoso 3201010101010001"))
    assert session.sync_history.latest()[0].error == "other"
    session.close()

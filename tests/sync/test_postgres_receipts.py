"""On PostgreSQL (opt-in: LURING_TEST_PG_URL) the receipt log refuses UPDATE, DELETE and TRUNCATE from raw SQL."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from sync.server.central import open_central
from sync.server.config import Settings

PG_URL = os.environ.get("LURING_TEST_PG_URL", "")
pytestmark = pytest.mark.skipif(not PG_URL, reason="opt-in: set LURING_TEST_PG_URL=postgresql+psycopg://...")


def test_receipts_refuse_raw_sql_changes(tmp_path: Path) -> None:
    import psycopg

    subject = f"pg-test/{uuid.uuid4()}"  # the database outlives the run
    central = open_central(Settings.for_folder(tmp_path, PG_URL))
    open_central(Settings.for_folder(tmp_path, PG_URL)).engine.dispose()  # a second start keeps one set of triggers
    with central.engine.begin() as connection:
        connection.execute(text("INSERT INTO receipts (at, device_id, kind, subject, detail) "
                                "VALUES (now(), 'operator', 'decision', :subject, 'verified')"), {"subject": subject})
        triggers = connection.scalar(text("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'receipts'::regclass "
                                          "AND NOT tgisinternal"))
    central.engine.dispose()
    assert triggers == 2
    with psycopg.connect(PG_URL.replace("postgresql+psycopg://", "postgresql://")) as raw:  # past the ORM
        for statement in ("UPDATE receipts SET detail = 'rewritten'", "DELETE FROM receipts", "TRUNCATE receipts"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                raw.execute(statement)
            raw.rollback()
        assert raw.execute("SELECT detail FROM receipts WHERE subject = %s", (subject,)).fetchall() == [("verified",)]

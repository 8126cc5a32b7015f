"""What the centre holds, counted: `luring central stats` prints it for an operator.

Reads only. Unlike the server, it never creates a database or its tables: a
URL that names nothing, or a database that is not a centre's, is an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from sync.protocol import Decision as DecisionKind
from sync.server.models import Attachment, BundleImport, Checkpoint, Decision, Device, Receipt, Record

_TABLES = [model.__tablename__ for model in (Device, Record, Decision, Attachment, Checkpoint, BundleImport, Receipt)]


class StatsUnavailable(Exception):
    """The counts cannot be read; `.id` and `.en` say why (never the password in a URL)."""

    def __init__(self, text_id: str, text_en: str) -> None:
        super().__init__(text_en)
        self.id = text_id
        self.en = text_en


@dataclass(frozen=True)
class CentreCounts:
    devices: int
    records: int  # distinct record ids
    record_versions: int
    decisions: dict[str, int]  # every decision kind, 0 when none
    attachments: int
    checkpoints: int
    bundles: int
    receipts: int

    def to_json(self) -> dict[str, Any]:
        return {"devices": self.devices, "records": self.records, "record_versions": self.record_versions,
                "decisions": dict(self.decisions), "attachments": self.attachments,
                "checkpoints": self.checkpoints, "bundles": self.bundles, "receipts": self.receipts}

    def lines(self) -> list[str]:
        rows = [("devices", self.devices), ("records", self.records), ("record versions", self.record_versions)]
        rows += [(f"decisions {kind}", n) for kind, n in self.decisions.items()]
        rows += [("attachments", self.attachments), ("checkpoints", self.checkpoints), ("bundles", self.bundles),
                 ("receipts", self.receipts)]
        width = max(len(name) for name, _ in rows)
        return [f"{name:<{width}}  {n}" for name, n in rows]


def count(url: str) -> CentreCounts:
    """The centre's counts at `url`; raises `StatsUnavailable` for a bad URL, a missing or foreign database."""
    engine = _engine(url)
    try:
        names = set(inspect(engine).get_table_names())
        missing = [t for t in _TABLES if t not in names]
        if missing:
            raise StatsUnavailable(f"bukan basis data pusat Luring (tidak ada tabel {missing[0]})",
                                   f"not a Luring central database (no table {missing[0]})")
        with engine.connect() as connection:
            def total(column: Any) -> int:
                return int(connection.scalar(select(func.count(column))) or 0)

            rows = connection.execute(select(Decision.decision, func.count()).group_by(Decision.decision))
            found = {kind: int(n) for kind, n in rows}
            # Every kind the protocol knows, then any other the table holds (written by another tool).
            decisions = {kind.value: found.pop(kind.value, 0) for kind in DecisionKind} | dict(sorted(found.items()))
            return CentreCounts(
                devices=total(Device.id),
                records=total(Record.record_id.distinct()),
                record_versions=total(Record.id),
                decisions=decisions,
                attachments=total(Attachment.sha256),
                checkpoints=total(Checkpoint.id),
                bundles=total(BundleImport.sha256),
                receipts=total(Receipt.id),
            )
    except SQLAlchemyError as exc:
        raise StatsUnavailable(f"basis data tidak dapat dibuka atau dibaca ({type(exc).__name__})",
                               f"the database cannot be opened or read ({type(exc).__name__})") from exc
    finally:
        engine.dispose()


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StatsUnavailable("URL basis data tidak sah", "not a database URL") from exc
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite":
        # Connecting would create an empty file: a mistyped path must not look like an empty centre.
        if not parsed.database or parsed.database == ":memory:" or not Path(parsed.database).is_file():
            raise StatsUnavailable(f"basis data tidak ditemukan: {shown}", f"no such database: {shown}")
    try:
        return create_engine(parsed)
    except (ArgumentError, ImportError) as exc:
        raise StatsUnavailable(f"jenis basis data tidak dikenal: {shown}",
                               f"unknown kind of database: {shown}") from exc

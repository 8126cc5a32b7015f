"""Autosaved wizard drafts: the partial form data and step, encrypted in the database.

A draft is private to the officer who typed it: another officer on the same
device neither lists it nor opens it.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, DateTime, Engine, Index, Integer, String, Table, Text, delete, insert, select, update

from desktop.domain.messages import Message
from desktop.store.errors import NotFound, StoreError
from desktop.store.outbox_table import from_db_time, to_db_time, utc_now
from desktop.store.schema import metadata

MAX_DRAFT_BYTES = 1_000_000  # form fields only; photos go to attachments

drafts_table = Table(
    "drafts",
    metadata,
    Column("draft_id", String(36), primary_key=True),
    Column("officer", String(64), nullable=False),
    Column("step", Integer, nullable=False),
    Column("data", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_drafts_officer", "officer", "updated_at"),
)


class DraftTooLarge(StoreError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "draft_too_large",
                "Draf terlalu besar untuk disimpan. Periksa isian yang sangat panjang.",
                "The draft is too large to save. Check for very long entries.",
            )
        )


@dataclass(frozen=True)
class DraftInfo:
    draft_id: uuid.UUID
    step: int
    updated_at: dt.datetime
    officer: str
    applicant: str = ""  # the name typed so far, so the officer knows which queue's applicant it was


def _applicant(text: str) -> str:
    name = json.loads(text).get("identity.full_name", "")
    return name.strip() if isinstance(name, str) else ""


class DraftStore:
    def __init__(self, engine: Engine, officer: str, *, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._engine = engine
        self._officer = officer
        self._clock = clock

    def save(self, draft_id: uuid.UUID, data: dict[str, Any], step: int) -> None:
        """Create or overwrite this officer's draft. `data` must be JSON-compatible (strings, numbers, lists...)."""
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False)
        if len(text.encode("utf-8")) > MAX_DRAFT_BYTES:
            raise DraftTooLarge()
        now = to_db_time(self._clock())
        key = str(draft_id)
        with self._engine.begin() as conn:
            owner = conn.execute(select(drafts_table.c.officer).where(drafts_table.c.draft_id == key)).first()
            if owner is None:
                conn.execute(insert(drafts_table).values(draft_id=key, officer=self._officer, step=step, data=text,
                                                         created_at=now, updated_at=now))
            elif owner.officer != self._officer:
                raise NotFound()  # someone else's draft: do not reveal it exists
            else:
                conn.execute(update(drafts_table).where(drafts_table.c.draft_id == key)
                             .values(step=step, data=text, updated_at=now))

    def all(self) -> list[DraftInfo]:
        """This officer's drafts, most recently saved first."""
        statement = (
            select(drafts_table.c.draft_id, drafts_table.c.step, drafts_table.c.updated_at, drafts_table.c.data)
            .where(drafts_table.c.officer == self._officer)
            .order_by(drafts_table.c.updated_at.desc())
        )
        with self._engine.connect() as conn:
            return [DraftInfo(uuid.UUID(r.draft_id), r.step, from_db_time(r.updated_at), self._officer,
                              _applicant(r.data)) for r in conn.execute(statement)]

    def load(self, draft_id: uuid.UUID) -> dict[str, Any]:
        with self._engine.connect() as conn:
            row = conn.execute(select(drafts_table.c.data).where(
                drafts_table.c.draft_id == str(draft_id), drafts_table.c.officer == self._officer)).first()
        if row is None:
            raise NotFound()
        data = json.loads(row.data)
        assert isinstance(data, dict)
        return data

    def delete(self, draft_id: uuid.UUID) -> None:
        """Forget a draft (after it was saved as a registration, or discarded). Missing is not an error."""
        with self._engine.begin() as conn:
            conn.execute(delete(drafts_table).where(drafts_table.c.draft_id == str(draft_id),
                                                    drafts_table.c.officer == self._officer))

"""What the records list reads: a record's summary, the officer's query, and the page query over them.

A record the centre accepted or verified is complete there only once it holds all the version's
documents. How many it still lacks is a column of the page query itself, a subquery on the
documents' primary key that SQLite evaluates for the rows of the page only. (A LEFT JOIN to a
grouped subquery was tried and measured: it materialises every missing document first and costs
ten times as much on the first page, fifty times at offset 50,000; bench/records_list_benchmark.py.)
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain.nik import mask as mask_nik
from desktop.store.outbox_table import RecordStatus, from_db_time
from desktop.store.record_tables import registrations
from desktop.store.sync_tables import outbox_attachments

# What the centre holds: complete there only with every document too.
HELD_AT_CENTRE = frozenset({RecordStatus.ACCEPTED, RecordStatus.VERIFIED})


@dataclass(frozen=True)
class RecordSummary:
    record_id: uuid.UUID
    version: int
    nik_masked: str
    full_name: str = field(repr=False)  # personal: never quoted by repr()
    phone: str = field(repr=False)
    status: RecordStatus
    officer: str
    village_code: str
    created_at: dt.datetime
    updated_at: dt.datetime
    clock_flag: str | None = None  # made while the device's clock could not be believed
    documents_missing: int = 0  # the version's documents the centre does not hold yet
    personal_data_removed: bool = False  # after the retention period: no NIK, name or phone any more

    @property
    def documents_pending(self) -> bool:
        """The centre holds the record but not yet all its documents: it is not complete there."""
        return self.documents_missing > 0 and self.status in HELD_AT_CENTRE


@dataclass(frozen=True)
class RecordQuery:
    text: str = field(default="", repr=False)  # a typed search can be a name or a NIK
    status: RecordStatus | None = None
    documents_pending: bool = False  # only records the centre holds without all their documents


_SEPARATORS = re.compile(r"[\s.\-+()]")


def _clean(text: str) -> str:
    """Search text without control, format or surrogate characters: SQLite would cut a pattern at a NUL
    (matching everything) and a lone surrogate cannot be encoded. No name contains them."""
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("C")).strip()


def _digits_query(text: str) -> str | None:
    """The digits of a NIK/phone search ("0812-3456" -> "08123456"), or None for a name search."""
    compact = _SEPARATORS.sub("", _clean(text))
    return compact if compact and compact.isascii() and compact.isdigit() else None


def _text_condition(text: str) -> ColumnElement[bool] | None:
    compact = _digits_query(text)
    if compact is not None:
        phone_prefixes = {compact}
        if compact.startswith("0"):
            phone_prefixes.add("62" + compact[1:])
        elif compact.startswith("8"):
            phone_prefixes.add("62" + compact)
        # Range scans (prefix <= x < prefix + ':') use the indexes; ':' sorts right after '9'.
        options = [and_(registrations.c.nik >= compact, registrations.c.nik < compact + ":")]
        options += [
            and_(registrations.c.phone_digits >= p, registrations.c.phone_digits < p + ":") for p in phone_prefixes
        ]
        return or_(*options)
    text = _clean(text)
    if not text:
        return None
    escaped = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return registrations.c.name_lower.like(f"%{escaped}%", escape="\\")


def summary(row: Any) -> RecordSummary:
    """From a current row (only current rows keep `nik`, unless the retention period removed it)."""
    return RecordSummary(
        record_id=uuid.UUID(row.record_id), version=row.version,
        nik_masked=mask_nik(row.nik) if row.nik is not None else "",
        full_name=row.full_name, phone=row.phone, status=RecordStatus(row.status), officer=row.officer,
        village_code=row.village_code, created_at=from_db_time(row.created_at),
        updated_at=from_db_time(row.updated_at), clock_flag=row.clock_flag,
        documents_missing=int(row.documents_missing), personal_data_removed=row.nik is None,
    )


_SUMMARY_COLUMNS = [registrations.c[name] for name in ("record_id", "version", "nik", "full_name", "phone", "status",
                                                        "officer", "village_code", "created_at", "updated_at",
                                                        "clock_flag")]

_documents = outbox_attachments.c
# `at_centre + 0` hides the (at_centre, sha256) index, meant for the uploader, from the planner: it would
# otherwise walk every missing document for each row instead of looking the row's own up by primary key.
_missing = (select(func.count()).where(_documents.record_id == registrations.c.record_id,
                                       _documents.version == registrations.c.version,
                                       (_documents.at_centre + 0) == 0)
            .correlate(registrations).scalar_subquery().label("documents_missing"))


def summaries() -> Select[Any]:
    """The summary columns of current rows, with how many documents the centre still lacks."""
    return select(*_SUMMARY_COLUMNS, _missing)


def _documents_lacking() -> ColumnElement[bool]:
    """Versions with a document the centre lacks: few, so they drive the search (by the record_id index)."""
    lacking = select(_documents.record_id).where(_documents.at_centre == 0)
    return and_(registrations.c.record_id.in_(lacking), _missing > 0)


def where(query: RecordQuery) -> list[ColumnElement[bool]]:
    current, status = registrations.c.is_current, registrations.c.status
    text = _text_condition(query.text)
    if _digits_query(query.text) is not None or query.documents_pending:
        # Few rows match a NIK/phone prefix, or lack documents: let their indexes drive and hide the
        # listing columns from the planner (SQLite's "+x" idiom) so it does not walk every record.
        current, status = current + 0, status + ""  # type: ignore[assignment]
    conditions: list[ColumnElement[bool]] = [current == 1]
    if query.status is not None:
        conditions.append(status == RecordStatus(query.status).value)
    if query.documents_pending:
        conditions += [status.in_([s.value for s in HELD_AT_CENTRE]), _documents_lacking()]
    if text is not None:
        conditions.append(text)
    return conditions

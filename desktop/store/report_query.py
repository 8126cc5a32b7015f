"""What a sync report reads: the figures of a period and its records, one page of rows at a time.

`session.report_data`, for supervisors only. Counts come from GROUP BY
queries; the detail rows are streamed from one query, so a report of 100,000
records never holds them all (bench/report_benchmark.py measures it).
Names and full NIKs are read only when a named list was asked for.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, and_, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain.messages import DomainError, Message
from desktop.domain.nik import mask as mask_nik
from desktop.store import sync_progress
from desktop.store.database import snapshot
from desktop.store.handovers import Handover, handovers
from desktop.store.outbox_table import RecordStatus, from_db_time, to_db_time
from desktop.store.record_tables import registrations
from desktop.store.session_state import SessionState
from desktop.store.sync_tables import centre_reasons

_REGION = re.compile(r"^\d{2}(\.\d{2}){0,2}(\.\d{4})?$")
_USERNAME = re.compile(r"^[a-z0-9._-]{1,64}$")
WAITING = (RecordStatus.READY, RecordStatus.SENDING)


class ReportFilterInvalid(DomainError):
    pass


@dataclass(frozen=True)
class ReportFilter:
    """Registrations made from `first` to `last` (whole local days, both included) in the zone `tz`."""

    first: dt.date
    last: dt.date
    tz: dt.tzinfo = dt.UTC
    officer: str = ""  # a username, or every officer
    region: str = ""  # a province, regency, district or village code, or every region
    status: RecordStatus | None = None

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise _invalid("period", "Tanggal akhir sebelum tanggal awal; periksa periodenya.",
                           "The end date is before the start date; check the period.")
        if (self.last - self.first).days > 366 * 5:
            raise _invalid("period", "Periode paling lama 5 tahun.", "The period can be at most 5 years.")
        if self.region and not _REGION.fullmatch(self.region):
            raise _invalid("region", "Kode wilayah tidak dikenal; contoh: 32, 32.04, 32.04.12 atau 32.04.12.2001.",
                           "Unknown region code; for example 32, 32.04, 32.04.12 or 32.04.12.2001.")
        if self.officer and not _USERNAME.fullmatch(self.officer):
            raise _invalid("officer", "Nama pengguna petugas tidak valid.", "The officer's username is not valid.")

    @property
    def start(self) -> dt.datetime:
        """The period's first instant, in UTC."""
        return dt.datetime.combine(self.first, dt.time(), self.tz).astimezone(dt.UTC)

    @property
    def end(self) -> dt.datetime:
        """The instant after the period, in UTC."""
        return dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time(), self.tz).astimezone(dt.UTC)

    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=n) for n in range((self.last - self.first).days + 1)]


def local_zone() -> dt.tzinfo:
    """This computer's time zone, in which a report's days are counted."""
    return dt.datetime.now().astimezone().tzinfo or dt.UTC


def _invalid(what: str, text_id: str, text_en: str) -> ReportFilterInvalid:
    return ReportFilterInvalid(Message(f"report_{what}_invalid", text_id, text_en))


class ReportRow(NamedTuple):
    """One record of a report; a tuple, because a report makes 100,000 of them (bench/report_benchmark.py)."""

    record_id: str
    version: int
    registered_at: dt.datetime  # UTC, without the zone, as stored
    officer: str
    village_code: str
    status: RecordStatus
    reasons: tuple[str, ...]  # the centre's reason codes for this version
    clock_flag: str
    nik_masked: str
    full_name: str = ""  # only in a named list
    nik: str = ""  # only in a named list

    def __repr__(self) -> str:  # personal fields stay out of tracebacks and logs
        return f"ReportRow({self.record_id}, v{self.version}, {self.status.value})"


@dataclass(frozen=True)
class ReportFigures:
    """Everything a report says besides its rows."""

    registered: int
    by_status: dict[RecordStatus, int]
    per_day: dict[dt.date, dict[str, int]]  # day -> {"registered", "at_centre", "refused"}
    reasons: dict[str, int]  # reason code -> records, for rejected and needing correction
    clock_flagged: int
    oldest_waiting: dt.datetime | None  # over the whole device, not only the period
    last_success: dt.datetime | None
    clock_offset_seconds: float | None
    handovers: list[Handover]  # in the period
    witnessed_position: int
    witnessed_at: dt.datetime | None


class ReportData:
    """`session.report_data`: read-only, supervisors only."""

    def __init__(self, state: SessionState) -> None:
        self._state = state

    def figures(self, where: ReportFilter) -> ReportFigures:
        self._state.require_supervisor()
        with snapshot(self._state.engine) as conn:
            return _figures(conn, where)

    def rows(self, where: ReportFilter, *, named: bool = False) -> Iterator[ReportRow]:
        """The period's current records in the order they were made, streamed from one query along the listing
        index (no sort, no paging); the connection is held until the last row is read."""
        self._state.require_supervisor()
        with snapshot(self._state.engine) as conn:
            for row in conn.execute(_rows_query(where, named)):
                yield _row(row, named)

    def count(self, where: ReportFilter) -> int:
        self._state.require_supervisor()
        with snapshot(self._state.engine) as conn:
            return int(conn.execute(select(func.count()).where(*_conditions(where))).scalar_one())


def _conditions(where: ReportFilter) -> list[ColumnElement[bool]]:
    c = registrations.c
    conditions: list[ColumnElement[bool]] = [
        c.is_current == 1, c.status != RecordStatus.DRAFT.value,
        c.created_at >= to_db_time(where.start), c.created_at < to_db_time(where.end)]
    if where.officer:
        conditions.append(c.officer == where.officer)
    if where.region:
        conditions.append(or_(c.village_code == where.region, and_(c.village_code > where.region + ".",
                                                                     c.village_code < where.region + "/")))
    if where.status is not None:
        conditions.append(c.status == where.status.value)
    return conditions


def _rows_query(where: ReportFilter, named: bool) -> Any:
    c, answers = registrations.c, centre_reasons.c
    columns = [c.record_id, c.version, c.created_at, c.officer, c.village_code, c.status, c.clock_flag, c.nik,
               answers.reasons]
    if named:
        columns.append(c.full_name)
    # The centre's reasons by primary key, one lookup per row; listed for the decided states only (below).
    joined = registrations.outerjoin(centre_reasons, and_(answers.record_id == c.record_id,
                                                          answers.version == c.version))
    return select(*columns).select_from(joined).where(*_conditions(where)).order_by(c.created_at, c.id)


def _codes(stored: str) -> tuple[str, ...]:
    try:
        items = json.loads(stored)
        return tuple(str(item["code"]) for item in items if isinstance(item, dict) and item.get("code"))
    except (ValueError, TypeError, KeyError):
        return ()


_DECIDED = frozenset({RecordStatus.REJECTED.value, RecordStatus.NEEDS_CORRECTION.value})
_STATUSES = {s.value: s for s in RecordStatus}


def _row(row: Any, named: bool) -> ReportRow:
    record_id, version, created_at, officer, village_code, status, clock_flag, nik, reasons, *name = row
    nik = nik or ""  # empty once the retention period removed the personal data
    codes = _codes(reasons) if reasons and status in _DECIDED else ()
    return ReportRow(record_id, version, created_at, officer, village_code, _STATUSES[status], codes,
                     clock_flag or "", mask_nik(nik) if nik else "", name[0] if named else "", nik if named else "")


def _figures(conn: Connection, where: ReportFilter) -> ReportFigures:
    c = registrations.c
    conditions = _conditions(where)
    by_status = {RecordStatus(s): n for s, n in conn.execute(
        select(c.status, func.count()).where(*conditions).group_by(c.status)).all()}
    return ReportFigures(
        registered=sum(by_status.values()), by_status=by_status, per_day=_per_day(conn, where, conditions),
        reasons=_reason_counts(conn, conditions),
        clock_flagged=int(conn.execute(select(func.count()).where(*conditions, c.clock_flag.is_not(None)))
                          .scalar_one()),
        oldest_waiting=_oldest_waiting(conn), **_sync_facts(conn), handovers=_handovers(conn, where))


def _per_day(conn: Connection, where: ReportFilter, conditions: list[ColumnElement[bool]]) -> dict[
        dt.date, dict[str, int]]:
    c = registrations.c
    offset = where.tz.utcoffset(dt.datetime.combine(where.first, dt.time())) or dt.timedelta()
    day = func.date(c.created_at, f"{int(offset.total_seconds()):+d} seconds")  # SQLite: the local day
    days: dict[dt.date, dict[str, int]] = {d: {"registered": 0, "at_centre": 0, "refused": 0} for d in where.days()}
    for text, status, count in conn.execute(select(day, c.status, func.count()).where(*conditions)
                                            .group_by(day, c.status)).all():
        figures = days.get(dt.date.fromisoformat(text))
        if figures is None:
            continue
        figures["registered"] += count
        if status in (RecordStatus.ACCEPTED.value, RecordStatus.VERIFIED.value):
            figures["at_centre"] += count
        elif status in (RecordStatus.REJECTED.value, RecordStatus.NEEDS_CORRECTION.value):
            figures["refused"] += count
    return days


def _reason_counts(conn: Connection, conditions: list[ColumnElement[bool]]) -> dict[str, int]:
    c = registrations.c
    answered = (select(centre_reasons.c.reasons)
                .join(registrations, and_(c.record_id == centre_reasons.c.record_id,
                                          c.version == centre_reasons.c.version))
                .where(*conditions, c.status.in_([RecordStatus.REJECTED.value,
                                                   RecordStatus.NEEDS_CORRECTION.value])))
    counts: Counter[str] = Counter()
    for (stored,) in conn.execute(answered):
        counts.update(set(_codes(stored)) or {"refused"})
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))  # most first, then by code


def _oldest_waiting(conn: Connection) -> dt.datetime | None:
    c = registrations.c
    oldest = conn.execute(select(func.min(c.created_at)).where(
        c.is_current == 1, c.status.in_([s.value for s in WAITING]))).scalar_one_or_none()
    return from_db_time(oldest) if oldest else None


def _sync_facts(conn: Connection) -> dict[str, Any]:
    state = sync_progress.read(conn)
    def aware(value: dt.datetime | None) -> dt.datetime | None:
        return from_db_time(value) if value else None

    return {"last_success": aware(state["last_success_at"]), "clock_offset_seconds": state["clock_offset_seconds"],
            "witnessed_position": state["checkpoint_position"], "witnessed_at": aware(state["checkpoint_at"])}


def _handovers(conn: Connection, where: ReportFilter) -> list[Handover]:
    rows = conn.execute(select(handovers).where(handovers.c.at >= to_db_time(where.start),
                                                handovers.c.at < to_db_time(where.end))
                        .order_by(handovers.c.at)).mappings().all()
    return [Handover(from_db_time(r["at"]), r["kind"], r["records"], r["parts"], r["account"], r["sha256"])
            for r in rows]

"""The supervisor's desk: the dashboard's figures, and the correction worklist (for every account).

Both read on the store's thread. The dashboard's days are whole local days, the
same as a sync report's, so a figure on the desk and in a report of the same
day agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.operations.runner import Operation, OperationRunner
from desktop.store.outbox_table import RecordStatus
from desktop.store.report_query import ReportFilter, local_zone

if TYPE_CHECKING:
    from desktop.store.corrections import ToCorrect
    from desktop.store.session import Session

CHART_DAYS = 14


@dataclass(frozen=True)
class DeskFigures:
    today: dt.date
    days: dict[dt.date, dict[str, int]]  # the last 14 local days: {"registered", "at_centre", "refused"}
    totals: dict[RecordStatus, int]  # every current record of the device, by state

    @property
    def registered_today(self) -> int:
        return self.days[self.today]["registered"]

    @property
    def registered_this_week(self) -> int:
        """Since Monday, today included."""
        monday = self.today - dt.timedelta(days=self.today.weekday())
        return sum(figures["registered"] for day, figures in self.days.items() if day >= monday)

    @property
    def waiting(self) -> int:
        return self.totals.get(RecordStatus.READY, 0) + self.totals.get(RecordStatus.SENDING, 0)

    @property
    def to_correct(self) -> int:
        return self.totals.get(RecordStatus.REJECTED, 0) + self.totals.get(RecordStatus.NEEDS_CORRECTION, 0)

    @property
    def held_back(self) -> int:
        return self.totals.get(RecordStatus.QUARANTINED, 0)


def desk_figures(session: Session, *, today: dt.date | None = None, tz: dt.tzinfo | None = None) -> DeskFigures:
    """Supervisors only (the report data refuses anyone else)."""
    tz = tz or local_zone()
    today = today or dt.datetime.now(tz).date()
    figures = session.report_data.figures(ReportFilter(today - dt.timedelta(days=CHART_DAYS - 1), today, tz=tz))
    totals = {RecordStatus(status): count for status, count in session.records.outbox_counts().items()}
    return DeskFigures(today, figures.per_day, totals)


def load_desk(runner: OperationRunner, session: Session) -> Operation[DeskFigures]:
    return Operation(runner, lambda _p: desk_figures(session))


def load_worklist(runner: OperationRunner, session: Session) -> Operation[list[ToCorrect]]:
    return Operation(runner, lambda _p: session.records.to_correct())

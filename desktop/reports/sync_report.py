"""A sync report's content, gathered once and written as CSV, XLSX or PDF (csv_report, xlsx_report, pdf_report).

`gather` reads the figures, the audit chain's state and the signing key; the
rows are streamed from the store while a writer writes them. Every writer
feeds the same `digest.ContentDigest`, so the SHA-256 a PDF prints is the hash
of what the report says, whatever its form.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.reports import texts
from desktop.reports.receipt import reference_of
from desktop.store.device import OfficeInfo
from desktop.store.outbox_table import RecordStatus
from desktop.store.report_query import WAITING, ReportFigures, ReportFilter, ReportRow
from sync.signing import DeviceKey

if TYPE_CHECKING:
    from desktop.store.session import Session

FORMATS = ("csv", "xlsx", "pdf")
SENT = (RecordStatus.ACCEPTED, RecordStatus.VERIFIED, RecordStatus.REJECTED, RecordStatus.NEEDS_CORRECTION)
Cell = str | int | dt.datetime


@dataclass(frozen=True)
class ReportRequest:
    where: ReportFilter
    language: str = "id"
    named: bool = False  # names and full NIKs: a supervisor's explicit, confirmed and audited choice


@dataclass(frozen=True)
class AuditState:
    ok: bool
    entries: int
    first_broken: int | None


@dataclass
class SyncReport:
    request: ReportRequest
    office: OfficeInfo
    device_id: str
    generated_at: dt.datetime
    generated_by: str
    figures: ReportFigures
    audit: AuditState
    records: int
    rows: Callable[[], Iterator[ReportRow]] = field(repr=False)
    signer: DeviceKey | None = field(default=None, repr=False)  # None: the device is not enrolled
    officer_names: dict[str, str] = field(default_factory=dict)  # username -> the name shown at log-in

    @functools.cached_property
    def utc_offset(self) -> dt.timedelta:
        """The report's zone as one offset (Indonesia's zones keep no daylight saving)."""
        where = self.request.where
        return where.tz.utcoffset(dt.datetime.combine(where.first, dt.time())) or dt.timedelta()

    @property
    def language(self) -> str:
        return self.request.language

    def t(self, key: str, **params: object) -> str:
        return texts.text(key, self.language, **params)

    def local(self, moment: dt.datetime) -> dt.datetime:
        """A moment in the report's zone, without the zone (as spreadsheets and paper show it)."""
        return moment.astimezone(self.request.where.tz).replace(tzinfo=None)

    def when(self, moment: dt.datetime | None) -> str:
        return self.local(moment).strftime("%d-%m-%Y %H:%M") if moment else self.t("never")

    def period(self) -> str:
        where = self.request.where
        return f"{where.first:%d-%m-%Y} – {where.last:%d-%m-%Y}"

    def filters(self) -> str:
        where = self.request.where
        status = texts.status_name(where.status, self.language) if where.status else self.t("all")
        return (f"{self.t('officer')}: {where.officer or self.t('all')}; {self.t('region')}: "
                f"{where.region or self.t('all')}; {self.t('status')}: {status}")

    def summary(self) -> list[tuple[str, Cell]]:
        """(label, value) for every figure, counts as numbers and moments as local times."""
        f = self.figures
        count = f.by_status.get
        items: list[tuple[str, Cell]] = [
            (self.t("registered"), f.registered),
            (self.t("waiting"), sum(count(s, 0) for s in WAITING)),
            (self.t("sent"), sum(count(s, 0) for s in SENT)),
        ]
        items += [(texts.status_name(s, self.language), count(s, 0)) for s in RecordStatus
                  if s is not RecordStatus.DRAFT]
        items += [
            (self.t("oldest_waiting"), self._age(f.oldest_waiting)),
            (self.t("last_sync"), self.local(f.last_success) if f.last_success else self.t("never")),
            (self.t("clock_offset"), self.t("seconds", n=round(f.clock_offset_seconds))
             if f.clock_offset_seconds is not None else self.t("unknown")),
            (self.t("clock_flagged"), f.clock_flagged),
            (self.t("audit_chain"), self.t("audit_ok", n=self.audit.entries) if self.audit.ok
             else self.t("audit_broken", n=self.audit.first_broken)),
            (self.t("checkpoint"), self.t("checkpoint_at", n=f.witnessed_position, when=self.when(f.witnessed_at))
             if f.witnessed_position else self.t("never")),
        ]
        return items

    def _age(self, oldest: dt.datetime | None) -> Cell:
        if oldest is None:
            return self.t("none")
        return self.t("days", n=max(0, (self.generated_at - oldest).days))

    def reasons(self) -> list[tuple[str, int]]:
        return [(texts.reason_name(code, self.language), n) for code, n in self.figures.reasons.items()]

    def columns(self) -> list[str]:
        keys = ["col_reference", "col_record", "col_version", "col_nik"]
        keys += ["col_name"] if self.request.named else []
        keys += ["col_officer", "col_village", "col_registered", "col_status", "col_reasons", "col_clock"]
        return [self.t(key) for key in keys]

    def cells(self, row: ReportRow) -> list[Cell]:
        language = self.language
        reasons = "; ".join(texts.reason_name(code, language) for code in row.reasons) if row.reasons else ""
        local = row.registered_at + self.utc_offset
        clock = texts.clock_flag_name(row.clock_flag, language) if row.clock_flag else ""
        if self.request.named:
            return [reference_of(row.record_id), row.record_id, row.version, row.nik, row.full_name, row.officer,
                    row.village_code, local, texts.status_name(row.status, language), reasons, clock]
        return [reference_of(row.record_id), row.record_id, row.version, row.nik_masked, row.officer,
                row.village_code, local, texts.status_name(row.status, language), reasons, clock]

    def header_lines(self) -> list[tuple[str, str]]:
        return [
            (self.t("office"), f"{self.office.office_name} ({self.office.disnaker_code})"),
            (self.t("device"), self.device_id),
            (self.t("period"), self.period()),
            (self.t("filters"), self.filters()),
            (self.t("generated"), f"{self.when(self.generated_at)} {self.t('by')} {self.generated_by}"),
        ]


def gather(session: Session, request: ReportRequest, *, office: OfficeInfo, device_id: str,
           now: dt.datetime | None = None) -> SyncReport:
    """Everything but the rows, which `report.rows()` streams. Supervisors only (the store refuses others).

    An enrolled device is named by the id the centre knows it by, which signs the report."""
    figures = session.report_data.figures(request.where)
    verdict = session.audit.verify()
    enrolled = session.enrolment.current()
    signer = DeviceKey.from_private_bytes(enrolled.device_private_key) if enrolled else None
    return SyncReport(
        request=request, office=office, device_id=enrolled.device_id if enrolled else device_id,
        generated_at=now or dt.datetime.now(dt.UTC),
        generated_by=session.account.display_name, figures=figures,
        audit=AuditState(verdict.ok, verdict.entries, verdict.first_broken),
        records=session.report_data.count(request.where),
        rows=lambda: session.report_data.rows(request.where, named=request.named), signer=signer,
        officer_names={account.username: account.display_name for account in session.accounts.all()})


def record_export(session: Session, report: SyncReport, form: str) -> None:
    """Every report written is in the audit log: its format, its size, and whether it named people."""
    where = report.request.where
    session.audit.record("export", kind="sync_report", format=form, records=report.records,
                         named=int(report.request.named), first=where.first.isoformat(), last=where.last.isoformat())

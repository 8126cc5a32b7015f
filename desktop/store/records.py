"""Registrations on the device: one encrypted row per version, its outbox row, its consent.

The whole database is SQLCipher-encrypted, so the search columns (NIK, name,
phone) can be plain columns with ordinary indexes. A record saved as ready has
passed every rule of `desktop.domain.validation` against the reference data the
caller checked it with, and its row keeps those versions. The outbox row, the consent
row and the audit entry are written in the same transaction as the
registration, so a crash never leaves one without the others. `nik` holds
the NIK of the *current* version only (NULL once a row is superseded), which
lets one UNIQUE index both refuse duplicates and serve the NIK-prefix search.
Tables and row builders: record_tables.py; the list's summaries and query: record_listing.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from desktop.domain import offline_limits
from desktop.domain.messages import Message
from desktop.domain.reference import ReferenceData, ReferenceVersions
from desktop.domain.registration import Registration
from desktop.domain.validation import Problem, check_registration
from desktop.store import centre_answers, clock_guard, corrections, offline_figures, outbox_seals
from desktop.store.attachments import AttachmentRejected, attachments_table
from desktop.store.audit import AuditHook
from desktop.store.corrections import ToCorrect
from desktop.store.errors import DuplicateNik, KkLimitReached, NotFound, StoreError
from desktop.store.outbox_table import RecordStatus, outbox, to_db_time, utc_now
from desktop.store.record_listing import RecordQuery, RecordSummary, summaries, summary, where
from desktop.store.record_tables import (
    consent_row,
    consents,
    is_purged,
    owner_of,
    registrations,
    search_columns,
    version_rows,
)

__all__ = ["DuplicateNik", "KkLimitReached", "NotFound", "PersonalDataRemoved", "RecordBusy", "RecordQuery",
           "RecordStore", "RecordSummary", "RegistrationIncomplete"]

log = logging.getLogger("luring.store")


class RecordBusy(StoreError):
    """The record cannot be changed right now (being sent, or the id is already used)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(
            Message(
                "record_busy",
                "Data ini sedang dikirim atau sudah tersimpan. Tunggu sebentar, muat ulang, lalu coba lagi.",
                "This record is being sent or is already saved. Wait a moment, reload, and try again.",
            )
        )


class PersonalDataRemoved(StoreError):
    """The record's personal data was deleted after the retention period: only its skeleton is left."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "personal_data_removed",
                "Data pribadi pendaftaran ini sudah dihapus dari perangkat setelah masa simpan berakhir. Data "
                "lengkapnya ada di pusat; hubungi pusat bila perlu diubah.",
                "The personal data of this registration was removed from the device after the retention period. "
                "The centre holds the full record; contact the centre if it needs a change.",
            )
        )


class RegistrationIncomplete(StoreError):
    """A registration marked ready that breaks a rule; `.problems` says which (codes and fields, never values)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(
            Message(
                "registration_incomplete",
                "Pendaftaran ini belum lengkap atau ada isian yang salah ({count} bagian). Perbaiki isiannya, "
                "atau simpan sebagai draf.",
                "This registration is incomplete or has entries that are wrong ({count} fields). Correct them, "
                "or save it as a draft.",
                {"count": len({p.field for p in problems})},
            )
        )


# The centre has never held these bytes: a correction may overwrite them (and so may one of a record the
# centre refused on its content). Otherwise a correction is a new version naming the old one.
_EDIT_IN_PLACE = {RecordStatus.DRAFT, RecordStatus.READY, RecordStatus.QUARANTINED}

class RecordStore:
    """Registrations of one device, as seen by one logged-in officer."""

    def __init__(self, engine: Engine, officer: str, audit: AuditHook, *,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._engine = engine
        self._officer = officer
        self._audit = audit
        self._clock = clock

    # -- writing -----------------------------------------------------------------------------------------
    def save_registration(self, reg: Registration, *, ready: bool = True, reference: ReferenceData) -> RecordSummary:
        """Store a new registration and its outbox row in one transaction.

        Ready means every rule of the domain passes against `reference` (RegistrationIncomplete otherwise);
        a draft may still be incomplete. The KK limit is `reference`'s.
        """
        reg = dataclasses.replace(reg, version=1, replaces_version=None)
        status = RecordStatus.READY if ready else RecordStatus.DRAFT
        now = self._clock()
        with self._engine.begin() as conn:
            if conn.execute(select(registrations.c.id).where(
                    registrations.c.record_id == str(reg.record_id))).first() is not None:
                raise RecordBusy("record_exists")
            self._check_rules(conn, reg, reference)
            if ready:
                self._require_complete(reg, reference, now)
                self._refuse_past_a_stop(conn, reference, now)
            self._insert_version(conn, reg, status, reference, created_at=to_db_time(now), now=to_db_time(now))
            # In the same transaction: a crash never leaves a record without its audit entry, or the reverse.
            self._audit(conn, "registration_saved", record=str(reg.record_id), version=1, status=status.value)
        log.info("registration %s saved as %s", reg.record_id, status.value)
        return self._summary_of(reg.record_id)

    def correct_registration(self, reg: Registration, *, ready: bool | None = None,
                             reference: ReferenceData) -> RecordSummary:
        """Apply an officer's correction, checked as `save_registration` checks.

        Before the centre has the record it is updated in place (same version, so the outbox sends
        the corrected data, sealed afresh); once the centre holds it, or may hold it (its frozen bytes
        went out without an answer), a new version replaces the old. `ready=None` keeps a draft a draft.
        """
        clock = self._clock()
        now = to_db_time(clock)
        with self._engine.begin() as conn:
            current = conn.execute(select(registrations).where(
                registrations.c.record_id == str(reg.record_id), registrations.c.is_current == 1)).first()
            if current is None:
                raise NotFound()
            if is_purged(current):
                raise PersonalDataRemoved()
            old_status = RecordStatus(current.status)
            if old_status is RecordStatus.SENDING:
                raise RecordBusy("record_sending")
            self._check_rules(conn, reg, reference)
            if ready or (ready is None and old_status is not RecordStatus.DRAFT):
                self._require_complete(reg, reference, clock)
            if ready and old_status is RecordStatus.DRAFT:  # a draft made ready joins the queue like a new one
                self._refuse_past_a_stop(conn, reference, clock)
            record_id = uuid.UUID(current.record_id)
            # Bytes sent without an answer may be at the centre: that version is never edited in place again.
            in_place = not outbox_seals.may_be_at_centre(conn, record_id, current.version) and (
                old_status in _EDIT_IN_PLACE or (old_status is RecordStatus.REJECTED
                                                 and centre_answers.refused_at_upload(conn, record_id,
                                                                                      current.version)))
            if in_place:
                outbox_seals.discard(conn, record_id, current.version)  # the corrected data is sealed afresh
                new_version = current.version
                reg = dataclasses.replace(reg, version=current.version, replaces_version=current.replaces_version)
                status = old_status
                if old_status in (RecordStatus.QUARANTINED, RecordStatus.REJECTED) or (
                        ready and old_status is RecordStatus.DRAFT):
                    status = RecordStatus.READY  # the correction is the fix: try again from scratch
                if ready is False:
                    status = RecordStatus.DRAFT
                self._update_in_place(conn, current, reg, status, reference, now)
            else:
                assert old_status is not RecordStatus.DRAFT  # a draft is never sealed
                new_version = current.version + 1
                reg = dataclasses.replace(reg, version=new_version, replaces_version=current.version)
                status = RecordStatus.DRAFT if ready is False else RecordStatus.READY
                conn.execute(update(registrations).where(registrations.c.id == current.id)
                             .values(is_current=0, nik=None, updated_at=now))
                self._insert_version(conn, reg, status, reference, created_at=current.created_at, now=now)
            self._audit(conn, "registration_corrected", record=str(reg.record_id), version=new_version,
                        status=status.value, new_version=int(not in_place))
        return self._summary_of(reg.record_id)

    @staticmethod
    def _require_complete(reg: Registration, reference: ReferenceData, now: dt.datetime) -> None:
        # The officer's own day: a registration made before 07:00 WIB is on a later date than UTC's.
        today = now.astimezone().date()
        problems = check_registration(reg, regions=reference.regions, rules=reference.rules, today=today)
        blocking = [p for p in problems if p.blocking]
        if blocking:
            raise RegistrationIncomplete(blocking)

    @staticmethod
    def _refuse_past_a_stop(conn: Connection, reference: ReferenceData, now: dt.datetime) -> None:
        # Here, not in the wizard or an operation: every way a new registration reaches the queue passes this
        # transaction, and the figures are read in it, so no window, tool or race gets one past a stop.
        evaluation = offline_limits.evaluate(reference.limits, offline_figures.read(conn), now)
        if evaluation.stopped:
            raise offline_limits.OfflineLimitReached(evaluation)

    def _check_rules(self, conn: Connection, reg: Registration, reference: ReferenceData) -> None:
        if reg.attachments:  # a record names only photos this device really holds, or the centre gets it incomplete
            wanted = {a.sha256 for a in reg.attachments}
            held = set(conn.execute(select(attachments_table.c.sha256).where(
                attachments_table.c.sha256.in_(wanted))).scalars())
            # A photo deleted once the centre held it still counts: the centre keeps documents by content.
            held |= outbox_seals.held_at_centre(conn, wanted - held)
            if held != wanted:
                raise AttachmentRejected("missing")
        other = registrations.c.record_id != str(reg.record_id)
        existing = conn.execute(select(registrations.c.record_id).where(
            registrations.c.nik == reg.identity.nik, other)).first()
        if existing is not None:
            raise DuplicateNik(uuid.UUID(existing.record_id))
        # No ORDER BY in SQL: it would tempt the planner onto the listing index and a walk of every record.
        same_kk = sorted(conn.execute(
            select(registrations.c.record_id, registrations.c.created_at, registrations.c.id)
            .where(registrations.c.kk == reg.identity.kk, registrations.c.is_current == 1,
                   registrations.c.status != RecordStatus.REJECTED.value, other)
        ).all(), key=lambda r: (r.created_at, r.id))
        limit = reference.rules.max_per_kk
        if len(same_kk) >= limit:
            raise KkLimitReached([uuid.UUID(r.record_id) for r in same_kk], limit)

    def _insert_version(self, conn: Connection, reg: Registration, status: RecordStatus, reference: ReferenceData,
                        *, created_at: dt.datetime, now: dt.datetime) -> None:
        row, box, consent = version_rows(reg, status, reference.versions, officer=self._officer,
                                         created_at=created_at, now=now)
        row["clock_flag"] = clock_guard.flag_for(conn, now)
        try:
            conn.execute(insert(registrations).values(**row))
        except IntegrityError as exc:  # a concurrent writer won the race for this NIK
            raise DuplicateNik(owner_of(conn, [reg.identity.nik])) from exc
        conn.execute(insert(outbox).values(**box))
        conn.execute(insert(consents).values(**consent))

    def _update_in_place(self, conn: Connection, current: Any, reg: Registration, status: RecordStatus,
                         reference: ReferenceData, now: dt.datetime) -> None:
        values = {**search_columns(reg, status, reference.versions, now), "clock_flag": clock_guard.flag_for(conn, now)}
        try:
            conn.execute(update(registrations).where(registrations.c.id == current.id).values(**values))
        except IntegrityError as exc:
            raise DuplicateNik(owner_of(conn, [reg.identity.nik])) from exc
        conn.execute(update(outbox).where(outbox.c.record_id == current.record_id,
                                          outbox.c.version == current.version)
                     .values(state=status.value, attempts=0, next_attempt_at=None,
                             last_error=None, reason_code=None, updated_at=now))
        old_consent = Registration.from_dict(json.loads(current.data)).consent
        if old_consent != reg.consent:
            conn.execute(insert(consents).values(**consent_row(reg, self._officer, now)))

    # -- reading -----------------------------------------------------------------------------------------
    def _summary_of(self, record_id: uuid.UUID) -> RecordSummary:
        with self._engine.connect() as conn:
            row = conn.execute(summaries().where(
                registrations.c.record_id == str(record_id), registrations.c.is_current == 1)).first()
        if row is None:
            raise NotFound()
        return summary(row)

    def checked_against(self, record_id: uuid.UUID) -> ReferenceVersions | None:
        """The versions the current version was checked against when saved (None: saved before they were kept)."""
        columns = (registrations.c.rules_version, registrations.c.regions_version, registrations.c.consent_version)
        with self._engine.connect() as conn:
            row = conn.execute(select(*columns).where(registrations.c.record_id == str(record_id),
                                                      registrations.c.is_current == 1)).first()
        if row is None:
            raise NotFound()
        if row.rules_version is None:
            return None
        return ReferenceVersions(rules=row.rules_version, regions=row.regions_version, consent=row.consent_version)

    def get_registration(self, record_id: uuid.UUID) -> Registration:
        with self._engine.connect() as conn:
            row = conn.execute(select(registrations.c.data, registrations.c.nik).where(
                registrations.c.record_id == str(record_id), registrations.c.is_current == 1)).first()
        if row is None:
            raise NotFound()
        if is_purged(row):
            raise PersonalDataRemoved()
        return Registration.from_dict(json.loads(row.data))

    def count_records(self, query: RecordQuery) -> int:
        with self._engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(registrations)
                                    .where(*where(query))).scalar_one())

    def list_records(self, query: RecordQuery, offset: int, limit: int) -> list[RecordSummary]:
        """Newest first; `offset`/`limit` page through the matches."""
        statement = (
            summaries()
            .where(*where(query))
            .order_by(registrations.c.created_at.desc(), registrations.c.id.desc())
            .offset(max(offset, 0))
            .limit(max(limit, 0))
        )
        with self._engine.connect() as conn:
            return [summary(row) for row in conn.execute(statement)]

    def to_correct(self, limit: int = 1000) -> list[ToCorrect]:
        """The correction worklist: rejected or sent back by the centre, oldest first, with the reasons."""
        with self._engine.connect() as conn:
            return corrections.to_correct(conn, limit)

    def find_by_nik(self, nik: str) -> RecordSummary | None:
        with self._engine.connect() as conn:
            row = conn.execute(summaries().where(registrations.c.nik == nik)).first()
        return summary(row) if row is not None else None

    def outbox_counts(self) -> dict[str, int]:
        """How many current records are in each state (every state present, zero included)."""
        counts = {status.value: 0 for status in RecordStatus}
        with self._engine.connect() as conn:
            rows = conn.execute(select(registrations.c.status, func.count()).where(registrations.c.is_current == 1)
                                .group_by(registrations.c.status)).all()
        for status, count in rows:
            counts[str(status)] = int(count)
        return counts

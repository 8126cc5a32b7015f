"""Retention: personal data leaves the device once the centre holds it (the policy is desktop.domain.retention).

Four steps, each one transaction with its audit entry (counts and the policy version only):

    records    a record the centre verified longer ago than the period loses its personal data in every
               version: NIK, KK, name, phone and the registration JSON. Its skeleton stays for the reports
               (id, version, status, officer, village code, dates, consent row, the centre's decision).
               A record the centre still lacks documents for keeps them: they would be lost.
    seals      the frozen sealed bytes of a version the centre holds (sent only for resending) are dropped.
    documents  a KTP photo or selfie goes as soon as the centre holds it, unless a version the centre has
               not got yet (or a draft) still names it.
    drafts     a draft nobody saved for the period is abandoned; so is a photo that nothing names any more
               (left by an abandoned wizard) once it is as old.

A purged row is a current row without a NIK (`record_tables.PURGED`). `secure_delete` is on for every
connection (database.py), so freed cells are zeroed; a purge that removed anything then rewrites the
file (VACUUM), folds the write-ahead log in and truncates it, and deletes the pre-migration copies, so
no file of the data folder holds a purged value, not even under the data key.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

from sqlalchemy import Connection, and_, delete, exists, func, select, update

from desktop.domain.retention import RetentionPolicy
from desktop.store import audit, migrations, settings
from desktop.store.attachments import attachments_table
from desktop.store.drafts import drafts_table
from desktop.store.outbox_table import RecordStatus, from_db_time, outbox, to_db_time, utc_now
from desktop.store.record_tables import PURGED, registrations
from desktop.store.session_state import SessionState
from desktop.store.sync_tables import centre_reasons, outbox_attachments, outbox_seals

log = logging.getLogger("luring.store")

LAST_PURGE = "retention_last_purge"  # device setting: the last purge's time and counts (JSON)
# A version the centre has not got (or may still be asked to take again) needs the photos it names.
# A rejected or needs-correction record is corrected with the photos it has: they stay until a later version is held.
_UNSETTLED = (RecordStatus.DRAFT, RecordStatus.READY, RecordStatus.SENDING, RecordStatus.QUARANTINED,
              RecordStatus.REJECTED, RecordStatus.NEEDS_CORRECTION)
_HELD = (RecordStatus.ACCEPTED, RecordStatus.VERIFIED, RecordStatus.NEEDS_CORRECTION, RecordStatus.REJECTED)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_BATCH = 500  # records per statement: SQLite's variable limit is far above, and a page of work stays short


@dataclass(frozen=True)
class PurgeReport:
    """What one purge removed: counts only."""

    at: dt.datetime
    policy_version: str
    records: int = 0
    seals: int = 0
    documents: int = 0
    drafts: int = 0

    @property
    def removed_anything(self) -> bool:
        return bool(self.records or self.seals or self.documents or self.drafts)


@dataclass(frozen=True)
class Holdings:
    """What the device holds now: records with their personal data, records kept only as skeletons."""

    with_personal_data: int
    skeletons: int
    next_due: dt.datetime | None  # when the earliest verified record's period ends; None: none is verified


class RetentionStore:
    """`session.retention`: the purge, and when it last ran."""

    def __init__(self, state: SessionState) -> None:
        self._state = state

    def purge(self, policy: RetentionPolicy, *, now: dt.datetime | None = None) -> PurgeReport:
        """Apply `policy` at `now` (the device's clock); each step commits with its audit entry, then the file
        is rewritten if anything went."""
        self._state.require_password_changed()
        now = now or utc_now()
        verified_before, saved_before = to_db_time(policy.verified_cutoff(now)), to_db_time(policy.draft_cutoff(now))
        counts: dict[str, int] = {}
        for event, work in (
            ("retention_records_purged", lambda conn: _purge_verified(conn, verified_before)),
            ("retention_seals_dropped", _drop_held_seals),
            ("retention_documents_purged", _purge_held_documents),
            ("retention_drafts_purged", lambda conn: _purge_abandoned(conn, saved_before)),
        ):
            for name, count in self._step(event, policy, work).items():
                counts[name] = counts.get(name, 0) + count
        report = PurgeReport(now, policy.version, **counts)
        if report.removed_anything:
            self._rewrite_file()
        with self._state.engine.begin() as conn:
            kept = {**asdict(report), "at": to_db_time(now).isoformat()}
            settings.put(conn, LAST_PURGE, json.dumps(kept, sort_keys=True))
        log.info("retention purge: %d records, %d seals, %d documents, %d drafts", report.records, report.seals,
                 report.documents, report.drafts)
        return report

    def last_purge(self) -> PurgeReport | None:
        """The last purge's time and counts (None: none yet on this device)."""
        with self._state.engine.connect() as conn:
            stored = settings.get(conn, LAST_PURGE)
        if stored is None:
            return None
        data = json.loads(stored)
        return PurgeReport(from_db_time(dt.datetime.fromisoformat(data["at"])), str(data["policy_version"]),
                           int(data["records"]), int(data["seals"]), int(data["documents"]), int(data["drafts"]))

    def holdings(self, policy: RetentionPolicy) -> Holdings:
        """Counts over the current records, and when the next purge has something to remove (at the first
        log-in or sync after it; a record whose documents the centre still lacks waits longer)."""
        regs, reasons = registrations.c, centre_reasons.c
        with self._state.engine.connect() as conn:
            held, skeletons = conn.execute(select(
                func.count(regs.nik), func.count() - func.count(regs.nik))
                .where(regs.is_current == 1, regs.status != RecordStatus.DRAFT.value)).one()
            earliest = conn.execute(
                select(func.min(reasons.received_at)).join(registrations, and_(
                    reasons.record_id == regs.record_id, reasons.version == regs.version))
                .where(regs.is_current == 1, regs.nik.is_not(None), regs.status == RecordStatus.VERIFIED.value,
                       reasons.state == RecordStatus.VERIFIED.value)).scalar_one_or_none()
        due = from_db_time(earliest) + dt.timedelta(days=policy.verified_personal_data_days) if earliest else None
        return Holdings(int(held), int(skeletons), due)

    def _step(self, event: str, policy: RetentionPolicy, work: Callable[[Connection], dict[str, int]]
              ) -> dict[str, int]:
        """One transaction: the work and, when it removed something, its audit entry (counts only)."""
        with self._state.engine.begin() as conn:
            counts = work(conn)
            if any(counts.values()):
                audit.append(conn, audit.stored_key(conn), event, self._state.account.username,
                             {"policy": policy.version, **counts})
        return counts

    def _rewrite_file(self) -> None:
        """VACUUM rebuilds every page from live rows; the truncated log keeps no old page either."""
        engine = self._state.engine
        engine.dispose()  # idle pooled connections would keep old pages of the log pinned
        raw = engine.raw_connection()
        try:
            driver = raw.driver_connection
            driver.execute("VACUUM")  # type: ignore[union-attr]
            busy, _, _ = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()  # type: ignore[union-attr]
        finally:
            raw.close()
        if busy:
            log.warning("retention purge: the write-ahead log could not be truncated yet")
        # Copies made before a migration hold the purged rows too; this database has been read and written since.
        migrations.discard_backups(self._state.db_path)


def _purge_verified(conn: Connection, cutoff: dt.datetime) -> dict[str, int]:
    """Wipe the personal columns of every version of records verified before `cutoff`."""
    regs, reasons = registrations.c, centre_reasons.c
    lacking = exists().where(outbox_attachments.c.record_id == regs.record_id,
                             outbox_attachments.c.version == regs.version, outbox_attachments.c.at_centre == 0)
    due = list(conn.execute(
        select(regs.record_id).join(centre_reasons, and_(reasons.record_id == regs.record_id,
                                                         reasons.version == regs.version))
        .where(regs.is_current == 1, regs.nik.is_not(None), regs.status == RecordStatus.VERIFIED.value,
               reasons.state == RecordStatus.VERIFIED.value, reasons.received_at < cutoff, ~lacking)).scalars())
    for start in range(0, len(due), _BATCH):
        conn.execute(update(registrations).where(regs.record_id.in_(due[start:start + _BATCH])).values(**PURGED))
    return {"records": len(due)}


def _drop_held_seals(conn: Connection) -> dict[str, int]:
    """Sealed bytes of versions the centre holds: nothing will send them again."""
    box, reasons, seals = outbox.c, centre_reasons.c, outbox_seals.c
    refused_whole = exists().where(reasons.record_id == box.record_id, reasons.version == box.version,
                                   reasons.state == "refused")
    held = exists().where(box.record_id == seals.record_id, box.version == seals.version,
                          box.state.in_([s.value for s in _HELD]),
                          ~and_(box.state == RecordStatus.REJECTED.value, refused_whole))
    return {"seals": int(conn.execute(delete(outbox_seals).where(held)).rowcount)}


def _purge_held_documents(conn: Connection) -> dict[str, int]:
    """Photos the centre holds that no version still waiting for the centre, and no draft, names."""
    docs = outbox_attachments.c
    missing_somewhere = exists().where(docs.sha256 == attachments_table.c.sha256, docs.at_centre == 0)
    held_somewhere = exists().where(docs.sha256 == attachments_table.c.sha256, docs.at_centre == 1)
    candidates = set(conn.execute(select(attachments_table.c.sha256)
                                  .where(held_somewhere, ~missing_somewhere)).scalars())
    gone = sorted(candidates - _named_by_unsettled(conn))
    _delete_attachments(conn, gone)
    return {"documents": len(gone)}


def _purge_abandoned(conn: Connection, cutoff: dt.datetime) -> dict[str, int]:
    """Drafts last saved before `cutoff`, then photos as old that nothing names any more."""
    drafts = conn.execute(delete(drafts_table).where(drafts_table.c.updated_at < cutoff)).rowcount
    frozen_docs = select(outbox_attachments.c.sha256)
    old = set(conn.execute(select(attachments_table.c.sha256).where(
        attachments_table.c.created_at < cutoff, attachments_table.c.sha256.not_in(frozen_docs))).scalars())
    old -= _named_by_unsettled(conn)
    # Rare (a wizard closed without saving), so each is looked for in every registration before it goes.
    orphans = sorted(sha for sha in old if conn.execute(select(registrations.c.id).where(
        registrations.c.data.contains(sha, autoescape=True)).limit(1)).first() is None)
    _delete_attachments(conn, orphans)
    return {"drafts": int(drafts), "documents": len(orphans)}


def _named_by_unsettled(conn: Connection) -> set[str]:
    """Every SHA-256 named in a draft or in a current version the centre has not got."""
    texts = conn.execute(select(registrations.c.data).where(
        registrations.c.is_current == 1, registrations.c.status.in_([s.value for s in _UNSETTLED]))).scalars()
    drafts = conn.execute(select(drafts_table.c.data)).scalars()
    return set(_hashes_in([*texts, *drafts]))


def _hashes_in(texts: Iterable[str]) -> Iterable[str]:
    for text in texts:
        yield from _SHA256.findall(text)


def _delete_attachments(conn: Connection, hashes: list[str]) -> None:
    for start in range(0, len(hashes), _BATCH):
        conn.execute(delete(attachments_table).where(attachments_table.c.sha256.in_(hashes[start:start + _BATCH])))

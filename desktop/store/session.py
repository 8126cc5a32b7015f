"""A logged-in account and the services it works through.

    session.records       registrations and the outbox counts (records.py)
    session.drafts        autosaved wizard drafts (drafts.py)
    session.attachments   encrypted KTP and selfie images (attachments.py)
    session.outbox        what the sync engine sends and what the centre answered (outbox.py)
    session.enrolment     the device's enrolment with the centre and its request-sequence floor (enrolment.py)
    session.checkpoints   the audit head and what the centre last witnessed of it (checkpoints.py)
    session.sync_history  the last syncs, counts and error codes only (sync_history.py)
    session.handovers     bundles written or forwarded and receipts read back, with their audit entries (handovers.py)
    session.offline_figures  what waits and the last sync or hand-over, for the offline limits (offline_figures.py)
    session.handover_export  the waiting versions a bundle carries, with their frozen seals (handover_export.py)
    session.receipt_import   a receipt file's answers applied as a sync applies them (receipt_import.py)
    session.reference     rules and consent text kept from the centre (centre_reference.py)
    session.retention     personal data deleted once the centre holds it, by the policy (retention.py)
    session.report_data   a period's figures and records for the sync reports, supervisors only (report_query.py)
    session.accounts      adding, removing (re-key), passwords, the recovery key (account_admin.py)
    session.audit         the audit chain and supervisors' security warnings (audit.py)

The services share one `SessionState`: the data key, the engine and who is
logged in. Records, drafts and attachments are refused while the account must
change its password (after a supervisor's reset).
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from desktop.store import accounts_table, audit, lockout, login_record, migrations, settings
from desktop.store.account_admin import AccountAdmin
from desktop.store.accounts import Account, Role
from desktop.store.attachments import AttachmentStore
from desktop.store.audit import AuditTrail
from desktop.store.centre_reference import ReferenceStore
from desktop.store.checkpoints import CheckpointStore
from desktop.store.drafts import DraftStore
from desktop.store.enrolment import EnrolmentStore
from desktop.store.errors import KeySlotsUnreadable, StoreError
from desktop.store.handover_export import HandoverExport
from desktop.store.handovers import HandoverStore
from desktop.store.key_file import KeyFile, OpenedSlot
from desktop.store.key_slots import RECOVERY_USERNAME
from desktop.store.office import OfficeInfo
from desktop.store.offline_figures import OfflineFiguresStore
from desktop.store.outbox import OutboxStore
from desktop.store.receipt_import import ReceiptImport
from desktop.store.records import RecordStore
from desktop.store.report_query import ReportData
from desktop.store.retention import RetentionStore
from desktop.store.session_state import UNREADABLE, SessionState, disposed_on_failure, open_database
from desktop.store.sync_history import SyncHistoryStore

log = logging.getLogger("luring.store")

RECOVERY_DISPLAY_NAME = "Kunci pemulihan / Recovery key"


@dataclass(frozen=True)
class _RecordServices:
    engine: Engine  # the engine they were made for: a re-key makes new ones
    records: RecordStore
    drafts: DraftStore
    attachments: AttachmentStore
    outbox: OutboxStore


class Session:
    """A logged-in account. Holds the data key until `close()`."""

    def __init__(self, state: SessionState) -> None:
        self._state = state
        self._services: _RecordServices | None = None
        self.accounts = AccountAdmin(state)
        self.audit = AuditTrail(state)
        self.enrolment = EnrolmentStore(state)
        self.checkpoints = CheckpointStore(state)
        self.sync_history = SyncHistoryStore(state)
        self.handovers = HandoverStore(state)
        self.offline_figures = OfflineFiguresStore(state)
        self.handover_export = HandoverExport(state)
        self.receipt_import = ReceiptImport(state)
        self.reference = ReferenceStore(state)
        self.retention = RetentionStore(state)
        self.report_data = ReportData(state)

    @classmethod
    def start(cls, key_file: KeyFile, db_path: Path, opened: OpenedSlot, *, event: str) -> Session:
        """Open the database with the key a slot gave, check it against the file, sign the lock-out state."""
        slots, slot = opened.slots, opened.slot
        engine = open_database(db_path, opened.data_key, slots.device_id)
        with disposed_on_failure(engine):
            migrated = migrations.migrate(engine, db_path, migrations.MIGRATIONS)
            with engine.begin() as conn:
                known = {a.username: (a, key) for a, key in accounts_table.load_all(conn)}
                if slot.username not in known or known[slot.username][1] != slot.public_key:
                    raise KeySlotsUnreadable()  # a slot the database never issued
                account = known[slot.username][0]
                office = OfficeInfo.from_json(settings.get(conn, settings.OFFICE))
                settled = login_record.settle_at_login(conn, lockout.mac_key(opened.data_key), slots, opened.state,
                                                       known, account.username, office)
                audit.append(conn, audit.stored_key(conn), event, account.username, {})
                # File first, inside the transaction: if it cannot be written nothing is committed, and a
                # file signed ahead of the database (crash after this line) is accepted next time: it
                # names the database's present sequence as its base.
                slots.lockout = settled.to_dict()
                with key_file.attempt_lock():
                    key_file.write(slots)
        if not migrated:  # the database opened and was read at its current version: the copies are done with
            try:
                migrations.discard_backups(db_path)
            except OSError as exc:  # tried again at the next log-in, and a re-key refuses to leave them
                log.warning("pre-migration copies not deleted (%s)", type(exc).__name__)
        if slot.username == RECOVERY_USERNAME:
            account = Account(RECOVERY_USERNAME, RECOVERY_DISPLAY_NAME, Role.SUPERVISOR)
        state = SessionState(key_file, db_path, slots.device_id, account, slot.kdf, opened.data_key, office=office)
        state.replace_engine(engine, opened.data_key)
        return cls(state)

    # -- who and what ------------------------------------------------------------------------------------
    @property
    def account(self) -> Account:
        return self._state.account

    @property
    def device_id(self) -> str:
        return self._state.device_id

    @property
    def office(self) -> OfficeInfo | None:
        """The office kept in the database at set-up: what receipts and reports print (keyslots.json is not
        authenticated; None for a database made before it kept one)."""
        return self._state.office

    @property
    def is_open(self) -> bool:
        return self._state.is_open

    @property
    def engine(self) -> Engine:
        """The open engine, for the store's own trusted tools (the bulk loader) and tests."""
        return self._state.engine

    @property
    def records(self) -> RecordStore:
        return self._record_services().records

    @property
    def drafts(self) -> DraftStore:
        return self._record_services().drafts

    @property
    def attachments(self) -> AttachmentStore:
        return self._record_services().attachments

    @property
    def outbox(self) -> OutboxStore:
        return self._record_services().outbox

    def _record_services(self) -> _RecordServices:
        self._state.require_password_changed()
        engine = self._state.engine
        if self._services is None or self._services.engine is not engine:
            officer = self._state.account.username
            self._services = _RecordServices(
                engine,
                RecordStore(engine, officer=officer, audit=audit.in_transaction(officer)),
                DraftStore(engine, officer=officer),
                AttachmentStore(engine, officer=officer),
                OutboxStore(engine),
            )
        return self._services

    def send_again(self, record_id: uuid.UUID, version: int) -> None:
        """A supervisor gives a quarantined record a fresh start (audited with it, in one transaction)."""
        self._state.require_supervisor()
        self.outbox.retry(record_id, version, audit=audit.in_transaction(self._state.account.username))

    def check_integrity(self) -> list[str]:
        """Problems found by SQLCipher's page HMAC check and SQLite's integrity check; empty when sound."""
        try:
            with self.engine.connect() as conn:
                cipher = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
                sqlite = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        except UNREADABLE as exc:
            return [f"the database could not be read to the end ({type(exc).__name__})"]
        return cipher + [line for line in sqlite if line != "ok"]

    def close(self) -> None:
        """Log out: record it, drop the key, dispose the engine. Safe to call twice."""
        if not self._state.is_open:
            return
        with contextlib.suppress(StoreError, *UNREADABLE):
            self.audit.record("logout")
        self._state.close()
        self._services = None

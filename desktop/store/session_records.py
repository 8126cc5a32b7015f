"""The records area of a `Session` (mixed in): registrations, drafts, attachments, outbox counts.

All of it is refused while the account must change its password (after a
supervisor's reset): the one-time code opens a session only to choose a new
password, whatever the UI does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import Engine

from desktop.domain.registration import AttachmentKind, AttachmentRef, Registration
from desktop.store import audit
from desktop.store.accounts import Account
from desktop.store.errors import PasswordChangeRequired
from desktop.store.records import RecordQuery, RecordStore, RecordSummary

if TYPE_CHECKING:
    from desktop.store.attachments import AttachmentStore
    from desktop.store.drafts import DraftInfo, DraftStore


@dataclass(frozen=True)
class Stores:
    records: RecordStore
    drafts: DraftStore
    attachments: AttachmentStore


class RecordsAccess:
    """What an officer's work goes through; the stores are made on first use and follow a re-key."""

    _account: Account
    _stores: Stores | None

    @property
    def engine(self) -> Engine:
        raise NotImplementedError

    def _require_password_changed(self) -> None:
        if self._account.must_change_password:
            raise PasswordChangeRequired()

    def _store(self) -> Stores:
        self._require_password_changed()
        if self._stores is None:
            from desktop.store.attachments import AttachmentStore  # imported late: optional at start-up
            from desktop.store.drafts import DraftStore

            officer = self._account.username
            self._stores = Stores(RecordStore(self.engine, officer=officer, audit=audit.in_transaction(officer)),
                                  DraftStore(self.engine, officer=officer),
                                  AttachmentStore(self.engine, officer=officer))
        return self._stores

    def save_registration(self, reg: Registration, *, ready: bool = True) -> RecordSummary:
        return self._store().records.save_registration(reg, ready=ready)

    def correct_registration(self, reg: Registration, *, ready: bool | None = None) -> RecordSummary:
        """`ready=None` keeps the record's state; True/False moves a draft on or back."""
        return self._store().records.correct_registration(reg, ready=ready)

    def find_by_nik(self, nik: str) -> RecordSummary | None:
        return self._store().records.find_by_nik(nik)

    def get_registration(self, record_id: UUID) -> Registration:
        return self._store().records.get_registration(record_id)

    def count_records(self, query: RecordQuery) -> int:
        return self._store().records.count_records(query)

    def list_records(self, query: RecordQuery, offset: int, limit: int) -> list[RecordSummary]:
        return self._store().records.list_records(query, offset, limit)

    def outbox_counts(self) -> dict[str, int]:
        return self._store().records.outbox_counts()

    def save_draft(self, draft_id: UUID, data: dict[str, Any], step: int) -> None:
        self._store().drafts.save_draft(draft_id, data, step)

    def drafts(self) -> list[DraftInfo]:
        return self._store().drafts.drafts()

    def load_draft(self, draft_id: UUID) -> dict[str, Any]:
        return self._store().drafts.load_draft(draft_id)

    def delete_draft(self, draft_id: UUID) -> None:
        self._store().drafts.delete_draft(draft_id)

    def add_attachment(self, kind: AttachmentKind, data: bytes) -> AttachmentRef:
        return self._store().attachments.add_attachment(kind, data)

    def attachment_bytes(self, sha256: str) -> bytes:
        return self._store().attachments.attachment_bytes(sha256)

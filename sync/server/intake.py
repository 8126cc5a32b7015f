"""Receiving sealed records: open, validate, de-duplicate nationally, store.

Idempotency key: (record id, version) plus the SHA-256 of the sealed bytes.
The same bytes again is success (`already_have`); other bytes for the same
record and version are a `conflict`; a correction is a new version naming the
one it replaces.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.eligibility import Rules
from sync import sealing
from sync.protocol import Outcome, RejectReason, SealedItem
from sync.server import validate
from sync.server.config import Keys
from sync.server.models import Attachment, Receipt, Record


@dataclass
class ItemOutcome:
    record_id: str
    version: int
    outcome: Outcome
    reasons: list[dict[str, str]] = field(default_factory=list)
    missing_attachments: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "version": self.version,
            "outcome": self.outcome.value,
            "reasons": self.reasons,
            "missing_attachments": self.missing_attachments,
            "complete": self.outcome in (Outcome.ACCEPTED, Outcome.ALREADY_HAVE) and not self.missing_attachments,
        }


def identity_hash(keys: Keys, kind: str, value: str) -> str:
    """Keyed hash so the centre can match NIK/KK across devices without keeping them."""
    return hmac.new(keys.identity_hmac, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def missing_attachments(session: Session, record: Record) -> list[str]:
    declared = [h for h in record.attachments.split() if h]
    if not declared:
        return []
    have = set(session.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(declared))))
    return [h for h in declared if h not in have]


def receive(
    session: Session, keys: Keys, rules: Rules, device_id: str, items: list[SealedItem], *, retry: bool = True
) -> list[ItemOutcome]:
    """Judge and store a batch in one transaction; items are judged in order, each seeing the ones before."""
    outcomes = []
    for item in items:
        outcome = _evaluate(session, keys, rules, device_id, item)
        detail = outcome.outcome.value + "".join(f" {r['code']}" for r in outcome.reasons[:3])
        session.add(Receipt(device_id=device_id, kind="record", subject=f"{item.record_id}/{item.version}",
                            detail=f"{detail} sha256={hashlib.sha256(item.sealed).hexdigest()[:16]}"))
        outcomes.append(outcome)
    try:
        session.commit()
    except IntegrityError:
        # A concurrent request stored one of these records first: judge the batch again against it.
        session.rollback()
        if not retry:
            raise
        return receive(session, keys, rules, device_id, items, retry=False)
    return outcomes


def _evaluate(session: Session, keys: Keys, rules: Rules, device_id: str, item: SealedItem) -> ItemOutcome:
    result = ItemOutcome(item.record_id, item.version, Outcome.REJECTED)
    payload_sha = hashlib.sha256(item.sealed).hexdigest()
    existing = session.scalar(select(Record).where(Record.record_id == item.record_id, Record.version == item.version))
    if existing is not None:
        same = existing.payload_sha256 == payload_sha and existing.device_id == device_id
        result.outcome = Outcome.ALREADY_HAVE if same else Outcome.CONFLICT
        result.missing_attachments = missing_attachments(session, existing) if same else []
        return result
    try:
        plaintext = sealing.open_record(keys.centre, item.sealed, item.record_id, item.version, device_id)
    except sealing.SealBroken:
        result.reasons = [{"code": RejectReason.SEAL_INVALID.value}]
        return result
    checked = validate.check(plaintext, item, dt.date.today(), rules)
    if isinstance(checked, validate.Refusal):
        result.reasons = checked.to_json()
        return result
    if item.replaces_version is not None:
        replaced = session.scalar(
            select(Record.id).where(Record.record_id == item.record_id, Record.version == item.replaces_version)
        )
        if replaced is None:
            result.reasons = [{"code": RejectReason.REPLACES_UNKNOWN.value, "field": "replaces_version"}]
            return result
    nik_hash, kk_hash = identity_hash(keys, "nik", checked.nik), identity_hash(keys, "kk", checked.kk)
    elsewhere = session.scalar(
        select(Record.id).where(Record.nik_hash == nik_hash, Record.record_id != item.record_id).limit(1)
    )
    if elsewhere is not None:
        result.reasons = [{"code": RejectReason.NIK_REGISTERED.value, "field": "identity.nik"}]
        return result
    if _family_count(session, kk_hash, item.record_id) >= rules.max_per_kk:
        result.reasons = [{"code": RejectReason.KK_LIMIT.value, "field": "identity.kk"}]
        return result
    record = Record(
        record_id=item.record_id,
        version=item.version,
        replaces_version=item.replaces_version,
        device_id=device_id,
        payload_sha256=payload_sha,
        sealed=item.sealed,
        nik_hash=nik_hash,
        kk_hash=kk_hash,
        attachments=" ".join(checked.attachments),
    )
    session.add(record)
    session.flush()
    result.outcome = Outcome.ACCEPTED
    result.missing_attachments = missing_attachments(session, record)
    return result


def _family_count(session: Session, kk_hash: str, record_id: str) -> int:
    """Other records whose latest version names this KK."""
    candidates = set(session.scalars(select(Record.record_id).where(Record.kk_hash == kk_hash)))
    candidates.discard(record_id)
    count = 0
    for other in candidates:
        latest = session.scalar(
            select(Record.kk_hash).where(Record.record_id == other).order_by(Record.version.desc()).limit(1)
        )
        count += latest == kk_hash
    return count

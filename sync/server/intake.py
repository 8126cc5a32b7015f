"""Receiving sealed records: open, validate, de-duplicate nationally, store.

Idempotency key: (record id, version) plus the SHA-256 of the sealed bytes.
The same bytes again is success (`already_have`); other bytes for the same
record and version, or any version of a record id the centre holds from
another device, are a `conflict`; a correction is a new version naming the
one it replaces.

A batch is judged in a few set-wise queries rather than several per record:
what the centre holds for the batch's record ids, NIKs and KKs is read once,
items are judged in order against that plus the items before them, and the
writes go in one transaction. NIK claims and KK counts are rows with a
primary key and compare-and-set updates, so two workers cannot both accept
the same NIK or a third member of a family: the loser's transaction fails and
the batch is judged again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.reference import ReferenceData
from sync import sealing
from sync.protocol import Outcome, ProblemCode, RejectReason, SealedItem
from sync.server import validate
from sync.server.config import Keys
from sync.server.models import Attachment, Base, Family, NikClaim, Receipt, Record
from sync.server.problems import Problem

_CHUNK = 500  # bound on IN (...) lists: SQLite limits bound parameters
MAX_VERSIONS = 20  # corrections of one record; beyond that it is refused (a NIK claimed and released over and over)


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


@dataclass(frozen=True)
class _Held:
    """What the judgement needs of a stored version (never its sealed bytes)."""

    device_id: str
    payload_sha256: str
    nik_hash: str
    kk_hash: str
    attachments: tuple[str, ...]


class _LostRace(Exception):
    """A compare-and-set update found the row changed by a concurrent request."""


def store_attachment(session: Session, sha256: str, device_id: str, sealed: bytes) -> bool:
    """Keep a sealed document (its seal already opened to `sha256`); False when a concurrent request was first."""
    session.add(Attachment(sha256=sha256, device_id=device_id, sealed=sealed))
    session.add(Receipt(device_id=device_id, kind="attachment", subject=sha256,
                        detail=f"sealed_sha256={hashlib.sha256(sealed).hexdigest()[:16]}"))
    return commit_quietly(session)


def commit_quietly(session: Session) -> bool:
    """Commit; False when a concurrent request stored the same thing first."""
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return False
    return True


def identity_hash(keys: Keys, kind: str, value: str) -> str:
    """Keyed hash so the centre can match NIK/KK across devices without keeping them."""
    return hmac.digest(keys.identity_hmac, f"{kind}:{value}".encode(), "sha256").hex()  # one-shot: same HMAC


def declared_attachments(record: Record) -> tuple[str, ...]:
    return tuple(h for h in record.attachments.split() if h)


def held_attachments(session: Session, device_id: str, hashes: Iterable[str]) -> set[str]:
    """Which of `hashes` the centre holds from `device_id` (documents belong to the device that sealed them)."""
    wanted = sorted(set(hashes))
    have: set[str] = set()
    for part in _chunks(wanted):
        have.update(session.scalars(
            select(Attachment.sha256).where(Attachment.device_id == device_id, Attachment.sha256.in_(part))
        ))
    return have


def receive(
    session: Session, keys: Keys, checks: ReferenceData, device_id: str, items: list[SealedItem], *, retry: bool = True
) -> list[ItemOutcome]:
    """Judge and store a batch in one transaction; items are judged in order, each seeing the ones before."""
    try:
        outcomes = _judge_and_stage(session, keys, checks, device_id, items)
        session.commit()
    except (IntegrityError, _LostRace) as exc:
        # A concurrent request stored one of these records, NIKs or family members first: judge again.
        session.rollback()
        if not retry:
            raise Problem(503, ProblemCode.UNAVAILABLE, "Busy with the same records; try again.",
                          retry_after=1) from exc
        return receive(session, keys, checks, device_id, items, retry=False)
    return outcomes


def _judge_and_stage(
    session: Session, keys: Keys, checks: ReferenceData, device_id: str, items: list[SealedItem]
) -> list[ItemOutcome]:
    held = _held_versions(session, {item.record_id for item in items})
    today = dt.date.today()  # one day for the whole batch, as it is one transaction
    digests = [hashlib.sha256(item.sealed).hexdigest() for item in items]
    opened = [_open_and_check(keys, checks, device_id, item, digest, held, today)
              for item, digest in zip(items, digests, strict=True)]
    checked = [c for c in opened if isinstance(c, _Accepted)]
    claims: dict[str, str] = _lookup(session, NikClaim.nik_hash, NikClaim.record_id, {c.nik_hash for c in checked})
    # The families of the records' present versions too: a correction to another KK leaves the old family.
    current = {versions[max(versions)].kk_hash for versions in held.values() if versions}
    families: dict[str, int] = _lookup(session, Family.kk_hash, Family.members,
                                       {c.kk_hash for c in checked} | current)
    read_families = dict(families)
    new_claims: dict[str, str] = {}
    released: set[tuple[str, str]] = set()  # (NIK hash, record id) claims its record no longer holds
    new_records: list[dict[str, Any]] = []
    outcomes: list[ItemOutcome] = []
    for item, digest, judged in zip(items, digests, opened, strict=True):
        versions = held.setdefault(item.record_id, {})
        outcome = _judge(item, digest, judged, versions, device_id, claims, families, checks.rules.max_per_kk)
        if outcome.outcome is Outcome.ACCEPTED:
            assert isinstance(judged, _Accepted)
            _release_claim(item, judged.nik_hash, versions, claims, new_claims, released)
            versions[item.version] = _Held(device_id, judged.payload_sha256, judged.nik_hash, judged.kk_hash,
                                           judged.attachments)
            if judged.nik_hash not in claims:
                claims[judged.nik_hash] = new_claims[judged.nik_hash] = item.record_id
            new_records.append(judged.to_row(item, device_id))
        outcomes.append(outcome)
    _fill_missing_attachments(session, device_id, outcomes, held)
    # Core inserts on the tables: one executemany per table, without the ORM's bulk bookkeeping per row.
    if new_records:
        session.execute(insert(_table(Record)), new_records)
    if items:  # an empty executemany would insert one row of defaults (a bundle part may hold documents only)
        session.execute(insert(_table(Receipt)), [_receipt(device_id, item, digest, outcome) for item, digest, outcome
                                                  in zip(items, digests, outcomes, strict=True)])
    for nik_hash, record_id in released:  # before the new claims: one may take a NIK freed in this very batch
        session.execute(delete(NikClaim).where(NikClaim.nik_hash == nik_hash, NikClaim.record_id == record_id))
    if new_claims:
        session.execute(insert(_table(NikClaim)), [{"nik_hash": n, "record_id": r} for n, r in new_claims.items()])
    _store_family_sizes(session, read_families, families)
    return outcomes


def _release_claim(item: SealedItem, nik_hash: str, versions: dict[int, _Held], claims: dict[str, str],
                   new_claims: dict[str, str], released: set[tuple[str, str]]) -> None:
    """A record holds only its latest version's NIK: the one a new latest version corrects away is free again."""
    latest = max(versions) if versions else None
    if latest is None or item.version < latest or versions[latest].nik_hash == nik_hash:
        return
    old = versions[latest].nik_hash
    released.add((old, item.record_id))
    if claims.get(old) == item.record_id:
        del claims[old]
        new_claims.pop(old, None)


@dataclass(frozen=True)
class _Accepted:
    """A record whose seal opened and whose contents passed the domain rules."""

    payload_sha256: str
    nik_hash: str
    kk_hash: str
    attachments: tuple[str, ...]

    def to_row(self, item: SealedItem, device_id: str) -> dict[str, Any]:
        return {"record_id": item.record_id, "version": item.version, "replaces_version": item.replaces_version,
                "device_id": device_id, "payload_sha256": self.payload_sha256, "sealed": item.sealed,
                "nik_hash": self.nik_hash, "kk_hash": self.kk_hash, "attachments": " ".join(self.attachments)}


def _receipt(device_id: str, item: SealedItem, digest: str, outcome: ItemOutcome) -> dict[str, str]:
    detail = outcome.outcome.value + "".join(f" {r['code']}" for r in outcome.reasons[:3])
    return {"device_id": device_id, "kind": "record", "subject": f"{item.record_id}/{item.version}",
            "detail": f"{detail} sha256={digest[:16]}"}


def _open_and_check(
    keys: Keys, checks: ReferenceData, device_id: str, item: SealedItem, digest: str,
    held: dict[str, dict[int, _Held]], today: dt.date,
) -> _Accepted | list[dict[str, str]] | None:
    """The opened record, the rejection reasons, or None when what is stored already decides it."""
    versions = held.get(item.record_id, {})
    if item.version in versions or any(v.device_id != device_id for v in versions.values()):
        return None
    try:
        plaintext = sealing.open_record(keys.centre, item.sealed, item.record_id, item.version, device_id)
    except sealing.SealBroken:
        return [{"code": RejectReason.SEAL_INVALID.value}]
    checked = validate.check(plaintext, item, today, checks)
    if isinstance(checked, validate.Refusal):
        return checked.to_json()
    return _Accepted(digest, identity_hash(keys, "nik", checked.nik),
                     identity_hash(keys, "kk", checked.kk), checked.attachments)


def _judge(
    item: SealedItem,
    digest: str,
    judged: _Accepted | list[dict[str, str]] | None,
    versions: dict[int, _Held],
    device_id: str,
    claims: dict[str, str],
    families: dict[str, int],
    max_per_kk: int,
) -> ItemOutcome:
    result = ItemOutcome(item.record_id, item.version, Outcome.REJECTED)
    existing = versions.get(item.version)
    if existing is not None:
        same = existing.payload_sha256 == digest and existing.device_id == device_id
        result.outcome = Outcome.ALREADY_HAVE if same else Outcome.CONFLICT
        return result
    if any(v.device_id != device_id for v in versions.values()):
        result.outcome = Outcome.CONFLICT  # a record id held from another device: not this device's to correct
        return result
    assert judged is not None  # not opened only when the stored state decides, and that is caught above
    if isinstance(judged, list):
        result.reasons = judged
        return result
    if item.version > MAX_VERSIONS:  # a record corrected without end is someone trying NIKs, not an applicant
        result.reasons = [{"code": RejectReason.VALIDATION.value, "field": "version"}]
        return result
    if item.replaces_version is not None and item.replaces_version not in versions:
        result.reasons = [{"code": RejectReason.REPLACES_UNKNOWN.value, "field": "replaces_version"}]
        return result
    if claims.get(judged.nik_hash, item.record_id) != item.record_id:
        result.reasons = [{"code": RejectReason.NIK_REGISTERED.value, "field": "identity.nik"}]
        return result
    latest = max(versions) if versions else None
    current_kk = versions[latest].kk_hash if latest is not None else None
    others = families.get(judged.kk_hash, 0) - (current_kk == judged.kk_hash)
    if others >= max_per_kk:
        result.reasons = [{"code": RejectReason.KK_LIMIT.value, "field": "identity.kk"}]
        return result
    if (latest is None or item.version > latest) and current_kk != judged.kk_hash:
        families[judged.kk_hash] = families.get(judged.kk_hash, 0) + 1
        if current_kk is not None:
            families[current_kk] = families.get(current_kk, 1) - 1
    result.outcome = Outcome.ACCEPTED
    return result


def _fill_missing_attachments(
    session: Session, device_id: str, outcomes: list[ItemOutcome], held: dict[str, dict[int, _Held]]
) -> None:
    done = [o for o in outcomes if o.outcome in (Outcome.ACCEPTED, Outcome.ALREADY_HAVE)]
    declared = {id(o): held[o.record_id][o.version].attachments for o in done}
    have = held_attachments(session, device_id, (h for hashes in declared.values() for h in hashes))
    for outcome in done:
        outcome.missing_attachments = [h for h in declared[id(outcome)] if h not in have]


def _held_versions(session: Session, record_ids: set[str]) -> dict[str, dict[int, _Held]]:
    held: dict[str, dict[int, _Held]] = {}
    columns = (Record.record_id, Record.version, Record.device_id, Record.payload_sha256, Record.nik_hash,
               Record.kk_hash, Record.attachments)
    for part in _chunks(sorted(record_ids)):
        for record_id, version, device, sha, nik, kk, attachments in session.execute(
            select(*columns).where(Record.record_id.in_(part))
        ):
            held.setdefault(record_id, {})[version] = _Held(device, sha, nik, kk, tuple(attachments.split()))
    return held


def _lookup(session: Session, key: Any, value: Any, wanted: set[str]) -> dict[str, Any]:
    """{key: value} for the rows whose `key` column is in `wanted`, read in bounded IN (...) lists."""
    found: dict[str, Any] = {}
    for part in _chunks(sorted(wanted)):
        found.update((k, v) for k, v in session.execute(select(key, value).where(key.in_(part))))
    return found


def _store_family_sizes(session: Session, before: dict[str, int], after: dict[str, int]) -> None:
    """Compare-and-set: a row changed since it was read means a concurrent request won; new rows race on the key."""
    fresh = [{"kk_hash": k, "members": n} for k, n in after.items() if k not in before]
    if fresh:
        session.execute(insert(_table(Family)), fresh)
    for kk_hash, members in after.items():
        if kk_hash in before and before[kk_hash] != members:
            moved = session.execute(update(Family).where(Family.kk_hash == kk_hash, Family.members == before[kk_hash])
                                    .values(members=members))
            if getattr(moved, "rowcount", 0) != 1:
                raise _LostRace(kk_hash)


def rebuild_identity_index(session: Session) -> None:
    """Fill NIK claims and family sizes from the records (a database made before those tables existed)."""
    if session.scalar(select(NikClaim.nik_hash).limit(1)) is not None or session.scalar(
        select(Record.id).limit(1)
    ) is None:
        return
    latest: dict[str, tuple[int, str, str]] = {}
    for record_id, version, nik_hash, kk_hash in session.execute(
        select(Record.record_id, Record.version, Record.nik_hash, Record.kk_hash).order_by(Record.id)
    ):
        if record_id not in latest or version > latest[record_id][0]:
            latest[record_id] = (version, nik_hash, kk_hash)
    claims: dict[str, str] = {}  # a record holds its latest version's NIK only
    sizes: dict[str, int] = {}
    for record_id, (_, nik_hash, kk_hash) in latest.items():
        claims.setdefault(nik_hash, record_id)
        sizes[kk_hash] = sizes.get(kk_hash, 0) + 1
    session.execute(insert(NikClaim), [{"nik_hash": n, "record_id": r} for n, r in claims.items()])
    session.execute(insert(Family), [{"kk_hash": k, "members": n} for k, n in sizes.items()])
    session.commit()


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]

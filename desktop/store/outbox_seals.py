"""Frozen seals: a version's sealed bytes are made once, kept, and sent unchanged on every retry.

HPKE output is randomised, and the centre treats other bytes for a record
version it holds as a conflict. So the first seal of a version is frozen here
with its SHA-256 (the centre's idempotency key) before it is ever sent, and a
second freeze with other bytes is refused. The documents a version names are
listed with it (`outbox_attachments`) when it is frozen, all still missing.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from desktop.domain.messages import Message
from desktop.store.errors import NotFound, StoreError
from desktop.store.outbox_table import RecordStatus, outbox, to_db_time, utc_now
from desktop.store.record_tables import registrations
from desktop.store.sync_tables import centre_reasons, outbox_attachments, outbox_seals

MIN_SEALED_BYTES = 48  # an HPKE encapsulated key (32) and an AES-GCM tag (16): anything shorter is not a seal
MAX_SEALED_BYTES = 256 * 1024  # the contract's limit for one sealed record
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")

Key = tuple[str, int]  # (record id as stored, version): what the batch functions take and answer by


class SealRefused(StoreError):
    """Bytes that cannot be a frozen seal, or other bytes for a version already frozen."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(Message(
            "seal_refused",
            "Data tersegel untuk pengiriman ditolak ({reason}). Data yang sudah tersegel tidak diubah.",
            "The sealed data for sending was refused ({reason}). Data already sealed is left unchanged.",
            {"reason": reason},
        ))


@dataclass(frozen=True)
class FrozenSeal:
    sealed: bytes
    sealed_sha256: str


def check_seal(sealed: object, sealed_sha256: object) -> tuple[bytes, str]:
    """The bytes and their hash, or `SealRefused` saying what is wrong with them."""
    if not isinstance(sealed, bytes):
        raise SealRefused("not_bytes")
    if not MIN_SEALED_BYTES <= len(sealed) <= MAX_SEALED_BYTES:
        raise SealRefused("wrong_length")
    if not isinstance(sealed_sha256, str) or not _SHA256_HEX.match(sealed_sha256):
        raise SealRefused("bad_hash")
    if hashlib.sha256(sealed).hexdigest() != sealed_sha256:
        raise SealRefused("hash_mismatch")
    return sealed, sealed_sha256


def frozen(conn: Connection, record_id: uuid.UUID, version: int) -> FrozenSeal | None:
    row = conn.execute(select(outbox_seals.c.sealed, outbox_seals.c.sealed_sha256).where(
        outbox_seals.c.record_id == str(record_id), outbox_seals.c.version == version)).first()
    return FrozenSeal(bytes(row.sealed), row.sealed_sha256) if row else None


def freeze(conn: Connection, record_id: uuid.UUID, version: int, sealed: bytes, sealed_sha256: str) -> FrozenSeal:
    """Keep `sealed` as the version's bytes for good; the same bytes again change nothing."""
    sealed, sealed_sha256 = check_seal(sealed, sealed_sha256)
    state = conn.execute(select(outbox.c.state).where(outbox.c.record_id == str(record_id),
                                                      outbox.c.version == version)).scalar_one_or_none()
    if state is None:
        raise NotFound()
    if state == RecordStatus.DRAFT.value:
        raise SealRefused("draft")  # a draft may still change: it is sealed once it is ready
    existing = frozen(conn, record_id, version)
    if existing is not None:
        if existing.sealed_sha256 != sealed_sha256:
            raise SealRefused("already_frozen")
        return existing
    conn.execute(insert(outbox_seals).values(record_id=str(record_id), version=version, sealed=sealed,
                                             sealed_sha256=sealed_sha256, sealed_at=to_db_time(utc_now()),
                                             may_be_at_centre=0))
    declared = declared_attachments(conn, record_id, version)
    held = held_at_centre(conn, set(declared))
    for sha256 in declared:
        conn.execute(insert(outbox_attachments).values(record_id=str(record_id), version=version, sha256=sha256,
                                                       at_centre=int(sha256 in held)))
    return FrozenSeal(sealed, sealed_sha256)


def frozen_many(conn: Connection, keys: Iterable[Key]) -> dict[Key, FrozenSeal]:
    """`frozen` for many versions in one query: those with a seal."""
    wanted = set(keys)
    rows = conn.execute(select(outbox_seals.c.record_id, outbox_seals.c.version, outbox_seals.c.sealed,
                               outbox_seals.c.sealed_sha256)
                        .where(outbox_seals.c.record_id.in_(sorted({record_id for record_id, _ in wanted}))))
    return {(row.record_id, row.version): FrozenSeal(bytes(row.sealed), row.sealed_sha256)
            for row in rows if (row.record_id, row.version) in wanted}


def freeze_first(conn: Connection, seals: Sequence[tuple[Key, FrozenSeal, str]]) -> None:
    """`freeze` for versions just checked ready with no seal yet: (key, seal, the registration JSON sealed).

    The claim has read each version's state and JSON in this transaction, so the documents are taken from
    that JSON; all rows go in with one statement per table.
    """
    sealed_at = to_db_time(utc_now())
    rows: list[dict[str, object]] = []
    documents: list[dict[str, object]] = []
    for (record_id, version), seal, payload_json in seals:
        sealed, sealed_sha256 = check_seal(seal.sealed, seal.sealed_sha256)
        rows.append({"record_id": record_id, "version": version, "sealed": sealed, "sealed_sha256": sealed_sha256,
                     "sealed_at": sealed_at, "may_be_at_centre": 0})
        documents += [{"record_id": record_id, "version": version, "sha256": sha256, "at_centre": 0}
                      for sha256 in attachment_hashes(json.loads(payload_json))]
    held = held_at_centre(conn, {str(row["sha256"]) for row in documents})
    for row in documents:
        row["at_centre"] = int(row["sha256"] in held)
    if rows:
        conn.execute(insert(outbox_seals), rows)
    if documents:
        conn.execute(insert(outbox_attachments), documents)


def held_at_centre(conn: Connection, hashes: set[str]) -> set[str]:
    """Of `hashes`, the documents the centre already holds for some version (it keeps them by content), so a
    new version naming one does not upload it again, and the device may have deleted it (retention.py)."""
    if not hashes:
        return set()
    return set(conn.execute(select(outbox_attachments.c.sha256).where(
        outbox_attachments.c.sha256.in_(sorted(hashes)), outbox_attachments.c.at_centre == 1)).scalars())


def declared_attachments(conn: Connection, record_id: uuid.UUID, version: int) -> tuple[str, ...]:
    """The documents a version's registration names (their SHA-256), in its order."""
    data = conn.execute(select(registrations.c.data).where(registrations.c.record_id == str(record_id),
                                                           registrations.c.version == version)).scalar_one()
    return attachment_hashes(json.loads(data))


def attachment_hashes(payload: Any) -> tuple[str, ...]:
    refs = payload.get("attachments", []) if isinstance(payload, dict) else []
    hashes = [ref.get("sha256") for ref in refs if isinstance(ref, dict)]
    return tuple(dict.fromkeys(h for h in hashes if isinstance(h, str) and _SHA256_HEX.match(h)))


def frozen_attachments(conn: Connection, record_id: uuid.UUID, version: int) -> tuple[str, ...]:
    return tuple(conn.execute(select(outbox_attachments.c.sha256).where(
        outbox_attachments.c.record_id == str(record_id), outbox_attachments.c.version == version)
        .order_by(outbox_attachments.c.sha256)).scalars())


def frozen_attachments_many(conn: Connection, keys: Iterable[Key]) -> dict[Key, tuple[str, ...]]:
    """`frozen_attachments` for many versions in one query (a version with none is left out)."""
    wanted = set(keys)
    found: dict[Key, list[str]] = {}
    rows = conn.execute(select(outbox_attachments.c.record_id, outbox_attachments.c.version,
                               outbox_attachments.c.sha256)
                        .where(outbox_attachments.c.record_id.in_(sorted({record_id for record_id, _ in wanted})))
                        .order_by(outbox_attachments.c.sha256))
    for row in rows:
        if (row.record_id, row.version) in wanted:
            found.setdefault((row.record_id, row.version), []).append(row.sha256)
    return {key: tuple(hashes) for key, hashes in found.items()}


def mark_sent_many(conn: Connection, keys: Sequence[Key]) -> None:
    """`mark_sent` for many versions, one statement executed for all."""
    if keys:
        conn.execute(update(outbox_seals).where(outbox_seals.c.record_id == bindparam("key_record"),
                                                outbox_seals.c.version == bindparam("key_version"))
                     .values(may_be_at_centre=1), [{"key_record": r, "key_version": v} for r, v in keys])


def mark_sent(conn: Connection, record_id: uuid.UUID, version: int) -> None:
    """Bytes about to go out: until the centre answers, it may hold them."""
    conn.execute(update(outbox_seals).where(outbox_seals.c.record_id == str(record_id),
                                            outbox_seals.c.version == version).values(may_be_at_centre=1))


def mark_refused(conn: Connection, record_id: uuid.UUID, version: int) -> None:
    """The centre judged these bytes and keeps none of them."""
    conn.execute(update(outbox_seals).where(outbox_seals.c.record_id == str(record_id),
                                            outbox_seals.c.version == version).values(may_be_at_centre=0))


def may_be_at_centre(conn: Connection, record_id: uuid.UUID, version: int) -> bool:
    flag = conn.execute(select(outbox_seals.c.may_be_at_centre).where(
        outbox_seals.c.record_id == str(record_id), outbox_seals.c.version == version)).scalar_one_or_none()
    return bool(flag)


def discard(conn: Connection, record_id: uuid.UUID, version: int) -> None:
    """Forget a seal the centre cannot hold, and what the centre said of it, before its version is edited in
    place (it is sealed afresh and judged afresh)."""
    assert not may_be_at_centre(conn, record_id, version)
    for table in (outbox_seals, outbox_attachments, centre_reasons):
        conn.execute(delete(table).where(table.c.record_id == str(record_id), table.c.version == version))

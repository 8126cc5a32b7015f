"""What a hand-over bundle carries: every version the centre has not accepted yet, with its frozen seal.

A version with no seal yet is sealed here exactly as the sync engine's claim
seals it (once, frozen with its SHA-256), so a later sync sends the very bytes
the bundle carried and the centre answers `already_have`, never a conflict.
The versions are marked as possibly at the centre in the same transaction that
reads them, before any file is written: from then on a correction makes a new
version instead of editing these bytes in place, so no correction can race the
bundle (the centre would otherwise hold other bytes for the same version). Their states do
not change: they stay waiting until the centre's answer comes back (a sync, or
a receipt file).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable

from sqlalchemy import Connection, select

from desktop.store import outbox_seals
from desktop.store.outbox import OutboxItem, SealedOutboxItem
from desktop.store.outbox_seals import FrozenSeal
from desktop.store.outbox_table import RecordStatus, outbox
from desktop.store.record_tables import registrations
from desktop.store.session_state import SessionState

# Waiting for the centre: ready, claimed by a sync that never finished, or held back after refusals.
HANDED_OVER = (RecordStatus.READY.value, RecordStatus.SENDING.value, RecordStatus.QUARANTINED.value)


class HandoverExport:
    """`session.handover_export`."""

    def __init__(self, state: SessionState) -> None:
        self._state = state

    def pending(self, seal: Callable[[OutboxItem], bytes]) -> list[SealedOutboxItem]:
        """Every waiting version, oldest first, with its frozen seal (sealed by `seal` only if it has none)."""
        self._state.require_password_changed()
        engine = self._state.engine
        with engine.connect() as conn:
            waiting = self._waiting(conn)
            held = outbox_seals.frozen_many(conn, [key for key, _ in waiting])
        fresh: dict[outbox_seals.Key, FrozenSeal] = {}
        for key, item in waiting:
            if key not in held:
                sealed = seal(item)
                fresh[key] = FrozenSeal(sealed, hashlib.sha256(sealed).hexdigest() if isinstance(sealed, bytes) else "")
        with engine.begin() as conn:
            # Corrected since it was read, or sealed by a sync meanwhile: what is stored now is what goes.
            now_waiting = dict(self._waiting(conn))
            keys = [key for key, item in waiting if key in now_waiting
                    and now_waiting[key].payload_json == item.payload_json]
            frozen = outbox_seals.frozen_many(conn, keys)
            first = [(key, fresh[key], now_waiting[key].payload_json) for key in keys
                     if key not in frozen and key in fresh]
            outbox_seals.freeze_first(conn, first)
            frozen.update((key, seal_) for key, seal_, _ in first)
            keys = [key for key in keys if key in frozen]
            outbox_seals.mark_sent_many(conn, keys)
            documents = outbox_seals.frozen_attachments_many(conn, keys)
        return [SealedOutboxItem(uuid.UUID(key[0]), key[1], now_waiting[key].replaces_version, frozen[key].sealed,
                                 frozen[key].sealed_sha256, documents.get(key, ())) for key in keys]

    @staticmethod
    def _waiting(conn: Connection) -> list[tuple[outbox_seals.Key, OutboxItem]]:
        rows = conn.execute(
            select(outbox.c.record_id, outbox.c.version, registrations.c.data, registrations.c.replaces_version)
            .join(registrations, (registrations.c.record_id == outbox.c.record_id)
                  & (registrations.c.version == outbox.c.version))
            .where(outbox.c.state.in_(HANDED_OVER)).order_by(outbox.c.updated_at, outbox.c.record_id))
        return [((row.record_id, row.version),
                 OutboxItem(uuid.UUID(row.record_id), row.version, row.data, row.replaces_version)) for row in rows]

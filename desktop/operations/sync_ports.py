"""The session's services as the sync engine sees them: where `desktop.store` meets `sync.outbox`.

The store does not import sync, nor sync the desktop: the store's services
fit the engine's Protocols structurally, and this is where mypy checks that
they do. The engine (sync) is handed these and nothing else of the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sync.outbox import Checkpoints, EnrolmentState, Outbox, ReferenceUpdates

if TYPE_CHECKING:
    from desktop.store.session import Session


@dataclass(frozen=True)
class SyncPorts:
    outbox: Outbox
    checkpoints: Checkpoints
    enrolment: EnrolmentState
    reference: ReferenceUpdates


def sync_ports(session: Session) -> SyncPorts:
    return SyncPorts(outbox=session.outbox, checkpoints=session.checkpoints, enrolment=session.enrolment,
                     reference=session.reference)

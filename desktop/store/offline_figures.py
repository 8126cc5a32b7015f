"""The device's figures the offline limits are measured on (desktop.domain.offline_limits), read in one query each.

Waiting means what the status bar counts as waiting to be sent (ready or
being sent; records held back for a supervisor are not: no sync releases
them) and registered after the last bundle written for a USB stick, since that
bundle carried them off the device. Registration time, not the last edit: it
is in the status index, so the count is a range scan of the index alone even
at 100,000 records (a record corrected after the bundle was written counts as
carried off). The last contact is the later of the last sync that ran to the
end and the last hand-over of any kind.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, or_, select

from desktop.domain.offline_limits import DeviceFigures
from desktop.store.handovers import handovers
from desktop.store.outbox_table import RecordStatus, from_db_time
from desktop.store.record_tables import registrations
from desktop.store.session_state import SessionState
from desktop.store.sync_tables import sync_runs

WAITING = (RecordStatus.READY.value, RecordStatus.SENDING.value)


def read(conn: Connection) -> DeviceFigures:
    """On the caller's connection, so a save can check them inside its own transaction."""
    exported = select(func.max(handovers.c.at)).where(handovers.c.kind == "bundle_exported").scalar_subquery()
    waiting, oldest = conn.execute(
        select(func.count(), func.min(registrations.c.created_at))
        .where(registrations.c.is_current == 1, registrations.c.status.in_(WAITING),
               or_(exported.is_(None), registrations.c.created_at > exported))).one()
    synced = select(func.max(sync_runs.c.finished_at)).where(sync_runs.c.error == "",
                                                             sync_runs.c.cancelled == 0).scalar_subquery()
    handed_over = select(func.max(handovers.c.at)).scalar_subquery()
    last_sync, last_handover = conn.execute(select(synced, handed_over)).one()
    contacts = [from_db_time(at) for at in (last_sync, last_handover) if at is not None]
    return DeviceFigures(waiting=int(waiting), oldest_waiting_at=from_db_time(oldest) if oldest else None,
                         last_contact_at=max(contacts) if contacts else None)


class OfflineFiguresStore:
    """`session.offline_figures`."""

    def __init__(self, state: SessionState) -> None:
        self._state = state

    def current(self) -> DeviceFigures:
        with self._state.engine.connect() as conn:
            return read(conn)

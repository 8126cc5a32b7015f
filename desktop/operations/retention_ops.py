"""Retention from the application: the purge after log-in and after each sync, and what supervisors are shown.

The purge runs on the store's thread (its VACUUM included) with the policy of the
reference data current when it starts. Only a purge that removed something is
broadcast, so the views that show records, drafts or the outbox refresh then and
only then.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain.retention import RetentionPolicy
from desktop.operations.reference_ops import CurrentReference
from desktop.operations.runner import NO_CHANGES, Changes, Operation, OperationRunner

if TYPE_CHECKING:
    from desktop.store.retention import Holdings, PurgeReport
    from desktop.store.session import Session

PURGED = Changes(records=True, drafts=True, outbox=True)


@dataclass(frozen=True)
class RetentionStatus:
    policy: RetentionPolicy
    last_purge: PurgeReport | None
    holdings: Holdings


def purge_personal_data(runner: OperationRunner, session: Session,
                        reference: CurrentReference) -> Operation[PurgeReport]:
    """Delete what the policy says has been kept long enough (audited in the store, step by step)."""
    policy = reference.current.retention

    def broadcast(report: PurgeReport) -> Operation[PurgeReport]:
        return Operation(runner, lambda _p: report, changes=PURGED if report.removed_anything else NO_CHANGES)

    return Operation(runner, lambda _p: session.retention.purge(policy)).then(broadcast)


def retention_status(runner: OperationRunner, session: Session,
                     reference: CurrentReference) -> Operation[RetentionStatus]:
    """The policy in force and the last purge on this device."""
    policy = reference.current.retention
    return Operation(runner, lambda _p: RetentionStatus(policy, session.retention.last_purge(),
                                                        session.retention.holdings(policy)))

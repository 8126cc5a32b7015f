"""How far the device is from its offline limits: the store's figures measured against the limits in use."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.domain.offline_limits import LimitsEvaluation, evaluate
from desktop.operations.reference_ops import CurrentReference
from desktop.operations.runner import Operation, OperationRunner, Progress

if TYPE_CHECKING:
    from desktop.store.session import Session


def offline_limits(runner: OperationRunner, session: Session, reference: CurrentReference
                   ) -> Operation[LimitsEvaluation]:
    """On the store thread; the limits are those current when it runs (a sync may have brought newer ones)."""

    def job(_progress: Progress) -> LimitsEvaluation:
        return evaluate(reference.current.limits, session.offline_figures.current(), dt.datetime.now(dt.UTC))

    return Operation(runner, job)

"""The registration wizard's navigation and state, without widgets.

Like Electrum's `wizard.py`: pages only read and write `flow.data` (the form
as typed, which is also the autosaved draft) and ask the flow whether they may
move on. The flow asks the domain (`registration_form.read_form`), against the
reference data it was started with, and puts each problem on the step that
shows its field. So it is tested without a QApplication, and no rule lives
here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from desktop.domain.messages import Message
from desktop.domain.reference import ReferenceData
from desktop.domain.registration import Registration
from desktop.domain.registration_form import FormReading, read_form
from desktop.domain.validation import Problem

STEPS: tuple[str, ...] = (
    "consent", "identity", "address", "contact", "background", "disability", "documents", "review",
)
REVIEW = len(STEPS) - 1
_STEP_OF_PART = {"consent": 0, "identity": 1, "address": 2, "current_address": 2, "contact": 3, "background": 4,
                 "disability": 5, "documents": 6}
RECORD_ID = "_record_id"  # the form's own keys: which record a draft becomes, and where it was left
STEP = "_step"


def step_of(field: str) -> int:
    """The step that shows `field` (anything not on a page is shown on the review)."""
    return _STEP_OF_PART.get(field.partition(".")[0], REVIEW)


def format_local_time(value: dt.datetime) -> str:
    """A stored time (UTC, or naive as written) as the officer reads it: local "dd-mm-yyyy hh:mm"."""
    return (value.astimezone() if value.tzinfo is not None else value).strftime("%d-%m-%Y %H:%M")


class WizardFlow:
    """State and navigation of one registration (new, from a draft, or a correction).

    `officer` and `consent_version` say who takes the consent and which text is shown; a correction keeps
    the original's, and its `registered_on`.
    """

    def __init__(self, reference: ReferenceData, *, officer: str, data: dict[str, Any] | None = None,
                 step: int = 0, today: dt.date | None = None, draft_id: uuid.UUID | None = None,
                 correcting: Registration | None = None) -> None:
        self.reference = reference
        self.data: dict[str, Any] = dict(data or {})
        self.draft_id = draft_id or uuid.uuid4()
        self.today = today or dt.date.today()
        self.correcting = correcting
        self.officer = correcting.consent.officer if correcting else officer
        self.consent_version = correcting.consent.text_version if correcting else reference.consent.version
        self.step = max(0, min(step, REVIEW))
        # A correction starts from a complete record: every step can be reached from the step list at once.
        self.furthest = REVIEW if correcting else self.step

    # -- navigation -------------------------------------------------------
    @property
    def name(self) -> str:
        return STEPS[self.step]

    @property
    def is_first(self) -> bool:
        return self.step == 0

    @property
    def is_last(self) -> bool:
        return self.step == REVIEW

    def resume(self, step: int) -> None:
        """Continue a draft where it was left: every step up to `step` counts as reached."""
        self.step = self.furthest = step if 0 <= step <= REVIEW else 0

    def next(self) -> list[Problem]:
        """Move on if this step has no blocking problem; returns this step's problems either way."""
        problems = self.problems(self.step)
        if not any(p.blocking for p in problems) and not self.is_last:
            self.step += 1
            self.furthest = max(self.furthest, self.step)
        return problems

    def back(self) -> None:
        if self.step > 0:
            self.step -= 1

    def go_to(self, step: int) -> bool:
        """Jump through the step list, but only to steps already reached."""
        if 0 <= step <= self.furthest:
            self.step = step
            return True
        return False

    # -- values -----------------------------------------------------------
    def text(self, key: str) -> str:
        value = self.data.get(key, "")
        return value.strip() if isinstance(value, str) else ""

    def flag(self, key: str) -> bool:
        return self.data.get(key) is True

    def choices(self, key: str) -> list[str]:
        value = self.data.get(key, [])
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    # -- asking the domain ------------------------------------------------
    @property
    def record_id(self) -> uuid.UUID:
        """Fixed once, so a save retried after an error is the same record."""
        if self.correcting is not None:
            return self.correcting.record_id
        try:
            return uuid.UUID(str(self.data[RECORD_ID]))
        except (KeyError, ValueError):
            self.data[RECORD_ID] = str(uuid.uuid4())
            return uuid.UUID(self.data[RECORD_ID])

    def reading(self) -> FormReading:
        """The registration the form holds now, with every problem the domain finds in it."""
        old = self.correcting
        return read_form(self.data, regions=self.reference.regions, rules=self.reference.rules, today=self.today,
                         officer=self.officer, consent_version=self.consent_version, record_id=self.record_id,
                         version=old.version if old else 1, registered_on=old.registered_on if old else None)

    def problems(self, step: int, reading: FormReading | None = None) -> list[Problem]:
        """The problems shown on `step` (the review shows every step's, and its own)."""
        found = (reading or self.reading()).problems
        return found if step == REVIEW else [p for p in found if step_of(p.field) == step]

    def complete(self, step: int, reading: FormReading) -> bool:
        return not any(p.blocking for p in self.problems(step, reading))

    def nik_warnings(self) -> list[Message]:
        return self.reading().nik_warnings()

    def build(self) -> Registration:
        """The registration as typed; raises `ValueError` while a blocking problem remains."""
        reading = self.reading()
        if reading.blocking:
            raise ValueError("registration is incomplete")
        return reading.registration

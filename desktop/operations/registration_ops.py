"""Registration work the wizard and the records list hand to the store thread.

Every call goes through `context.operation(...)` so SQLCipher runs off the GUI
thread; results come back by the runner's queued signal.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.registration import AttachmentKind, Registration
from desktop.operations.wizard_flow import STEPS, FieldProblem, WizardFlow, format_date
from desktop.store.attachments import MAX_INPUT_BYTES

if TYPE_CHECKING:
    from desktop.store.device import Session
    from desktop.ui.context import UiContext

MAX_ATTACHMENT_BYTES = MAX_INPUT_BYTES  # the store's own limit, checked before reading the file

_STEP_OF_PREFIX = {"consent": 0, "identity": 1, "address": 2, "current": 2, "contact": 3, "background": 4,
                   "disability": 5, "documents": 6}


def flow_field(domain_field: str) -> str:
    """`check_registration`'s field path → the wizard's key ("current_address.village_code" → "current.village")."""
    head, _, tail = domain_field.partition(".")
    if head == "current_address":
        head = "current"
    if head in ("address", "current") and tail.endswith("_code") and tail != "postal_code":
        tail = tail.removesuffix("_code")
    if domain_field == "background.excluded_occupations":
        return "background.excluded"
    return f"{head}.{tail}" if tail else head


def step_of(key: str) -> int:
    """The step that shows a wizard key (anything unknown is shown on the review)."""
    return _STEP_OF_PREFIX.get(key.partition(".")[0], len(STEPS) - 1)


def domain_problems(flow: WizardFlow, reg: Registration, *, regions: Any, rules: Any) -> list[FieldProblem]:
    """Every rule of `desktop.domain.validation` on the built record, as wizard fields."""
    from desktop.domain.validation import check_registration

    return [FieldProblem(flow_field(p.field), p.message, p.blocking)
            for p in check_registration(reg, regions=regions, rules=rules, today=flow.today)]


Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


def save_registration(context: UiContext, reg: Registration, *, ready: bool, correction: bool,
                      draft_id: uuid.UUID | None, done: Done, failed: Failed) -> None:
    """Save (or correct) a registration; the draft it came from is removed in the same job."""

    def job(session: Session) -> Any:
        summary = (
            session.correct_registration(reg, ready=ready)
            if correction
            else session.save_registration(reg, ready=ready)
        )
        if draft_id is not None:
            _forget_draft(session, draft_id)
        return summary

    context.operation(job).success(done).failure(failed).run()


def _forget_draft(session: Session, draft_id: uuid.UUID) -> None:
    try:
        session.delete_draft(draft_id)
    except Exception:
        return


def save_draft(context: UiContext, draft_id: uuid.UUID, data: dict[str, Any], step: int,
               done: Done, failed: Failed) -> None:
    snapshot = dict(data)  # the GUI keeps editing its copy while the store thread writes this one
    context.operation(lambda s: s.save_draft(draft_id, snapshot, step)).success(done).failure(failed).run()


def load_draft(context: UiContext, draft_id: uuid.UUID, done: Done, failed: Failed) -> None:
    context.operation(lambda s: s.load_draft(draft_id)).success(done).failure(failed).run()


def add_attachment_file(context: UiContext, kind: AttachmentKind, path: Path, done: Done, failed: Failed) -> None:
    """Read `path` on the store thread too (a slow USB stick must not freeze the window); `done` gets (ref, bytes)."""

    def job(session: Session) -> tuple[Any, bytes]:
        payload = path.read_bytes()
        return session.add_attachment(kind, payload), payload

    context.operation(job).success(done).failure(failed).run()


def get_registration(context: UiContext, record_id: uuid.UUID, done: Done, failed: Failed) -> None:
    context.operation(lambda s: s.get_registration(record_id)).success(done).failure(failed).run()


def data_from_registration(reg: Registration) -> dict[str, Any]:
    """The wizard's flat data for an existing registration (to correct it)."""
    i, a, c, b, d, k = reg.identity, reg.address, reg.contact, reg.background, reg.disability, reg.consent
    data: dict[str, Any] = {
        "consent.consenter": k.consenter.value, "consent.guardian_name": k.guardian_name,
        "consent.method": k.method.value, "consent.witness_name": k.witness_name, "consent.given": True,
        "consent.given_at": k.given_at.isoformat(),
        "identity.nik": i.nik, "identity.kk": i.kk, "identity.full_name": i.full_name,
        "identity.birth_place": i.birth_place, "identity.birth_date": format_date(i.birth_date),
        "identity.sex": i.sex.value, "identity.marital_status": i.marital_status.value,
        "identity.nik_warnings_confirmed": i.nik_warnings_confirmed,
        "contact.phone": c.phone, "contact.email": c.email or "",
        "contact.no_email_reason": c.no_email_reason.value if c.no_email_reason else "",
        "background.education": b.education.value, "background.employment_status": b.employment_status.value,
        "background.in_formal_education": b.in_formal_education,
        "background.excluded": sorted(v.value for v in b.excluded_occupations),
        "background.dependants": str(b.dependants), "background.desired_training_field": b.desired_training_field,
        "disability.consented": d.consented, "disability.has_disability": d.has_disability,
        "disability.types": sorted(v.value for v in d.types),
        "disability.accommodations": sorted(v.value for v in d.accommodations), "disability.notes": d.notes,
        "address.current_differs": reg.current_address is not None,
    }
    for prefix, address in (("address", a), ("current", reg.current_address)):
        if address is not None:
            data.update({
                f"{prefix}.province": address.province_code, f"{prefix}.regency": address.regency_code,
                f"{prefix}.district": address.district_code, f"{prefix}.village": address.village_code,
                f"{prefix}.street": address.street, f"{prefix}.rt": address.rt, f"{prefix}.rw": address.rw,
                f"{prefix}.postal_code": address.postal_code,
            })
    for ref in reg.attachments:
        data[f"documents.{ref.kind.value}"] = {"sha256": ref.sha256, "size": ref.size, "media_type": ref.media_type}
    return data

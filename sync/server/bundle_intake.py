"""Importing one part of a hand-over bundle: its signature checked first, its documents, then its records.

Shared by `POST /v1/bundles` (an online device forwards a part) and
`luring central import-bundle` (a file brought to the centre). The records
belong to the device that signed the part, never to the one that carried it,
and go through the same intake as a batch upload: a part imported twice, or
parts that overlap, store nothing new (`already_have`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from sync import sealing
from sync.bundle import BundleInvalid, BundlePart, device_of, read_part
from sync.protocol import ProblemCode
from sync.server import intake
from sync.server.intake import ItemOutcome
from sync.server.models import Attachment, BundleImport, Device, Receipt, Revocation, utcnow
from sync.server.problems import Problem

if TYPE_CHECKING:
    from sync.server.central import Central

CLOCK_SLACK = dt.timedelta(days=1)  # a field laptop's clock may be a day off; more is refused (see clock checks)


def verified_part(session: Session, data: bytes) -> BundlePart:
    """The part, its signature held against its device's enrolled key; a 422 `bundle_invalid` otherwise."""
    try:
        origin = session.get(Device, device_of(data))
        if origin is None or session.get(Revocation, origin.id) is not None:
            raise BundleInvalid("unknown_device")
        part = read_part(data, origin.public_key)
        made = dt.datetime.fromtimestamp(part.created, dt.UTC).replace(tzinfo=None)  # the models keep naive UTC
        if not origin.enrolled_at - CLOCK_SLACK <= made <= utcnow() + CLOCK_SLACK:
            # Signed, but said to be made before its device was enrolled or in the future: a clock far off, or a
            # file made to be replayed later. Its records are judged only once its maker's clock is right.
            raise BundleInvalid("created_out_of_range")
        return part
    except BundleInvalid as exc:
        raise Problem(422, ProblemCode.BUNDLE_INVALID, f"The bundle is not valid ({exc.reason}).") from exc


def check_carrier(session: Session, part: BundlePart, carrier_id: str) -> None:
    """A device forwards only its own office's bundles: the centre's answer (the receipt) tells it their fate."""
    carrier, origin = session.get(Device, carrier_id), session.get(Device, part.device_id)
    if carrier is None or origin is None or carrier.office_code != origin.office_code:
        raise Problem(422, ProblemCode.BUNDLE_INVALID, "The bundle is from a device of another office.")


def import_part(session: Session, central: Central, part: BundlePart, importer: str) -> list[ItemOutcome]:
    """Store the part's documents (those whose seal opens for its device), then judge its records."""
    for sealed in part.attachments:
        if session.get(Attachment, (sealed.sha256, part.device_id)) is None:
            try:
                sealing.open_attachment(central.keys.centre, sealed.sealed, sealed.sha256, part.device_id)
            except sealing.SealBroken:
                continue  # it stays missing; the record says so
            intake.store_attachment(session, sealed.sha256, part.device_id, sealed.sealed)
    outcomes = intake.receive(session, central.keys, central.checks, part.device_id, list(part.items))
    if session.get(BundleImport, part.sha256) is None:
        session.add(BundleImport(sha256=part.sha256, device_id=part.device_id, imported_by=importer[:36],
                                 item_count=len(part.items)))
        session.add(Receipt(device_id=importer[:36], kind="bundle", subject=part.sha256,
                            detail=f"from {part.device_id} bundle={part.bundle_id} part={part.part}/{part.parts} "
                                   f"items={len(part.items)}"))
        intake.commit_quietly(session)
    return outcomes

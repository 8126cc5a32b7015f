"""The sync engine for a session: its enrolment's client, the sealer, the session's services (no Qt).

Shared by the application's sync operation and the headless `luring sync`.
Every store call the engine makes, the request-sequence floor included, goes
through `on_store`, which the application points at the store's writer thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from desktop.operations.sync_ports import sync_ports
from desktop.store.enrolment import not_enrolled
from sync import sealing
from sync.client import CentralClient
from sync.engine import StoreThread, SyncEngine
from sync.outbox import EnrolledDevice, EnrolmentState, UnsealedRecord
from sync.sequence import ReservedSequence
from sync.signing import DeviceKey

if TYPE_CHECKING:
    from desktop.store.session import Session

T = TypeVar("T")


def _direct(step: Callable[[], T]) -> T:
    return step()


class _EnrolmentOnStore:
    """The enrolment's sequence floor, reached through the store's thread from the network thread."""

    def __init__(self, enrolment: EnrolmentState, on_store: StoreThread) -> None:
        self._enrolment, self._on_store = enrolment, on_store

    def current(self) -> EnrolledDevice | None:
        return self._on_store(self._enrolment.current)

    def sequence_floor(self) -> int:
        return self._on_store(self._enrolment.sequence_floor)

    def reserve_sequence(self, up_to: int) -> int:
        return self._on_store(lambda: self._enrolment.reserve_sequence(up_to))


def client_for(enrolled: EnrolledDevice, enrolment: EnrolmentState, *, timeout: float = 30.0) -> CentralClient:
    return CentralClient(enrolled.central_url, DeviceKey.from_private_bytes(enrolled.device_private_key),
                         enrolled.device_id, ca_bundle=enrolled.ca_bundle,
                         pins=frozenset(enrolled.spki_pins) or None, timeout=timeout,
                         next_seq=ReservedSequence(enrolment))


def sealer_for(enrolled: EnrolledDevice) -> Callable[[UnsealedRecord], bytes]:
    def seal(record: UnsealedRecord) -> bytes:
        return sealing.seal_record(enrolled.centre_public_key, json.loads(record.payload_json),
                                   str(record.record_id), record.version, enrolled.device_id)

    return seal


def document_sealer_for(enrolled: EnrolledDevice) -> Callable[[bytes], bytes]:
    return lambda data: sealing.seal_attachment(enrolled.centre_public_key, data, enrolled.device_id)[1]


def engine_for(session: Session, *, on_store: StoreThread = _direct, timeout: float = 30.0) -> SyncEngine:
    """The engine for this device's enrolment; `EnrolmentError` (not_enrolled) when it has none."""
    ports = sync_ports(session)
    enrolment = _EnrolmentOnStore(ports.enrolment, on_store)
    enrolled = enrolment.current()
    if enrolled is None:
        raise not_enrolled()
    return SyncEngine(ports.outbox, ports.checkpoints, client_for(enrolled, enrolment, timeout=timeout),
                      sealer_for(enrolled), document_sealer_for(enrolled), on_store=on_store)

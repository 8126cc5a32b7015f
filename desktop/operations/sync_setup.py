"""The sync engine for a session: its enrolment's client, the sealer, the session's services (no Qt).

Shared by the application's sync operation and the headless `luring sync`.
Every store call the engine makes, the request-sequence floor included, goes
through `on_store`, which the application points at the store's writer thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.operations.sync_ports import sync_ports
from desktop.paths import resource
from desktop.store.enrolment import DeviceEnrolment, not_enrolled
from sync import sealing
from sync.answers import Enrolment
from sync.client import CentralClient
from sync.engine import StoreThread, SyncEngine, direct
from sync.errors import CentralError
from sync.fingerprint import fingerprint_text, matches
from sync.outbox import EnrolledDevice, EnrolmentState, UnsealedRecord
from sync.sequence import ReservedSequence
from sync.signing import DeviceKey

if TYPE_CHECKING:
    from desktop.store.session import Session


class EnrolmentOnStore:
    """The enrolment's sequence floor, reached through the store's thread from the network thread."""

    def __init__(self, enrolment: EnrolmentState, on_store: StoreThread) -> None:
        self._enrolment, self._on_store = enrolment, on_store

    def current(self) -> EnrolledDevice | None:
        return self._on_store(self._enrolment.current)

    def sequence_floor(self) -> int:
        return self._on_store(self._enrolment.sequence_floor)

    def reserve_sequence(self, up_to: int) -> int:
        return self._on_store(lambda: self._enrolment.reserve_sequence(up_to))


@dataclass(frozen=True)
class PendingEnrolment:
    """The centre's answer to an enrolment code, not yet trusted: kept only once its key is confirmed."""

    central_url: str
    device_key: DeviceKey = field(repr=False)
    answer: Enrolment
    spki_pins: tuple[str, ...] = ()
    ca_bundle: str | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint_text(self.answer.central_public_key)

    def matches(self, expected: str) -> bool:
        return matches(self.answer.central_public_key, expected)

    def to_store(self) -> DeviceEnrolment:
        return DeviceEnrolment(device_id=self.answer.device_id, central_url=self.central_url,
                               office_code=self.answer.office_code, device_private_key=self.device_key.private_bytes(),
                               centre_public_key=self.answer.central_public_key, spki_pins=self.spki_pins,
                               ca_bundle=self.ca_bundle)


def request_enrolment(url: str, code: str, *, label: str = "", ca_bundle: str | None = None,
                      pins: tuple[str, ...] = ()) -> PendingEnrolment:
    """Spend the code at the centre with a fresh device key (network; `CentralError` when refused or away)."""
    key = DeviceKey.generate()
    client = CentralClient(url, key, ca_bundle=ca_bundle, pins=frozenset(pins) or None)
    try:
        answer = client.enrol(code, label)
    finally:
        client.close()
    return PendingEnrolment(url, key, answer, tuple(sorted(pins)), ca_bundle)


def installed_fingerprint() -> str:
    """The centre key fingerprint this installation was built with (resources/centre.json), or ""."""
    path = resource("centre.json")
    if not path.is_file():
        return ""
    try:
        value = json.loads(path.read_text(encoding="utf-8")).get("fingerprint", "")
    except (OSError, ValueError, AttributeError):
        value = None
    if not isinstance(value, str):  # a broken installation setting must not silently stop being checked
        raise ValueError(f"{path}: 'fingerprint' is unreadable; repair or remove the file")
    return value


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


def engine_for(session: Session, *, on_store: StoreThread = direct, timeout: float = 30.0) -> SyncEngine:
    """The engine for this device's enrolment; `EnrolmentError` (not_enrolled) when it has none."""
    ports = sync_ports(session)
    enrolment = EnrolmentOnStore(ports.enrolment, on_store)
    enrolled = enrolment.current()
    if enrolled is None:
        raise not_enrolled()
    return SyncEngine(ports.outbox, ports.checkpoints, client_for(enrolled, enrolment, timeout=timeout),
                      sealer_for(enrolled), document_sealer_for(enrolled), reference=ports.reference,
                      on_store=on_store)


def centre_answers(session: Session, *, on_store: StoreThread = direct, timeout: float = 10.0) -> bool:
    """Whether the enrolled centre answers its health check (one unsigned request; a captive portal's page or a
    refused certificate is no answer). False when not enrolled."""
    enrolled = on_store(session.enrolment.current)
    if enrolled is None:
        return False
    client = CentralClient(enrolled.central_url, DeviceKey.from_private_bytes(enrolled.device_private_key),
                           ca_bundle=enrolled.ca_bundle, pins=frozenset(enrolled.spki_pins) or None, timeout=timeout)
    try:
        client.health()
    except CentralError:
        return False
    finally:
        client.close()
    return True

"""The device's enrolment with the centre, kept in the encrypted database, and its request-sequence floor.

One row: the device's Ed25519 private key (raw 32 bytes: encrypted at rest
with the rest of the SQLCipher file, never logged, never in a repr), the
centre's X25519 key and its fingerprint, the device id the centre issued, the
centre's address, the SPKI pins and an optional CA bundle. Enrolling twice is
refused; a supervisor replaces an enrolment only by asking to (`replace`).

The sequence floor is the highest request number that may have been used: a
signer reserves numbers above it (`reserve_sequence`) and the reservation is
committed before any of them is signed, so a restart never goes back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sqlalchemy import Connection, delete, insert, select, tuple_, update

from desktop.domain.messages import Message
from desktop.store import audit
from desktop.store.errors import StoreError
from desktop.store.outbox_table import RecordStatus, outbox, to_db_time, utc_now
from desktop.store.session_state import SessionState
from desktop.store.sync_tables import SINGLE_ROW, enrolment, outbox_attachments, outbox_seals

KEY_BYTES = 32
MAX_SEQUENCE = 2**62  # the contract's bound on X-Luring-Seq
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
_DEVICE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_OFFICE = re.compile(r"^[0-9A-Za-z.\-]{0,32}$")
_UNSENT = (RecordStatus.READY.value, RecordStatus.SENDING.value, RecordStatus.QUARANTINED.value)


class EnrolmentError(StoreError):
    """`code` says which: already enrolled, not enrolled, or a value that cannot be an enrolment."""

    def __init__(self, code: str, text_id: str, text_en: str, what: str = "") -> None:
        self.what = what
        super().__init__(Message(code, text_id, text_en, {"what": what} if what else {}))


def already_enrolled() -> EnrolmentError:
    return EnrolmentError("already_enrolled",
                          "Perangkat ini sudah terdaftar di pusat. Ganti pendaftarannya hanya bila memang diminta.",
                          "This device is already enrolled with the centre. Replace the enrolment only on purpose.")


def not_enrolled() -> EnrolmentError:
    return EnrolmentError("not_enrolled", "Perangkat ini belum terdaftar di pusat. Minta supervisor mendaftarkannya "
                          "(Alat → Daftarkan ke pusat) saat ada koneksi.",
                          "This device is not enrolled with the centre yet. Ask a supervisor to enrol it "
                          "(Tools → Enrol with the centre) while there is a connection.")


def invalid(what: str) -> EnrolmentError:
    return EnrolmentError("enrolment_invalid", "Data pendaftaran perangkat tidak sah ({what}).",
                          "The device enrolment data is not valid ({what}).", what)


@dataclass(frozen=True)
class DeviceEnrolment:
    device_id: str
    central_url: str
    office_code: str
    device_private_key: bytes = field(repr=False)
    centre_public_key: bytes
    spki_pins: tuple[str, ...] = ()
    ca_bundle: str | None = None

    @property
    def centre_key_fingerprint(self) -> str:
        """SHA-256 hex of the centre's raw public key: what a supervisor compares with the centre's own."""
        return hashlib.sha256(self.centre_public_key).hexdigest()


def check(value: DeviceEnrolment) -> DeviceEnrolment:
    """`value` if every part can be what it claims; `EnrolmentError` naming the first part that cannot."""
    if not isinstance(value.device_id, str) or not _DEVICE_ID.match(value.device_id):
        raise invalid("device_id")
    if not isinstance(value.office_code, str) or not _OFFICE.match(value.office_code):
        raise invalid("office_code")
    for name, key in (("device_private_key", value.device_private_key), ("centre_public_key",
                                                                          value.centre_public_key)):
        if not isinstance(key, bytes) or len(key) != KEY_BYTES or key == bytes(KEY_BYTES):
            raise invalid(name)
    if not _acceptable_url(value.central_url):
        raise invalid("central_url")
    if not isinstance(value.spki_pins, tuple) or not all(isinstance(p, str) and _SHA256_HEX.match(p)
                                                          for p in value.spki_pins):
        raise invalid("spki_pins")
    bundle = value.ca_bundle
    if bundle is not None and (not isinstance(bundle, str) or not bundle.strip() or len(bundle) > 1000
                               or "\0" in bundle):
        raise invalid("ca_bundle")
    return value


def _acceptable_url(url: object) -> bool:
    """https, or plain http to this machine only (the reference server on a desk); no credentials in it."""
    if not isinstance(url, str) or len(url) > 500 or any(c.isspace() for c in url):
        return False
    parts = urlsplit(url)
    if parts.username or parts.password or not parts.hostname or parts.query or parts.fragment:
        return False
    if parts.scheme == "https":
        return True
    if parts.scheme != "http":
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


class EnrolmentStore:
    """`session.enrolment`: any account may read it (sync runs in every session); a supervisor enrols."""

    def __init__(self, state: SessionState) -> None:
        self._state = state

    def current(self) -> DeviceEnrolment | None:
        self._state.require_password_changed()
        with self._state.engine.connect() as conn:
            row = conn.execute(select(enrolment).where(enrolment.c.id == SINGLE_ROW)).first()
        if row is None:
            return None
        return DeviceEnrolment(row.device_id, row.central_url, row.office_code, bytes(row.device_private_key),
                               bytes(row.centre_public_key), tuple(json.loads(row.spki_pins)), row.ca_bundle)

    def enrol(self, value: DeviceEnrolment) -> None:
        """Keep the first enrolment of this device; `already_enrolled` if there is one."""
        self._state.require_supervisor()
        check(value)
        with self._state.engine.begin() as conn:
            if self._floor(conn) is not None:
                raise already_enrolled()
            conn.execute(insert(enrolment).values(id=SINGLE_ROW, sequence_floor=0, **self._columns(value)))
            self._audit(conn, replaced=0)

    def replace(self, value: DeviceEnrolment) -> None:
        """Enrol again on purpose (a new key or a new centre): what was sealed for the old one is sealed afresh."""
        self._state.require_supervisor()
        check(value)
        with self._state.engine.begin() as conn:
            if self._floor(conn) is None:
                raise not_enrolled()
            conn.execute(update(enrolment).where(enrolment.c.id == SINGLE_ROW).values(**self._columns(value)))
            # Seals name the device and open only with the old centre key: unsent versions are sealed again.
            unsent = select(outbox.c.record_id, outbox.c.version).where(outbox.c.state.in_(_UNSENT))
            for table in (outbox_seals, outbox_attachments):
                conn.execute(delete(table).where(tuple_(table.c.record_id, table.c.version).in_(unsent)))
            conn.execute(update(outbox).where(outbox.c.state == RecordStatus.SENDING.value)
                         .values(state=RecordStatus.READY.value, updated_at=to_db_time(utc_now())))
            self._audit(conn, replaced=1)

    def sequence_floor(self) -> int:
        """The highest request number that may have been used (0 before enrolment)."""
        self._state.require_password_changed()
        with self._state.engine.connect() as conn:
            return self._floor(conn) or 0

    def reserve_sequence(self, up_to: int) -> int:
        """Raise the floor to at least `up_to`, committed before any number up to it is used; the floor after."""
        self._state.require_password_changed()
        if not isinstance(up_to, int) or isinstance(up_to, bool) or not 0 <= up_to < MAX_SEQUENCE:
            raise invalid("sequence")
        with self._state.engine.begin() as conn:
            floor = self._floor(conn)
            if floor is None:
                raise not_enrolled()
            if up_to > floor:
                conn.execute(update(enrolment).where(enrolment.c.id == SINGLE_ROW).values(sequence_floor=up_to))
            return max(floor, up_to)

    @staticmethod
    def _floor(conn: Connection) -> int | None:
        value = conn.execute(select(enrolment.c.sequence_floor).where(enrolment.c.id == SINGLE_ROW)).scalar()
        return int(value) if value is not None else None

    @staticmethod
    def _columns(value: DeviceEnrolment) -> dict[str, object]:
        return {"device_id": value.device_id, "central_url": value.central_url, "office_code": value.office_code,
                "device_private_key": value.device_private_key, "centre_public_key": value.centre_public_key,
                "centre_key_fingerprint": value.centre_key_fingerprint, "spki_pins": json.dumps(list(value.spki_pins)),
                "ca_bundle": value.ca_bundle, "enrolled_at": to_db_time(dt.datetime.now(dt.UTC))}

    def _audit(self, conn: Connection, *, replaced: int) -> None:
        audit.append(conn, audit.stored_key(conn), "device_enrolled", self._state.account.username,
                     {"replaced": replaced})

"""A tamper-evident audit log: each entry's HMAC covers the previous entry's MAC.

mac_n = HMAC-SHA256(audit_key, mac_{n-1} | seq | time | event | officer | details)
with every field length-prefixed. The audit key is derived from the first
data key with HKDF ("luring audit v1") at set-up and kept in the encrypted
database, so re-keying the database does not break the chain. The head
(last seq and MAC) is also kept in device settings in the same transaction,
so deleting entries from the end is caught too. Details are non-personal
(counts, codes, internal ids); `append` refuses values that look like a NIK or
phone number.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Column, Connection, Integer, RowMapping, String, Table, Text, select

from desktop.domain.messages import Message
from desktop.store import settings, sync_progress
from desktop.store.database import snapshot
from desktop.store.schema import metadata
from desktop.store.session_state import SessionState

GENESIS = b"\0" * 32
EVENTS = frozenset({
    "device_set_up", "login", "login_failed", "logout", "account_added", "account_removed", "account_deactivated",
    "account_reactivated",
    "password_changed", "password_reset", "rekey", "registration_saved", "registration_corrected", "export",
    "lockout_tamper_detected", "recovery_login", "recovery_key_regenerated", "recovery_key_confirmed",
    "key_slots_mismatch", "office_mismatch",
    "schema_migrated", "sync", "bundle_exported", "bundle_imported", "database_rolled_back", "device_enrolled",
    "audit_not_witnessed", "record_requeued", "bundle_forwarded", "receipt_imported",
    "retention_records_purged", "retention_seals_dropped", "retention_documents_purged", "retention_drafts_purged",
})
_LONG_DIGITS = re.compile(r"\d{8,}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_SHA256_HEX = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")  # a file's digest: its digits are no one's

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("time", String(40), nullable=False),
    Column("event", String(64), nullable=False),
    Column("officer", String(32), nullable=False),
    Column("details", Text, nullable=False),
    Column("mac", String(64), nullable=False),
)


@dataclass(frozen=True)
class AuditVerdict:
    ok: bool
    entries: int
    first_broken: int | None


def derive_key(data_key: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, b"luring audit v1").derive(data_key)


def _mac(key: bytes, previous: bytes, seq: int, time: str, event: str, officer: str, details: str) -> bytes:
    parts = [previous, str(seq).encode(), time.encode(), event.encode(), officer.encode(), details.encode()]
    message = b"".join(len(p).to_bytes(4, "big") + p for p in parts)
    return hmac.new(key, message, hashlib.sha256).digest()


def _check_details(details: Mapping[str, str | int]) -> str:
    for name, value in details.items():
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            raise TypeError(f"audit detail {name!r} must be text or a whole number")
        if isinstance(value, str) and _LONG_DIGITS.search(_SHA256_HEX.sub("", _UUID.sub("", value))):
            raise ValueError(f"audit detail {name!r} looks like personal data (a long number)")
    return json.dumps(details, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def stored_key(conn: Connection) -> bytes:
    """The device's audit key, kept in the encrypted database since set-up."""
    stored = settings.get(conn, settings.AUDIT_KEY)
    if not stored:
        raise RuntimeError("this database has no audit key")  # never chain under an empty key
    return bytes.fromhex(stored)


def head(conn: Connection) -> tuple[int, str]:
    """(last seq, its MAC in hex); (0, zeros) for an empty log."""
    stored = settings.get(conn, settings.AUDIT_HEAD)
    if stored is None:
        return 0, GENESIS.hex()
    seq, mac = stored.split(":")
    return int(seq), mac


def append(conn: Connection, key: bytes, event: str, officer: str, details: Mapping[str, str | int]) -> int:
    """Add one entry inside the caller's transaction; returns its seq."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
    text = _check_details(details)
    last_seq, last_mac = head(conn)
    seq = last_seq + 1
    time = datetime.now(UTC).isoformat(timespec="microseconds")
    mac = _mac(key, bytes.fromhex(last_mac), seq, time, event, officer, text).hex()
    conn.execute(audit_log.insert().values(seq=seq, time=time, event=event, officer=officer, details=text, mac=mac))
    settings.put(conn, settings.AUDIT_HEAD, f"{seq}:{mac}")
    return seq


class AuditHook(Protocol):
    """How a store records an event inside its own transaction (`conn`), so both commit or neither."""

    def __call__(self, conn: Connection, event: str, /, **details: str | int) -> None: ...


def in_transaction(officer: str) -> AuditHook:
    """An `AuditHook` that appends `officer`'s entry to the chain in the caller's transaction."""
    def write(conn: Connection, event: str, /, **details: str | int) -> None:
        append(conn, stored_key(conn), event, officer, details)
    return write


def verify(conn: Connection, key: bytes, *, checkpoint: Callable[[], None] = lambda: None) -> AuditVerdict:
    """Walk the chain; `first_broken` is the seq where it first fails (edited, missing or moved)."""
    previous = GENESIS
    expected = 1
    rows = conn.execute(select(audit_log).order_by(audit_log.c.seq)).mappings()
    for row in rows:
        if expected % 1000 == 0:
            checkpoint()
        if row["seq"] != expected:
            return AuditVerdict(False, expected - 1, expected)
        mac = _mac(key, previous, row["seq"], row["time"], row["event"], row["officer"], row["details"])
        if not hmac.compare_digest(mac.hex(), row["mac"]):
            return AuditVerdict(False, expected - 1, expected)
        previous = mac
        expected += 1
    head_seq, head_mac = head(conn)
    if head_seq != expected - 1 or not hmac.compare_digest(head_mac, previous.hex()):
        return AuditVerdict(False, expected - 1, min(expected, head_seq + 1))
    return AuditVerdict(True, expected - 1, None)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    time: str
    event: str
    officer: str
    details: dict[str, str | int]


def recent(conn: Connection, limit: int = 200) -> list[AuditEntry]:
    rows = conn.execute(select(audit_log).order_by(audit_log.c.seq.desc()).limit(limit)).mappings()
    return [_entry(r) for r in rows]


def _entry(row: RowMapping) -> AuditEntry:
    return AuditEntry(row["seq"], row["time"], row["event"], row["officer"], json.loads(row["details"]))


class AuditTrail:
    """The audit log and the security warnings, as a logged-in session reads and adds to them."""

    def __init__(self, state: SessionState) -> None:
        self._state = state

    def record(self, event: str, **details: str | int) -> None:
        with self._state.engine.begin() as conn:
            append(conn, stored_key(conn), event, self._state.account.username, details)

    def verify(self, *, checkpoint: Callable[[], None] = lambda: None) -> AuditVerdict:
        """Walk the whole chain; `checkpoint` is called every 1,000 entries and may raise to stop the walk."""
        with snapshot(self._state.engine) as conn:
            return verify(conn, stored_key(conn), checkpoint=checkpoint)

    def head(self) -> tuple[int, str]:
        with self._state.engine.connect() as conn:
            return head(conn)

    def entries(self, limit: int = 200) -> list[AuditEntry]:
        self._state.require_supervisor()
        with self._state.engine.connect() as conn:
            return recent(conn, limit)

    def all_entries(self) -> Iterator[AuditEntry]:
        """Every entry, oldest first, streamed (an export); supervisors only."""
        self._state.require_supervisor()
        with snapshot(self._state.engine) as conn:
            for row in conn.execute(select(audit_log).order_by(audit_log.c.seq)).mappings():
                yield _entry(row)

    def witnessed(self) -> tuple[int, datetime | None]:
        """The last checkpoint the centre holds: (entry, when); (0, None) before the first."""
        with self._state.engine.connect() as conn:
            state = sync_progress.read(conn)
        at = state["checkpoint_at"]
        return state["checkpoint_position"], (at.replace(tzinfo=UTC) if at and at.tzinfo is None else at)

    def security_warnings(self) -> list[Message]:
        """Signs of tampering seen at log-in; shown to supervisors only."""
        if not self._state.account.is_supervisor:
            return []
        with self._state.engine.connect() as conn:
            codes = sorted(settings.read_warnings(conn))
        return [settings.WARNING_MESSAGES[code] for code in codes if code in settings.WARNING_MESSAGES]

    def acknowledge_security_warnings(self) -> None:
        self._state.require_supervisor()
        with self._state.engine.begin() as conn:
            settings.put(conn, settings.SECURITY_WARNINGS, "[]")

"""What a successful log-in (or a proven old password) writes: the lock-out state's story, told to the audit log.

The failures the key file counted since the last success go into the audit
chain, signs of tampering (lockout.py says which) become security warnings for
supervisors, and the state to sign into the file is returned: the caller
writes it before its transaction commits.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection

from desktop.store import audit, settings
from desktop.store.key_slots import KeySlots
from desktop.store.lockout import DATABASE_ROLLED_BACK, UNKNOWN_USER, LockoutState, problems, signed_fresh
from desktop.store.office import OfficeInfo


def settle_at_login(conn: Connection, key: bytes, slots: KeySlots, state: LockoutState,
                    known: Mapping[str, tuple[Any, bytes]], username: str, kept_office: OfficeInfo | None
                    ) -> LockoutState:
    """At a successful log-in: audit what the file says happened, note tampering, return the state to sign
    into the file (before this transaction commits).

    `known` maps each username in the database to (account, public key); the
    file's slots must match it exactly, or a `key_slots_mismatch` is noted; the file's office must be
    `kept_office` (the database's), or an `office_mismatch` is.
    """
    audit_key = audit.stored_key(conn)
    warnings = settings.read_warnings(conn)
    database_seq = int(settings.get(conn, settings.LOCKOUT_SEQ) or "0")
    found = problems(state, key, slots.device_id, database_seq)
    if DATABASE_ROLLED_BACK in found:
        found.remove(DATABASE_ROLLED_BACK)
        audit.append(conn, audit_key, DATABASE_ROLLED_BACK, username,
                     {"file_seq": state.signed_seq, "database_seq": database_seq})
        warnings.add(DATABASE_ROLLED_BACK)
    if found:
        audit.append(conn, audit_key, "lockout_tamper_detected", username, {"reasons": ",".join(found)})
        warnings.add("lockout_tamper")
    file_view = {(s.username, s.role, s.public_key) for s in slots.slots}
    off = settings.deactivated(conn)  # listed, deliberately without a slot
    db_view = {(name, account.role.value, public) for name, (account, public) in known.items() if name not in off}
    if file_view != db_view:
        audit.append(conn, audit_key, "key_slots_mismatch", username,
                     {"extra": len(file_view - db_view), "missing": len(db_view - file_view)})
        warnings.add("key_slots_mismatch")
    if kept_office is not None and kept_office != OfficeInfo.from_dict(slots.office):
        audit.append(conn, audit_key, "office_mismatch", username, {})
        warnings.add("office_mismatch")
    for entry in state.pending:
        audit.append(conn, audit_key, "login_failed", entry["username"],
                     {"attempt": entry["seq"], "at": int(entry["time"])})
    if state.dropped:
        audit.append(conn, audit_key, "login_failed", UNKNOWN_USER, {"count": state.dropped})
    new_seq = state.seq + 1
    settings.put(conn, settings.LOCKOUT_SEQ, str(new_seq))
    settings.put(conn, settings.SECURITY_WARNINGS, json.dumps(sorted(warnings)))
    return signed_fresh(key, slots.device_id, new_seq, base_seq=database_seq)

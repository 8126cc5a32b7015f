"""The device settings table: small non-personal values kept inside the encrypted database."""

from __future__ import annotations

import json

from sqlalchemy import Column, Connection, String, Table, Text, select

from desktop.domain.messages import Message
from desktop.store.schema import metadata

device_settings = Table(
    "device_settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Keys used by the security core.
DEVICE_ID = "device_id"
OFFICE = "office"
SCHEMA_VERSION = "schema_version"
AUDIT_KEY = "audit_key"
AUDIT_HEAD = "audit_head"
LOCKOUT_SEQ = "lockout_seq"
SECURITY_WARNINGS = "security_warnings"
DEACTIVATED = "deactivated_accounts"  # JSON list of usernames kept (their records name them) but without a slot
RECOVERY_CONFIRMED = "recovery_key_confirmed"  # when a supervisor confirmed the current recovery key written down


def get(conn: Connection, key: str) -> str | None:
    return conn.execute(select(device_settings.c.value).where(device_settings.c.key == key)).scalar_one_or_none()


def put(conn: Connection, key: str, value: str) -> None:
    updated = conn.execute(device_settings.update().where(device_settings.c.key == key).values(value=value))
    if updated.rowcount == 0:
        conn.execute(device_settings.insert().values(key=key, value=value))


def read_warnings(conn: Connection) -> set[str]:
    stored = get(conn, SECURITY_WARNINGS)
    return set(json.loads(stored)) if stored else set()


WARNING_MESSAGES = {
    "lockout_tamper": Message(
        "lockout_tamper_detected",
        "Penghitung percobaan masuk di keyslots.json telah diatur ulang atau diganti dengan salinan lama. "
        "Periksa siapa yang mengakses komputer ini dan lihat log audit.",
        "The log-in attempt counter in keyslots.json was reset or replaced by an older copy. "
        "Check who had access to this computer and review the audit log.",
    ),
    "database_rolled_back": Message(
        "database_rolled_back",
        "Basis data diganti dengan salinan lama: pendaftaran dan catatan audit sejak salinan itu mungkin hilang. "
        "Periksa siapa yang mengakses komputer ini, lalu bandingkan dengan data di pusat.",
        "The database was replaced by an older copy: registrations and audit entries made since that copy may be "
        "missing. Check who had access to this computer and compare with the centre's records.",
    ),
    "audit_not_witnessed": Message(
        "audit_not_witnessed",
        "Log audit di perangkat ini tidak lagi sampai ke titik yang sudah disaksikan pusat: log dipotong atau "
        "ditulis ulang. Periksa siapa yang mengakses komputer ini dan bandingkan dengan data di pusat.",
        "The audit log on this device no longer leads to the point the centre witnessed: it was cut or "
        "rewritten. Check who had access to this computer and compare with the centre's records.",
    ),
    "office_mismatch": Message(
        "office_mismatch",
        "Nama atau kode kantor di keyslots.json diubah di luar aplikasi; tanda terima dan laporan tetap memakai "
        "data kantor yang tersimpan di basis data. Periksa siapa yang mengakses komputer ini.",
        "The office name or code in keyslots.json was changed outside the application; receipts and reports still "
        "use the office kept in the database. Check who had access to this computer.",
    ),
    "key_slots_mismatch": Message(
        "key_slots_mismatch",
        "Berkas kunci akun tidak cocok dengan daftar akun di basis data (akun ditambah atau diubah di luar "
        "aplikasi). Periksa daftar akun dan log audit.",
        "The account key file does not match the accounts in the database (an account was added or changed "
        "outside the application). Check the account list and the audit log.",
    ),
}


def deactivated(conn: Connection) -> set[str]:
    """The accounts a supervisor deactivated: listed, but with no slot in keyslots.json, so they cannot log in."""
    names = json.loads(get(conn, DEACTIVATED) or "[]")
    return {name for name in names if isinstance(name, str)} if isinstance(names, list) else set()


def set_deactivated(conn: Connection, names: set[str]) -> None:
    put(conn, DEACTIVATED, json.dumps(sorted(names)))

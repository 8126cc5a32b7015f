"""The registrations and consents tables, and the rows one saved version writes to them.

Shared by `RecordStore` (one save at a time) and the trusted bulk loader in
demo_data.py, so both write exactly the same rows.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from typing import Any

from sqlalchemy import (
    DDL,
    Column,
    Connection,
    DateTime,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    select,
)

from desktop.domain.reference import ReferenceVersions
from desktop.domain.registration import Registration
from desktop.store.outbox_table import RecordStatus, to_db_time
from desktop.store.schema import metadata

registrations = Table(
    "registrations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("record_id", String(36), nullable=False),
    Column("version", Integer, nullable=False),
    Column("replaces_version", Integer, nullable=True),
    Column("is_current", Integer, nullable=False),  # 1 current, 0 superseded
    Column("nik", String(16), nullable=True, unique=True),  # current versions only
    Column("kk", String(16), nullable=False),
    Column("full_name", String(200), nullable=False),
    Column("name_lower", String(200), nullable=False),
    Column("phone", String(20), nullable=False),
    Column("phone_digits", String(20), nullable=False),
    Column("status", String(20), nullable=False),
    Column("officer", String(64), nullable=False),
    Column("village_code", String(16), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("data", Text, nullable=False),
    # The reference data the version was checked against (NULL: saved before these were kept).
    Column("rules_version", String(64), nullable=True),
    Column("regions_version", String(64), nullable=True),
    Column("consent_version", String(64), nullable=True),
    # Made while the device's clock could not be believed (desktop.domain.clock); NULL: the clock was fine.
    Column("clock_flag", String(32), nullable=True),
    UniqueConstraint("record_id", "version", name="uq_registrations_version"),
    # name_lower rides along so a name search filters inside the index, not the JSON-heavy rows.
    # `id` is in the index so "newest first" needs no sort and deep pages skip through the index only.
    Index("ix_registrations_listing", "is_current", "created_at", "id", "name_lower"),
    Index("ix_registrations_status", "is_current", "status", "created_at", "id", "name_lower"),
    Index("ix_registrations_kk", "kk", "is_current"),
    Index("ix_registrations_phone", "phone_digits"),
    # Everything a sync report lists, in the index itself: the report reads no table page (report_query.py).
    Index("ix_registrations_report", "is_current", "created_at", "id", "record_id", "version", "officer",
          "village_code", "status", "clock_flag", "nik"),
)

# The list's status follows the outbox's state, so the two can never disagree; created once every table exists.
event.listen(metadata, "after_create", DDL(  # type: ignore[no-untyped-call]
    "CREATE TRIGGER IF NOT EXISTS outbox_state_mirror AFTER UPDATE OF state ON outbox "
    "BEGIN UPDATE registrations SET status = NEW.state "
    "WHERE record_id = NEW.record_id AND version = NEW.version; END"
))

# What a record keeps of each version once the retention period is over (desktop/store/retention.py): no NIK,
# KK, name, phone or registration JSON. A current row without a NIK is such a skeleton (`is_purged`).
PURGED: dict[str, Any] = {"nik": None, "kk": "", "full_name": "", "name_lower": "", "phone": "", "phone_digits": "",
                          "data": ""}


def is_purged(row: Any) -> bool:
    """For a current row (superseded rows have no NIK either)."""
    return row.nik is None


# Who consented and how, for audits; names of guardians/witnesses stay in the registration JSON only.
consents = Table(
    "consents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("record_id", String(36), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("consenter", String(20), nullable=False),
    Column("method", String(32), nullable=False),
    Column("text_version", String(64), nullable=False),
    Column("given_at", DateTime, nullable=False),
    Column("officer", String(64), nullable=False),
    Column("recorded_by", String(64), nullable=False),
    Column("recorded_at", DateTime, nullable=False),
)


def payload_json(reg: Registration) -> str:
    return json.dumps(reg.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


def search_columns(reg: Registration, status: RecordStatus, checked: ReferenceVersions,
                   now: dt.datetime) -> dict[str, Any]:
    return {
        "nik": reg.identity.nik, "kk": reg.identity.kk, "full_name": reg.identity.full_name,
        "name_lower": reg.identity.full_name.casefold(), "phone": reg.contact.phone,
        "phone_digits": _digits(reg.contact.phone), "status": status.value,
        "village_code": reg.address.village_code, "updated_at": now, "data": payload_json(reg),
        "rules_version": checked.rules, "regions_version": checked.regions, "consent_version": checked.consent,
    }


def consent_row(reg: Registration, recorded_by: str, now: dt.datetime) -> dict[str, Any]:
    consent = reg.consent
    return {
        "record_id": str(reg.record_id), "version": reg.version, "consenter": consent.consenter.value,
        "method": consent.method.value, "text_version": consent.text_version,
        "given_at": to_db_time(consent.given_at), "officer": consent.officer, "recorded_by": recorded_by,
        "recorded_at": now,
    }


def version_rows(reg: Registration, status: RecordStatus, checked: ReferenceVersions, *, officer: str,
                 created_at: dt.datetime, now: dt.datetime) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The registration, outbox and consent rows of a new version, all written in one transaction."""
    row = {"record_id": str(reg.record_id), "version": reg.version, "replaces_version": reg.replaces_version,
           "is_current": 1, "officer": officer, "created_at": created_at,
           **search_columns(reg, status, checked, now)}
    box = {"record_id": str(reg.record_id), "version": reg.version, "state": status.value, "attempts": 0,
           "next_attempt_at": None, "last_error": None, "reason_code": None, "updated_at": now}
    return row, box, consent_row(reg, officer, now)


def owner_of(conn: Connection, niks: list[str]) -> uuid.UUID:
    """The record holding one of `niks` (the zero UUID if the clash was inside one bulk batch)."""
    row = conn.execute(select(registrations.c.record_id).where(registrations.c.nik.in_(niks))).first()
    return uuid.UUID(row.record_id) if row else uuid.UUID(int=0)

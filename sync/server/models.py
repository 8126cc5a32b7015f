"""The reference server's tables (SQLAlchemy 2; SQLite by default, PostgreSQL by URL).

Personal data is kept only as the centre needs it: NIK and KK as keyed
hashes (HMAC with a server secret) for duplicate and family-limit checks, and
the sealed bytes exactly as received.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


# 64-bit ids where they count up nationally or are compared with a device's cursor; SQLite's rowid is already
# 64-bit, and only INTEGER PRIMARY KEY is its alias.
BigId = BigInteger().with_variant(Integer, "sqlite")


class EnrolmentCode(Base):
    __tablename__ = "enrolment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the code, never the code
    office_code: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    office_code: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(200), default="")
    enrolled_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class Revocation(Base):
    """A device the centre no longer accepts (a laptop lost or stolen): refused from its next signed request."""

    __tablename__ = "device_revocations"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    revoked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(String(200), default="")


class Nonce(Base):
    __tablename__ = "nonces"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    created: Mapped[int] = mapped_column(BigInteger, index=True)


class Record(Base):
    __tablename__ = "records"
    __table_args__ = (UniqueConstraint("record_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int]
    replaces_version: Mapped[int | None]
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    nik_hash: Mapped[str] = mapped_column(String(64), index=True)
    kk_hash: Mapped[str] = mapped_column(String(64), index=True)
    attachments: Mapped[str] = mapped_column(Text, default="")  # space-separated sha256 of declared documents
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class NikClaim(Base):
    """The record that holds a NIK nationally; the primary key refuses a second one, even across workers."""

    __tablename__ = "nik_claims"
    nik_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36))


class Family(Base):
    """How many records' latest versions name a KK; changed only by compare-and-set updates."""

    __tablename__ = "families"
    kk_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    members: Mapped[int]


class Attachment(Base):
    """A sealed document, kept per device: a record is complete only with documents its own device sent."""

    __tablename__ = "attachments"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Decision(Base):
    __tablename__ = "decisions"
    # The id is the cursor: monotonically increasing, issued by the server, never a client clock.
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    record_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int]
    decision: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(500), default="")
    decided_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    __table_args__ = (Index("ix_decisions_device_cursor", "device_id", "id"),)


class Checkpoint(Base):
    __tablename__ = "checkpoints"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    position: Mapped[int] = mapped_column(BigInteger)
    head: Mapped[str] = mapped_column(String(64))
    # The signed request as received (headers and body): the device's own signature over this head, kept so
    # anyone can check later that the device, not the centre, made the claim.
    signed_request: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class BundleImport(Base):
    __tablename__ = "bundles"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    imported_by: Mapped[str] = mapped_column(String(36))
    item_count: Mapped[int]
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Receipt(Base):
    """Append-only log of what the centre received and stored; never updated or deleted."""

    __tablename__ = "receipts"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    device_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(32))  # record, attachment, bundle, checkpoint, decision, revocation
    subject: Mapped[str] = mapped_column(String(100))  # record id/version or a hash; never personal data
    detail: Mapped[str] = mapped_column(String(200), default="")


@event.listens_for(Session, "before_flush")
def _receipts_are_append_only(session: Session, _context: Any, _instances: Any) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, Receipt):
            raise PermissionError("the receipt log is append-only")


_SQLITE_GUARDS = [
    f"CREATE TRIGGER IF NOT EXISTS receipts_no_{verb.lower()} BEFORE {verb} ON receipts "
    "BEGIN SELECT RAISE(ABORT, 'the receipt log is append-only'); END"
    for verb in ("UPDATE", "DELETE")
]
_POSTGRES_FUNCTION = """CREATE OR REPLACE FUNCTION luring_receipts_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'the receipt log is append-only'; END $$"""
_POSTGRES_TRIGGERS = {
    "receipts_no_change": "BEFORE UPDATE OR DELETE ON receipts FOR EACH ROW",
    "receipts_no_truncate": "BEFORE TRUNCATE ON receipts FOR EACH STATEMENT",
}


def install_append_only_guards(connection: Connection) -> None:
    """Database triggers that abort UPDATE and DELETE on receipts, whoever connects (the ORM hook covers only us)."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE_GUARDS:
            connection.execute(text(statement))
    elif dialect == "postgresql":
        connection.execute(text(_POSTGRES_FUNCTION))
        for name, when in _POSTGRES_TRIGGERS.items():
            exists = connection.scalar(text("SELECT 1 FROM pg_trigger WHERE tgname = :name "
                                            "AND tgrelid = 'receipts'::regclass"), {"name": name})
            if not exists:
                connection.execute(text(f"CREATE TRIGGER {name} {when} EXECUTE FUNCTION luring_receipts_append_only()"))

"""The tables sync keeps beside the outbox (schema steps 2 and 4, migrations.py): seals, documents, answers, state.

    outbox_seals        the frozen sealed bytes of each version, written once, never updated
    outbox_attachments  which of a version's documents the centre holds
    centre_reasons      what the centre last said of a version (a refusal or a decision), for the record's screen
    sync_state          one row: the engine's transport back-off, the decision cursor, the witnessed checkpoint
    enrolment           one row: the device key, the centre's key and address, the pins, the sequence floor
    sync_runs           the last syncs, counts and an error code only (step 4): the sync panel, supervisors' reports

Everything is inside the SQLCipher file, so the device's private key is encrypted at rest with the rest.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)

from desktop.store.schema import metadata

SINGLE_ROW = 1

outbox_seals = Table(
    "outbox_seals",
    metadata,
    Column("record_id", String(36), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("sealed", LargeBinary, nullable=False),
    Column("sealed_sha256", String(64), nullable=False),
    Column("sealed_at", DateTime, nullable=False),
    # 1 while some send of these bytes went unanswered: the centre may hold them, so the version is not edited
    # in place any more (a correction makes a new version). A refusal of the same bytes sets it back to 0.
    Column("may_be_at_centre", Integer, nullable=False),
)

outbox_attachments = Table(
    "outbox_attachments",
    metadata,
    Column("record_id", String(36), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("at_centre", Integer, nullable=False),  # 1 once the centre said it holds the document
    Index("ix_outbox_attachments_missing", "at_centre", "sha256"),
)

centre_reasons = Table(
    "centre_reasons",
    metadata,
    Column("record_id", String(36), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("state", String(20), nullable=False),  # refused, verified, rejected, needs_correction
    Column("reasons", Text, nullable=False),  # JSON list of {"code", "field"}
    Column("decided_at", DateTime, nullable=True),  # the centre's time, when it gave one
    Column("received_at", DateTime, nullable=False),
)

sync_state = Table(
    "sync_state",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("transport_failures", Integer, nullable=False),
    Column("next_attempt_at", DateTime, nullable=True),
    Column("last_error", String(64), nullable=True),
    Column("last_success_at", DateTime, nullable=True),
    Column("decision_cursor", String(64), nullable=False),
    Column("checkpoint_position", Integer, nullable=False),
    Column("checkpoint_head", String(64), nullable=False),
    Column("checkpoint_at", DateTime, nullable=True),
    Column("clock_offset_seconds", Float, nullable=True),  # the centre's time minus the device's, last measured
    Column("latest_seen_at", DateTime, nullable=True),  # the latest time a registration was made with
    CheckConstraint("id = 1", name="ck_sync_state_single_row"),
)

enrolment = Table(
    "enrolment",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("device_id", String(64), nullable=False),
    Column("central_url", String(500), nullable=False),
    Column("office_code", String(32), nullable=False),
    Column("device_private_key", LargeBinary, nullable=False),
    Column("centre_public_key", LargeBinary, nullable=False),
    Column("centre_key_fingerprint", String(64), nullable=False),
    Column("spki_pins", Text, nullable=False),  # JSON list of SHA-256 hex
    Column("ca_bundle", String(1000), nullable=True),
    Column("enrolled_at", DateTime, nullable=False),
    Column("sequence_floor", Integer, nullable=False),
    CheckConstraint("id = 1", name="ck_enrolment_single_row"),
)

sync_runs = Table(
    "sync_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime, nullable=False),
    Column("sent", Integer, nullable=False),
    Column("held", Integer, nullable=False),
    Column("refused", Integer, nullable=False),  # a count: which records were refused is on the records
    Column("decisions", Integer, nullable=False),
    Column("error", String(64), nullable=False),  # the engine's failure code, "" when the sync ran to the end
    Column("cancelled", Integer, nullable=False),
)

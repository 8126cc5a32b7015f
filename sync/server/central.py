"""The reference centre's state: its settings, keys, database and what it checks records against.

`open_central` builds it once; the application (app.py), its routes and the
command line all work on the one `Central` it returns.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.consent import load_consent
from desktop.domain.eligibility import load_rules
from desktop.domain.offline_limits import load_limits
from desktop.domain.reference import ReferenceData
from desktop.domain.regions import load_regions
from desktop.domain.retention import load_retention
from sync.server.config import OFFICE_CODE, Keys, Settings, load_or_create_keys
from sync.server.intake import rebuild_identity_index
from sync.server.models import Base, EnrolmentCode, install_append_only_guards, utcnow
from sync.server.reference import ReferenceItem, load_reference
from sync.server.validate import rules_from_reference

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@dataclass
class Central:
    settings: Settings
    keys: Keys
    sessions: sessionmaker[Session]
    reference: dict[str, ReferenceItem]  # what the centre publishes
    checks: ReferenceData  # what records are checked against: the published rules, the region list
    engine: Engine


def open_database(url: str, busy_ms: int = 10_000) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(connection: Any, _record: Any) -> None:
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    Base.metadata.create_all(engine)
    with engine.begin() as connection:
        install_append_only_guards(connection)
    return engine


def open_central(settings: Settings) -> Central:
    engine = open_database(settings.db_url, settings.db_busy_ms)
    with Session(engine) as session:
        rebuild_identity_index(session)
    reference = load_reference(settings.data_dir)
    rules = rules_from_reference(reference["rules"].content, load_rules(RESOURCES / "rules"))
    # The region list is read here, once (about a second): not on the first device's request.
    checks = ReferenceData(regions=load_regions(), rules=rules, consent=load_consent(RESOURCES / "consent"),
                           limits=load_limits(RESOURCES / "policy"),
                           retention=load_retention(RESOURCES / "policy"))
    return Central(
        settings=settings,
        keys=load_or_create_keys(settings.data_dir),
        sessions=sessionmaker(engine, expire_on_commit=False),
        reference=reference,
        checks=checks,
        engine=engine,
    )



def hash_enrolment_code(code: str) -> str:
    normalised = "".join(code.split()).replace("-", "").upper()
    return hashlib.sha256(f"luring-enrol|{normalised}".encode()).hexdigest()


def issue_enrolment_code(central_sessions: sessionmaker[Session], office_code: str, valid_hours: int = 72) -> str:
    """A one-time code for an office's device; only its hash is stored."""
    if not OFFICE_CODE.match(office_code):
        raise ValueError("an office code is 1 to 64 letters, digits, '.', '-' or '_'")
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
    raw = "".join(secrets.choice(alphabet) for _ in range(20))
    code = "-".join(raw[i : i + 5] for i in range(0, 20, 5))
    with central_sessions() as session:
        session.add(EnrolmentCode(code_hash=hash_enrolment_code(code), office_code=office_code,
                                  expires_at=utcnow() + dt.timedelta(hours=valid_hours)))
        session.commit()
    return code

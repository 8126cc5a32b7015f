"""Eligibility rules, consent text and offline limits from the centre, checked by the domain before they are kept
(schema step 4).

The centre is input like any other: what it sends is read with the same
parsers as the bundled files, and refused content leaves the version kept
before it in place. The region list comes only with the application (it is
large and the centre publishes only its digest), so a different regions
version at the centre is reported, never applied. Rows are read and checked
again when the session opens: the bundled or the kept version, whichever is
newer, is the one in use (desktop.domain.reference.newest_of).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable

from sqlalchemy import Column, DateTime, LargeBinary, String, Table, delete, insert, select

from desktop.domain import regions
from desktop.domain.consent import ConsentText, consent_from_centre
from desktop.domain.eligibility import Rules, rules_from_centre
from desktop.domain.messages import DomainError
from desktop.domain.offline_limits import OfflineLimits, limits_from_centre
from desktop.store.schema import metadata
from desktop.store.session_state import SessionState

log = logging.getLogger("luring.store")

centre_reference = Table(
    "centre_reference",
    metadata,
    Column("kind", String(16), primary_key=True),  # rules, consent, limits
    Column("centre_version", String(256), nullable=False),  # the centre's name for it, compared at each sync
    Column("etag", String(256), nullable=False),
    Column("content", LargeBinary, nullable=False),  # the content as JSON, checked before it was kept
    Column("stored_at", DateTime, nullable=False),
)

_PARSERS: dict[str, Callable[[bytes], Rules | ConsentText | OfflineLimits]] = {
    "rules": rules_from_centre, "consent": consent_from_centre, "limits": limits_from_centre}


class ReferenceStore:
    """`session.reference`; fits `sync.outbox.ReferenceUpdates`."""

    def __init__(self, state: SessionState) -> None:
        self._state = state

    def held(self) -> dict[str, tuple[str, str]]:
        """The centre's version and etag of what the device holds, by kind; regions: the bundled list's."""
        with self._state.engine.connect() as conn:
            rows = conn.execute(select(centre_reference.c.kind, centre_reference.c.centre_version,
                                       centre_reference.c.etag)).all()
        held = {str(row.kind): (str(row.centre_version), str(row.etag)) for row in rows}
        held["regions"] = (regions.bundled_version(), "")
        return held

    def keep(self, kind: str, version: str, etag: str, content: object) -> str:
        """Keep what the centre sent once the domain accepts it; "" when kept, else why not (a stable code)."""
        if kind == "regions":
            outdated = version != regions.bundled_version()
            if outdated:
                log.warning("the centre's region list differs from the one this application ships")
            return "regions_outdated" if outdated else ""
        parse = _PARSERS.get(kind)
        if parse is None:
            return "unknown_reference_kind"
        try:
            raw = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
            parse(raw)
        except DomainError as refused:
            log.warning("the centre's %s were refused (%s)", kind, refused.code)
            return refused.code
        except (TypeError, ValueError, RecursionError):  # not even JSON-shaped: nested too deep, say
            log.warning("the centre's %s were refused (not JSON)", kind)
            return f"invalid_{kind}"
        with self._state.engine.begin() as conn:
            conn.execute(delete(centre_reference).where(centre_reference.c.kind == kind))
            conn.execute(insert(centre_reference).values(kind=kind, centre_version=version, etag=etag, content=raw,
                                                         stored_at=dt.datetime.now(dt.UTC)))
        return ""

    def stored(self) -> tuple[Rules | None, ConsentText | None]:
        """The kept rules and consent text, checked again (None for a kind never kept or no longer readable)."""
        found = self._kept()
        rules, consent = found.get("rules"), found.get("consent")
        return (rules if isinstance(rules, Rules) else None, consent if isinstance(consent, ConsentText) else None)

    def stored_limits(self) -> OfflineLimits | None:
        """The kept offline limits, checked again (None: never kept, or no longer readable)."""
        limits = self._kept().get("limits")
        return limits if isinstance(limits, OfflineLimits) else None

    def _kept(self) -> dict[str, Rules | ConsentText | OfflineLimits]:
        with self._state.engine.connect() as conn:
            rows = {str(row.kind): bytes(row.content)
                    for row in conn.execute(select(centre_reference.c.kind, centre_reference.c.content))}
        found: dict[str, Rules | ConsentText | OfflineLimits] = {}
        for kind, parse in _PARSERS.items():
            if kind in rows:
                try:
                    found[kind] = parse(rows[kind])
                except DomainError as refused:  # a newer parser refuses what an older one kept: use the bundled
                    log.warning("the kept %s are no longer accepted (%s)", kind, refused.code)
        return found

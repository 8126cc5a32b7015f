"""Hand-overs without the network are kept with their audit entry; only counts, kinds and file digests."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from desktop.store.device import Device
from tests.store.test_migrations import make_device

DIGEST = hashlib.sha256(b"bundle 12345678 part 1").hexdigest()
WHEN = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)


def test_a_hand_over_is_kept_and_audited_in_the_encrypted_file(tmp_path: Path) -> None:
    session = Device.open(make_device(tmp_path)).login("sari", "sari password")
    assert session.handovers.last_at() is None
    session.handovers.record("bundle_exported", 120, 3, DIGEST, at=WHEN)
    session.handovers.record("receipt_imported", 120, 1, "0" * 64, at=WHEN + dt.timedelta(days=2))
    session.close()

    session = Device.open(tmp_path / "data").login("sari", "sari password")
    newest, oldest = session.handovers.latest()
    assert (oldest.kind, oldest.records, oldest.parts, oldest.account, oldest.sha256) == (
        "bundle_exported", 120, 3, "sari", DIGEST)
    assert newest.kind == "receipt_imported" and session.handovers.last_at() == WHEN + dt.timedelta(days=2)
    entries = [entry for entry in reversed(session.audit.entries())
               if entry.event in ("bundle_exported", "receipt_imported")]
    assert [entry.event for entry in entries] == ["bundle_exported", "receipt_imported"]
    assert entries[0].details == {"records": 120, "parts": 3, "sha256": DIGEST}
    assert session.audit.verify().ok
    session.close()


@pytest.mark.parametrize("kind, records, parts, sha256", [
    ("sync", 1, 1, DIGEST),  # not a hand-over
    ("bundle_exported", -1, 1, DIGEST),
    ("bundle_exported", 1, 1, "3201234567890123"),  # a NIK is not a digest
    ("bundle_exported", 1, 1, DIGEST.upper()),
])
def test_what_is_not_a_hand_over_is_refused_and_nothing_is_kept(tmp_path: Path, kind: str, records: int,
                                                                 parts: int, sha256: str) -> None:
    session = Device.open(make_device(tmp_path)).login("sari", "sari password")
    with pytest.raises(ValueError):
        session.handovers.record(kind, records, parts, sha256)
    assert session.handovers.latest() == []
    session.close()

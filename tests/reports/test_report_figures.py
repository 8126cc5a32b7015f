"""Every figure of a report over a store with known content, exactly; and only supervisors may read them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
import uuid
from pathlib import Path

import pytest

from desktop.reports.receipt import reference_number, reference_of
from desktop.reports.sync_report import ReportRequest, gather
from desktop.store.device import Device
from desktop.store.errors import PermissionDenied
from desktop.store.outbox_table import RecordStatus as S
from desktop.store.report_query import ReportFilter, ReportFilterInvalid
from tests.reports.known_store import DEVICE_ID, HOSTILE_REASON, NOW, OFFICE, PERIOD, WIB, KnownStore


def test_the_figures_of_the_period_are_exactly_what_the_store_holds(known: KnownStore) -> None:
    figures = known.session.report_data.figures(PERIOD)
    assert figures.registered == 9  # the record of 30 November is outside; 00:15 and 23:15 WIB are inside
    assert figures.by_status == {S.READY: 2, S.SENDING: 1, S.ACCEPTED: 1, S.VERIFIED: 1, S.REJECTED: 2,
                                 S.NEEDS_CORRECTION: 1, S.QUARANTINED: 1}
    assert figures.per_day == {
        dt.date(2026, 12, 1): {"registered": 3, "at_centre": 1, "refused": 0},
        dt.date(2026, 12, 2): {"registered": 3, "at_centre": 1, "refused": 2},
        dt.date(2026, 12, 3): {"registered": 3, "at_centre": 0, "refused": 1}}
    assert list(figures.reasons.items()) == [("nik_registered", 2), (HOSTILE_REASON, 1), ("validation", 1)]
    assert figures.clock_flagged == 1
    assert figures.oldest_waiting == dt.datetime(2026, 11, 30, 10, 15, tzinfo=WIB)  # the whole device's
    assert figures.last_success == dt.datetime(2026, 12, 3, 6, 0, tzinfo=dt.UTC)
    assert figures.clock_offset_seconds == pytest.approx(-42.4)
    assert [(h.kind, h.records) for h in figures.handovers] == [("bundle_exported", 4)]  # the receipt is older
    assert (figures.witnessed_position, figures.witnessed_at) == (0, None)


def test_the_summary_reads_the_figures_in_words_and_numbers(known: KnownStore) -> None:
    report = gather(known.session, ReportRequest(PERIOD, "en"), office=OFFICE, device_id=DEVICE_ID, now=NOW)
    summary = dict(report.summary())
    assert (summary["Registered"], summary["Waiting to be sent"], summary["Sent"]) == (9, 3, 5)
    assert (summary["Rejected"], summary["Needs correction"], summary["Held back (failed repeatedly)"]) == (2, 1, 1)
    assert summary["Age of the oldest waiting record"] == "3 days"
    assert summary["Last successful sync"] == dt.datetime(2026, 12, 3, 13, 0)  # 06:00 UTC in WIB, the period's zone
    assert summary["Device clock offset from the centre"] == "-42 seconds"
    assert summary["Audit log chain"].startswith("intact (")
    assert summary["Last checkpoint held by the centre"] == "never"
    assert report.reasons() == [("The NIK is already registered at the centre", 2), (HOSTILE_REASON, 1),
                                ("Some entries break the centre's rules", 1)]
    assert report.records == 9


@pytest.mark.parametrize("change, expected", [
    ({"officer": "budi"}, 2),
    ({"status": S.REJECTED}, 2),
    ({"region": "32.73"}, 3),  # the known records' villages in Kota Bandung
    ({"region": "32.73.11.1003"}, 2),
    ({"region": "32.7"}, None),  # not a code: refused, not matched as a prefix
    ({"first": dt.date(2026, 12, 3), "last": dt.date(2026, 12, 3)}, 3),
])
def test_filters_narrow_the_report(known: KnownStore, change: dict[str, object], expected: int | None) -> None:
    if expected is None:
        with pytest.raises(ReportFilterInvalid):
            dataclasses.replace(PERIOD, **change)  # type: ignore[arg-type]
        return
    where = dataclasses.replace(PERIOD, **change)  # type: ignore[arg-type]
    rows = list(known.session.report_data.rows(where))
    assert len(rows) == expected == known.session.report_data.figures(where).registered
    assert all(row.officer == "budi" for row in rows) or "officer" not in change


def test_rows_are_masked_unless_a_named_list_is_asked_for(known: KnownStore) -> None:
    masked = list(known.session.report_data.rows(PERIOD))
    named = list(known.session.report_data.rows(PERIOD, named=True))
    assert [r.record_id for r in masked] == [str(r) for r in known.record_ids[1:]]  # oldest first
    assert all(r.full_name == "" and r.nik == "" and "*" in r.nik_masked for r in masked)
    assert [r.nik for r in named] == known.niks[1:] and [r.full_name for r in named] == known.names[1:]
    assert not any(nik in repr(masked) + repr(named) for nik in known.niks)  # never in a traceback's repr


def test_an_end_before_the_start_is_refused_with_a_message() -> None:
    with pytest.raises(ReportFilterInvalid) as refused:
        ReportFilter(dt.date(2026, 12, 3), dt.date(2026, 12, 1))
    assert "periode" in refused.value.message.text("id")


def test_an_officer_cannot_read_report_figures_or_rows(known: KnownStore) -> None:
    officer = Device.open(known.data_dir).login("budi", "budi password 1")
    try:
        with pytest.raises(PermissionDenied):
            officer.report_data.figures(PERIOD)
        with pytest.raises(PermissionDenied):
            next(officer.report_data.rows(PERIOD))
        with pytest.raises(PermissionDenied):
            gather(officer, ReportRequest(PERIOD), office=OFFICE, device_id=DEVICE_ID)
    finally:
        officer.close()


def test_an_empty_period_gives_zeros_not_errors(known: KnownStore, tmp_path: Path) -> None:
    empty = ReportFilter(dt.date(2025, 1, 1), dt.date(2025, 1, 31), tz=WIB)
    figures = known.session.report_data.figures(empty)
    assert figures.registered == 0 and figures.by_status == {} and len(figures.per_day) == 31
    assert list(known.session.report_data.rows(empty)) == []


def test_the_reference_from_the_text_of_a_record_id_is_the_receipt_s() -> None:
    for _ in range(2000):
        record_id = uuid.uuid4()
        assert reference_of(str(record_id)) == reference_number(record_id)


def test_a_report_being_written_never_holds_up_a_save_beside_it(tmp_path: Path) -> None:
    """A report reads one snapshot without the write lock: a record saved while its rows stream is saved at once
    (with the lock held, the save waited the store's 5 s and then failed), and the report keeps what it began with."""
    from tests.reports.known_store import build
    from tests.store.record_helpers import make_reg
    from tests.support import REFERENCE

    store = build(tmp_path)
    try:
        rows = store.session.report_data.rows(PERIOD)
        first = next(rows)  # the rows' connection is open, mid-read
        began = time.perf_counter()
        store.session.records.save_registration(make_reg(7), reference=REFERENCE)
        waited = time.perf_counter() - began
        rest = list(rows)
        assert waited < 2.0, f"the save waited {waited:.1f} s for the report"
        assert [first.record_id, *(r.record_id for r in rest)] == [str(i) for i in store.record_ids[1:]]
        assert store.session.audit.verify().ok
    finally:
        store.session.close()

"""The centre's decisions move the outbox, with the cursor in the same commit; applying twice changes nothing."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import Engine

from desktop.store.outbox import OutboxStore
from desktop.store.outbox_table import RecordStatus
from desktop.store.records import RecordQuery, RecordStore
from desktop.store.sync_progress import SyncStateRefused
from sync import answers
from sync.outbox import CentreDecision, ItemVerdict, Reason
from sync.protocol import Decision
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
DECIDED = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)


def accepted(box: OutboxStore, records: RecordStore, *numbers: int) -> list[uuid.UUID]:
    ids = []
    for n in numbers:
        ids.append(records.save_registration(make_reg(n), reference=REFERENCE).record_id)
    box.claim_batch(10, NOW, lambda _item: b"\x07" * 64)
    box.record_verdicts([ItemVerdict(record_id, 1, held=True) for record_id in ids], NOW)
    return ids


def test_a_page_of_decisions_moves_the_records_and_keeps_reasons_and_cursor(engine: Engine,
                                                                            records: RecordStore) -> None:
    box = OutboxStore(engine)
    verified, rejected, to_fix = accepted(box, records, 1, 2, 3)
    assert box.decision_cursor() == ""
    page = [CentreDecision(verified, 1, Decision.VERIFIED, decided_at=DECIDED),
            CentreDecision(rejected, 1, Decision.REJECTED, (Reason("ineligible", "background.employment"),),
                           DECIDED),
            CentreDecision(to_fix, 1, Decision.NEEDS_CORRECTION, (Reason("ktp_unreadable"),), DECIDED)]
    report = box.apply_decisions(page, "17")
    assert (report.applied, report.unchanged, report.unknown) == (3, 0, ())
    assert box.decision_cursor() == "17"
    states = {s.record_id: s.status for s in records.list_records(RecordQuery(), 0, 10)}
    assert states == {verified: RecordStatus.VERIFIED, rejected: RecordStatus.REJECTED,
                      to_fix: RecordStatus.NEEDS_CORRECTION}  # the list shows them at once
    answer = box.answer(rejected, 1)
    assert answer is not None
    assert (answer.state, answer.reasons, answer.decided_at) == ("rejected", (("ineligible",
                                                                                "background.employment"),), DECIDED)
    assert box.entry(rejected, 1).reason_code == "ineligible"

    again = box.apply_decisions(page, "17")  # the page fetched again after a crash before the next one
    assert (again.applied, again.unchanged, again.unknown) == (0, 3, ())
    assert box.answer(rejected, 1) == answer


def test_a_later_decision_replaces_an_earlier_one(engine: Engine, records: RecordStore) -> None:
    box = OutboxStore(engine)
    [record_id] = accepted(box, records, 1)
    box.apply_decisions([CentreDecision(record_id, 1, Decision.NEEDS_CORRECTION, (Reason("ktp_unreadable"),))], "1")
    report = box.apply_decisions([CentreDecision(record_id, 1, Decision.VERIFIED)], "2")
    assert report.applied == 1 and box.entry(record_id, 1).state is RecordStatus.VERIFIED
    answer = box.answer(record_id, 1)
    assert answer is not None and (answer.state, answer.reasons) == ("verified", ())


def test_a_decision_for_a_record_still_waiting_for_its_answer_is_applied(engine: Engine,
                                                                        records: RecordStore) -> None:
    """The reply to the upload was lost, but the centre has the record and decided: its word is final."""
    box = OutboxStore(engine)
    record_id = records.save_registration(make_reg(1), reference=REFERENCE).record_id
    box.claim_batch(10, NOW, lambda _item: b"\x07" * 64)
    box.transport_failed([(record_id, 1)], "network", NOW)
    assert box.apply_decisions([CentreDecision(record_id, 1, Decision.VERIFIED)], "5").applied == 1
    assert box.entry(record_id, 1).state is RecordStatus.VERIFIED
    assert box.claim_batch(10, NOW + dt.timedelta(days=1), lambda _item: b"\x07" * 64) == []


def test_unknown_records_and_drafts_are_reported_not_applied(engine: Engine, records: RecordStore) -> None:
    box = OutboxStore(engine)
    [known] = accepted(box, records, 1)
    draft = records.save_registration(make_reg(2), ready=False, reference=REFERENCE).record_id
    stranger = uuid.uuid4()
    report = box.apply_decisions([CentreDecision(stranger, 1, Decision.VERIFIED),
                                  CentreDecision(known, 2, Decision.VERIFIED),  # a version never made here
                                  CentreDecision(draft, 1, Decision.REJECTED),
                                  CentreDecision(known, 1, Decision.VERIFIED)], "9")
    assert report.unknown == ((stranger, 1), (known, 2), (draft, 1)) and report.applied == 1
    assert box.entry(draft, 1).state is RecordStatus.DRAFT
    assert box.decision_cursor() == "9"  # the page is done with: the unknown ones are reported, not retried


@pytest.mark.parametrize("cursor", ["x" * 65, "with space", "tab\t", "ünï", 17])
def test_a_hostile_cursor_is_refused_and_the_page_is_not_applied(engine: Engine, records: RecordStore,
                                                                 cursor: object) -> None:
    box = OutboxStore(engine)
    [record_id] = accepted(box, records, 1)
    with pytest.raises(SyncStateRefused):
        box.apply_decisions([CentreDecision(record_id, 1, Decision.VERIFIED)], cursor)  # type: ignore[arg-type]
    assert box.entry(record_id, 1).state is RecordStatus.ACCEPTED and box.decision_cursor() == ""


def test_a_decision_that_is_not_a_decision_refuses_the_whole_page(engine: Engine, records: RecordStore) -> None:
    box = OutboxStore(engine)
    first, second = accepted(box, records, 1, 2)
    page = [CentreDecision(first, 1, Decision.VERIFIED),
            CentreDecision(second, 1, "quarantined")]  # type: ignore[arg-type]
    with pytest.raises(SyncStateRefused) as refused:
        box.apply_decisions(page, "3")
    assert refused.value.what == "decision_state"
    assert box.entry(first, 1).state is RecordStatus.ACCEPTED and box.decision_cursor() == ""


def answered(reason: str, record_id: uuid.UUID | None = None) -> answers.Decision:
    """A decision as the client reads it off the wire (its shape is checked there: test_client_answers)."""
    return answers.Decision("4", str(record_id or uuid.uuid4()), 2, Decision.NEEDS_CORRECTION, reason, DECIDED)


@pytest.mark.parametrize("reason", ["ok\x1b[2J", "baris\nbaru", "\x00", "x" * 501, "tab\there"])
def test_a_reason_no_person_should_be_shown_is_refused(reason: str) -> None:
    with pytest.raises(ValueError, match="reason"):
        CentreDecision.from_answer(answered(reason))


def test_a_decision_as_the_client_read_it() -> None:
    record_id = uuid.uuid4()
    parsed = CentreDecision.from_answer(answered("Foto KTP buram, mohon ulangi.", record_id))
    assert parsed == CentreDecision(record_id, 2, Decision.NEEDS_CORRECTION,
                                    (Reason("Foto KTP buram, mohon ulangi."),), DECIDED)
    assert CentreDecision.from_answer(answered("", record_id)).reasons == ()

"""repr() of a registration (what a traceback, a debugger or a stray f-string shows) names no person."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop.domain.registration import Consenter, ConsentMethod, Registration
from desktop.store.outbox_table import RecordStatus
from desktop.store.records import RecordQuery, RecordSummary
from tests.domain.factories import make_address, make_registration


def test_registration_repr_holds_no_personal_value() -> None:
    reg = make_registration(current_address=make_address(street="Gg. Kenanga Rahasia 9"),
                            disability__notes="kursi roda sejak 2019")
    reg = dataclasses.replace(reg, consent=dataclasses.replace(
        reg.consent, consenter=Consenter.GUARDIAN, guardian_name="Wali Bernama Jelas",
        method=ConsentMethod.VERBAL_WITH_WITNESS, witness_name="Saksi Bernama Jelas"))
    text = repr(reg)
    i = reg.identity
    for secret in (i.nik, i.kk, i.full_name, i.birth_place, i.birth_date.isoformat(), repr(i.birth_date),
                   reg.contact.phone, str(reg.contact.email), reg.address.street, "Gg. Kenanga Rahasia 9",
                   "kursi roda", "Wali Bernama Jelas", "Saksi Bernama Jelas"):
        assert secret not in text
    assert str(reg.record_id) in text  # still useful to a developer: which record, not whose
    assert Registration.from_dict(reg.to_dict()) == reg  # the hidden fields are still compared and kept


def test_record_summary_and_query_repr_hold_no_personal_value() -> None:
    now = dt.datetime(2026, 1, 2, 3, 4, 5)
    summary = RecordSummary(record_id=make_registration().record_id, version=1, nik_masked="3201********0001",
                            full_name="Siti Nur'aini", phone="+6281234567890", status=RecordStatus.READY,
                            officer="petugas1", village_code="32.01.01.2001", created_at=now, updated_at=now)
    assert "Siti" not in repr(summary) and "81234567890" not in repr(summary)
    assert "3201320101900001" not in repr(RecordQuery(text="3201320101900001"))

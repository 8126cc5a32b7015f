"""One set of rules, checked both ways across every layer that applies them.

Generated form data (what an officer could type, good and bad) drives the
wizard's flow step by step with Next, as the officer would. Then:

- what the flow lets the officer save, the domain accepts, a real encrypted
  store stores (with the reference versions it was checked against) and the
  reference centre's intake check accepts (or finds ineligible, exactly when
  the review said so);
- what the domain refuses, the flow shows as a problem on the step that holds
  the field, never lets the officer past that step, and the store and the
  centre refuse with the same fields and rules.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from desktop.domain.registration import (
    Accommodation,
    AttachmentKind,
    DisabilityType,
    Education,
    EmploymentStatus,
    ExcludedOccupation,
    MaritalStatus,
    Registration,
)
from desktop.domain.validation import NAME_MAX, NIK_CONFIRMED, NOTES_MAX, TEXT_MAX, check_registration
from desktop.operations.wizard_flow import REVIEW, STEPS, WizardFlow
from desktop.store.device import Device, OfficeInfo
from desktop.store.records import RegistrationIncomplete
from sync.protocol import RejectReason, SealedItem
from sync.server.validate import Checked, Refusal, check
from tests.operations.test_wizard_flow import GOOD
from tests.support import CHEAP_KDF, REFERENCE

OFFICE = OfficeInfo(office_name="Disnaker Kabupaten Bogor", disnaker_code="3201", region_code="32.01")
PASSWORD = "rahasia-panjang-1"
# A NIK warning that compares the NIK with another field cannot be judged while that field is unreadable.
COMPARED_WITH = {"birth_date_mismatch": "identity.birth_date", "sex_mismatch": "identity.sex"}


def ktp_photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 40), (200, 180, 150)).save(out, "JPEG")
    return out.getvalue()


KTP = ktp_photo()


def lengths_around(limit: int) -> st.SearchStrategy[str]:
    """Text just under, at and just over a length limit."""
    return st.integers(limit - 2, limit + 2).map(lambda n: "Siti " + "a" * (n - 5))


def some(*values: object) -> st.SearchStrategy[Any]:
    return st.sampled_from(values)


def codes(enum: type) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from([member.value for member in enum] + ["bogus"]), max_size=3, unique=True)


def typed_dates() -> st.SearchStrategy[str]:
    today = dt.date.today()
    return st.dates(dt.date(1880, 1, 1), today + dt.timedelta(days=400)).map(lambda d: d.strftime("%d-%m-%Y"))


# What an officer can type or choose, field by field: the good value, its edges, and mistakes.
TYPED: dict[str, st.SearchStrategy[Any]] = {
    "consent.consenter": some("applicant", "guardian", "", "bogus"),
    "consent.guardian_name": some("", "Ibu Ani", "   ", "Ani\x07") | lengths_around(NAME_MAX),
    "consent.method": some("signature", "thumbprint", "verbal_with_witness", ""),
    "consent.witness_name": some("", "Pak Budi") | lengths_around(NAME_MAX),
    "consent.given": st.booleans(),
    "identity.nik": some("3201 0141 0890 0001", "3201414108900001", "3201014108900002", "3201015108900001",
                         "9901014108900001", "320101410890000", "32010141089000011", "3201x14108900001", "",
                         "0000000000000000"),
    "identity.kk": some("3201011505150003", "3201411505150003", "3201011505990003", "320101150515000", ""),
    NIK_CONFIRMED: st.booleans(),
    "identity.full_name": some("Siti Aminah", "", "   ", "Siti 2", "Siti\u200bAminah", "O'Neil-Putri",
                               "Siti\nAminah") | lengths_around(NAME_MAX),
    "identity.birth_place": some("Bogor", "", "Bo\tgor") | lengths_around(NAME_MAX),
    "identity.birth_date": some("01-08-1990", "1/8/1990", "31-02-1990", "", "kemarin") | typed_dates(),
    "identity.sex": some("female", "male", "", "other"),
    "identity.marital_status": st.sampled_from([m.value for m in MaritalStatus] + [""]),
    "address.village_code": some("32.01.01.1006", "32.01.01.1001", "32.01.02.2001", "99.99.99.9999", ""),
    "address.district_code": some("32.01.01", "32.01.02", "32.01.41", ""),
    "address.rt": some("3", "003", "0", "1234", "", "a1"),
    "address.rw": some("12", "012", "", "-1"),
    "address.postal_code": some("16911", "16912", "1691", "169110", "", "abcde"),
    "address.street": some("Jl. Mawar 3", "", "Jl.\x00Mawar") | lengths_around(TEXT_MAX),
    "address.current_differs": st.booleans(),
    "current_address.province_code": some("32", "31", ""),
    "current_address.regency_code": some("32.01", ""),
    "current_address.district_code": some("32.01.01", ""),
    "current_address.village_code": some("32.01.01.1006", ""),
    "current_address.street": some("Jl. Melati 1", ""),
    "current_address.rt": some("1", ""),
    "current_address.rw": some("2", ""),
    "current_address.postal_code": some("16911", ""),
    "contact.phone": some("0812-3456-7890", "+6281234567890", "", "12345", "0812345678901234", "021 5551234"),
    "contact.email": some("", "nama@contoh.com", "nama@", "nama@contoh", "a b@contoh.com", "siti.aminah@mail.co.id"),
    "contact.no_email_reason": some("has_none", "declined", "no_access", "", "bogus"),
    "background.education": st.sampled_from([e.value for e in Education] + [""]),
    "background.employment_status": st.sampled_from([e.value for e in EmploymentStatus] + [""]),
    "background.in_formal_education": st.booleans(),
    "background.excluded_occupations": codes(ExcludedOccupation),
    "background.dependants": some("0", "2", "19", "20", "21", "-1", "", "dua", "3.5", " 4 "),
    "background.desired_training_field": some("", "Menjahit") | lengths_around(TEXT_MAX),
    "disability.consented": st.booleans(),
    "disability.has_disability": st.booleans(),
    "disability.types": codes(DisabilityType),
    "disability.accommodations": codes(Accommodation),
    "disability.notes": some("", "Kursi roda") | lengths_around(NOTES_MAX),
    "documents.ktp": some("stored", None),
}

form_changes = st.dictionaries(st.sampled_from(sorted(TYPED)), st.none(), max_size=6).flatmap(
    lambda chosen: st.fixed_dictionaries({key: TYPED[key] for key in chosen}))


def walk(flow: WizardFlow) -> None:
    """Press Next until the flow stops or reaches the review."""
    while not flow.is_last:
        before = flow.step
        flow.next()
        if flow.step == before:
            return


def shown_on(field: str) -> int:
    """The step that shows a field: the one named after its part of the record (the review shows the rest)."""
    part = field.partition(".")[0]
    part = "address" if part == "current_address" else part
    return STEPS.index(part) if part in STEPS else REVIEW


def centre_check(reg: Registration) -> Checked | Refusal:
    plaintext = json.dumps(reg.to_dict()).encode("utf-8")
    item = SealedItem(record_id=str(reg.record_id), version=reg.version, sealed=b"",
                      replaces_version=reg.replaces_version)
    return check(plaintext, item, dt.date.today(), REFERENCE)


def pairs(problems: list) -> set[tuple[str, str]]:
    return {(p.field, p.message.code) for p in problems if p.blocking}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(form_changes)
@example({})  # the good registration itself
@example({"identity.nik": "3201414108900001", NIK_CONFIRMED: False})  # a pre-split district, not yet confirmed
@example({"identity.nik": "3201414108900001", NIK_CONFIRMED: True})
@example({"background.dependants": "21"})
@example({"disability.notes": "a" * (NOTES_MAX + 1), "disability.consented": True})
@example({"identity.birth_place": "a" * (NAME_MAX + 1)})
@example({"contact.email": "nama@contoh", "contact.no_email_reason": ""})
@example({"background.in_formal_education": True})  # ineligible: saved, and the centre says so
@example({"identity.birth_date": "01-08-1950"})  # too old for the programme, and the NIK says otherwise
def test_what_the_flow_saves_every_layer_accepts_and_what_the_domain_refuses_every_layer_refuses(
        changes: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        session, _recovery = Device.set_up(Path(folder), OFFICE, "petugas.satu", "Petugas Satu", PASSWORD,
                                           kdf=CHEAP_KDF)
        try:
            ktp = session.attachments.add(AttachmentKind.KTP, KTP)
            data = {**GOOD, **changes}
            if data["documents.ktp"] is not None:
                data["documents.ktp"] = {"sha256": ktp.sha256, "size": ktp.size, "media_type": ktp.media_type}
            flow = WizardFlow(REFERENCE, officer="petugas.satu", data=data, today=dt.date.today())
            walk(flow)
            reading = flow.reading()
            reg = reading.registration
            domain = check_registration(reg, regions=REFERENCE.regions, rules=REFERENCE.rules,
                                        today=dt.date.today())
            saved = flow.is_last and not reading.blocking
            event("saved" if saved else f"refused at {STEPS[flow.step]}")
            if saved:
                allowed_to_save(session, flow, reg, domain, reading.eligibility())
            else:
                refused(session, flow, reg, domain)
        finally:
            session.close()


def allowed_to_save(session, flow: WizardFlow, reg: Registration, domain: list, ineligible: list) -> None:
    assert flow.build() == reg
    assert not pairs(domain), "the flow let through what the domain refuses"
    session.records.save_registration(reg, reference=REFERENCE)
    assert session.records.get_registration(reg.record_id) == reg
    assert session.records.checked_against(reg.record_id) == REFERENCE.versions
    verdict = centre_check(reg)
    event("ineligible" if ineligible else "eligible")
    if ineligible:
        assert isinstance(verdict, Refusal) and verdict.reason is RejectReason.INELIGIBLE
    else:
        assert isinstance(verdict, Checked), verdict


def refused(session, flow: WizardFlow, reg: Registration, domain: list) -> None:
    stopped = flow.step
    assert any(p.blocking for p in flow.problems(stopped)), "the flow stopped without saying why"
    # The form's own problems: input it could not read at all (the domain then saw only a placeholder).
    unreadable = {p.field for p in flow.reading().blocking if (p.field, p.message.code) not in pairs(domain)}
    for field, code in pairs(domain):
        step = shown_on(field)
        assert stopped <= step, f"the flow let the officer past {STEPS[step]} with {field}: {code}"
        if (field, code) in pairs(flow.problems(step)):
            continue  # the domain's own problem, on the step that shows the field
        cause = field if field in unreadable else COMPARED_WITH.get(code)
        assert cause in unreadable, f"{field}: {code} is not shown on {STEPS[step]}"
        assert cause in {p.field for p in flow.problems(shown_on(cause)) if p.blocking}
    if pairs(domain):
        with pytest.raises(RegistrationIncomplete) as refusal:
            session.records.save_registration(reg, reference=REFERENCE)
        assert pairs(refusal.value.problems) == pairs(domain)
        verdict = centre_check(reg)
        assert isinstance(verdict, Refusal) and verdict.reason is RejectReason.VALIDATION
        assert set(verdict.fields) == pairs(domain)
    # Whatever is wrong, the officer's work is kept as a draft.
    session.drafts.save(flow.draft_id, flow.data, stopped)
    assert session.drafts.load(flow.draft_id) == flow.data

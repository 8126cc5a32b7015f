"""Batched upload of sealed records and every per-item outcome."""

from __future__ import annotations

import dataclasses
import json
import os

import pytest

from sync.client import CentralRefused
from sync.protocol import Outcome, SealedItem
from tests.sync.conformance.conftest import EnrolledDevice, assert_problem
from tests.sync.records import fresh_kk, new_registration


def _reasons(result: object) -> set[str]:
    return {r["code"] for r in getattr(result, "reasons", [])}


def test_accepted_then_same_bytes_again_then_conflict(device: EnrolledDevice) -> None:
    reg = new_registration()
    item = device.seal(reg)
    (first,) = device.client.upload_batch([item])
    assert (first.outcome, first.complete, first.reasons) == (Outcome.ACCEPTED, True, [])
    (again,) = device.client.upload_batch([item])
    assert again.outcome == Outcome.ALREADY_HAVE and again.complete
    (resealed,) = device.client.upload_batch([device.seal(reg)])  # same record, other bytes
    assert resealed.outcome == Outcome.CONFLICT and not resealed.complete


def test_results_keep_the_order_of_a_mixed_batch(device: EnrolledDevice) -> None:
    good, held = new_registration(), new_registration()
    device.client.upload_batch([device.seal(held)])
    ineligible = new_registration(background__in_formal_education=True)
    items = [device.seal(good), device.seal(held), device.seal(ineligible), device.seal(held)]
    results = device.client.upload_batch(items)
    assert [r.record_id for r in results] == [i.record_id for i in items]
    assert [r.outcome for r in results] == [Outcome.ACCEPTED, Outcome.CONFLICT, Outcome.REJECTED, Outcome.CONFLICT]


def test_validation_rejection_names_fields_not_values(device: EnrolledDevice) -> None:
    reg = new_registration(identity__full_name="R0bot <script>", contact__phone="0812")
    (result,) = device.client.upload_batch([device.seal(reg)])
    assert result.outcome == Outcome.REJECTED and _reasons(result) == {"validation"}
    fields = {r["field"] for r in result.reasons}
    assert {"identity.full_name", "contact.phone"} <= fields
    text = json.dumps(result.reasons)
    assert reg.identity.nik not in text and "R0bot" not in text and "0812" not in text


def test_ineligible_applicant_is_rejected_as_such(device: EnrolledDevice) -> None:
    reg = new_registration(background__in_formal_education=True)
    (result,) = device.client.upload_batch([device.seal(reg)])
    assert result.outcome == Outcome.REJECTED and _reasons(result) == {"ineligible"}
    assert result.reasons[0]["field"] == "background.in_formal_education"


def test_nik_registered_nationally_from_another_device(device: EnrolledDevice, other_device: EnrolledDevice) -> None:
    first = new_registration()
    assert device.client.upload_batch([device.seal(first)])[0].outcome == Outcome.ACCEPTED
    twin = new_registration(identity__nik=first.identity.nik, identity__birth_date=first.identity.birth_date)
    (result,) = other_device.client.upload_batch([other_device.seal(twin)])
    assert result.outcome == Outcome.REJECTED and _reasons(result) == {"nik_registered"}
    assert first.identity.nik not in json.dumps(result.reasons)


def test_at_most_two_per_kk(device: EnrolledDevice, other_device: EnrolledDevice) -> None:
    kk = fresh_kk()
    one, two, three = (new_registration(kk=kk) for _ in range(3))
    results = device.client.upload_batch([device.seal(one), device.seal(two)])
    assert [r.outcome for r in results] == [Outcome.ACCEPTED, Outcome.ACCEPTED]
    (third,) = other_device.client.upload_batch([other_device.seal(three)])
    assert third.outcome == Outcome.REJECTED and _reasons(third) == {"kk_limit"}


def test_a_correction_is_a_new_version_naming_the_old(device: EnrolledDevice) -> None:
    reg = new_registration()
    device.client.upload_batch([device.seal(reg)])
    fixed = dataclasses.replace(reg, version=2, replaces_version=1,
                                address=dataclasses.replace(reg.address, street="Jl. Melati No. 9"))
    (result,) = device.client.upload_batch([device.seal(fixed)])
    assert result.outcome == Outcome.ACCEPTED
    status = device.client.record_status(str(reg.record_id))
    assert [v.version for v in status.versions] == [1, 2]


def test_another_device_cannot_correct_a_record_it_does_not_own(
    device: EnrolledDevice, other_device: EnrolledDevice
) -> None:
    reg = new_registration()
    assert device.client.upload_batch([device.seal(reg)])[0].outcome == Outcome.ACCEPTED
    # The same record id, a new version, the owner's NIK: sealed properly by the other device.
    hijack = dataclasses.replace(reg, version=2, replaces_version=1,
                                 contact=dataclasses.replace(reg.contact, phone="+6281299990000"))
    (result,) = other_device.client.upload_batch([other_device.seal(hijack)])
    assert result.outcome == Outcome.CONFLICT and not result.complete
    assert [v.version for v in device.client.record_status(str(reg.record_id)).versions] == [1]
    with pytest.raises(CentralRefused):
        other_device.client.record_status(str(reg.record_id))
    # The owner's own correction still goes in.
    assert device.client.upload_batch([device.seal(hijack)])[0].outcome == Outcome.ACCEPTED


def test_a_correction_of_an_unknown_version_is_rejected(device: EnrolledDevice) -> None:
    orphan = new_registration(version=3, replaces_version=2)
    (result,) = device.client.upload_batch([device.seal(orphan)])
    assert result.outcome == Outcome.REJECTED and _reasons(result) == {"replaces_unknown"}


def test_retargeted_and_truncated_seals_do_not_open(device: EnrolledDevice, other_device: EnrolledDevice) -> None:
    a, b = new_registration(), new_registration()
    sealed_a = device.seal(a)
    onto_b = SealedItem(str(b.record_id), 1, sealed_a.sealed)
    other_version = SealedItem(sealed_a.record_id, 2, sealed_a.sealed, 1)
    truncated = SealedItem(sealed_a.record_id, 1, sealed_a.sealed[:-1])
    flipped = SealedItem(sealed_a.record_id, 1, sealed_a.sealed[:40] + bytes([sealed_a.sealed[40] ^ 1])
                         + sealed_a.sealed[41:])
    tiny = SealedItem(sealed_a.record_id, 1, b"\x00" * 10)
    results = device.client.upload_batch([onto_b, other_version, truncated, flipped, tiny])
    assert all(r.outcome == Outcome.REJECTED and _reasons(r) == {"seal_invalid"} for r in results)
    # A seal made for one device, sent by another, does not open either.
    (stolen,) = other_device.client.upload_batch([device.seal(a)])
    assert stolen.outcome == Outcome.REJECTED and _reasons(stolen) == {"seal_invalid"}
    # The real one still goes in afterwards.
    assert device.client.upload_batch([sealed_a])[0].outcome == Outcome.ACCEPTED


def test_sealed_contents_must_match_the_envelope(device: EnrolledDevice) -> None:
    reg, other = new_registration(), new_registration()
    # Sealed correctly for `other`'s id, but the record inside says it is `reg`.
    from sync import sealing

    sealed = sealing.seal_record(device.enrolment.central_public_key, reg.to_dict(), str(other.record_id), 1,
                                 device.id)
    (result,) = device.client.upload_batch([SealedItem(str(other.record_id), 1, sealed)])
    assert result.outcome == Outcome.REJECTED and _reasons(result) == {"validation"}
    assert result.reasons[0]["field"] == "record_id"


def test_sealed_garbage_is_a_validation_rejection(device: EnrolledDevice) -> None:
    from sync import sealing

    reg = new_registration()
    for payload in ({"schema": 1}, {"identity": "x"}, [1, 2, 3]):
        sealed = sealing.seal_record(device.enrolment.central_public_key, payload,  # type: ignore[arg-type]
                                     str(reg.record_id), 1, device.id)
        (result,) = device.client.upload_batch([SealedItem(str(reg.record_id), 1, sealed)])
        assert result.outcome == Outcome.REJECTED and _reasons(result) == {"validation"}


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"{", 400, "malformed_json"),
        (b'"items"', 400, "invalid_request"),
        (b'{"items": []}', 400, "invalid_request"),
        (b'{"items": {}}', 400, "invalid_request"),
        (b'{"items": [{"record_id": "nope", "version": 1, "sealed": ""}]}', 400, "invalid_request"),
        (b'{"items": [{"record_id": "00000000-0000-4000-8000-000000000001", "version": 0, "sealed": ""}]}', 400,
         "invalid_request"),
        (b'{"items": [{"record_id": "00000000-0000-4000-8000-000000000001", "version": 2, "sealed": ""}]}', 400,
         "invalid_request"),
        (b'{"items": [{"record_id": "00000000-0000-4000-8000-000000000001", "version": 1, "sealed": "%%"}]}', 400,
         "invalid_request"),
        (b'{"items": [{"record_id": "00000000-0000-4000-8000-000000000001", "version": true, "sealed": ""}]}', 400,
         "invalid_request"),
    ],
)
def test_malformed_batches_are_problems(device: EnrolledDevice, body: bytes, status: int, code: str) -> None:
    assert_problem(device.raw("POST", "/v1/registrations", body), status, code)


def test_too_many_items_in_one_batch(device: EnrolledDevice) -> None:
    item = {"record_id": "00000000-0000-4000-8000-000000000001", "version": 1, "sealed": ""}
    body = json.dumps({"items": [item] * 501}).encode()
    assert_problem(device.raw("POST", "/v1/registrations", body), 400, "invalid_request")


def test_the_client_splits_what_one_batch_cannot_hold(device: EnrolledDevice) -> None:
    statuses: list[int] = []
    device.client.add_response_hook(lambda response: statuses.append(response.status_code))
    # 40 items of 200 KiB (about 11 MB as JSON, over the 8 MiB limit), then 501 small ones (over 500 items).
    big = [SealedItem(str(new_registration().record_id), 1, os.urandom(200 * 1024)) for _ in range(40)]
    many = [SealedItem(str(new_registration().record_id), 1, os.urandom(64)) for _ in range(501)]
    for items, requests_needed in ((big, 2), (many, 2)):
        statuses.clear()
        results = device.client.upload_batch(items)
        assert [r.record_id for r in results] == [i.record_id for i in items]
        assert all(r.outcome == Outcome.REJECTED and _reasons(r) == {"seal_invalid"} for r in results)
        assert statuses == [200] * requests_needed


def test_wrong_content_type(device: EnrolledDevice) -> None:
    assert_problem(device.raw("POST", "/v1/registrations", b"{}", content_type="text/html"), 415,
                   "unsupported_media_type")


def test_client_raises_refusal_for_a_malformed_batch(device: EnrolledDevice) -> None:
    with pytest.raises(CentralRefused) as refused:
        device.client.upload_batch([])
    assert refused.value.code == "invalid_request"

"""Documents uploaded idempotently by content hash; a record is complete only with all of them."""

from __future__ import annotations

import hashlib

from sync import sealing
from sync.protocol import Outcome
from tests.sync.conformance.conftest import EnrolledDevice, assert_problem, photo
from tests.sync.records import new_registration


def _upload(device: EnrolledDevice, data: bytes) -> tuple[str, bool]:
    digest, sealed = sealing.seal_attachment(device.enrolment.central_public_key, data, device.id)
    return digest, device.client.upload_attachment(digest, sealed)


def test_record_is_complete_only_with_all_its_documents(device: EnrolledDevice) -> None:
    ktp, selfie = photo(), photo()
    reg = new_registration(attachments=(ktp, selfie))
    item = device.seal(reg)
    (result,) = device.client.upload_batch([item])
    ktp_sha, selfie_sha = (hashlib.sha256(d).hexdigest() for d in (ktp, selfie))
    assert result.outcome == Outcome.ACCEPTED and not result.complete
    assert result.missing_attachments == [ktp_sha, selfie_sha]
    assert _upload(device, ktp) == (ktp_sha, True)
    status = device.client.record_status(str(reg.record_id))
    assert status.versions[0].missing_attachments == [selfie_sha] and not status.versions[0].complete
    assert _upload(device, selfie) == (selfie_sha, True)
    assert device.client.record_status(str(reg.record_id)).versions[0].complete
    (again,) = device.client.upload_batch([item])
    assert again.outcome == Outcome.ALREADY_HAVE and again.complete and again.missing_attachments == []


def test_documents_before_the_record_also_count(device: EnrolledDevice) -> None:
    ktp = photo()
    _upload(device, ktp)
    reg = new_registration(attachments=(ktp,))
    (result,) = device.client.upload_batch([device.seal(reg)])
    assert result.complete and result.missing_attachments == []


def test_the_same_document_twice_is_success(device: EnrolledDevice) -> None:
    data = photo()
    assert _upload(device, data)[1] is True
    assert _upload(device, data)[1] is False


def test_documents_belong_to_the_device_that_sent_them(device: EnrolledDevice, other_device: EnrolledDevice) -> None:
    ktp = photo()
    reg = new_registration(attachments=(ktp,))
    device.client.upload_batch([device.seal(reg)])
    # Another device's copy is its own: it neither learns what this device sent nor completes its record.
    assert _upload(other_device, ktp)[1] is True
    assert not device.client.record_status(str(reg.record_id)).versions[0].complete
    assert _upload(device, ktp)[1] is True
    assert device.client.record_status(str(reg.record_id)).versions[0].complete


def test_the_seal_is_checked_before_saying_the_centre_has_a_document(
    device: EnrolledDevice, other_device: EnrolledDevice
) -> None:
    digest, _ = _upload(device, photo())
    for sender in (device, other_device):  # garbage for a hash the centre holds is refused, never "already have"
        response = sender.raw("PUT", f"/v1/attachments/{digest}", b"\x00" * 64,
                              content_type="application/octet-stream")
        assert_problem(response, 422, "seal_invalid")


def test_a_document_that_does_not_match_its_hash_is_refused(device: EnrolledDevice) -> None:
    digest, sealed = sealing.seal_attachment(device.enrolment.central_public_key, photo(), device.id)
    wrong = hashlib.sha256(b"something else").hexdigest()
    response = device.raw("PUT", f"/v1/attachments/{wrong}", sealed, content_type="application/octet-stream")
    assert_problem(response, 422, "seal_invalid")
    cut = device.raw("PUT", f"/v1/attachments/{digest}", sealed[:-3], content_type="application/octet-stream")
    assert_problem(cut, 422, "seal_invalid")


def test_a_document_sealed_for_another_device_is_refused(device: EnrolledDevice, other_device: EnrolledDevice) -> None:
    digest, sealed = sealing.seal_attachment(device.enrolment.central_public_key, photo(), device.id)
    response = other_device.raw("PUT", f"/v1/attachments/{digest}", sealed, content_type="application/octet-stream")
    assert_problem(response, 422, "seal_invalid")


def test_bad_hash_in_path_and_wrong_content_type(device: EnrolledDevice) -> None:
    assert_problem(device.raw("PUT", "/v1/attachments/" + "A" * 64, b"x", content_type="application/octet-stream"),
                   400, "invalid_request")
    assert_problem(device.raw("PUT", "/v1/attachments/" + "a" * 64, b"x"), 415, "unsupported_media_type")

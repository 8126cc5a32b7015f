"""A record holds only its latest version's NIK, and its versions are capped: no NIK squatting through corrections.

Before, a NIK claim was never released when a record was corrected to another NIK: one record id could claim 30
NIKs through 30 "corrections", and no other office could register any of them."""

from __future__ import annotations

import dataclasses

from desktop.domain.registration import Registration
from sync.protocol import Outcome
from sync.server.intake import MAX_VERSIONS
from tests.sync.conformance.conftest import EnrolledDevice
from tests.sync.records import new_registration


def corrected_to_a_new_person(reg: Registration, version: int) -> Registration:
    """The same record id as a new version whose identity (NIK, KK, name, birth date) is someone else's."""
    someone = new_registration()
    return dataclasses.replace(someone, record_id=reg.record_id, version=version, replaces_version=version - 1)


def test_a_nik_corrected_away_is_free_for_another_office(device: EnrolledDevice, other_device: EnrolledDevice) -> None:
    first = new_registration()
    assert device.client.upload_batch([device.seal(first)])[0].outcome == Outcome.ACCEPTED
    fixed = corrected_to_a_new_person(first, 2)
    assert device.client.upload_batch([device.seal(fixed)])[0].outcome == Outcome.ACCEPTED
    # The person of version 1 registers elsewhere: the centre no longer holds their NIK for this record.
    elsewhere = new_registration(identity__nik=first.identity.nik, identity__birth_date=first.identity.birth_date,
                                 identity__sex=first.identity.sex)
    assert other_device.client.upload_batch([other_device.seal(elsewhere)])[0].outcome == Outcome.ACCEPTED
    # And the NIK the record holds now is still its own.
    taken = new_registration(identity__nik=fixed.identity.nik, identity__birth_date=fixed.identity.birth_date,
                             identity__sex=fixed.identity.sex)
    (result,) = other_device.client.upload_batch([other_device.seal(taken)])
    assert result.outcome == Outcome.REJECTED and result.reasons[0]["code"] == "nik_registered"


def test_corrections_in_one_batch_leave_one_claim_and_stop_at_the_cap(device: EnrolledDevice,
                                                                       other_device: EnrolledDevice) -> None:
    first = new_registration()
    versions = [first]
    for version in range(2, MAX_VERSIONS + 2):
        versions.append(corrected_to_a_new_person(versions[-1], version))
    results = device.client.upload_batch([device.seal(v) for v in versions])
    assert [r.outcome for r in results] == [Outcome.ACCEPTED] * MAX_VERSIONS + [Outcome.REJECTED]
    assert results[-1].reasons == [{"code": "validation", "field": "version"}]
    # Every NIK but the last accepted one is free again.
    for held in versions[:MAX_VERSIONS - 1]:
        again = new_registration(identity__nik=held.identity.nik, identity__birth_date=held.identity.birth_date,
                                 identity__sex=held.identity.sex)
        assert other_device.client.upload_batch([other_device.seal(again)])[0].outcome == Outcome.ACCEPTED

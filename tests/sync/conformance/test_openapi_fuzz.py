"""Property-based run driven by the OpenAPI document against the live server (schemathesis).

Every operation gets generated requests, signed by an enrolled device (so they
reach the handlers rather than stopping at the signature check); a 5xx or a
response that breaks the document fails the test.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from sync import sealing
from sync.bundle import write_bundle
from sync.client import SigningAuth
from tests.sync.conformance.conftest import DOCUMENT, CentralUnderTest, EnrolledDevice, enrol_device, photo
from tests.sync.records import new_registration

OCTETS = "application/octet-stream"
schema = schemathesis.openapi.from_path(DOCUMENT)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]


@pytest.fixture(scope="module")
def signed_session(central: CentralUnderTest) -> requests.Session:
    device = enrol_device(central)
    device.client.close()
    session = requests.Session()
    session.auth = SigningAuth(device.key, device.id, device.seq)
    return session


@schema.parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_follows_its_document(case: schemathesis.Case, central: CentralUnderTest,
                                  signed_session: requests.Session) -> None:
    case.call_and_validate(base_url=central.url, session=signed_session, checks=CHECKS, timeout=30)


def _seeded_cases(central: CentralUnderTest, device: EnrolledDevice) -> Iterator[tuple[schemathesis.Case, int]]:
    """Valid requests for every operation, so the document's success responses are checked too."""
    centre_key = device.enrolment.central_public_key
    ktp = photo()
    reg = new_registration(attachments=(ktp,))
    items = {"items": [device.seal(reg).to_json()]}
    yield schema["/v1/registrations"]["POST"].Case(body=items, media_type="application/json"), 200
    yield schema["/v1/registrations"]["POST"].Case(body=items, media_type="application/json"), 200  # already_have
    digest, sealed = sealing.seal_attachment(centre_key, ktp, device.id)
    attachment = schema["/v1/attachments/{sha256}"]["PUT"]
    yield attachment.Case(path_parameters={"sha256": digest}, body=sealed, media_type=OCTETS), 201
    yield attachment.Case(path_parameters={"sha256": digest}, body=sealed, media_type=OCTETS), 200
    yield schema["/v1/registrations/{record_id}"]["GET"].Case(path_parameters={"record_id": str(reg.record_id)}), 200
    bundle = write_bundle(device.key, device.id, [device.seal(new_registration())])
    yield schema["/v1/bundles"]["POST"].Case(body=bundle, media_type=OCTETS), 200
    head = hashlib.sha256(device.id.encode()).hexdigest()
    checkpoint = schema["/v1/checkpoints"]["POST"]
    yield checkpoint.Case(body={"position": 1, "head": head}, media_type="application/json"), 201
    yield checkpoint.Case(body={"position": 1, "head": head}, media_type="application/json"), 200
    if central.decide is not None:
        central.decide(str(reg.record_id), "verify", "")
    yield schema["/v1/decisions"]["GET"].Case(query={"limit": 1}), 200
    yield schema["/v1/reference"]["GET"].Case(), 200
    for kind in ("regions", "rules", "consent", "limits"):
        yield schema["/v1/reference/{kind}"]["GET"].Case(path_parameters={"kind": kind}), 200
    yield schema["/v1/health"]["GET"].Case(), 200


def test_success_responses_follow_the_document(central: CentralUnderTest, device: EnrolledDevice) -> None:
    session = requests.Session()
    session.auth = SigningAuth(device.key, device.id, device.seq)
    statuses: list[tuple[str, int, int]] = []
    last: dict[str, requests.Response] = {}
    for case, expected in _seeded_cases(central, device):
        response = case.call_and_validate(base_url=central.url, session=session, checks=CHECKS, timeout=30)
        statuses.append((case.operation.label, response.status_code, expected))
        last[case.operation.label] = response
    assert all(status == expected for _, status, expected in statuses), statuses
    if central.decide is not None:  # a page that held a decision was checked against the document
        assert last["GET /v1/decisions"].json()["decisions"]

"""Property-based run driven by the OpenAPI document against the live server (schemathesis).

Every operation gets generated requests, signed by an enrolled device (so they
reach the handlers rather than stopping at the signature check); a 5xx or a
response that breaks the document fails the test.
"""

from __future__ import annotations

from pathlib import Path

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

from sync.client import SigningAuth
from tests.sync.conformance.conftest import CentralUnderTest, enrol_device

DOCUMENT = Path(__file__).resolve().parents[3] / "resources" / "openapi" / "central-v1.yaml"
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

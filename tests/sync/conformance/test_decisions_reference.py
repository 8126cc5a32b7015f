"""Decisions pulled with a server-issued cursor; versioned reference data fetched when changed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sync.client import CentralRefused
from tests.sync.conformance.conftest import EnrolledDevice, assert_problem
from tests.sync.records import new_registration


def test_no_decisions_at_first(device: EnrolledDevice) -> None:
    page = device.client.pull_decisions()
    assert (page.decisions, page.more) == ([], False)
    assert device.client.pull_decisions(page.next_cursor).decisions == []


def test_decisions_flow_back_in_order_with_cursors(
    device: EnrolledDevice, other_device: EnrolledDevice, needs_operator: Callable[[str, str, str], None]
) -> None:
    regs = [new_registration() for _ in range(3)]
    device.client.upload_batch([device.seal(r) for r in regs])
    needs_operator(str(regs[0].record_id), "verify", "")
    needs_operator(str(regs[1].record_id), "reject", "dokumen tidak terbaca")
    needs_operator(str(regs[2].record_id), "needs-correction", "alamat")
    first = device.client.pull_decisions(limit=2)
    assert first.more and len(first.decisions) == 2
    rest = device.client.pull_decisions(first.next_cursor, limit=2)
    assert not rest.more and len(rest.decisions) == 1
    decisions = first.decisions + rest.decisions
    assert [d.record_id for d in decisions] == [str(r.record_id) for r in regs]
    assert [d.decision for d in decisions] == ["verified", "rejected", "needs_correction"]
    assert decisions[1].reason == "dokumen tidak terbaca"
    cursors = [int(d.cursor) for d in decisions]
    assert cursors == sorted(cursors) and len(set(cursors)) == 3
    assert device.client.pull_decisions(rest.next_cursor).decisions == []
    assert other_device.client.pull_decisions().decisions == []  # only the device's own records


@pytest.mark.parametrize("query", ["after=abc", "after=-1", "after=1234567890123456789012", "limit=0", "limit=x"])
def test_bad_cursor_or_limit(device: EnrolledDevice, query: str) -> None:
    response = device.raw("GET", f"/v1/decisions?{query}")
    expected = "cursor_invalid" if query.startswith("after") else "invalid_request"
    assert_problem(response, 400, expected)


def test_the_largest_cursor_is_an_empty_page(device: EnrolledDevice) -> None:
    response = device.raw("GET", "/v1/decisions?after=" + "9" * 18)  # the document allows 18 digits
    assert response.status_code == 200, response.text
    assert response.json()["decisions"] == [] and response.json()["more"] is False


def test_reference_versions_and_fetch_when_changed(device: EnrolledDevice) -> None:
    versions = device.client.reference_versions()
    assert set(versions) == {"regions", "rules", "consent", "limits"}
    assert versions == device.enrolment.reference_versions
    for kind in versions:
        data = device.client.get_reference(kind)
        assert data is not None and data.kind == kind and data.version == versions[kind]
        assert device.client.get_reference(kind, data.etag) is None  # 304: not changed
        assert device.client.get_reference(kind, "stale-etag") is not None


def test_unknown_reference_kind(device: EnrolledDevice) -> None:
    with pytest.raises(CentralRefused) as refused:
        device.client.get_reference("lottery")
    assert refused.value.status == 404 and refused.value.code == "not_found"


def test_unknown_record_status_is_not_found(device: EnrolledDevice, other_device: EnrolledDevice) -> None:
    reg = new_registration()
    device.client.upload_batch([device.seal(reg)])
    with pytest.raises(CentralRefused):
        other_device.client.record_status(str(reg.record_id))
    assert_problem(device.raw("GET", "/v1/registrations/not-a-uuid"), 404, "not_found")

"""Drafts come back from disk and pages write what people type: no value may crash the flow."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.operations.wizard_flow import STEPS, WizardFlow
from tests.operations.test_wizard_flow import GOOD, TODAY
from tests.support import REFERENCE

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(GOOD)), json_values, max_size=6))
@example({"documents.ktp": {"x": 1}})
@example({"documents.ktp": {"sha256": "ab" * 32, "size": True, "media_type": "image/jpeg"}})
@example({"documents.ktp": ["not", "a", "ref"]})
@example({"background.dependants": 3, "address.rt": 7, "contact.phone": None})
@example({"consent.given_at": "not a time", "_record_id": "not a uuid"})
def test_any_values_give_problems_or_a_registration_never_a_crash(changes: dict) -> None:
    data = dict(GOOD)
    data.update(changes)
    flow = WizardFlow(REFERENCE, officer="p", data=data, today=TODAY)
    for step in range(len(STEPS)):
        for problem in flow.problems(step):
            assert problem.field and problem.message.text("id") and problem.message.text("en")
    if not flow.reading().blocking:
        reg = flow.build()
        assert reg.identity.nik.isdigit() and len(reg.identity.nik) == 16

"""Any damage to keyslots.json ends in KeySlotsUnreadable or LoginFailed, never a crash or a session."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store.device import Device, OfficeInfo
from desktop.store.errors import KeySlotsUnreadable, LoginFailed
from tests.support import CHEAP_KDF

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=60),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("fuzz") / "data"
    Device.set_up(data_dir, OfficeInfo("Disnaker", "3201", "32.01"), "sari", "Sari", "sari password",
                  kdf=CHEAP_KDF)[0].close()
    return data_dir


def paths(document: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every location in the JSON document that can be replaced."""
    found = [prefix] if prefix else []
    if isinstance(document, dict):
        for key, value in document.items():
            found += paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += paths(value, (*prefix, index))
    return found


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_replacing_any_value_is_refused_cleanly(pristine: Path, tmp_path: Path, data: st.DataObject) -> None:
    data_dir = Path(tempfile.mkdtemp(dir=tmp_path)) / "data"
    shutil.copytree(pristine, data_dir)
    document = json.loads((data_dir / "keyslots.json").read_text())
    where = data.draw(st.sampled_from(paths(document)))
    value = data.draw(json_values)
    parent = document
    for step in where[:-1]:
        parent = parent[step]
    if parent[where[-1]] == value:
        return
    parent[where[-1]] = value
    (data_dir / "keyslots.json").write_text(json.dumps(document))
    try:
        session = Device.open(data_dir).login("sari", "sari password")
    except (KeySlotsUnreadable, LoginFailed):
        return
    # Only fields that are not security-relevant may change and still log in: the office shown before
    # log-in, a lockout field that a later log-in checks, or a slot other than sari's.
    session.close()
    assert where[0] in ("office", "lockout") or (where[0] == "slots" and where[1] != 0)

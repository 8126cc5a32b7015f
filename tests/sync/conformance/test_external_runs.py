"""The suite run as against another implementation: decisions through a command, codes counted, not skipped."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sync.conformance.conftest import CentralUnderTest

ROOT = Path(__file__).resolve().parents[3]
DECISIONS = "tests/sync/conformance/test_decisions_reference.py::test_decisions_flow_back_in_order_with_cursors"
TWO_DEVICES = "tests/sync/conformance/test_registrations.py::test_nik_registered_nationally_from_another_device"


def _run_suite(central: CentralUnderTest, codes: int, test: str, decide: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LURING_CENTRAL_URL": central.url, "PYTHONPATH": str(ROOT),
           "LURING_CENTRAL_ENROL_CODES": ",".join(central.issue_code() for _ in range(codes)),
           "LURING_CENTRAL_DECIDE_CMD": decide}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture
def reference(central: CentralUnderTest) -> CentralUnderTest:
    if central.data_dir is None:
        pytest.skip("runs the suite against the reference server it started itself")
    return central


@pytest.mark.slow
def test_decisions_flow_through_the_decide_command(reference: CentralUnderTest) -> None:
    assert reference.data_dir is not None
    decide = (f"{shlex.quote(sys.executable)} -m sync.server.cli decide --data-dir "
              f"{shlex.quote(str(reference.data_dir))} --record {{record_id}} {{decision_args}}")
    if os.environ.get("LURING_TEST_PG_URL"):
        decide += f" --db {shlex.quote(os.environ['LURING_TEST_PG_URL'])}"
    done = _run_suite(reference, 2, DECISIONS, decide)
    assert done.returncode == 0 and "1 passed" in done.stdout, done.stdout[-2000:]


@pytest.mark.slow
def test_running_out_of_codes_fails_and_says_how_many(reference: CentralUnderTest) -> None:
    done = _run_suite(reference, 1, TWO_DEVICES)
    assert done.returncode == 1 and "skipped" not in done.stdout, done.stdout[-2000:]
    assert "need 2 enrolment codes and 1 were given" in done.stdout

"""`luring --self-test`: passes on this checkout, and names the check when a bundled resource is broken."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.paths import resources_dir
from desktop.self_test import CHECKS, RESOURCES_ENV, run_self_test

ROOT = Path(__file__).resolve().parents[2]
NAMES = [name for name, _ in CHECKS]


def _lines(output: str) -> dict[str, str]:
    """{check name: its whole line} for the per-check lines."""
    found = {}
    for line in output.splitlines():
        if line.startswith(("ok   ", "FAIL ")):
            name = line[5:].split(":", 1)[0]
            found[name] = line
    return found


@pytest.mark.slow
def test_self_test_passes_from_source_through_the_command() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(RESOURCES_ENV, None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    lines = _lines(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert list(lines) == NAMES
    assert all(line.startswith("ok   ") for line in lines.values())
    assert "83,762 villages" in lines["regions"]


@pytest.fixture
def resources_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    monkeypatch.setenv(RESOURCES_ENV, str(copy))
    return copy


def _first(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    assert found, f"this checkout has no {pattern} to break"
    return found[0]


def _truncate(pattern: str) -> Callable[[Path], None]:
    def breaker(root: Path) -> None:
        path = _first(root, pattern)
        path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])

    return breaker


def _remove_all(pattern: str) -> Callable[[Path], None]:
    def breaker(root: Path) -> None:
        for path in root.glob(pattern):
            path.unlink()

    return breaker


def _extra_rules_key(root: Path) -> None:
    path = _first(root, "rules/eligibility-*.json")
    text = path.read_text(encoding="utf-8").rstrip()
    assert text.endswith("}")
    path.write_text(text[:-1] + ', "surprise": true}', encoding="utf-8")


def _not_openapi(root: Path) -> None:
    _first(root, "openapi/*.yaml").write_text("just: a mapping\n", encoding="utf-8")


def _garbage_icon(root: Path) -> None:
    (root / "icons" / "luring.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)


def _broken_ts(root: Path) -> None:
    path = _first(root, "translations/*_id.ts")
    path.write_text(path.read_text(encoding="utf-8").replace("</TS>", ""), encoding="utf-8")


BREAKAGES = {
    "truncated rules": (_truncate("rules/eligibility-*.json"), "rules"),
    "rules with an unknown key": (_extra_rules_key, "rules"),
    "no consent text": (_remove_all("consent/consent-*.json"), "consent"),
    "truncated consent text": (_truncate("consent/consent-*.json"), "consent"),
    "no offline limits": (_remove_all("policy/offline-limits-*.json"), "offline limits"),
    "truncated offline limits": (_truncate("policy/offline-limits-*.json"), "offline limits"),
    "no retention policy": (_remove_all("policy/retention-*.json"), "retention policy"),
    "truncated retention policy": (_truncate("policy/retention-*.json"), "retention policy"),
    "truncated OpenAPI document": (_truncate("openapi/*.yaml"), "openapi"),
    "YAML that is not OpenAPI": (_not_openapi, "openapi"),
    "garbage app icon": (_garbage_icon, "icons"),
    "no Windows icon": (_remove_all("icons/luring.ico"), "icons"),
    "broken Indonesian .ts": (_broken_ts, "translations"),
    "no English translation": (_remove_all("translations/*_en.ts"), "translations"),
    "no translations at all": (_remove_all("translations/*"), "translations"),
}


@pytest.mark.parametrize("breakage", list(BREAKAGES))
def test_a_broken_resource_fails_exactly_its_check(breakage: str, resources_copy: Path, qapp: object) -> None:
    breaker, check = BREAKAGES[breakage]
    breaker(resources_copy)
    out = io.StringIO()
    assert run_self_test(out) == 1
    lines = _lines(out.getvalue())
    assert list(lines) == NAMES
    failed = {name for name, line in lines.items() if line.startswith("FAIL ")}
    assert failed == {check}, out.getvalue()
    assert out.getvalue().rstrip().endswith(f"{len(NAMES) - 1} passed, 1 failed")


def test_the_untouched_copy_passes(resources_copy: Path, qapp: object) -> None:
    # The control for the cases above: copying alone breaks nothing.
    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()


@pytest.mark.slow
def test_the_command_exits_non_zero_and_names_the_check(resources_copy: Path) -> None:
    _truncate("rules/eligibility-*.json")(resources_copy)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode != 0
    assert "FAIL rules: " in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_a_file_of_no_known_kind_fails_the_resource_kinds_check(resources_copy: Path, qapp: object) -> None:
    (resources_copy / "reports").mkdir()
    (resources_copy / "reports" / "monthly.json").write_text("{}", encoding="utf-8")
    out = io.StringIO()
    assert run_self_test(out) == 1
    failed = [line for line in out.getvalue().splitlines() if line.startswith("FAIL ")]
    assert failed == [
        "FAIL resource kinds: resources/reports/monthly.json is of no known kind: add it to RESOURCE_KINDS"
    ]

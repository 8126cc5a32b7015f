"""`scripts/run.sh` sets up only when something the set-up depends on changed; otherwise it starts at once."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="bash scripts")

# Stands in for the real set-up (minutes of apt and pip): it says it ran, installs a `luring` that says it
# started, and records the fingerprint as the real bootstrap does.
FAKE_BOOTSTRAP = """#!/usr/bin/env bash
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
echo SET-UP
mkdir -p "$root/.venv/bin"
printf '#!/usr/bin/env bash\\necho "started $*"\\n' > "$root/.venv/bin/luring"
chmod +x "$root/.venv/bin/luring"
echo "none $("$root/scripts/setup_fingerprint.sh")" >> "$root/.venv/luring-setup"
"""


def _checkout(tmp_path: Path) -> Path:
    tree = tmp_path / "checkout"
    (tree / "scripts").mkdir(parents=True)
    for script in ("run.sh", "setup_fingerprint.sh"):
        shutil.copy2(ROOT / "scripts" / script, tree / "scripts" / script)
    (tree / "scripts" / "bootstrap.sh").write_text(FAKE_BOOTSTRAP, encoding="utf-8")
    (tree / "scripts" / "bootstrap.sh").chmod(0o755)
    shutil.copy2(ROOT / "pyproject.toml", tree / "pyproject.toml")
    shutil.copytree(ROOT / "resources" / "translations", tree / "resources" / "translations")
    return tree


def _run(tree: Path) -> str:
    done = subprocess.run(["bash", str(tree / "scripts" / "run.sh"), "--data-dir", "x"],
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stderr == ""
    return done.stdout


def test_the_second_start_skips_the_set_up_and_prints_nothing_of_its_own(tmp_path: Path) -> None:
    tree = _checkout(tmp_path)
    assert _run(tree) == "SET-UP\nstarted --data-dir x\n"
    assert _run(tree) == "started --data-dir x\n"


@pytest.mark.parametrize("changed", ["pyproject.toml", "resources/translations/shell_id.ts"])
def test_a_changed_requirement_or_translation_sets_up_again(tmp_path: Path, changed: str) -> None:
    tree = _checkout(tmp_path)
    _run(tree)
    with (tree / changed).open("a", encoding="utf-8") as file:
        file.write("\n")
    assert _run(tree).startswith("SET-UP\n")
    assert _run(tree) == "started --data-dir x\n"


def test_a_half_made_environment_is_set_up_again(tmp_path: Path) -> None:
    tree = _checkout(tmp_path)
    _run(tree)
    (tree / ".venv" / "bin" / "luring").unlink()
    assert _run(tree).startswith("SET-UP\n")


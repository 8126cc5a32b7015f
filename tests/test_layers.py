"""What the layer contracts (pyproject.toml, run by lint-imports) cannot see, checked here.

import-linter sees PySide6 as one package, so that the operations' runner
uses QtCore alone is read from its source; and which modules the log-in
window really loads is measured in a fresh interpreter.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_operations_runner_uses_qtcore_alone() -> None:
    tree = ast.parse((ROOT / "desktop" / "operations" / "runner.py").read_text(encoding="utf-8"))
    qt = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
          and node.module.startswith(("PySide6", "shiboken6"))}
    qt |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
           if alias.name.startswith(("PySide6", "shiboken6"))}
    assert qt == {"PySide6.QtCore"}


def test_the_log_in_window_loads_no_database_engine_and_no_reference_data() -> None:
    """Start-up: the shell and the log-in window import neither SQLAlchemy nor SQLCipher nor the region list;
    those load after the first paint (the reference data) or at log-in (the engine)."""
    code = ("import sys; import desktop.ui.app, desktop.ui.login; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlcipher3', 'lokal', "
            "'reportlab', 'PIL', 'phonenumbers'}))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]", result.stdout

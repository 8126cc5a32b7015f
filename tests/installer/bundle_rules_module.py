"""installer/bundle_rules.py is a script beside the spec, not a package module: tests load it from its file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_bundle_rules() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_rules", ROOT / "installer" / "bundle_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bundle_rules", module)
    spec.loader.exec_module(module)
    return module

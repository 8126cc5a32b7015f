"""Where the application keeps its data and finds its bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Luring"
APP_AUTHOR = "Disnaker"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable by its owner only."""
    old = os.umask(0o077)
    try:
        path.mkdir(parents=True, exist_ok=True)
    finally:
        os.umask(old)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def resources_dir() -> Path:
    """`resources/` beside the packages from source, or inside the frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)

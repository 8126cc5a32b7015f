"""Suite-wide settings: Qt offscreen, and GUI tests marked by folder."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)

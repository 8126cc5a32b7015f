"""Suite-wide settings and fixtures: Qt offscreen, GUI tests marked by folder, the bundled reference data."""

from __future__ import annotations

import os

import pytest

from desktop.domain.eligibility import Rules
from desktop.domain.reference import ReferenceData
from desktop.domain.regions import Regions
from tests.support import REFERENCE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def reference() -> ReferenceData:
    return REFERENCE


@pytest.fixture(scope="session")
def regions() -> Regions:
    return REFERENCE.regions


@pytest.fixture(scope="session")
def rules() -> Rules:
    return REFERENCE.rules


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    """Every Qt test's QApplication takes the application's own Qt arguments (the Fusion style), as `luring`."""
    from desktop.ui import theme  # Qt loads for the tests that ask for `qapp`, not for the server's

    return ["luring", *theme.QT_ARGUMENTS]

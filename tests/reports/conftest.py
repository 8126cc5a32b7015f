"""One known device for the whole folder (building it costs a set-up and ten records); tests only read it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.reports.known_store import KnownStore, build


@pytest.fixture(scope="module")
def known(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnownStore]:
    store = build(tmp_path_factory.mktemp("known"))
    yield store
    store.session.close()

"""Shared set-up for the registration tests: a real encrypted device and a UiContext over it.

(Named test_* so it lives among the files of this area; it holds fixtures, no tests.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.operations.runner import OperationRunner
from desktop.store.device import Device, OfficeInfo, Session
from desktop.store.kdf import KdfParams
from desktop.ui.context import UiContext
from desktop.ui.preferences import Preferences

FAST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
OFFICE = OfficeInfo(office_name="Disnaker Kabupaten Bogor", disnaker_code="3201", region_code="32.01")
PASSWORD = "kuda-laut-berenang-7"


def make_session(data_dir: Path) -> Session:
    session, _recovery = Device.set_up(data_dir, OFFICE, "petugas", "Petugas Satu", PASSWORD, kdf=FAST_KDF)
    return session


@pytest.fixture
def ui_context(qtbot: object, tmp_path: Path) -> Iterator[UiContext]:
    session = make_session(tmp_path / "data")
    runner = OperationRunner()
    context = UiContext(session=session, runner=runner, preferences=Preferences(language="en"), language="en",
                        office=OFFICE, data_dir=tmp_path / "data")
    yield context
    runner.shutdown()
    session.close()


def with_stored_ktp(context: UiContext, data: dict[str, object]) -> dict[str, object]:
    """`data` with its KTP reference replaced by a photo the device really holds (the store checks)."""
    import io

    from PIL import Image

    from desktop.domain.registration import AttachmentKind

    photo = io.BytesIO()
    Image.new("RGB", (64, 40), (90, 140, 200)).save(photo, "JPEG")
    ref = context.session.add_attachment(AttachmentKind.KTP, photo.getvalue())
    return {**data, "documents.ktp": {"sha256": ref.sha256, "size": ref.size, "media_type": ref.media_type}}

"""A chosen photo is read and stored on the store thread; a file that cannot be read reaches `failed`."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from desktop.domain.registration import AttachmentKind
from desktop.operations import registration_ops
from desktop.ui.context import UiContext


def test_a_photo_file_is_read_and_stored_off_the_gui_thread(qtbot, ui_context: UiContext,
                                                            tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.new("RGB", (80, 60), (200, 10, 10)).save(out, "JPEG")
    photo = tmp_path / "ktp.jpg"
    photo.write_bytes(out.getvalue())
    got: list[object] = []
    registration_ops.add_attachment_file(ui_context.runner, ui_context.session, AttachmentKind.KTP, photo) \
        .success(got.append).failure(got.append).run()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    ref, payload = got[0]
    assert payload == out.getvalue()
    assert ref.kind is AttachmentKind.KTP
    assert Image.open(io.BytesIO(ui_context.session.attachments.read(ref.sha256))).size == (80, 60)


def test_a_file_gone_before_it_is_read_reaches_failed(qtbot, ui_context: UiContext,
                                                      tmp_path: Path) -> None:
    done: list[object] = []
    failed: list[BaseException] = []
    registration_ops.add_attachment_file(ui_context.runner, ui_context.session, AttachmentKind.KTP,
                                         tmp_path / "gone.jpg").success(done.append).failure(failed.append).run()
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    assert isinstance(failed[0], OSError) and not done


def test_the_image_chooser_proposes_the_newest_image_of_the_folder(tmp_path: Path) -> None:
    import os

    from desktop.ui.wizard.documents_page import newest_image

    assert newest_image(tmp_path / "missing") is None
    assert newest_image(tmp_path) is None
    for n, name in enumerate(("kemarin.jpg", "catatan.txt", "ktp-baru.PNG", "lama.webp")):
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, (1_700_000_000 + n, 1_700_000_000 + (10 if name == "ktp-baru.PNG" else n)))
    (tmp_path / "folder.jpg").mkdir()  # a folder named like an image is not one
    assert newest_image(tmp_path) == tmp_path / "ktp-baru.PNG"

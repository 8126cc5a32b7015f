"""Attachments: hostile files refused, metadata stripped, stored only inside the encrypted database."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Engine

from desktop.domain.messages import DomainError
from desktop.domain.registration import AttachmentKind
from desktop.store.attachments import MAX_SIDE, AttachmentRejected, AttachmentStore
from desktop.store.errors import InvalidAttachment, NotFound
from tests.store.record_helpers import new_engine


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_engine(tmp_path / "luring.db")


@pytest.fixture
def store(engine: Engine) -> AttachmentStore:
    return AttachmentStore(engine, "petugas1")


def photo(size: tuple[int, int] = (200, 100), fmt: str = "JPEG", *, orientation: int | None = None,
          gps: bool = False, mode: str = "RGB") -> bytes:
    image = Image.new(mode, size, (200, 10, 10) if mode == "RGB" else (200, 10, 10, 128))
    image.paste((0, 0, 255) if mode == "RGB" else (0, 0, 255, 255), (0, 0, 20, 20))  # marks the top-left corner
    exif = Image.Exif()
    exif[0x010F] = "KameraUji"  # Make
    if orientation is not None:
        exif[0x0112] = orientation
    if gps:
        exif.get_ifd(0x8825).update({1: "S", 2: (6.0, 35.0, 12.5), 3: "E", 4: (106.0, 48.0, 1.0)})
    out = io.BytesIO()
    image.save(out, fmt, exif=exif)
    return out.getvalue()


def png_bomb(side: int = 50_000) -> bytes:
    """A valid ~300 KB PNG that would decode to side*side pixels (1-bit grey, all zeros)."""
    row = b"\x00" * (1 + side // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row * 1000) for _ in range(side // 1000)) + packer.flush()

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def reason(store: AttachmentStore, data: bytes) -> str:
    with pytest.raises(InvalidAttachment) as caught:
        store.add(AttachmentKind.KTP, data)
    assert isinstance(caught.value, DomainError)
    assert caught.value.message.text("id") and caught.value.message.text("en")
    assert isinstance(caught.value, AttachmentRejected)
    return caught.value.reason


def test_gps_and_all_exif_are_stripped(store: AttachmentStore) -> None:
    original = photo(gps=True)
    before = Image.open(io.BytesIO(original)).getexif()
    assert before.get_ifd(0x8825)[2] == (6.0, 35.0, 12.5) and before[0x010F] == "KameraUji"
    ref = store.add(AttachmentKind.KTP, original)
    stored = store.read(ref.sha256)
    after = Image.open(io.BytesIO(stored))
    assert after.format == "JPEG" and after.size == (200, 100)
    assert len(after.getexif()) == 0 and after.getexif().get_ifd(0x8825) == {}
    assert "exif" not in after.info and "icc_profile" not in after.info
    assert b"KameraUji" not in stored and b"Exif" not in stored
    assert (ref.kind, ref.size, ref.media_type) == (AttachmentKind.KTP, len(stored), "image/jpeg")
    assert ref.sha256 == hashlib.sha256(stored).hexdigest()


def test_exif_orientation_is_applied_before_stripping(store: AttachmentStore) -> None:
    ref = store.add(AttachmentKind.SELFIE, photo((200, 100), orientation=6))
    upright = Image.open(io.BytesIO(store.read(ref.sha256)))
    assert upright.size == (100, 200)  # rotated 90° as the camera asked
    assert upright.getpixel((90, 10))[2] > 200  # type: ignore[index]  # blue top-left is now top-right
    assert upright.getpixel((10, 10))[2] < 100  # type: ignore[index]


def test_large_photos_are_downscaled(store: AttachmentStore) -> None:
    ref = store.add(AttachmentKind.KTP, photo((4000, 1000), "PNG"))
    stored = Image.open(io.BytesIO(store.read(ref.sha256)))
    assert stored.size == (MAX_SIDE, 500)


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_png_and_webp_become_jpeg(store: AttachmentStore, fmt: str) -> None:
    ref = store.add(AttachmentKind.KTP, photo((64, 48), fmt, mode="RGBA"))
    stored = Image.open(io.BytesIO(store.read(ref.sha256)))
    assert (stored.format, stored.mode, stored.size) == ("JPEG", "RGB", (64, 48))


def test_same_photo_twice_is_stored_once(store: AttachmentStore) -> None:
    data = photo()
    assert store.add(AttachmentKind.KTP, data) == store.add(AttachmentKind.KTP, data)


def test_text_file_renamed_jpg_is_refused(store: AttachmentStore, tmp_path: Path) -> None:
    fake = tmp_path / "ktp.jpg"
    fake.write_text("Ini bukan foto, hanya teks.\n" * 50)
    assert reason(store, fake.read_bytes()) == "not_an_image"


def test_other_image_formats_are_refused(store: AttachmentStore) -> None:
    assert reason(store, photo(fmt="GIF")) == "not_an_image"
    assert reason(store, photo(fmt="BMP")) == "not_an_image"
    assert reason(store, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") == "not_an_image"


def test_truncated_jpeg_is_refused(store: AttachmentStore) -> None:
    data = photo((800, 600))
    assert reason(store, data[: len(data) // 2]) == "damaged"
    assert reason(store, data[:40]) in {"damaged", "not_an_image"}


def test_png_bomb_is_refused_without_decoding(store: AttachmentStore) -> None:
    bomb = png_bomb()
    assert len(bomb) < 1_000_000
    assert reason(store, bomb) == "too_large"
    assert reason(store, png_bomb(8000)) == "too_large"  # 64 Mpx: under Pillow's own limit, over ours


def test_oversized_input_is_refused(store: AttachmentStore) -> None:
    assert reason(store, photo() + os.urandom(20 * 1024 * 1024)) == "too_large"
    assert reason(store, b"") == "empty"


def test_nothing_stored_after_a_refusal_and_unknown_hash(store: AttachmentStore, engine: Engine) -> None:
    reason(store, b"not an image")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM attachments").scalar_one() == 0
    with pytest.raises(NotFound):
        store.read("0" * 64)

"""KTP photos and selfies: proven to be images, cleaned of metadata, stored only inside the encrypted database.

The bytes a person hands us are hostile until proven otherwise: they are size-capped,
decoded by Pillow with only the JPEG/PNG/WebP decoders enabled and a pixel limit
(decompression bombs), then re-encoded from pixels so no EXIF, GPS, XMP, ICC or
comment survives. Everything happens in memory; only the cleaned JPEG reaches the
database, keyed by its SHA-256.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import warnings
from collections.abc import Callable

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import Column, DateTime, Engine, Integer, LargeBinary, String, Table, insert, select

from desktop.domain.registration import AttachmentKind, AttachmentRef
from desktop.store.errors import InvalidAttachment, NotFound
from desktop.store.outbox_table import to_db_time, utc_now
from desktop.store.schema import metadata

MAX_INPUT_BYTES = 15 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a 40-megapixel photo is already far more than a KTP needs
MAX_SIDE = 2000
JPEG_QUALITY = 85
MEDIA_TYPE = "image/jpeg"
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")

attachments_table = Table(
    "attachments",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("media_type", String(32), nullable=False),
    Column("size", Integer, nullable=False),
    Column("width", Integer, nullable=False),
    Column("height", Integer, nullable=False),
    Column("officer", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("data", LargeBinary, nullable=False),
)

_REASONS = {
    "empty": ("Berkas kosong.", "The file is empty."),
    "too_large": ("Berkas atau gambarnya terlalu besar (maksimal 15 MB).",
                  "The file or its image is too large (at most 15 MB)."),
    "not_an_image": ("Berkas ini bukan foto JPEG, PNG, atau WebP.", "This file is not a JPEG, PNG or WebP photo."),
    "damaged": ("Foto rusak atau terpotong.", "The photo is damaged or cut short."),
    "missing": ("Foto lampiran tidak ada di perangkat ini; tambahkan lagi.",
                "The attached photo is not on this device; add it again."),
}


class AttachmentRejected(InvalidAttachment):
    """`InvalidAttachment` with a machine `reason`: empty, too_large, not_an_image, damaged, missing."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        reason_id, reason_en = _REASONS[reason]
        super().__init__(reason_id, reason_en)


def clean_image(data: bytes) -> tuple[bytes, int, int]:
    """Decode `data` as an image and re-encode it as a metadata-free JPEG; raises `AttachmentRejected`."""
    if not data:
        raise AttachmentRejected("empty")
    if len(data) > MAX_INPUT_BYTES:
        raise AttachmentRejected("too_large")
    try:
        with warnings.catch_warnings():
            # Pillow warns (then errors) on images over MAX_IMAGE_PIXELS: a bomb either way.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS) as image:
                width, height = image.size
                if width * height > MAX_PIXELS or width <= 0 or height <= 0:
                    raise AttachmentRejected("too_large")  # refuse before decoding a single pixel
                image.load()
                upright = ImageOps.exif_transpose(image)
    except AttachmentRejected:  # a ValueError too: keep it out of the "damaged" branch below
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise AttachmentRejected("too_large") from None
    except UnidentifiedImageError:
        raise AttachmentRejected("not_an_image") from None
    except (OSError, SyntaxError, ValueError, EOFError):  # Pillow's ways of saying "truncated/corrupt"
        raise AttachmentRejected("damaged") from None
    if upright.mode in ("RGBA", "LA", "PA") or (upright.mode == "P" and "transparency" in upright.info):
        rgba = upright.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        upright = flat
    elif upright.mode != "RGB":
        upright = upright.convert("RGB")
    upright.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    pixels = Image.new("RGB", upright.size)
    pixels.paste(upright)  # a fresh image: no info dict, no EXIF, no ICC carried over
    out = io.BytesIO()
    pixels.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue(), pixels.width, pixels.height


class AttachmentStore:
    def __init__(self, engine: Engine, officer: str, *, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._engine = engine
        self._officer = officer
        self._clock = clock

    def add(self, kind: AttachmentKind, data: bytes) -> AttachmentRef:
        """Clean and store a photo; the same cleaned bytes twice are stored once."""
        cleaned, width, height = clean_image(data)
        digest = hashlib.sha256(cleaned).hexdigest()
        with self._engine.begin() as conn:
            exists = conn.execute(select(attachments_table.c.sha256).where(
                attachments_table.c.sha256 == digest)).first()
            if exists is None:
                conn.execute(insert(attachments_table).values(
                    sha256=digest, kind=AttachmentKind(kind).value, media_type=MEDIA_TYPE, size=len(cleaned),
                    width=width, height=height, officer=self._officer, created_at=to_db_time(self._clock()),
                    data=cleaned))
        return AttachmentRef(kind=AttachmentKind(kind), sha256=digest, size=len(cleaned), media_type=MEDIA_TYPE)

    def read(self, sha256: str) -> bytes:
        with self._engine.connect() as conn:
            row = conn.execute(select(attachments_table.c.data).where(attachments_table.c.sha256 == sha256)).first()
        if row is None:
            raise NotFound()
        return bytes(row.data)

"""The consent text read to the applicant, as versioned data (`resources/consent/consent-<version>.json`).

The version shown is stored with each registration, so the text itself is never
edited in place: a changed text is a new file with a new version.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain import data_files
from desktop.domain.data_files import DataFileError, field, no_extra_keys, text
from desktop.domain.messages import DomainError, Message

FORMAT = 1
_MAX_TEXT = 20_000


class InvalidConsentText(DomainError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            Message(
                "invalid_consent_text",
                "Berkas teks persetujuan rusak atau tidak dikenal ({detail}). Perbarui aplikasi atau minta berkas "
                "yang benar dari pusat.",
                "The consent text file is damaged or not understood ({detail}). Update the application or ask the "
                "centre for a correct file.",
                {"detail": detail},
            )
        )


@dataclass(frozen=True)
class ConsentText:
    version: str
    text_id: str
    text_en: str
    valid_from: dt.date | None = None

    def text(self, language: str = "id") -> str:
        return self.text_en if language == "en" else self.text_id


def load_consent(path: Path) -> ConsentText:
    """The text in `path`; a folder means its newest `consent-<version>.json`."""
    try:
        if path.is_dir():
            path = data_files.newest(path, "consent")
        return parse_consent(data_files.read_json_object(path))
    except DataFileError as exc:
        raise InvalidConsentText(str(exc)) from None


def consent_from_centre(raw: bytes) -> ConsentText:
    """The newest text the centre publishes: `raw` is JSON `{"consent-<version>.json": "<that file's text>"}`."""
    try:
        files = data_files.json_object(raw)
        name = data_files.newest_name(list(files), "consent")
        body = files[name]
        if not isinstance(body, str):
            raise DataFileError(f"{name[:40]} must be text")
        # A lone surrogate survives JSON decoding; encoded as is, it then fails as the not-UTF-8 it is.
        return parse_consent(data_files.json_object(body.encode("utf-8", "surrogatepass")))
    except DataFileError as exc:
        raise InvalidConsentText(str(exc)) from None


def parse_consent(data: dict[str, Any]) -> ConsentText:
    no_extra_keys(data, {"format", "version", "valid_from", "legal_basis", "text"}, "$")
    version, valid_from = data_files.versioned_header(data, FORMAT)
    if "legal_basis" in data:
        text(data, "legal_basis", "$", max_length=1000)
    body = field(data, "text", dict, "$")
    no_extra_keys(body, {"id", "en"}, "$.text")
    return ConsentText(
        version=version,
        # Braces are allowed in the prose: no placeholders are filled in, so check only the length.
        text_id=_prose(body, "id"),
        text_en=_prose(body, "en"),
        valid_from=valid_from,
    )


def _prose(body: dict[str, Any], key: str) -> str:
    value: str = field(body, key, str, "$.text")
    if not value.strip() or len(value) > _MAX_TEXT:
        raise DataFileError(f"$.text.{key} must be 1..{_MAX_TEXT} characters")
    return value

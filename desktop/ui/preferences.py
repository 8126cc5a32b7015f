"""Preferences needed before anyone logs in: language, text size, contrast, idle lock, and the office's address
and phone printed on every receipt.

None of this is personal, so it lives in plain `preferences.json` in the data
folder. Reading is forgiving (a damaged or hostile file gives defaults, out of
range values are clamped); writing is atomic so a power cut never leaves half a file.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from desktop.domain.messages import Language

log = logging.getLogger("luring.ui")

FILE_NAME = "preferences.json"
LANGUAGES: tuple[Language, ...] = ("id", "en")
TEXT_SCALE_MIN, TEXT_SCALE_MAX = 100, 200
IDLE_MIN, IDLE_MAX = 1, 120
ADDRESS_MAX, PHONE_MAX = 160, 40


@dataclass
class Preferences:
    language: Language = "id"
    text_scale: int = 100  # percent of the platform's default font size
    high_contrast: bool = False
    idle_lock_minutes: int = 5
    office_address: str = ""  # where an applicant comes back to ask: printed on the receipt
    office_phone: str = ""

    @classmethod
    def from_dict(cls, data: Any) -> Preferences:
        prefs = cls()
        if not isinstance(data, dict):
            return prefs
        for language in LANGUAGES:
            if data.get("language") == language:
                prefs.language = language
        prefs.text_scale = _int_in(data.get("text_scale"), TEXT_SCALE_MIN, TEXT_SCALE_MAX, prefs.text_scale)
        if isinstance(data.get("high_contrast"), bool):
            prefs.high_contrast = data["high_contrast"]
        prefs.idle_lock_minutes = _int_in(data.get("idle_lock_minutes"), IDLE_MIN, IDLE_MAX, prefs.idle_lock_minutes)
        prefs.office_address = one_line(data.get("office_address"), ADDRESS_MAX)
        prefs.office_phone = one_line(data.get("office_phone"), PHONE_MAX)
        return prefs

    def office_contact(self) -> str:
        """The address and phone as one receipt line ("" when neither is set)."""
        return " · ".join(part for part in (self.office_address, self.office_phone) if part)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def one_line(value: Any, limit: int) -> str:
    """Printable text on one line, at most `limit` characters; anything else in the file reads as empty."""
    if not isinstance(value, str):
        return ""
    return " ".join("".join(c if c.isprintable() else " " for c in value).split())[:limit]


def _int_in(value: Any, low: int, high: int, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return max(low, min(high, value))


def load(data_dir: Path) -> Preferences:
    path = data_dir / FILE_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Preferences()
    except OSError as exc:
        log.warning("preferences unreadable (%s); using defaults", type(exc).__name__)
        return Preferences()
    try:
        return Preferences.from_dict(json.loads(text))
    except ValueError:
        log.warning("preferences file is not valid JSON; using defaults")
        return Preferences()


def save(data_dir: Path, prefs: Preferences) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".preferences-", suffix=".tmp", dir=data_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(prefs.to_dict(), handle, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, data_dir / FILE_NAME)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

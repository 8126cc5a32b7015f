"""How long personal data stays on the device, as versioned data (`resources/policy/retention-<version>.json`).

The centre is where a registration lives once it holds it: the device keeps a
verified record's personal data for a set number of days (so an officer can still
answer the applicant's questions), its KTP photo and selfie only until the centre
holds them, and a draft nobody touched for a set number of days is abandoned. The
numbers are policy, so they are a file the centre can change, parsed as strictly
as the eligibility rules.
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
STEM = "retention"
PHOTOS_WHEN_HELD = "when_held_at_centre"  # the only photo rule there is: gone once the centre holds them
MAX_DAYS = 3650  # ten years: a longer period is a typo, not a policy


class InvalidRetentionPolicy(DomainError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            Message(
                "invalid_retention_policy",
                "Berkas kebijakan masa simpan data rusak atau tidak dikenal ({detail}). Perbarui aplikasi atau "
                "minta berkas kebijakan yang benar dari pusat.",
                "The data retention policy file is damaged or not understood ({detail}). Update the application "
                "or ask the centre for a correct policy file.",
                {"detail": detail},
            )
        )


@dataclass(frozen=True)
class RetentionPolicy:
    version: str
    valid_from: dt.date
    verified_personal_data_days: int  # after the centre's "verified", then the personal data goes
    abandoned_draft_days: int  # a draft not saved for this long is abandoned

    def verified_cutoff(self, now: dt.datetime) -> dt.datetime:
        """Records verified before this instant are past the period."""
        return now - dt.timedelta(days=self.verified_personal_data_days)

    def draft_cutoff(self, now: dt.datetime) -> dt.datetime:
        """Drafts last saved before this instant are abandoned."""
        return now - dt.timedelta(days=self.abandoned_draft_days)


def load_retention(path: Path) -> RetentionPolicy:
    """The policy in `path`; a folder means its newest `retention-<version>.json`."""
    try:
        if path.is_dir():
            path = data_files.newest(path, STEM)
        return parse_retention(data_files.read_json_object(path))
    except DataFileError as exc:
        raise InvalidRetentionPolicy(str(exc)) from None


def retention_from_bytes(raw: bytes) -> RetentionPolicy:
    """The same JSON as a `retention-<version>.json` file, from bytes (what the centre would send)."""
    try:
        return parse_retention(data_files.json_object(raw))
    except DataFileError as exc:
        raise InvalidRetentionPolicy(str(exc)) from None


def parse_retention(data: dict[str, Any]) -> RetentionPolicy:
    """Strictly read the JSON form; raises `DataFileError`."""
    no_extra_keys(data, {"format", "version", "valid_from", "source", "verified_personal_data_days",
                         "abandoned_draft_days", "photos"}, "$")
    version, valid_from = data_files.versioned_header(data, FORMAT)
    if "source" in data:
        text(data, "source", "$", max_length=1000)
    if field(data, "photos", str, "$") != PHOTOS_WHEN_HELD:
        raise DataFileError(f"$.photos must be {PHOTOS_WHEN_HELD!r}")
    return RetentionPolicy(version=version, valid_from=valid_from,
                           verified_personal_data_days=_days(data, "verified_personal_data_days", low=0),
                           abandoned_draft_days=_days(data, "abandoned_draft_days", low=1))


def _days(data: dict[str, Any], key: str, *, low: int) -> int:
    # 0 days for verified records means "as soon as verified"; a draft needs at least a day to be finished.
    value: int = field(data, key, int, "$")
    if not low <= value <= MAX_DAYS:
        raise DataFileError(f"$.{key} must be {low}..{MAX_DAYS}")
    return value

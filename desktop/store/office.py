"""The office a device belongs to: shown at log-in from keyslots.json, and kept in the encrypted database.

Before log-in only the file can be read, and nothing authenticates it. After log-in the database's copy (written
at set-up, under the data key) is the one receipts and reports print; a file that says otherwise was edited, and
the log-in records it (login_record.py) for supervisors to see.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class OfficeInfo:
    office_name: str
    disnaker_code: str
    region_code: str

    @classmethod
    def from_dict(cls, data: Any) -> OfficeInfo:
        data = data if isinstance(data, dict) else {}
        return cls(*(str(data.get(key, "")) for key in ("office_name", "disnaker_code", "region_code")))

    @classmethod
    def from_json(cls, text: str | None) -> OfficeInfo | None:
        try:
            return cls.from_dict(json.loads(text)) if text else None
        except ValueError:
            return None

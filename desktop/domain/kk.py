"""The family-card (Kartu Keluarga) number: `PP KK CC DDMMYY SSSS`.

Issuing region, recording date (no +40 here) and a serial. Format only: the KK
number does not have to share anything with the applicant's NIK.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain import id_number
from desktop.domain.id_number import InvalidIdNumber, Label, RegionLookup
from desktop.domain.messages import Message

LABEL = Label("Nomor KK", "KK number")


class InvalidKk(InvalidIdNumber):
    """A KK number that cannot be right; `.code` is one of the codes in `id_number`."""


@dataclass(frozen=True)
class Kk:
    value: str  # 16 ASCII digits
    province_code: str  # "32"
    regency_code: str  # "3201"
    district_code: str  # "320101"
    recorded_on: dt.date
    serial: int
    warnings: list[Message] = field(default_factory=list)

    @property
    def province_dotted(self) -> str:
        return id_number.dotted(self.province_code)

    @property
    def regency_dotted(self) -> str:
        return id_number.dotted(self.regency_code)

    @property
    def district_dotted(self) -> str:
        return id_number.dotted(self.district_code)

    @property
    def masked(self) -> str:
        return mask(self.value)

    def __repr__(self) -> str:
        return f"Kk({self.masked})"


def parse(text: str, *, regions: RegionLookup | None = None, today: dt.date | None = None) -> Kk:
    """Check and split a KK number; raises `InvalidKk`."""
    value = id_number.normalise(text, LABEL, InvalidKk)
    id_number.check_region(value, LABEL, InvalidKk)
    day = int(value[6:8])
    if not 1 <= day <= 31:
        raise InvalidKk(id_number.invalid_message("bad_day", LABEL))
    month = id_number.check_month(value, LABEL, InvalidKk)
    recorded_on = id_number.resolve_date(day, month, int(value[10:12]), today or dt.date.today(), LABEL, InvalidKk)
    serial = id_number.check_serial(value, LABEL, InvalidKk)
    return Kk(
        value=value,
        province_code=value[0:2],
        regency_code=value[0:4],
        district_code=value[0:6],
        recorded_on=recorded_on,
        serial=serial,
        warnings=id_number.region_warnings(value, regions, LABEL),
    )


def mask(kk: str) -> str:
    return id_number.mask(kk)

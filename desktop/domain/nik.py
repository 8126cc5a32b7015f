"""The NIK (Nomor Induk Kependudukan): `PP KK CC DDMMYY SSSS`.

Province, regency and district where it was issued; date of birth with 40 added
to the day for women; a serial 0001–9999. The NIK is never corrected: where it
disagrees with what the applicant states, we warn and the officer confirms.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain import id_number
from desktop.domain.id_number import InvalidIdNumber, Label, RegionLookup
from desktop.domain.messages import Message
from desktop.domain.registration import Sex

LABEL = Label("NIK", "NIK")
FEMALE_DAY_OFFSET = 40


class InvalidNik(InvalidIdNumber):
    """A NIK that cannot be right; `.code` is one of the codes in `id_number`."""


@dataclass(frozen=True)
class Nik:
    value: str  # 16 ASCII digits
    province_code: str  # "32"
    regency_code: str  # "3201"
    district_code: str  # "320101"
    birth_date: dt.date
    sex: Sex
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
        """Kemendagri notation, e.g. "32.01.01"."""
        return id_number.dotted(self.district_code)

    @property
    def masked(self) -> str:
        return mask(self.value)

    def __repr__(self) -> str:
        # Keep the full number out of tracebacks and logs.
        return f"Nik({self.masked})"


def parse(
    text: str,
    *,
    birth_date: dt.date | None = None,
    sex: Sex | None = None,
    regions: RegionLookup | None = None,
    today: dt.date | None = None,
) -> Nik:
    """Check and split a NIK; raises `InvalidNik`. Mismatches with the stated data are `warnings`."""
    value = id_number.normalise(text, LABEL, InvalidNik)
    id_number.check_region(value, LABEL, InvalidNik)
    encoded_day = int(value[6:8])
    if 1 <= encoded_day <= 31:
        nik_sex, day = Sex.MALE, encoded_day
    elif 1 + FEMALE_DAY_OFFSET <= encoded_day <= 31 + FEMALE_DAY_OFFSET:
        nik_sex, day = Sex.FEMALE, encoded_day - FEMALE_DAY_OFFSET
    else:
        raise InvalidNik(id_number.invalid_message("bad_day", LABEL))
    month = id_number.check_month(value, LABEL, InvalidNik)
    yy = int(value[10:12])
    if birth_date is not None and (birth_date.day, birth_date.month, birth_date.year % 100) == (day, month, yy):
        # The stated date settles the century that two digits cannot.
        nik_birth = birth_date
    else:
        nik_birth = id_number.resolve_date(day, month, yy, today or dt.date.today(), LABEL, InvalidNik)
    serial = id_number.check_serial(value, LABEL, InvalidNik)

    warnings = id_number.region_warnings(value, regions, LABEL)
    if birth_date is not None and nik_birth != birth_date:
        warnings.append(
            Message(
                "birth_date_mismatch",
                "Tanggal lahir pada NIK berbeda dengan tanggal lahir yang diisi. NIK tidak boleh diubah: periksa KTP, "
                "perbaiki tanggal lahir bila salah ketik, atau konfirmasi bila memang begitu di KTP.",
                "The birth date in the NIK differs from the birth date entered. The NIK must not be changed: check the "
                "KTP, fix the birth date if it was mistyped, or confirm if the KTP really says so.",
            )
        )
    if sex is not None and nik_sex != sex:
        warnings.append(
            Message(
                "sex_mismatch",
                "Jenis kelamin menurut NIK (tanggal +40 untuk perempuan) berbeda dengan yang diisi. Periksa KTP, "
                "perbaiki bila salah pilih, atau konfirmasi bila memang begitu di KTP.",
                "The sex implied by the NIK (day +40 for women) differs from the one entered. Check the KTP, fix "
                "it if mis-selected, or confirm if the KTP really says so.",
            )
        )
    return Nik(
        value=value,
        province_code=value[0:2],
        regency_code=value[0:4],
        district_code=value[0:6],
        birth_date=nik_birth,
        sex=nik_sex,
        serial=serial,
        warnings=warnings,
    )


def mask(nik: str) -> str:
    """ "3201********0001": region and serial only, for lists, reports and receipts."""
    return id_number.mask(nik)

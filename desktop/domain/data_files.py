"""Reading the versioned data files in `resources/` (rules, consent text) defensively.

The centre can send newer versions of these files, so they are input like any
other: size-capped, parsed strictly, and a damaged file is an error, never a
silently empty rule set.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import string
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 256 * 1024
_VERSION = re.compile(r"(\d{4})\.(\d{1,4})")


class DataFileError(ValueError):
    """Why a data file was refused (a short, non-personal English note for the log)."""


def version_key(version: str) -> tuple[int, int]:
    """ "2025.1" -> (2025, 1); raises `DataFileError` for anything else."""
    match = _VERSION.fullmatch(version) if isinstance(version, str) else None
    if match is None:
        raise DataFileError("version must look like 2025.1")
    return int(match.group(1)), int(match.group(2))


def newest(folder: Path, stem: str) -> Path:
    """The highest-versioned `<stem>-<version>.json` in `folder`."""
    return folder / newest_name([path.name for path in folder.glob(f"{stem}-*.json")], stem)


def newest_name(names: list[str], stem: str) -> str:
    """The highest-versioned `<stem>-<version>.json` among `names` (a folder's, or those the centre sent)."""
    found: list[tuple[tuple[int, int], str]] = []
    for name in names:
        if not (name.startswith(f"{stem}-") and name.endswith(".json")):
            continue
        try:
            found.append((version_key(name[len(stem) + 1 : -len(".json")]), name))
        except DataFileError:
            continue
    if not found:
        raise DataFileError(f"no {stem}-<version>.json file")
    return max(found)[1]


def read_json_object(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DataFileError("cannot read the file") from exc
    return json_object(raw)


def json_object(raw: bytes) -> dict[str, Any]:
    """`raw` as a JSON object, refused when over `MAX_FILE_BYTES` (a file, or what the centre sent)."""
    if len(raw) > MAX_FILE_BYTES:
        raise DataFileError("file is too large")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise DataFileError("not valid UTF-8 JSON") from exc
    if not isinstance(data, dict):
        raise DataFileError("top level must be an object")
    return data


def field(data: dict[str, Any], key: str, kind: type, where: str) -> Any:
    """`data[key]`, which must exist and be exactly of `kind` (a bool is not an int here)."""
    if key not in data:
        raise DataFileError(f"{where}.{key} is missing")
    value = data[key]
    if type(value) is not kind:
        raise DataFileError(f"{where}.{key} must be {kind.__name__}")
    return value


def text(
    data: dict[str, Any], key: str, where: str, *, max_length: int = 4000, placeholders: frozenset[str] = frozenset()
) -> str:
    """A non-empty string whose `{placeholders}` are only the allowed names (no attribute or index access)."""
    value: str = field(data, key, str, where)
    if not value.strip() or len(value) > max_length:
        raise DataFileError(f"{where}.{key} must be 1..{max_length} characters")
    try:
        parts = list(string.Formatter().parse(value))
    except ValueError as exc:
        raise DataFileError(f"{where}.{key} has broken braces") from exc
    for _, name, spec, conversion in parts:
        if name is not None and (name not in placeholders or spec or conversion):
            raise DataFileError(f"{where}.{key} uses an unknown placeholder")
    return value


def no_extra_keys(data: dict[str, Any], allowed: set[str], where: str) -> None:
    extra = set(data) - allowed
    if extra:
        raise DataFileError(f"{where} has unknown key {sorted(extra)[0][:40]!r}")


def versioned_header(data: dict[str, Any], expected_format: int) -> tuple[str, dt.date]:
    """The `format`, `version` and `valid_from` every versioned data file starts with."""
    if field(data, "format", int, "$") != expected_format:
        raise DataFileError("unsupported format")
    version = field(data, "version", str, "$")
    version_key(version)
    try:
        valid_from = dt.date.fromisoformat(field(data, "valid_from", str, "$"))
    except ValueError:
        raise DataFileError("$.valid_from must be a date like 2025-01-01") from None
    return version, valid_from

"""Strict reading of frozen dataclasses from JSON-like data, one decoder per type worked out once.

The registration's `from_dict` reads untrusted input through these: every value must have exactly the
annotated type (a `bool` is not an `int`, an unknown key is damage), strings and lists are bounded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
import uuid
from typing import Any

_MAX_TEXT = 2000
_MAX_ITEMS = 16
Decoder = typing.Callable[[object], object]  # raw JSON-like value -> the value, or `Damaged`


class Damaged(Exception):
    """A value that does not decode; `parts` is its path below the value that raised it, innermost first."""

    def __init__(self, part: str = "") -> None:
        super().__init__(part)
        self.parts = [part] if part else []

    def below(self, part: str) -> Damaged:
        self.parts.append(part)
        return self


@functools.cache
def decoder(kind: Any) -> Decoder:
    """How to read a `kind` from JSON-like data, worked out once per type.

    Resolving annotations and walking fields for every value was most of the centre's intake time. The
    cache holds the schema's types only, never data; each decoder applies the same strict checks.
    """
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        (inner,) = [o for o in options if o is not type(None)]
        return _optional(decoder(inner)) if type(None) in options else decoder(inner)
    if origin is frozenset:
        (inner,) = typing.get_args(kind)
        return _set_of(decoder(inner))
    if origin is tuple:
        return _tuple_of(decoder(typing.get_args(kind)[0]))
    if dataclasses.is_dataclass(kind):
        return _record(typing.cast(type, kind))
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _member(kind)
    return _LEAVES.get(kind, _refuse)


def _optional(inner: Decoder) -> Decoder:
    def optional(raw: object) -> object:
        return None if raw is None else inner(raw)

    return optional


def _set_of(inner: Decoder) -> Decoder:
    def set_of(raw: object) -> object:
        if not isinstance(raw, list):
            raise Damaged()
        return frozenset(inner(v) for v in raw)  # a bad member is reported at the set's own path

    return set_of


def _tuple_of(inner: Decoder) -> Decoder:
    def tuple_of(raw: object) -> object:
        if not isinstance(raw, list) or len(raw) > _MAX_ITEMS:
            raise Damaged()
        values = []
        for i, v in enumerate(raw):
            try:
                values.append(inner(v))
            except Damaged as damaged:
                raise damaged.below(f"[{i}]") from damaged.__cause__
        return tuple(values)

    return tuple_of


def _record(kind: type) -> Decoder:
    """A decoder written out field by field (like dataclasses' own `__init__`): no loop, no dict of values.

    Fields are read in order; the first damaged or missing one is reported, a missing optional field takes
    its default (or its factory's value) exactly as leaving it out of `kind(...)` would.
    """
    hints = typing.get_type_hints(kind)
    fields = dataclasses.fields(kind)
    names = frozenset(f.name for f in fields)
    scope: dict[str, object] = {"kind": kind, "names": names, "Damaged": Damaged, "_str": _str,
                                "_MAX_TEXT": _MAX_TEXT}
    lines = [
        "def record(raw):",
        "    if not isinstance(raw, dict):",
        "        raise Damaged()",
        "    if not names.issuperset(raw):",
        "        raise Damaged(f'.{sorted(set(raw) - names)[0]}')",
    ]
    for i, f in enumerate(fields):
        key, decode = repr(f.name), decoder(hints[f.name])
        scope[f"decode_{i}"] = decode
        if decode is _str:  # the commonest leaf, checked here rather than called
            read = [f"        v_{i} = raw[{key}]",
                    f"        if not isinstance(v_{i}, str) or len(v_{i}) > _MAX_TEXT:",
                    f"            raise Damaged({'.' + f.name!r})"]
        else:
            read = ["        try:",
                    f"            v_{i} = decode_{i}(raw[{key}])",
                    "        except Damaged as damaged:",
                    f"            raise damaged.below({'.' + f.name!r}) from damaged.__cause__"]
        if f.default is not dataclasses.MISSING:
            scope[f"default_{i}"] = f.default
            absent = f"v_{i} = default_{i}"
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"factory_{i}"] = f.default_factory
            absent = f"v_{i} = factory_{i}()"
        else:
            absent = f"raise Damaged({'.' + f.name!r})"
        lines += [f"    if {key} in raw:", *read, "    else:", f"        {absent}"]
    if _plain_init(kind, fields):
        # What the generated `__init__` would do, without its frozen-safe `object.__setattr__` per field.
        scope["new"] = object.__new__
        lines += ["    made = new(kind)", "    state = made.__dict__"]
        lines += [f"    state[{f.name!r}] = v_{i}" for i, f in enumerate(fields)]
        lines += ["    return made"]
    else:
        arguments = ", ".join(f"{f.name}=v_{i}" for i, f in enumerate(fields))
        lines += ["    try:", f"        return kind({arguments})", "    except (TypeError, ValueError) as exc:",
                  "        raise Damaged() from exc"]
    exec("\n".join(lines), scope)  # noqa: S102 - the source is made above from the schema's field names only
    return typing.cast(Decoder, scope["record"])


def _plain_init(kind: type, fields: tuple[dataclasses.Field[Any], ...]) -> bool:
    """Whether `kind(...)` only stores each field: no `__post_init__`, init-only or non-init fields, or slots."""
    return (
        not hasattr(kind, "__post_init__")
        and len(vars(kind).get("__dataclass_fields__", {})) == len(fields)
        and all(f.init for f in fields)
        and "__slots__" not in vars(kind)
    )


def _member(kind: type[enum.Enum]) -> Decoder:
    members = {m.value: m for m in kind}  # what `kind(raw)` looks up, without its exception on a miss

    def member(raw: object) -> object:
        found = members.get(raw) if isinstance(raw, str) else None
        if found is None:
            raise Damaged()
        return found

    return member


def _refuse(_raw: object) -> object:
    raise Damaged()


def _bool(raw: object) -> object:
    if isinstance(raw, bool):
        return raw
    raise Damaged()


def _int(raw: object) -> object:
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) < 10**9:
        return raw
    raise Damaged()


def _str(raw: object) -> object:
    if isinstance(raw, str) and len(raw) <= _MAX_TEXT:
        return raw
    raise Damaged()


def _parsed(parse: typing.Callable[[str], object], length: int | None = None) -> Decoder:
    """A value read from a string by `parse` (a ValueError is a damaged field); `length`, if given, exactly."""

    def parsed(raw: object) -> object:
        if isinstance(raw, str) and (length is None or len(raw) == length):
            try:
                return parse(raw)
            except ValueError as exc:
                raise Damaged() from exc
        raise Damaged()

    return parsed


_LEAVES: dict[Any, Decoder] = {
    bool: _bool,
    int: _int,
    str: _str,
    uuid.UUID: _parsed(uuid.UUID),
    dt.datetime: _parsed(dt.datetime.fromisoformat),
    dt.date: _parsed(dt.date.fromisoformat, 10),
}

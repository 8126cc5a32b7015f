"""`Registration.from_dict` reads untrusted JSON strictly and names where a damaged record breaks."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from desktop.domain.registration import AttachmentKind, AttachmentRef, InvalidRegistration, Registration
from tests.domain.factories import make_registration


def _record() -> dict[str, Any]:
    ref = AttachmentRef(AttachmentKind.KTP, "ab" * 32, 2048, "image/jpeg")
    data: dict[str, Any] = json.loads(json.dumps(make_registration(attachments=(ref, ref)).to_dict()))
    return data


def test_a_record_survives_json_both_ways() -> None:
    reg = make_registration(attachments=(AttachmentRef(AttachmentKind.SELFIE, "cd" * 32, 10, "image/png"),))
    assert Registration.from_dict(json.loads(json.dumps(reg.to_dict()))) == reg


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _drop(*path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        del data[path[0]][path[1]]

    return change


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (_set(["attachments", 1, "size"], "2048"), "$.attachments[1].size"),
        (_set(["attachments", 0, "kind"], "passport"), "$.attachments[0].kind"),
        (_set(["attachments"], [{}] * 17), "$.attachments"),
        (_set(["identity", "sex"], "other"), "$.identity.sex"),
        (_set(["identity", "indonesian_citizen"], 1), "$.identity.indonesian_citizen"),
        (_set(["identity", "birth_date"], "1990-1-1"), "$.identity.birth_date"),
        (_set(["address", "unexpected"], "x"), "$.address.unexpected"),
        (_drop("consent", "officer"), "$.consent.officer"),
        (_set(["background", "excluded_occupations"], ["tni", "astronaut"]), "$.background.excluded_occupations"),
        (_set(["background", "dependants"], True), "$.background.dependants"),
        (_set(["background", "dependants"], 10**9), "$.background.dependants"),
        (_set(["contact", "email"], "x" * 2001), "$.contact.email"),
        (_set(["current_address"], []), "$.current_address"),
        (_set(["record_id"], "not-a-uuid"), "$.record_id"),
        (_set(["registered_on"], "2026-13-01"), "$.registered_on"),
        (_set(["consent", "given_at"], None), "$.consent.given_at"),
        (_set(["schema"], 2), "schema"),
    ],
)
def test_damaged_records_name_the_first_bad_field(change: Callable[[dict[str, Any]], None], where: str) -> None:
    data = _record()
    change(data)
    with pytest.raises(InvalidRegistration) as info:
        Registration.from_dict(data)
    assert info.value.path == where
    assert info.value.code == "invalid_registration" and where in info.value.message.text("en")


@pytest.mark.parametrize("raw", [None, [], "registration", 7, {"identity": []}])
def test_what_is_not_a_record_at_all(raw: object) -> None:
    with pytest.raises(InvalidRegistration):
        Registration.from_dict(copy.deepcopy(raw))

"""Offline limits: the bundled policy, the levels at their edges, and hostile policy files."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.offline_limits import (
    DAYS_SINCE_CONTACT,
    MEASURES,
    OLDEST_WAITING_DAYS,
    RECORDS_WAITING,
    DeviceFigures,
    InvalidLimits,
    Level,
    OfflineLimits,
    Threshold,
    evaluate,
    limits_from_centre,
    load_limits,
)
from desktop.paths import resource

NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
POLICY = resource("policy", "offline-limits-2025.1.json")
SMALL = OfflineLimits("2025.1", dt.date(2025, 1, 1), {RECORDS_WAITING: Threshold(3, 5),
                                                      OLDEST_WAITING_DAYS: Threshold(7, 14),
                                                      DAYS_SINCE_CONTACT: Threshold(7, 14)})


def _days_ago(days: float) -> dt.datetime:
    return NOW - dt.timedelta(days=days)


def _levels(figures: DeviceFigures, limits: OfflineLimits = SMALL) -> dict[str, Level]:
    return {r.measure: r.level for r in evaluate(limits, figures, NOW).results}


def test_bundled_policy_is_the_newest_file_and_reads() -> None:
    limits = load_limits(resource("policy"))
    assert limits == load_limits(POLICY)
    assert limits.version == "2025.1"
    assert set(limits.thresholds) == set(MEASURES)
    assert all(t.warn <= t.stop for t in limits.thresholds.values())


def test_a_fresh_device_is_ok_and_says_so() -> None:
    evaluation = evaluate(SMALL, DeviceFigures(0, None, None), NOW)
    assert evaluation.level is Level.OK and not evaluation.stopped
    assert [r.figure for r in evaluation.results] == [0, 0, 0]
    assert evaluation.message.code == "limits_ok"


@pytest.mark.parametrize(("waiting", "level"), [(2, Level.OK), (3, Level.WARN), (4, Level.WARN), (5, Level.STOP),
                                                (50, Level.STOP)])
def test_records_waiting_reach_a_threshold_at_its_value(waiting: int, level: Level) -> None:
    assert _levels(DeviceFigures(waiting, _days_ago(1), _days_ago(1)))[RECORDS_WAITING] is level


@pytest.mark.parametrize(("days", "level"), [(6.99, Level.OK), (7, Level.WARN), (13.9, Level.WARN),
                                             (14, Level.STOP)])
def test_ages_are_whole_days(days: float, level: Level) -> None:
    levels = _levels(DeviceFigures(1, _days_ago(days), _days_ago(days)))
    assert levels[OLDEST_WAITING_DAYS] is level
    assert levels[DAYS_SINCE_CONTACT] is level


def test_never_synced_counts_from_the_oldest_waiting_record() -> None:
    assert _levels(DeviceFigures(1, _days_ago(15), None))[DAYS_SINCE_CONTACT] is Level.STOP
    assert _levels(DeviceFigures(0, None, None))[DAYS_SINCE_CONTACT] is Level.OK


def test_a_clock_set_back_never_gives_a_negative_age() -> None:
    evaluation = evaluate(SMALL, DeviceFigures(1, NOW + dt.timedelta(days=3), NOW + dt.timedelta(days=3)), NOW)
    assert [r.figure for r in evaluation.results] == [1, 0, 0]


def test_a_stop_says_what_stopped_and_what_to_do_in_both_languages() -> None:
    evaluation = evaluate(SMALL, DeviceFigures(6, _days_ago(8), _days_ago(1)), NOW)
    assert evaluation.stopped
    message = evaluation.message
    assert message.code == "limits_stop_records_waiting"
    assert "6" in message.text("id") and "5" in message.text("id")
    assert "Pendaftaran baru dihentikan" in message.text("id") and "USB" in message.text("id")
    assert "Sync" in message.text("en") and "USB" in message.text("en") and "Drafts" in message.text("en")


def test_a_warning_names_its_measure_and_the_distance_is_said_for_each() -> None:
    evaluation = evaluate(SMALL, DeviceFigures(1, _days_ago(9), _days_ago(2)), NOW)
    assert evaluation.level is Level.WARN
    assert evaluation.message.code == "limits_warn_oldest_waiting_days"
    assert "F5" in evaluation.message.text("id")
    distances = [r.distance.text("en") for r in evaluation.results]
    assert distances[1] == "Oldest waiting record: 9 days (warning at 7, stop at 14)"
    assert all(r.distance.text("id") != r.distance.text("en") for r in evaluation.results)


# ----- hostile files -----
def _good() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(POLICY.read_text(encoding="utf-8"))
    return data


def _without(*path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        for key in path[:-1]:
            data = data[key]
        del data[path[-1]]
    return change


def _set(value: Any, *path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value
    return change


HOSTILE: dict[str, Callable[[dict[str, Any]], None]] = {
    "no format": _without("format"),
    "other format": _set(2, "format"),
    "no version": _without("version"),
    "bad version": _set("latest", "version"),
    "bad date": _set("2025-13-01", "valid_from"),
    "no limits": _without("limits"),
    "limits a list": _set([], "limits"),
    "a measure missing": _without("limits", DAYS_SINCE_CONTACT),
    "no stop": _without("limits", RECORDS_WAITING, "stop"),
    "no warn": _without("limits", OLDEST_WAITING_DAYS, "warn"),
    "negative warn": _set(-1, "limits", RECORDS_WAITING, "warn"),
    "zero stop": _set(0, "limits", DAYS_SINCE_CONTACT, "stop"),
    "warn above stop": _set(5000, "limits", RECORDS_WAITING, "warn"),
    "text number": _set("10", "limits", RECORDS_WAITING, "stop"),
    "float": _set(7.5, "limits", OLDEST_WAITING_DAYS, "warn"),
    "boolean": _set(True, "limits", OLDEST_WAITING_DAYS, "warn"),
    "null": _set(None, "limits", OLDEST_WAITING_DAYS, "stop"),
    "huge number": _set(10**400, "limits", RECORDS_WAITING, "stop"),
    "past the highest": _set(3651, "limits", DAYS_SINCE_CONTACT, "stop"),
    "extra top key": _set(True, "disabled"),
    "extra measure": _set({"warn": 1, "stop": 2}, "limits", "photos_waiting"),
    "extra threshold key": _set(3, "limits", RECORDS_WAITING, "hard"),
    "measure a number": _set(5, "limits", RECORDS_WAITING),
    "empty source": _set("  ", "source"),
    "placeholder in source": _set("{figure.__class__}", "source"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_policy_file_is_refused_with_a_clear_message(tmp_path: Path, name: str) -> None:
    data = copy.deepcopy(_good())
    HOSTILE[name](data)
    path = tmp_path / "offline-limits-2025.2.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidLimits) as raised:
        load_limits(path)
    assert raised.value.code == "invalid_limits"
    assert "pusat" in raised.value.message.text("id") and "centre" in raised.value.message.text("en")
    with pytest.raises(InvalidLimits):
        limits_from_centre(json.dumps(data).encode())


@pytest.mark.parametrize("raw", [b"", b"[]", b"\xff\xfe", b"{" * 100_000, b"{}", b" " * 300_000,
                                 b'{"format": 1e999}'])
def test_what_is_not_a_policy_object_is_refused(raw: bytes) -> None:
    with pytest.raises(InvalidLimits):
        limits_from_centre(raw)


def test_a_folder_without_a_policy_is_refused(tmp_path: Path) -> None:
    (tmp_path / "offline-limits-latest.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InvalidLimits):
        load_limits(tmp_path)


def test_the_newest_policy_in_a_folder_wins(tmp_path: Path) -> None:
    for version, stop in (("2025.1", 10), ("2025.10", 30), ("2025.2", 20)):
        data = _good()
        data["version"] = version
        data["limits"][RECORDS_WAITING] = {"warn": 1, "stop": stop}
        (tmp_path / f"offline-limits-{version}.json").write_text(json.dumps(data), encoding="utf-8")
    limits = load_limits(tmp_path)
    assert (limits.version, limits.thresholds[RECORDS_WAITING].stop) == ("2025.10", 30)


def test_warn_equal_to_stop_is_a_policy_without_a_warning_phase() -> None:
    data = _good()
    data["limits"][RECORDS_WAITING] = {"warn": 4, "stop": 4}
    limits = limits_from_centre(json.dumps(data).encode())
    evaluation = evaluate(limits, DeviceFigures(4, NOW, NOW), NOW)
    assert evaluation.results[0].level is Level.STOP

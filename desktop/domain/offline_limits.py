"""How long a device may work offline, as versioned data (`resources/policy/offline-limits-<version>.json`).

Records that wait on one laptop are records at risk (theft, a dead disk), so
the centre sets, for each measure, a warning and a stop. Crossing the warning
tells the officer to sync or hand over soon; crossing the stop refuses new
registrations (drafts, corrections, sync and hand-over still work) until a
sync or a bundle hand-over brings the figures back. A figure counts as
crossing a threshold when it reaches it. The file is input like the rules
file: parsed strictly, a damaged one refused whole, never half-applied.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain import data_files
from desktop.domain.data_files import DataFileError, field, no_extra_keys, text
from desktop.domain.messages import DomainError, Message

FORMAT = 1
RECORDS_WAITING = "records_waiting"
OLDEST_WAITING_DAYS = "oldest_waiting_days"
DAYS_SINCE_CONTACT = "days_since_contact"
MEASURES = (RECORDS_WAITING, OLDEST_WAITING_DAYS, DAYS_SINCE_CONTACT)
# Beyond these a threshold is a typo (or an attempt to switch the limits off), not a policy.
_HIGHEST = {RECORDS_WAITING: 1_000_000, OLDEST_WAITING_DAYS: 3650, DAYS_SINCE_CONTACT: 3650}


class InvalidLimits(DomainError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            Message(
                "invalid_limits",
                "Berkas batas kerja luring rusak atau tidak dikenal ({detail}). Perbarui aplikasi atau minta "
                "berkas yang benar dari pusat.",
                "The offline limits file is damaged or not understood ({detail}). Update the application or ask "
                "the centre for a correct file.",
                {"detail": detail},
            )
        )


@dataclass(frozen=True)
class Threshold:
    warn: int
    stop: int


@dataclass(frozen=True)
class OfflineLimits:
    version: str
    valid_from: dt.date
    thresholds: dict[str, Threshold]  # measure -> its warning and stop, for each of MEASURES


class Level(enum.StrEnum):
    OK = "ok"
    WARN = "warn"
    STOP = "stop"


@dataclass(frozen=True)
class DeviceFigures:
    """What the store counts: records the centre has not accepted yet and that no bundle written since they were
    registered carries away, and the last time the centre was reached or records left on a USB stick."""

    waiting: int
    oldest_waiting_at: dt.datetime | None  # when the oldest of them was registered
    last_contact_at: dt.datetime | None  # the later of the last successful sync and the last hand-over


@dataclass(frozen=True)
class MeasureResult:
    measure: str
    level: Level
    figure: int
    warn: int
    stop: int

    @property
    def distance(self) -> Message:
        """How far this figure is from its limits, in words."""
        text_id, text_en = _DISTANCE[self.measure]
        return Message(f"limit_{self.measure}", text_id, text_en,
                       {"figure": self.figure, "warn": self.warn, "stop": self.stop})


@dataclass(frozen=True)
class LimitsEvaluation:
    results: tuple[MeasureResult, ...]  # in MEASURES order

    @property
    def level(self) -> Level:
        levels = {r.level for r in self.results}
        return Level.STOP if Level.STOP in levels else Level.WARN if Level.WARN in levels else Level.OK

    @property
    def stopped(self) -> bool:
        return self.level is Level.STOP

    @property
    def message(self) -> Message:
        """What the officer is told, and what to do: about the first measure at the worst level."""
        level = self.level
        if level is Level.OK:
            return Message("limits_ok", "Perangkat masih jauh dari batas kerja luring.",
                           "This device is within its offline limits.")
        first = next(r for r in self.results if r.level is level)
        text_id, text_en = _WARNED[first.measure] if level is Level.WARN else _STOPPED[first.measure]
        return Message(f"limits_{level.value}_{first.measure}", text_id + _TO_DO[level][0],
                       text_en + _TO_DO[level][1], {"figure": first.figure, "limit": getattr(first, level.value)})


class OfflineLimitReached(DomainError):
    """A new registration refused while the device is past a stop (a draft can still be saved)."""

    def __init__(self, evaluation: LimitsEvaluation) -> None:
        self.evaluation = evaluation
        super().__init__(evaluation.message)


def evaluate(limits: OfflineLimits, figures: DeviceFigures, now: dt.datetime) -> LimitsEvaluation:
    """Each measure's level. Never synced nor handed over: the records at risk have been so since the oldest
    waiting one was saved (nothing waiting: nothing at risk)."""
    contact = figures.last_contact_at or figures.oldest_waiting_at
    values = {
        RECORDS_WAITING: figures.waiting,
        OLDEST_WAITING_DAYS: _days(now, figures.oldest_waiting_at),
        DAYS_SINCE_CONTACT: _days(now, contact),
    }
    results = []
    for measure in MEASURES:
        threshold, figure = limits.thresholds[measure], values[measure]
        level = Level.STOP if figure >= threshold.stop else Level.WARN if figure >= threshold.warn else Level.OK
        results.append(MeasureResult(measure, level, figure, threshold.warn, threshold.stop))
    return LimitsEvaluation(tuple(results))


def _days(now: dt.datetime, since: dt.datetime | None) -> int:
    """Whole days since `since`; a clock set back reads as 0, never as a negative age."""
    return 0 if since is None else max(0, (now - since).days)


def load_limits(path: Path) -> OfflineLimits:
    """The limits in `path`; a folder means its newest `offline-limits-<version>.json`."""
    try:
        if path.is_dir():
            path = data_files.newest(path, "offline-limits")
        return parse_limits(data_files.read_json_object(path))
    except DataFileError as exc:
        raise InvalidLimits(str(exc)) from None


def limits_from_centre(raw: bytes) -> OfflineLimits:
    """The limits the centre publishes: `raw` is the same JSON as an `offline-limits-<version>.json` file."""
    try:
        return parse_limits(data_files.json_object(raw))
    except DataFileError as exc:
        raise InvalidLimits(str(exc)) from None


def parse_limits(data: dict[str, Any]) -> OfflineLimits:
    """Strictly read the JSON form; raises `DataFileError`."""
    no_extra_keys(data, {"format", "version", "valid_from", "source", "limits"}, "$")
    version, valid_from = data_files.versioned_header(data, FORMAT)
    if "source" in data:
        text(data, "source", "$", max_length=1000)
    raw = field(data, "limits", dict, "$")
    no_extra_keys(raw, set(MEASURES), "$.limits")
    thresholds = {}
    for measure in MEASURES:
        where = f"$.limits.{measure}"
        entry = field(raw, measure, dict, "$.limits")
        no_extra_keys(entry, {"warn", "stop"}, where)
        warn, stop = (_threshold(entry, key, where, _HIGHEST[measure]) for key in ("warn", "stop"))
        if warn > stop:
            raise DataFileError(f"{where}.warn is above its stop")
        thresholds[measure] = Threshold(warn, stop)
    return OfflineLimits(version=version, valid_from=valid_from, thresholds=thresholds)


def _threshold(entry: dict[str, Any], key: str, where: str, highest: int) -> int:
    value: int = field(entry, key, int, where)
    if not 1 <= value <= highest:
        raise DataFileError(f"{where}.{key} must be 1..{highest}")
    return value


_DISTANCE = {
    # Records a USB bundle carried off wait for the centre too, but no longer count here: said so, since the
    # status bar's "waiting to be sent" beside it still counts them.
    RECORDS_WAITING: ("Belum dikirim atau dibawa lewat USB: {figure} (peringatan {warn}, berhenti {stop})",
                      "Not yet sent or carried off on USB: {figure} (warning at {warn}, stop at {stop})"),
    OLDEST_WAITING_DAYS: ("Data tertua menunggu: {figure} hari (peringatan {warn}, berhenti {stop})",
                          "Oldest waiting record: {figure} days (warning at {warn}, stop at {stop})"),
    DAYS_SINCE_CONTACT: ("Sejak sinkronisasi atau serah terima: {figure} hari (peringatan {warn}, berhenti {stop})",
                         "Since the last sync or hand-over: {figure} days (warning at {warn}, stop at {stop})"),
}
_WARNED = {
    RECORDS_WAITING: ("Sudah {figure} data belum dikirim atau dibawa lewat USB (batas {limit}). ",
                      "{figure} records are not yet sent or carried off on USB (limit {limit}). "),
    OLDEST_WAITING_DAYS: ("Data tertua sudah {figure} hari menunggu dikirim (batas {limit} hari). ",
                          "The oldest record has waited {figure} days to be sent (limit {limit} days). "),
    DAYS_SINCE_CONTACT: ("Sudah {figure} hari tanpa sinkronisasi atau serah terima (batas {limit} hari). ",
                         "{figure} days without a sync or hand-over (limit {limit} days). "),
}
_STOPPED = {
    RECORDS_WAITING: ("Pendaftaran baru dihentikan: {figure} data belum dikirim atau dibawa lewat USB (batas "
                      "{limit}). ",
                      "New registrations are stopped: {figure} records are not yet sent or carried off on USB "
                      "(limit {limit}). "),
    OLDEST_WAITING_DAYS: ("Pendaftaran baru dihentikan: data tertua sudah {figure} hari menunggu (batas {limit} "
                          "hari). ",
                          "New registrations are stopped: the oldest record has waited {figure} days (limit "
                          "{limit} days). "),
    DAYS_SINCE_CONTACT: ("Pendaftaran baru dihentikan: sudah {figure} hari tanpa sinkronisasi atau serah terima "
                         "(batas {limit} hari). ",
                         "New registrations are stopped: {figure} days without a sync or hand-over (limit "
                         "{limit} days). "),
}
_TO_DO = {
    Level.WARN: ("Sinkronkan dengan pusat (F5) atau serahkan data lewat USB segera, sebelum pendaftaran baru "
                 "dihentikan.",
                 "Sync with the centre (F5) or hand the records over by USB soon, before new registrations are "
                 "stopped."),
    Level.STOP: ("Draf dan perbaikan tetap bisa disimpan. Sinkronkan dengan pusat (F5) atau serahkan data lewat "
                 "USB (berkas bundel) untuk membuka pendaftaran lagi.",
                 "Drafts and corrections can still be saved. Sync with the centre (F5) or hand the records over "
                 "by USB (a bundle file) to open registrations again."),
}

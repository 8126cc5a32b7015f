"""A real device and a real reference server for the sync engine's tests, driven through the `luring` commands."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main as luring
from desktop.store.device import Device, OfficeInfo
from desktop.store.session import Session
from sync.server.cli import main as central_cli
from tests.support import CHEAP_KDF

PASSWORD = "kata sandi supervisor"
OFFICE = OfficeInfo("Disnaker Kabupaten Bogor", "3201", "32.01")


def new_device(folder: Path) -> Session:
    session, _recovery = Device.set_up(folder, OFFICE, "kepala", "Kepala Seksi", PASSWORD, kdf=CHEAP_KDF)
    return session


def log_in(folder: Path) -> Session:
    return Device.open(folder).login("kepala", PASSWORD)


def enrolment_code(central_dir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """(code, fingerprint words) as `luring central enrol-code` prints them for the supervisor."""
    capsys.readouterr()
    assert central_cli(["enrol-code", "--data-dir", str(central_dir), "--office", "3201"]) == 0
    code, fingerprint = capsys.readouterr().out.strip().splitlines()
    return code, fingerprint.split(": ", 1)[1]


def enrol(folder: Path, url: str, central_dir: Path, capsys: pytest.CaptureFixture[str],
          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LURING_PASSWORD", PASSWORD)
    code, words = enrolment_code(central_dir, capsys)
    assert luring(["enrol", "--data-dir", str(folder), "--url", url, "--code", code, "--fingerprint", words]) == 0


def sync_once(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    capsys.readouterr()
    code = luring(["sync", "--data-dir", str(folder), "--once", "--json"])
    return code, json.loads(capsys.readouterr().out)


def centre_counts(central_dir: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert central_cli(["stats", "--db", f"sqlite:///{central_dir / 'central.db'}", "--json"]) == 0
    counts: dict[str, Any] = json.loads(capsys.readouterr().out)
    return counts


@contextlib.contextmanager
def session_of(folder: Path) -> Iterator[Session]:
    session = log_in(folder)
    try:
        yield session
    finally:
        session.close()

"""Fixtures for the shell's GUI tests: a real encrypted device in a temporary folder, and a live Shell."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.store.device import Device, OfficeInfo, Role
from desktop.store.kdf import KdfParams
from desktop.ui.app import Shell

# Real Argon2id, with the smallest parameters the store accepts, so tests stay quick.
FAST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
OFFICE = OfficeInfo("Disnaker Kabupaten Bandung", "DSN-3204", "32.04")
SUPERVISOR = ("kepala", "Ibu Kepala Seksi", "rahasia-supervisor-1")
OFFICER = ("petugas1", "Budi Petugas", "rahasia-petugas-01")


@dataclass
class SetUpDevice:
    data_dir: Path
    recovery_key: str


@pytest.fixture
def fast_kdf() -> KdfParams:
    return FAST_KDF


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def device(data_dir: Path) -> SetUpDevice:
    """A device with a supervisor and one officer, set up through the store's public interface."""
    session, recovery_key = Device.set_up(data_dir, OFFICE, SUPERVISOR[0], SUPERVISOR[1], SUPERVISOR[2],
                                          kdf=FAST_KDF)
    try:
        session.add_account(OFFICER[0], OFFICER[1], Role.OFFICER, OFFICER[2])
    finally:
        session.close()
    return SetUpDevice(data_dir, recovery_key)


def _close_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        widget.close()  # popups belong to their widgets: close, never delete them here
    QApplication.processEvents()


@pytest.fixture
def make_shell(qapp: QApplication) -> Iterator[object]:
    shells: list[Shell] = []

    def make(data_dir: Path, start: bool = True) -> Shell:
        shell = Shell(qapp, data_dir, kdf=FAST_KDF)
        shells.append(shell)
        if start:
            shell.start()
        return shell

    yield make
    for shell in shells:
        shell.shutdown()
        shell.deleteLater()
    _close_windows()
    # Leave the application as the next test expects it.
    from desktop.ui import theme
    from desktop.ui.preferences import Preferences

    theme.apply(qapp, Preferences())
    remove_translators(qapp)


def remove_translators(app: QApplication) -> None:
    from PySide6.QtCore import QTranslator

    for old in app.findChildren(QTranslator, "luring-translator"):
        app.removeTranslator(old)
        old.deleteLater()


@pytest.fixture(autouse=True)
def source_language(qapp: QApplication) -> None:
    """Every GUI test starts on the source strings (English): no translator left by an earlier test."""
    remove_translators(qapp)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget

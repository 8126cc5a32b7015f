"""Fixtures for the GUI tests: a real encrypted device in a temporary folder, a live Shell, a session's context.

Shared here once, so test files take them by name (no fixture imports).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from desktop.operations.reference_ops import CurrentReference
from desktop.operations.runner import OperationRunner
from desktop.store.device import Device, Role
from desktop.ui import theme
from desktop.ui.app import Shell
from desktop.ui.collector import GuiThreadCollector
from desktop.ui.context import SessionSignals, UiContext
from desktop.ui.messages_box import show_error
from desktop.ui.preferences import Preferences
from tests.support import CHEAP_KDF, REFERENCE
from tests.ui.helpers import DESK_OFFICE, DESK_PASSWORD, DESK_USER, OFFICE, OFFICER, SUPERVISOR, set_up_desk


@pytest.fixture(autouse=True)
def gui_thread_collector(qapp: QApplication) -> Iterator[GuiThreadCollector]:
    """Garbage is collected on the GUI thread, as in the application; torn down after qtbot closed the widgets."""
    collector = GuiThreadCollector()
    yield collector
    collector.stop()
    collector.deleteLater()


@dataclass
class SetUpDevice:
    data_dir: Path
    recovery_key: str


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def device(data_dir: Path) -> SetUpDevice:
    """A device with a supervisor and one officer, set up through the store's public interface."""
    session, recovery_key = Device.set_up(data_dir, OFFICE, SUPERVISOR[0], SUPERVISOR[1], SUPERVISOR[2],
                                          kdf=CHEAP_KDF)
    try:
        session.accounts.add(OFFICER[0], OFFICER[1], Role.OFFICER, OFFICER[2])
    finally:
        session.close()
    return SetUpDevice(data_dir, recovery_key)


@pytest.fixture
def ui_context(qtbot: object, tmp_path: Path) -> Iterator[UiContext]:
    """A logged-in session as the shell hands it to its windows (English, the bundled reference data).

    Errors no operation handled are shown from one place, as the shell does (which parents the box
    to the active window).
    """
    set_up_desk(tmp_path / "data")
    session = Device.open(tmp_path / "data").login(DESK_USER, DESK_PASSWORD)
    runner = OperationRunner()
    # Parentless: a window a previous test left active may be deleted while the box is up.
    runner.unhandled_failure.connect(lambda error: show_error(None, error, "en"))
    context = UiContext(session=session, runner=runner, reference=CurrentReference(REFERENCE),
                        preferences=Preferences(language="en"), office=DESK_OFFICE, signals=SessionSignals())
    yield context
    runner.shutdown()
    session.close()
    runner.deleteLater()
    context.signals.deleteLater()


@pytest.fixture
def errors_shown(ui_context: UiContext) -> list[BaseException]:
    """Every error the context's operations left to the one place that shows errors."""
    errors: list[BaseException] = []
    ui_context.runner.unhandled_failure.connect(errors.append)
    return errors


def _close_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        widget.close()  # popups belong to their widgets: close, never delete them here
    QApplication.processEvents()


@pytest.fixture
def make_shell(qapp: QApplication) -> Iterator[Callable[..., Shell]]:
    shells: list[Shell] = []

    def make(data_dir: Path, start: bool = True) -> Shell:
        shell = Shell(qapp, data_dir, kdf=CHEAP_KDF)
        shells.append(shell)
        if start:
            shell.start()
        return shell

    yield make
    for shell in shells:
        shell.shutdown()
        shell.deleteLater()
    _close_windows()
    theme.apply(qapp, Preferences())  # leave the application as the next test expects it
    remove_translators(qapp)


def remove_translators(app: QApplication) -> None:
    for old in app.findChildren(QTranslator, "luring-translator"):
        app.removeTranslator(old)
        old.deleteLater()


@pytest.fixture(autouse=True)
def source_language(qapp: QApplication) -> None:
    """Every GUI test starts on the source strings (English): no translator left by an earlier test."""
    remove_translators(qapp)

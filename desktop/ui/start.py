"""The desktop application's start: logging, the QApplication with the theme's arguments, the shell."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui import theme
from desktop.ui.app import Shell


def run_application(data_dir: Path) -> int:
    """The desktop application; returns the process exit code."""
    # Nothing made before the first window is garbage: collecting it would only delay the first paint. Once
    # painted, what start-up made is frozen out of every later collection, and collections run on this thread.
    gc.disable()
    from desktop import logging_setup
    from desktop.paths import default_log_dir, ensure_private_dir

    logging_setup.configure(default_log_dir(), rotating=False)  # rotating once the first window is painted
    logging_setup.install_excepthook()
    ensure_private_dir(data_dir)
    # Fractional scaling as the display asks (the environment form: no Qt enum is needed before the first paint).
    os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")
    # Qt takes its settings from the environment and the theme, never from the words typed after `luring`.
    app = QApplication(sys.argv[:1] + theme.QT_ARGUMENTS)
    app.setApplicationName("Luring")
    app.setOrganizationName("Disnaker")
    app.setQuitOnLastWindowClosed(False)  # the shell decides when to quit (lock swaps windows)
    shell = Shell(app, data_dir)
    shell.first_window_painted.connect(lambda: _collect_from_now_on(app))
    # Exit once the slot that asked has returned (a queued call, without naming Qt's connection enum).
    shell.exit_requested.connect(lambda code: QTimer.singleShot(0, lambda: app.exit(code)))
    shell.start()
    try:
        return app.exec()
    finally:
        shell.shutdown()


def _collect_from_now_on(app: QApplication) -> None:
    from desktop.ui.collector import GuiThreadCollector

    gc.freeze()
    GuiThreadCollector(app)  # the application owns it: it collects until the application ends

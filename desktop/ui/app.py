"""The composition root: builds the runner, the reference data, the device, the windows, and connects them.

States: starting → first run | login → main window → (lock | switch user) → login …
Only this file knows every window; windows talk back through signals. The
reference data (regions, rules, consent text) is loaded here, once, after the
first window has been painted, and handed to what needs it. Errors that no
operation handled are shown from here.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop.operations import reference_ops, session_ops
from desktop.operations.reference_ops import CurrentReference
from desktop.operations.runner import Operation, OperationRunner
from desktop.paths import resources_dir
from desktop.store.accounts import Account
from desktop.store.device import Device, OfficeInfo
from desktop.store.errors import AlreadyOpen, NotSetUp
from desktop.store.instance_lock import InstanceLock
from desktop.store.kdf import KdfParams
from desktop.ui import preferences, theme
from desktop.ui.idle_lock import IdleWatcher
from desktop.ui.login import LoginWindow
from desktop.ui.preferences import Preferences
from desktop.ui.translations import install_translators
from desktop.ui.windows import after_first_paint, alive

if TYPE_CHECKING:  # the session's windows load at log-in (with the database engine), not before the log-in window
    from PySide6.QtWidgets import QMessageBox  # nor Qt classes it does not show: each one costs its first paint

    from desktop.domain.reference import ReferenceData
    from desktop.store.retention import PurgeReport
    from desktop.store.session import Session
    from desktop.ui.context import UiContext
    from desktop.ui.first_run import FirstRunDialog
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("luring.ui")

EXIT_UNREADABLE = 2


class Shell(QObject):
    """Owns the device and the current session; swaps the windows as the state changes."""

    exit_requested = Signal(int)
    first_window_painted = Signal()  # once: the log-in window or the first-run dialog is on screen

    def __init__(self, app: QApplication, data_dir: Path, *, kdf: KdfParams | None = None,
                 resources: Path | None = None) -> None:
        super().__init__(app)
        self.app, self.data_dir, self.kdf = app, data_dir, kdf
        self.resources = resources or resources_dir()
        self.prefs: Preferences = preferences.load(data_dir)
        self.runner = OperationRunner(self)
        self.instance = InstanceLock(data_dir)
        self.runner.unhandled_failure.connect(self.show_error)
        self.reference = CurrentReference()
        self.device: Device | None = None
        self.office: OfficeInfo | None = None
        self.context: UiContext | None = None
        self.login_window: LoginWindow | None = None
        self.main_window: MainWindow | None = None
        self.first_run: FirstRunDialog | None = None
        self.dialog: QWidget | None = None  # the open settings/accounts dialog
        self.fatal_box: QMessageBox | None = None
        self._waiting_session: Session | None = None  # logged in before the reference data was read
        self._reference_loading = False
        self._painted = False
        self._security_check: Operation[session_ops.SecurityReport] | None = None
        self._purge: Operation[PurgeReport] | None = None  # the one started at log-in
        # Watches the keyboard and mouse during a session only: an application-wide filter in Python sees every
        # object Qt makes, and wrapping them all would cost the log-in window's first paint a third of its time.
        self.idle = IdleWatcher(self.prefs.idle_lock_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self._language_pending = False

    # ----- start -----
    def start(self) -> None:
        theme.apply(self.app, self.prefs)
        install_translators(self.app, self.prefs.language)
        # The key file is read on the store thread once this one waits in the event loop: two Python threads
        # at once would hand the interpreter lock back and forth, and each hand-over can wait 5 ms.
        session_ops.open_device(self.runner, self.data_dir).success(self._device_opened) \
            .failure(self._open_failed).run()

    def _first_window_painted(self) -> None:
        """What waits for the first window to be on screen: its Python time would have delayed that paint."""
        if self._painted:
            return
        self._painted = True
        try:  # once painted: the lock's library costs the first paint 30 ms, and nothing is written before
            self.instance.acquire()
        except AlreadyOpen as error:
            self._refuse_second_instance(error)
            return
        from PySide6.QtGui import QIcon  # Qt sets QIcon up in a few ms: the window is on screen first

        from desktop import logging_setup
        from desktop.paths import resource

        icon = resource("icons", "luring.png")
        if icon.exists():
            self.app.setWindowIcon(QIcon(str(icon)))  # every open window takes it at once
        logging_setup.start_rotating()
        self._load_reference()
        self.first_window_painted.emit()

    def _refuse_second_instance(self, error: AlreadyOpen) -> None:
        for window in (self.login_window, self.first_run):
            if window is not None and alive(window):
                window.hide()
        self.show_fatal(error)

    def _load_reference(self) -> None:
        if self.reference.loaded or self._reference_loading:
            return
        self._reference_loading = True
        reference_ops.load_bundled(self.runner, self.reference, self.resources) \
            .success(self._reference_loaded).failure(self.show_fatal).run()

    def _reference_loaded(self, reference: ReferenceData) -> None:
        if self.first_run is not None and alive(self.first_run):
            self.first_run.set_regions(reference.regions)
        waiting, self._waiting_session = self._waiting_session, None
        if waiting is not None:
            self.enter_session(waiting)

    def _open_failed(self, error: BaseException) -> None:
        if isinstance(error, NotSetUp):
            self.show_first_run()
        else:
            self.show_fatal(error)

    def show_error(self, error: BaseException) -> None:
        """The one place an operation's failure becomes a popup (see messages_box)."""
        from desktop.ui.messages_box import show_error  # message boxes load when one is needed

        parent = QApplication.activeWindow() or self.main_window or self.login_window
        show_error(parent if alive(parent) else None, error, self.prefs.language)

    def show_fatal(self, error: BaseException) -> None:
        """Refuse to start: say why in words, never a traceback, and never create a fresh store."""
        from desktop.ui.messages_box import show_fatal

        log.error("cannot go on: %s", type(error).__name__)
        box = show_fatal(error, self.prefs.language,
                         self.tr("The application will close. Data folder: {path}").format(path=self.data_dir),
                         self.tr("Close"))
        box.finished.connect(lambda _result: self.exit_requested.emit(EXIT_UNREADABLE))
        self.fatal_box = box

    def show_first_run(self) -> None:
        from desktop.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.runner, self.data_dir, self.prefs.language, kdf=self.kdf)
        dialog.completed.connect(self._first_run_done)
        dialog.rejected.connect(lambda: self.exit_requested.emit(0))
        # Whoever sets the device up becomes its first supervisor.
        dialog.settings_requested.connect(lambda: self.open_settings(dialog, device_wide=True))
        if self.reference.loaded:
            dialog.set_regions(self.reference.current.regions)
        else:
            after_first_paint(dialog, self._first_window_painted)
        dialog.show()
        self.first_run = dialog

    def _first_run_done(self, session: Session) -> None:
        if self.first_run is not None:
            self.first_run.deleteLater()
        self.first_run = None

        def opened(device: session_ops.OpenedDevice) -> None:
            self._remember(device)
            self.enter_session(session)

        session_ops.open_device(self.runner, self.data_dir).success(opened).failure(self.show_fatal).run()

    def _remember(self, opened: session_ops.OpenedDevice) -> None:
        self.device, self.office = opened.device, opened.office

    def _device_opened(self, opened: session_ops.OpenedDevice) -> None:
        self._remember(opened)
        self._show_login_with(opened.accounts, None)

    # ----- log in -----
    def show_login(self, preselect: str | None = None) -> None:
        assert self.device is not None
        session_ops.device_accounts(self.runner, self.device) \
            .success(lambda accounts: self._show_login_with(accounts, preselect)) \
            .failure(self.show_fatal).run()

    def _show_login_with(self, accounts: list[Account], preselect: str | None) -> None:
        assert self.device is not None and self.office is not None
        if self.login_window is not None and alive(self.login_window):
            self.login_window.dismiss()
        window = LoginWindow(self.runner, self.device, accounts, self.office.office_name, self.prefs.language,
                             preselect=preselect)
        window.logged_in.connect(self.enter_session)
        window.unreadable.connect(self._unreadable_at_login)
        window.settings_requested.connect(lambda: self.open_settings(window))
        window.quit_requested.connect(lambda: self.exit_requested.emit(0))
        after_first_paint(window, self._first_window_painted)
        window.show()
        window.activateWindow()
        self.login_window = window
        # A lock-out survives a restart: show its countdown straight away.
        session_ops.lockout_seconds(self.runner, self.device) \
            .success(lambda seconds: window.start_lockout(seconds) if seconds > 0 else None) \
            .failure(lambda exc: log.warning("lock-out state unreadable: %s", type(exc).__name__)).run()

    def _unreadable_at_login(self, error: BaseException) -> None:
        if self.login_window is not None and alive(self.login_window):
            self.login_window.dismiss()
        self.login_window = None
        self.show_fatal(error)

    def enter_session(self, session: Session) -> None:
        from desktop.ui.context import SessionSignals, UiContext
        from desktop.ui.main_window import MainWindow

        if not self.reference.loaded:
            self._waiting_session = session  # entered as soon as the reference data is read
            return
        assert self.office is not None
        if self.login_window is not None and alive(self.login_window):
            self.login_window.dismiss()
        self.login_window = None
        # Queued on the store thread ahead of the main window's work: its first wizard already has them.
        reference_ops.adopt_kept(self.runner, self.reference, session) \
            .failure(lambda exc: log.warning("kept reference data unreadable: %s", type(exc).__name__)).run()
        self.context = UiContext(session=session, runner=self.runner, reference=self.reference,
                                 preferences=self.prefs, office=session.office or self.office,
                                 signals=SessionSignals(self))
        self.main_window = MainWindow(self.context)
        self._connect_main(self.main_window)
        self.main_window.show()
        self.app.installEventFilter(self.idle)
        self.idle.start()
        from desktop.operations import retention_ops  # with the session: its policy reader is not the log-in's

        # Behind the main window's first page on the store thread: personal data kept long enough goes now.
        self._purge = retention_ops.purge_personal_data(self.runner, session, self.reference) \
            .failure(lambda exc: log.warning("retention purge failed: %s", type(exc).__name__)).run()
        if session.account.is_supervisor:
            # Queued behind the main window's first page, so the list is not kept waiting by the audit walk.
            self._security_check = session_ops.security_report(self.runner, session) \
                .success(lambda report: self._show_security_notice(session, report)) \
                .failure(lambda exc: log.warning("security check failed: %s", type(exc).__name__)).run()

    def _show_security_notice(self, session: Session, report: session_ops.SecurityReport) -> None:
        from desktop.ui.security_notice import SecurityNoticeDialog

        if not report.needs_attention or self.context is None or self.context.session is not session:
            return  # nothing to say, or the session ended (lock, switch user) while the check ran
        log.warning("security notice shown: %d warning(s), audit chain %s", len(report.warnings),
                    "intact" if report.audit.ok else "broken")
        notice = SecurityNoticeDialog(report, self.runner, session, self.context.language, self.main_window)
        notice.open()

    def _connect_main(self, window: MainWindow) -> None:
        window.lock_requested.connect(self.lock)
        window.switch_user_requested.connect(self.switch_user)
        window.settings_requested.connect(
            lambda: self.open_settings(window, device_wide=self.context is not None and self.context.is_supervisor))
        window.accounts_requested.connect(self.open_accounts)
        window.enrol_requested.connect(self.open_enrol)
        window.quit_requested.connect(self.quit)
        window.windows.wizard_closed.connect(self._retranslate_later)

    # ----- ending a session -----
    def end_session(self) -> str | None:
        """Close every window of the session, clear the clipboard, drop the key. Returns the username."""
        context, self.context = self.context, None
        self.idle.stop()
        self.app.removeEventFilter(self.idle)
        self._waiting_session = None
        if context is None:
            return None
        if self._security_check is not None:
            self._security_check.cancel()  # a long audit walk stops; the session closes behind it
            self._security_check = None
        if self._purge is not None:
            self._purge.cancel()  # not started yet: it never starts; started: the session closes behind it
            self._purge = None
        context.signals.session_ending.emit()
        context.signals.deleteLater()
        self._language_pending = False
        username = context.session.account.username
        if self.main_window is not None:
            self.main_window.discard()
            self.main_window = None
        if self.dialog is not None and alive(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        for widget in QApplication.topLevelWidgets():
            # Anything else still open (a wizard window, a message box) may show personal data.
            if widget.isVisible() and widget is not self.login_window and widget is not self.fatal_box:
                widget.close()
        from PySide6.QtGui import QClipboard

        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():  # X11's middle-click selection holds copied text too
            clipboard.clear(QClipboard.Mode.Selection)
        session_ops.close_session(self.runner, context.session) \
            .failure(lambda exc: log.warning("closing the session failed: %s", type(exc).__name__)).run()
        return username

    def lock(self) -> None:
        username = self.end_session()
        if username is not None:
            self.show_login(preselect=username)

    def switch_user(self) -> None:
        if self.end_session() is not None:
            self.show_login()

    def quit(self) -> None:
        self.end_session()
        self.exit_requested.emit(0)

    # ----- settings and accounts -----
    def open_settings(self, parent: QWidget, *, device_wide: bool = False) -> None:
        """`device_wide`: the idle lock too, which protects everyone's records (a supervisor's choice)."""
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.prefs, parent, device_wide=device_wide)
        dialog.applied.connect(self.apply_preferences)
        dialog.open()
        self.dialog = dialog

    def apply_preferences(self, new: Preferences) -> None:
        old, self.prefs = self.prefs, new
        try:
            preferences.save(self.data_dir, new)
        except OSError as exc:
            self.show_error(exc)
        theme.apply(self.app, new)
        self.idle.set_timeout(new.idle_lock_minutes * 60_000)
        if self.context is not None:
            self.context.preferences = new
        if new.language != old.language:
            install_translators(self.app, new.language)
            self.retranslate()
        elif new.text_scale != old.text_scale:
            self._rebuild_start_windows()  # sized from their text when built: clipped buttons otherwise

    def retranslate(self) -> None:
        """Re-create the visible windows so every string is in the new language."""
        self._rebuild_start_windows()
        if self.main_window is not None and self.context is not None:
            if self.main_window.wizard is not None:
                # Never throw away a registration in progress; switch when it is closed.
                self._language_pending = True
                self.context.signals.status_message.emit(
                    self.tr("The new language is used after this registration is closed."))
                return
            self._rebuild_main()

    def _rebuild_start_windows(self) -> None:
        if self.login_window is not None:
            self.show_login(self.login_window.selected_username())
        if self.first_run is not None and self.first_run.session is None:
            old = self.first_run
            self.show_first_run()
            old.hide()
            old.deleteLater()

    def _retranslate_later(self) -> None:
        if self._language_pending and self.main_window is not None and self.main_window.wizard is None:
            self._language_pending = False
            self._rebuild_main()

    def _rebuild_main(self) -> None:
        from desktop.ui.main_window import MainWindow

        assert self.context is not None
        old = self.main_window
        self.main_window = MainWindow(self.context)
        self._connect_main(self.main_window)
        if old is not None:
            self.main_window.setGeometry(old.geometry())
            old.discard()
        self.main_window.show()

    def open_accounts(self) -> None:
        from desktop.ui.accounts_dialog import AccountsDialog

        if self.context is None or self.main_window is None:
            return
        dialog = AccountsDialog(self.context, self.main_window)
        dialog.open()
        self.dialog = dialog

    def open_enrol(self) -> None:
        from desktop.ui.enrol_dialog import EnrolDialog

        if self.context is None or self.main_window is None:
            return
        dialog = EnrolDialog(self.context, self.main_window)
        dialog.open()
        self.dialog = dialog

    def shutdown(self) -> None:
        self.end_session()
        if self.login_window is not None and alive(self.login_window):
            self.login_window.dismiss()
        for window in (self.first_run, self.fatal_box, self.dialog):
            if window is not None and alive(window):
                window.close()
                window.deleteLater()
        self.login_window = self.first_run = self.fatal_box = self.dialog = None
        self.runner.shutdown()
        self.instance.release()

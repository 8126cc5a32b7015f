"""Screenshots of the real windows, for review and for docs/screenshots/.

    xvfb-run -s "-screen 0 1600x1000x24" python scripts/screenshots.py --out DIR

Builds a throw-away demo device (synthetic applicants only) in a temporary
folder, then for each language (id, en) and text size (100 %, 200 %) opens the
real windows through the application's own Shell and saves PNGs: first run,
log-in, the records list, every wizard step, settings, the supervisors' security notice, the sync panel, a
record window for a record the centre rejected and for one held back after failing too often, and the main
window and sync panel of a device past the offline limits' warning and past their stop.

With --atspi, each window is also read through the accessibility bus as Orca reads it (see atspi.py), and the
script fails if any focusable control there has no name:

    dbus-run-session -- xvfb-run -a python scripts/screenshots.py --out DIR --atspi
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from centre_scenes import save_offline_limits, save_record_windows
from PySide6.QtWidgets import QApplication, QWidget
from tour import DEMO_KDF, DEMO_PASSWORD, MAIN_SIZE, save, settle, wait_until

from desktop.store.session import Session
from desktop.ui import preferences, theme
from desktop.ui.app import Shell
from desktop.ui.preferences import Preferences

SUPERVISOR_SCENES = {"report", "desk", "accounts"}


def demo_device(folder: Path, count: int) -> Path:
    from desktop.store.demo_data import main as demo_main

    os.environ["LURING_PASSWORD"] = DEMO_PASSWORD
    from desktop.store.demo_data import SUPERVISOR
    from desktop.store.device import Device

    with contextlib.redirect_stdout(io.StringIO()):  # the demo tool prints its throw-away keys
        demo_main(["--data-dir", str(folder), "--count", str(count), "--seed", "7"], kdf=DEMO_KDF)
    # Its records waited up to 60 days, past the offline limits' stop: shown as after a USB hand-over, so the
    # wizard opens.
    session = Device.open(folder).login(SUPERVISOR, DEMO_PASSWORD)
    try:
        session.handovers.record("bundle_exported", count, 1, "0" * 64)
        send_back_three(session)
    finally:
        session.close()
    return folder


def send_back_three(session: Session) -> None:
    """Three of the oldest records answered by the centre as it would: two rejected, one to correct."""
    from desktop.store.outbox_table import RecordStatus
    from desktop.store.record_listing import RecordQuery
    from sync.outbox import CentreDecision, Reason

    oldest = session.records.list_records(RecordQuery(), session.records.count_records(RecordQuery()) - 3, 3)
    answers = [(RecordStatus.REJECTED, (Reason("nik_registered", "identity.nik"),)),
               (RecordStatus.NEEDS_CORRECTION, (Reason("validation", "address.village_code"),
                                                Reason("validation", "contact.phone"))),
               (RecordStatus.REJECTED, (Reason("kk_limit", "identity.kk"),))]
    session.outbox.apply_decisions([CentreDecision(r.record_id, r.version, state, reasons)
                                    for r, (state, reasons) in zip(oldest, answers, strict=True)], "demo-1")


def shoot(app: QApplication, demo: Path, out: Path, language: str, scale: int, only: set[str],
          high_contrast: bool = False) -> None:
    suffix = f"{language}-{scale}" + ("-contrast" if high_contrast else "")
    prefs = Preferences(language=language, text_scale=scale, high_contrast=high_contrast)

    if not only or "first-run" in only:
        with tempfile.TemporaryDirectory() as empty:
            preferences.save(Path(empty), prefs)
            shell = Shell(app, Path(empty), kdf=DEMO_KDF)
            shell.start()
            wait_until(lambda: shell.first_run is not None and shell.first_run.province.count() > 0)
            shell.first_run.office_name.setText("Disnaker Kabupaten Bandung")
            shell.first_run.adjustSize()
            save(shell.first_run, out, f"first-run-{suffix}")
            shell.shutdown()
            shell.deleteLater()

    preferences.save(demo, prefs)
    shell = Shell(app, demo, kdf=DEMO_KDF)
    shell.start()
    wait_until(lambda: shell.login_window is not None)
    login = shell.login_window
    login.adjustSize()
    if not only or "login" in only:
        save(login, out, f"login-{suffix}")
    if not only or "login" in only:
        login.open_recovery()
        save(login.recovery_dialog, out, f"login-recovery-{suffix}")
        login.recovery_dialog.reject()
    if not only or "settings" in only:
        login.settings_button.click()
        shell.dialog.adjustSize()
        save(shell.dialog, out, f"settings-{suffix}")
        shell.dialog.reject()

    if only and only <= SUPERVISOR_SCENES:  # these are the supervisor's; every other window is as an officer sees it
        from desktop.store.demo_data import SUPERVISOR

        login.accounts_list.setCurrentRow(login.usernames.index(SUPERVISOR))
    login.password.setText(DEMO_PASSWORD)
    login.submit()
    wait_until(lambda: shell.main_window is not None)
    main = shell.main_window
    main.resize(*MAIN_SIZE[scale])
    settle(1.0)
    if not only or "records" in only:
        save(main, out, f"records-{suffix}")
    if not only or "security" in only:
        save_security_notice(shell, main, out, suffix)
    if not only or "sync" in only:
        save_sync_panel(shell, main, out, suffix)
    if not only or "record" in only:
        save_record_windows(shell, main, out, suffix, demo)
    if not only or "handover" in only:
        save_handover(main, out, suffix, demo)
    if "report" in only:
        save_report(main, out, suffix)
    if "desk" in only:
        save_desk(main, out, suffix)
    if "accounts" in only:
        save_accounts(shell, out, suffix)
    if "nik" in only:  # what leaving the NIK fills in
        main.open_wizard(None)
        wizard = main.wizard
        wait_until(lambda: wizard.isEnabled())
        wizard.flow.resume(1)
        wizard.show_step(1)
        nik = wizard.pages[1].form.widgets["identity.nik"]
        nik.setText("3201 0141 0890 0001")
        nik.editingFinished.emit()
        settle(0.3)
        save(main, out, f"wizard-nik-{suffix}")
        wizard.close_wizard()
    if not only or "wizard" in only:
        from desktop.operations.wizard_flow import REVIEW, STEPS

        main.open_wizard(None)
        wizard = main.wizard
        wait_until(lambda: wizard.isEnabled())
        wizard.flow.resume(REVIEW)  # as a draft left at the review: every step can be shown
        for index, name in enumerate(STEPS):
            wizard.show_step(index)
            save(main, out, f"wizard-{index + 1}-{name}-{suffix}")
        wizard.close_wizard()
    shell.shutdown()
    shell.deleteLater()
    settle()


def save_security_notice(shell: Shell, main: QWidget, out: Path, suffix: str) -> None:
    """The supervisors' notice, with every warning the store knows and a broken audit chain (made up)."""
    from desktop.operations.session_ops import SecurityReport
    from desktop.store.audit import AuditVerdict
    from desktop.store.settings import WARNING_MESSAGES
    from desktop.ui.security_notice import SecurityNoticeDialog

    report = SecurityReport(list(WARNING_MESSAGES.values()), AuditVerdict(False, 41, 42))
    assert shell.context is not None
    notice = SecurityNoticeDialog(report, shell.runner, shell.context.session, shell.context.language, main)
    notice.show()
    save(notice, out, f"security-notice-{suffix}")
    notice.reject()


def save_handover(main: QWidget, out: Path, suffix: str, demo: Path) -> None:
    """Export for USB, as it opens and after Export (the demo device is not enrolled: it says what to do)."""
    from desktop.ui.handover_dialog import HandoverMode

    main.open_handover(HandoverMode.EXPORT)  # type: ignore[attr-defined]
    dialog = main.handover_dialog  # type: ignore[attr-defined]
    save(dialog, out, f"handover-export-{suffix}")
    dialog.path.setText(str(demo.parent))
    dialog.begin()
    wait_until(lambda: dialog.start.isEnabled())
    save(dialog, out, f"handover-export-done-{suffix}")
    dialog.reject()
    main.open_handover(HandoverMode.RECEIPT)  # type: ignore[attr-defined]
    save(main.handover_dialog, out, f"handover-receipt-{suffix}")  # type: ignore[attr-defined]
    main.handover_dialog.reject()  # type: ignore[attr-defined]


def save_desk(main: QWidget, out: Path, suffix: str) -> None:
    """The supervisor's dashboard, the correction worklist and the audit log window."""
    main.show_dashboard()  # type: ignore[attr-defined]
    wait_until(lambda: main.dashboard.figures is not None)  # type: ignore[attr-defined]
    settle(1.0)  # the retention line and the recovery key's state come after the figures
    main.dashboard.chart.setFocus()  # type: ignore[attr-defined]
    settle(0.5)
    save(main, out, f"dashboard-{suffix}")
    main.open_worklist()  # type: ignore[attr-defined]
    settle(1.0)
    save(main.worklist_dialog, out, f"worklist-{suffix}")  # type: ignore[attr-defined]
    main.worklist_dialog.reject()  # type: ignore[attr-defined]
    main.open_audit_log()  # type: ignore[attr-defined]
    wait_until(lambda: main.audit_dialog.view is not None)  # type: ignore[attr-defined]
    settle(0.3)
    save(main.audit_dialog, out, f"audit-{suffix}")  # type: ignore[attr-defined]
    main.audit_dialog.export_to("pdf", out / f"audit-{suffix}.pdf")  # type: ignore[attr-defined]
    wait_until(lambda: (out / f"audit-{suffix}.pdf").exists())
    main.audit_dialog.reject()  # type: ignore[attr-defined]
    desk = main.dashboard  # type: ignore[attr-defined]
    if desk.recovery_button.isVisibleTo(desk):  # a demo device never confirmed its key
        desk.open_new_recovery_key()
        dialog = desk.recovery_dialog
        dialog.make()
        wait_until(lambda: bool(dialog.panel.key), timeout=60)
        settle(0.3)
        save(dialog, out, f"recovery-key-{suffix}")
        dialog.panel.last_group.setText(dialog.panel.key.split("-")[-1])
        dialog.panel.written.setChecked(True)
        dialog.confirm()
        wait_until(lambda: not desk.recovery_notice.isVisible())


def save_accounts(shell: Shell, out: Path, suffix: str) -> None:
    """The accounts window, adding an officer, and enrolling the device (supervisors only)."""
    from desktop.ui.accounts_dialog import AddOfficerDialog

    shell.open_accounts()
    accounts = shell.dialog
    assert accounts is not None
    settle(0.5)
    save(accounts, out, f"accounts-{suffix}")
    accounts.open_add()  # type: ignore[attr-defined]
    add = accounts.findChild(AddOfficerDialog)
    save(add, out, f"accounts-add-{suffix}")
    add.reject()
    accounts.reject()  # type: ignore[attr-defined]
    shell.open_enrol()
    save(shell.dialog, out, f"enrol-{suffix}")  # type: ignore[arg-type]
    shell.dialog.reject()  # type: ignore[union-attr]


def save_report(main: QWidget, out: Path, suffix: str) -> None:
    """The report dialog after its preview, and the PDF it saves (render it with pdftoppm to look at it)."""
    main.open_report()  # type: ignore[attr-defined]
    dialog = main.report_dialog  # type: ignore[attr-defined]
    dialog.first.setDate(dialog.first.date().addDays(-60))
    dialog.preview_button.click()
    wait_until(lambda: dialog.save.isEnabled())
    dialog.adjustSize()
    save(dialog, out, f"report-{suffix}")
    dialog.save_to(out / f"report-{suffix}.pdf")
    wait_until(lambda: (out / f"report-{suffix}.pdf").exists() and not dialog.stop.isVisible())
    save(dialog, out, f"report-saved-{suffix}")
    dialog.reject()


def save_sync_panel(shell: Shell, main: QWidget, out: Path, suffix: str) -> None:
    """The sync panel with a made-up history: a sync that ran, one stopped, one that found the centre away."""
    import datetime as dt

    from desktop.store.sync_history import SyncRun

    assert shell.context is not None
    history = shell.context.session.sync_history
    start = dt.datetime(2026, 12, 1, 1, 0, tzinfo=dt.UTC)
    runs = [SyncRun(start, start + dt.timedelta(seconds=9), 42, 40, 2, 5),
            SyncRun(start + dt.timedelta(hours=1), start + dt.timedelta(hours=1, seconds=3), 6, 6, 0, 0,
                    cancelled=True),
            SyncRun(start + dt.timedelta(hours=2), start + dt.timedelta(hours=2, seconds=30), 0, 0, 0, 0,
                    error="network")]
    if not shell.runner.run_now(history.latest):  # the same demo device for every language and size
        for run in runs:
            shell.runner.run_now(lambda run=run: history.record(run))
    main.open_sync_panel()  # type: ignore[attr-defined]
    panel = main.sync_panel  # type: ignore[attr-defined]
    wait_until(lambda: panel.runs.rowCount() == len(runs))
    save(panel, out, f"sync-panel-{suffix}")
    panel.reject()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--records", type=int, default=120, help="synthetic registrations in the demo device")
    parser.add_argument("--only", nargs="*", default=[],
                        help="first-run login settings records security sync record handover report desk "
                             "accounts wizard limits")
    parser.add_argument("--languages", nargs="*", default=["id", "en"])
    parser.add_argument("--scales", nargs="*", type=int, default=[100, 200])
    parser.add_argument("--contrast", action="store_true",
                        help="also the high-contrast theme (first language and size; the --only windows)")
    parser.add_argument("--atspi", action="store_true", help="also read each window through AT-SPI; fail if unnamed")
    options = parser.parse_args(argv)
    if options.atspi:
        os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"  # before the QApplication: Qt then joins the bus
    options.out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0], *theme.QT_ARGUMENTS])
    app.setApplicationName("Luring")
    with tempfile.TemporaryDirectory() as folder:
        demo = demo_device(Path(folder) / "demo", options.records)
        for language in options.languages:
            for scale in options.scales:
                shoot(app, demo, options.out, language, scale, set(options.only))
                if not options.only:  # the supervisor's windows, logged in as the supervisor
                    shoot(app, demo, options.out, language, scale, SUPERVISOR_SCENES)
                if not options.only or "limits" in options.only:
                    save_offline_limits(app, options.out, language, scale)
        if options.contrast:
            shoot(app, demo, options.out, options.languages[0], options.scales[0],
                  set(options.only) or {"login", "settings", "records"}, high_contrast=True)
    if options.atspi:
        import atspi

        print(atspi.TOUR.summary())
        return 1 if atspi.TOUR.findings else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The tour's windows about the centre: records it answered, and devices past the offline limits."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from tour import DEMO_KDF, DEMO_PASSWORD, MAIN_SIZE, save, settle, wait_until

from desktop.ui import preferences
from desktop.ui.app import Shell
from desktop.ui.preferences import Preferences


def centre_examples(shell: Shell) -> tuple[object, object]:
    """Two of the demo's ready records, one rejected by the centre with its reasons, one held back (made up)."""
    import datetime as dt

    from desktop.store.outbox_table import RecordStatus
    from desktop.store.records import RecordQuery
    from sync.outbox import CentreDecision, Reason
    from sync.protocol import Decision

    assert shell.context is not None
    session = shell.context.session
    done = session.records.list_records(RecordQuery(status=RecordStatus.REJECTED), 0, 1) + \
        session.records.list_records(RecordQuery(status=RecordStatus.QUARANTINED), 0, 1)
    if len(done) == 2:  # the next language or size: the same two records
        return done[0].record_id, done[1].record_id
    rejected, held = session.records.list_records(RecordQuery(status=RecordStatus.READY), 0, 2)
    box = session.outbox
    box.mark_sending(rejected.record_id, rejected.version)
    box.mark_result(rejected.record_id, rejected.version, RecordStatus.ACCEPTED)
    reasons = (Reason("ineligible", "background.employment_status"),
               Reason("Foto KTP tidak terbaca, mohon ambil ulang dengan cahaya cukup"))
    decided = dt.datetime(2026, 11, 24, 2, 30, tzinfo=dt.UTC)
    box.apply_decisions([CentreDecision(rejected.record_id, rejected.version, Decision.REJECTED, reasons,
                                        decided)], "screenshots-1")
    now = dt.datetime.now(dt.UTC)
    while box.entry(held.record_id, held.version).state is not RecordStatus.QUARANTINED:
        box.mark_sending(held.record_id, held.version)
        box.item_failed(held.record_id, held.version, "seal_invalid", now)
    return rejected.record_id, held.record_id


def save_record_windows(shell: Shell, main: QWidget, out: Path, suffix: str, demo: Path) -> None:
    """As the demo's supervisor (who alone gets "Send again"), in the shell's own windows and runner."""
    import dataclasses

    from desktop.store.demo_data import SUPERVISOR
    from desktop.store.device import Device
    from desktop.ui.record_dialog import RecordDialog

    assert shell.context is not None
    supervisor = Device.open(demo).login(SUPERVISOR, DEMO_PASSWORD)
    try:
        context = dataclasses.replace(shell.context, session=supervisor)
        for record_id, name in zip(centre_examples(shell), ("rejected", "quarantined"), strict=True):
            dialog = RecordDialog(context, record_id, main)  # type: ignore[arg-type]
            dialog.show()
            wait_until(lambda d=dialog: d.registration is not None and d.centre.status is not None)
            save(dialog, out, f"record-{name}-{suffix}")
            dialog.close()
            settle()
    finally:
        supervisor.close()


def save_offline_limits(app: QApplication, out: Path, language: str, scale: int) -> None:
    """Devices whose records waited 8 days (past the bundled warning) and 22 days (past the stop)."""
    import datetime as dt

    from desktop.domain.reference import load_reference
    from desktop.paths import resource
    from desktop.store import audit
    from desktop.store.demo_data import PeopleMaker
    from desktop.store.device import Device, OfficeInfo
    from desktop.store.records import RecordStore

    reference = load_reference(resource())
    for days, state in ((8, "warned"), (22, "stopped")):
        with tempfile.TemporaryDirectory() as folder:
            data_dir = Path(folder) / "data"
            session, _ = Device.set_up(data_dir, OfficeInfo("Disnaker Kabupaten Bogor (demo)", "3201", "32.01"),
                                       "petugas", "Petugas Demo", DEMO_PASSWORD, kdf=DEMO_KDF)
            made = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
            store = RecordStore(session.engine, "petugas", audit.in_transaction("petugas"), clock=lambda m=made: m)
            maker = PeopleMaker(reference, seed=days)
            for _ in range(3):
                store.save_registration(maker.registration("petugas", made), reference=reference)
            session.close()
            preferences.save(data_dir, Preferences(language=language, text_scale=scale))
            shell = Shell(app, data_dir, kdf=DEMO_KDF)
            shell.start()
            wait_until(lambda s=shell: s.login_window is not None)
            shell.login_window.password.setText(DEMO_PASSWORD)
            shell.login_window.submit()
            wait_until(lambda s=shell: s.main_window is not None)
            main = shell.main_window
            main.resize(*MAIN_SIZE[scale])
            wait_until(lambda m=main: m.limits.notice is not None)
            save(main.limits.notice, out, f"limits-notice-{state}-{language}-{scale}")
            main.limits.notice.close()
            save(main, out, f"limits-{state}-{language}-{scale}")
            main.open_sync_panel()
            save(main.sync_panel, out, f"limits-sync-panel-{state}-{language}-{scale}")
            shell.shutdown()
            shell.deleteLater()
            settle()

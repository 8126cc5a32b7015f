"""A visible string without a translation fails a test, two ways.

1. The catalogues match the code: `pyside6-lupdate` over desktop/ finds exactly the (context, source) pairs
   the .ts files hold, none missing and none stale, and every Indonesian entry is finished.
2. In Bahasa Indonesia no window shows an English text: every window, dialog and wizard page is opened in
   English and then in Indonesian, and a text seen in both is a string left untranslated (or never passed
   through tr()), unless it is only words both languages share (EXEMPT) or the test's own data.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget
from sqlalchemy import text

from desktop.domain.registration_form import form_data
from desktop.operations.wizard_flow import REVIEW
from desktop.paths import resource
from desktop.store.device import Device, Role
from desktop.ui import preferences
from desktop.ui.accounts_dialog import OneTimeCodeDialog
from desktop.ui.login_dialogs import ChangePasswordDialog
from desktop.ui.messages_box import show_error
from desktop.ui.preferences import Preferences
from desktop.ui.record_dialog import RecordDialog
from desktop.ui.security_notice import SecurityNoticeDialog
from tests.store.record_helpers import make_reg
from tests.support import CHEAP_KDF, REFERENCE
from tests.ui.helpers import OFFICE, OFFICER, SUPERVISOR, hold_store_thread, settle, visible_child
from tests.ui.test_shell_first_run import wait_first_run
from tests.ui.test_shell_login import damage, log_in, wait_login
from tests.ui.test_shell_session import select
from tests.ui.test_wizard_a11y import EVERYTHING_VISIBLE
from tests.ui.visible_texts import left_in_english, normalise, visible_texts

REPO = Path(__file__).resolve().parents[2]
TS_DIR = resource("translations")

# Words the Indonesian interface rightly shares with the English one.
EXEMPT = {
    "NIK", "KK", "KTP", "RT", "RW",  # Indonesian document and address terms, kept in the English texts too
    "Luring", "Kartu Prakerja", "Disnaker", "LRG",  # the product, the programme, the office; reference prefix
    "Bahasa Indonesia", "English",  # each language is named in itself, so anyone finds their own
    "OK",  # Qt's standard button of message boxes; the same word in Indonesian
    "supervisor",  # the role's name in Indonesian offices as well ("beri tahu supervisor")
    "Status",  # the same word in Indonesian
    "Ctrl", "Shift", "Esc", "Enter", "PDF",  # key and format names
    "e-mail",  # the loanword the Indonesian texts use throughout ("Alamat e-mail")
    "Diploma",  # Indonesian education levels are named so: "Diploma 3 (D3)"
    "Mental",  # UU 8/2016's own word for the disability type
}
RECORD = make_reg(51)
ONE_TIME_CODE = "K7Q2-M9TD"
EXTRA_OFFICERS = {"en": ("petugas.en", "Petugas Inggris"), "id": ("petugas.id", "Petugas Indonesia")}


# ----- 1. the catalogues and the code -----
def catalogue_entries(path: Path) -> set[tuple[str, str]]:
    entries = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            entries.add((name, message.findtext("source") or ""))
    return entries


QT_OWN = "qtbase_"  # Qt's own dialogs' words, which Qt does not ship in Indonesian: not strings of our code


def lupdate() -> str:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    if not tool.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    return str(tool)


def test_catalogues_hold_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    scanned = tmp_path / "scanned.ts"
    subprocess.run([lupdate(), "-silent", "-extensions", "py", "desktop", "-ts", str(scanned)], cwd=REPO,
                   check=True, capture_output=True)
    in_code = catalogue_entries(scanned)
    assert len(in_code) > 300, "lupdate found almost nothing: the scan itself is broken"
    for language in ("id", "en"):
        held: set[tuple[str, str]] = set()
        for path in sorted(TS_DIR.glob(f"*_{language}.ts")):
            if not path.name.startswith(QT_OWN):
                held |= catalogue_entries(path)
        assert not in_code - held, f"{language}: strings with no catalogue entry: {sorted(in_code - held)[:10]}"
        assert not held - in_code, f"{language}: stale catalogue entries: {sorted(held - in_code)[:10]}"
    unfinished = [(path.name, message.findtext("source")) for path in sorted(TS_DIR.glob("*_id.ts"))
                  for message in ET.parse(path).getroot().iter("message")
                  if message.find("translation").get("type") == "unfinished"]
    assert not unfinished, f"Indonesian entries not finished: {unfinished[:10]}"


# ----- 2. every window in both languages -----
@pytest.fixture
def busy_device(device):
    """The test device with a record, two officers to remove (one per language) and a broken audit chain,
    so that the security notice shows too."""
    session = Device.open(device.data_dir).login(SUPERVISOR[0], SUPERVISOR[2])
    for username, name in EXTRA_OFFICERS.values():
        session.accounts.add(username, name, Role.OFFICER, "rahasia-petugas-77")
    session.records.save_registration(RECORD, reference=REFERENCE)
    with session.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET event = 'logout' WHERE seq = 2"))
    session.close()
    return device


def data_words(device_dir: Path) -> set[str]:
    """What the test typed or stored: names, codes, the applicant's values and their region names."""
    names = {OFFICE.office_name, OFFICE.disnaker_code, SUPERVISOR[0], SUPERVISOR[1], OFFICER[0], OFFICER[1],
             str(device_dir), ONE_TIME_CODE}
    for username, name in EXTRA_OFFICERS.values():
        names |= {username, name}
    values = [*form_data(RECORD).values(), *EVERYTHING_VISIBLE.values()]
    names |= {value for value in values if isinstance(value, str) and value}
    regions = REFERENCE.regions
    for value in values:
        region = regions.get(value) if isinstance(value, str) and value else None
        if region is not None:
            names.add(region.name)
    return names


def window_tour(qtbot, make_shell, data_dir: Path, language: str) -> dict[str, set[str]]:
    preferences.save(data_dir, Preferences(language=language))
    shell = make_shell(data_dir)
    seen: dict[str, set[str]] = {}
    login = wait_login(qtbot, shell)
    seen["login"] = visible_texts(login)
    login.open_recovery()
    seen["recovery key"] = visible_texts(login.recovery_dialog)
    login.recovery_dialog.reject()
    login.settings_button.click()
    seen["settings"] = visible_texts(shell.dialog)
    shell.dialog.reject()

    main = log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
    qtbot.waitUntil(lambda: main.findChild(SecurityNoticeDialog) is not None, timeout=10_000)
    notice = main.findChild(SecurityNoticeDialog)
    seen["security notice"] = visible_texts(notice)
    notice.reject()
    qtbot.waitUntil(lambda: main.home.model.rowCount() == 1 and main.home.count_label.text() != "", timeout=10_000)
    seen["main window and records"] = visible_texts(main)
    seen["error box"] = visible_texts(show_error(main, RuntimeError("boom"), language))
    change = ChangePasswordDialog(shell.runner, shell.context.session, language, parent=main)
    change.show()
    seen["change password"] = visible_texts(change)
    change.reject()

    main.home.open_index(main.home.model.index(0, 0))
    (record,) = [w for w in main.windows.windows if isinstance(w, RecordDialog)]
    qtbot.waitUntil(lambda: record.registration is not None, timeout=10_000)
    seen["record"] = visible_texts(record)
    record.reject()

    # Every step of a registration continued from a draft saved at its review, so all of them are reached.
    draft_id = uuid.uuid4()
    shell.context.session.drafts.save(draft_id, {**EVERYTHING_VISIBLE, "_step": REVIEW}, REVIEW)
    main.open_wizard(draft_id)
    wizard = main.wizard
    qtbot.waitUntil(lambda: wizard.isEnabled() and wizard.flow.step == REVIEW, timeout=10_000)
    for step in range(len(wizard.pages)):
        assert wizard.show_step(step)
        seen[f"wizard step {step + 1}"] = visible_texts(wizard)
    wizard.close_wizard()

    seen |= accounts_tour(qtbot, shell, main, language)
    shell.end_session()
    settle(qtbot, shell.runner)
    shell.shutdown()
    return seen


def accounts_tour(qtbot, shell, main: QWidget, language: str) -> dict[str, set[str]]:
    seen: dict[str, set[str]] = {}
    main.accounts_action.trigger()
    dialog = shell.dialog
    qtbot.waitUntil(lambda: dialog.list.count() >= 3, timeout=5000)
    seen["accounts"] = visible_texts(dialog)
    dialog.open_add()
    add = visible_child(dialog, QDialog, "addOfficerDialog")
    seen["add officer"] = visible_texts(add)
    add.reject()
    select(dialog, OFFICER[0])
    dialog.confirm_reset()
    confirm_reset = visible_child(dialog, QMessageBox, "confirmBox")
    seen["confirm reset"] = visible_texts(confirm_reset)
    confirm_reset.reject()
    code = OneTimeCodeDialog(OFFICER[0], ONE_TIME_CODE, dialog)
    code.show()
    seen["one-time code"] = visible_texts(code)
    code.reject()
    username = EXTRA_OFFICERS[language][0]
    select(dialog, username)
    dialog.confirm_remove()
    confirm = visible_child(dialog, QMessageBox, "confirmBox")
    seen["confirm remove"] = visible_texts(confirm)
    release = hold_store_thread(shell.runner)  # the re-key waits and its progress stays up
    try:
        next(b for b in confirm.buttons() if confirm.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        seen["re-key progress"] = visible_texts(dialog.findChild(QProgressDialog, "rekeyProgress"))
    finally:
        release.set()
    qtbot.waitUntil(lambda: username not in [dialog.list.item(i).data(Qt.ItemDataRole.UserRole)
                                             for i in range(dialog.list.count())], timeout=20_000)
    dialog.accept()
    return seen


def start_tour(qtbot, make_shell, tmp_path: Path, language: str) -> dict[str, set[str]]:
    fresh = tmp_path / f"fresh-{language}"
    fresh.mkdir()
    preferences.save(fresh, Preferences(language=language))
    shell = make_shell(fresh)
    dialog = wait_first_run(qtbot, shell)
    seen = {}
    for page in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(page)
        seen[f"first run page {page + 1}"] = visible_texts(dialog)
    settle(qtbot, shell.runner)
    shell.shutdown()
    broken = tmp_path / f"broken-{language}"
    Device.set_up(broken, OFFICE, SUPERVISOR[0], SUPERVISOR[1], SUPERVISOR[2], kdf=CHEAP_KDF)[0].close()
    damage(type("SetUp", (), {"data_dir": broken})(), 5000)
    preferences.save(broken, Preferences(language=language))
    shell = make_shell(broken)
    qtbot.waitUntil(lambda: shell.fatal_box is not None and shell.fatal_box.isVisible(), timeout=10_000)
    seen["cannot start"] = visible_texts(shell.fatal_box)
    return seen


def english_sources() -> set[str]:
    return {normalise(source) for path in TS_DIR.glob("*_en.ts") for _context, source in catalogue_entries(path)}


def assert_translated(english: dict[str, set[str]], indonesian: dict[str, set[str]], exempt: set[str]) -> None:
    assert indonesian.keys() == english.keys()
    everything_english = set().union(*english.values()) | english_sources()
    problems = {window: found for window, texts in indonesian.items()
                if (found := left_in_english(texts, everything_english, exempt))}
    assert not problems, f"texts shown in English in the Indonesian interface: {problems}"


def test_no_window_shows_english_in_indonesian(qtbot, make_shell, busy_device) -> None:
    tours = {language: window_tour(qtbot, make_shell, busy_device.data_dir, language) for language in ("en", "id")}
    assert "wizard step 8" in tours["id"] and "re-key progress" in tours["id"]
    assert_translated(tours["en"], tours["id"], EXEMPT | data_words(busy_device.data_dir))


def test_first_run_and_refusal_show_no_english_in_indonesian(qtbot, make_shell, tmp_path: Path) -> None:
    tours = {language: start_tour(qtbot, make_shell, tmp_path, language) for language in ("en", "id")}
    exempt = EXEMPT | {str(tmp_path / "broken-en"), str(tmp_path / "broken-id")}
    assert_translated(tours["en"], tours["id"], exempt)


def test_the_check_finds_an_english_string(qtbot) -> None:
    """The comparison itself: a hard-coded English button is caught; data and shared words are not."""
    window = QWidget()
    qtbot.addWidget(window)
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    layout = QVBoxLayout(window)
    layout.addWidget(QPushButton("&Save as draft", window))
    layout.addWidget(QLabel("NIK", window))
    layout.addWidget(QLabel("Disnaker Kabupaten Bandung", window))
    window.show()
    QApplication.processEvents()
    texts = visible_texts(window)
    assert left_in_english(texts, texts, EXEMPT | {"Disnaker Kabupaten Bandung"}) == ["Save as draft"]

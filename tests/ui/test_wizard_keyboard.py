"""MUST-SHOW (1): a whole registration typed by keyboard alone, saved, and read back decrypted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.registration import (
    AttachmentKind,
    Consenter,
    ConsentMethod,
    Education,
    EmploymentStatus,
    ExcludedOccupation,
    MaritalStatus,
    NoEmailReason,
    Sex,
)
from desktop.store.device import Device
from desktop.store.records import RecordQuery
from desktop.ui import preferences
from desktop.ui.app import Shell
from desktop.ui.context import UiContext
from desktop.ui.preferences import Preferences
from desktop.ui.record_dialog import RecordDialog
from desktop.ui.wizard.registration_wizard import RegistrationWizard
from tests.support import CHEAP_KDF, REFERENCE
from tests.ui.helpers import (
    DESK_PASSWORD,
    DESK_USER,
    choose,
    focused,
    ktp_image,
    press_alt,
    set_up_desk,
    tick,
    type_into,
)


def test_whole_registration_by_keyboard(qtbot, ui_context: UiContext, tmp_path: Path) -> None:
    wizard = RegistrationWizard(ui_context, REFERENCE)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: focused().objectName() == "consentText", timeout=5_000)  # the wizard focuses itself
    postal = walk_wizard(qtbot, wizard, tmp_path)
    check_saved(ui_context.session, postal)


def test_from_login_to_saved_registration(qtbot, qapp, tmp_path: Path) -> None:
    """The real shell: log in by keyboard, Ctrl+N, the whole wizard, saved, read back after a new login."""
    data_dir = tmp_path / "data"
    set_up_desk(data_dir)
    preferences.save(data_dir, Preferences(language="en"))
    shell = Shell(qapp, data_dir, kdf=CHEAP_KDF)
    try:
        shell.start()
        qtbot.waitUntil(lambda: shell.login_window is not None and shell.login_window.isVisible(), timeout=10_000)
        login = shell.login_window
        login.activateWindow()
        QApplication.processEvents()
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # from the account list to the password
        assert focused() is login.password
        qtbot.keyClicks(login.password, DESK_PASSWORD)
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible(), timeout=10_000)
        main = shell.main_window
        main.activateWindow()
        QApplication.processEvents()
        qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(main.wizard, RegistrationWizard), timeout=5_000)
        wizard = main.wizard
        qtbot.waitUntil(lambda: focused().objectName() == "consentText", timeout=5_000)
        postal = walk_wizard(qtbot, wizard, tmp_path)
        qtbot.waitUntil(lambda: main.wizard is None, timeout=5_000)
        # The saved record opens at once, with the receipt a key away.
        (dialog,) = main.findChildren(RecordDialog)
        qtbot.waitUntil(lambda: dialog.registration is not None, timeout=5_000)
        assert dialog.print_button.isEnabled() and "LRG-" in dialog.status.text()
        dialog.close()
    finally:
        shell.shutdown()
    again = Device.open(data_dir).login(DESK_USER, DESK_PASSWORD)
    try:
        check_saved(again, postal)
    finally:
        again.close()


def walk_wizard(qtbot, wizard: RegistrationWizard, tmp_path: Path) -> str:
    """Type a whole registration with the keyboard; returns the postal code the village filled in."""
    # 1 consent
    choose(qtbot, "consent.consenter", "A guardian")
    type_into(qtbot, "consent.guardian_name", "Budi Santoso")
    choose(qtbot, "consent.method", "Verbal, with a witness")
    type_into(qtbot, "consent.witness_name", "Ani Lestari")
    tick(qtbot, "consent.given")
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 1

    # 2 identity: the NIK says 1 Aug 1990 and female; the birth date typed differs, so a confirmation is needed
    type_into(qtbot, "identity.nik", "3201 0141 0890 0001")
    type_into(qtbot, "identity.kk", "3201011505150003")
    type_into(qtbot, "identity.full_name", "Siti Aminah")
    type_into(qtbot, "identity.birth_place", "Bogor")
    type_into(qtbot, "identity.birth_date", "02-08-1990")
    choose(qtbot, "identity.sex", "Female")
    choose(qtbot, "identity.marital_status", "Married")
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 1, "a NIK/birth-date mismatch must be confirmed"
    assert focused().objectName() == "identity.nik_warnings_confirmed"
    assert "birth date" in wizard.pages[1].warnings.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 2

    # 3 address: type to search, Tab to accept
    for level, name in (("province", "Jawa Barat"), ("regency", "Kabupaten Bogor"), ("district", "Cibinong"),
                        ("village", "Pakansari")):
        type_into(qtbot, f"address.{level}_code", name)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert wizard.flow.text("address.village_code").startswith("32.01.")
    postal = wizard.flow.text("address.postal_code")
    assert len(postal) == 5
    type_into(qtbot, "address.street", "Jl. Mawar No. 3")
    type_into(qtbot, "address.rt", "3")
    type_into(qtbot, "address.rw", "12")
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 3

    # 4 contact: no e-mail, with the reason
    type_into(qtbot, "contact.phone", "0812-3456-7890")
    choose(qtbot, "contact.no_email_reason", "Has no e-mail address")
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 4

    # 5 background
    choose(qtbot, "background.education", "Senior high school (SMA/SMK)")
    choose(qtbot, "background.employment_status", "Laid off")
    tick(qtbot, "background.excluded_occupations.village_official")
    type_into(qtbot, "background.dependants", "2")
    type_into(qtbot, "background.desired_training_field", "Menjahit")
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 5

    # 6 disability (optional): consent first, then the details
    tick(qtbot, "disability.consented")
    tick(qtbot, "disability.has_disability")
    tick(qtbot, "disability.types.sensory_hearing")
    tick(qtbot, "disability.accommodations.sign_language_interpreter")
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 6

    # 7 documents: type the path and press Enter
    type_into(qtbot, "documents.ktp.path", str(ktp_image(tmp_path)))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(wizard.flow.data.get("documents.ktp"), dict), timeout=10_000)
    press_alt(qtbot, Qt.Key.Key_N)
    assert wizard.flow.step == 7
    review = wizard.pages[7].summary.toPlainText()
    assert "Siti Aminah" in review
    # A village official is excluded by the current rules: the reason is shown, saving is still allowed.
    assert "Does not meet the current eligibility rules" in review

    # 8 review: save as ready (Alt+R)
    with qtbot.waitSignal(wizard.saved, timeout=10_000) as saved:
        press_alt(qtbot, Qt.Key.Key_R)
    assert saved.args[0].status == "ready"
    return postal


def check_saved(session, postal: str) -> None:
    (summary,) = session.records.list_records(RecordQuery(), 0, 10)
    reg = session.records.get_registration(summary.record_id)
    i = reg.identity
    assert (i.nik, i.kk, i.full_name, i.birth_place) == ("3201014108900001", "3201011505150003", "Siti Aminah", "Bogor")
    assert (i.birth_date, i.sex, i.marital_status) == (dt.date(1990, 8, 2), Sex.FEMALE, MaritalStatus.MARRIED)
    assert i.nik_warnings_confirmed
    c = reg.consent
    assert (c.consenter, c.guardian_name, c.method, c.witness_name) == (
        Consenter.GUARDIAN, "Budi Santoso", ConsentMethod.VERBAL_WITH_WITNESS, "Ani Lestari")
    assert c.officer == "petugas" and c.text_version
    a = reg.address
    assert (a.province_code, a.regency_code, a.district_code) == ("32", "32.01", "32.01.01")
    assert (a.street, a.rt, a.rw, a.postal_code) == ("Jl. Mawar No. 3", "003", "012", postal)
    assert reg.current_address is None
    assert (reg.contact.phone, reg.contact.email, reg.contact.no_email_reason) == (
        "+6281234567890", None, NoEmailReason.HAS_NONE)
    b = reg.background
    assert (b.education, b.employment_status, b.in_formal_education) == (
        Education.SMA_SMK, EmploymentStatus.LAID_OFF, False)
    assert b.excluded_occupations == {ExcludedOccupation.VILLAGE_OFFICIAL}
    assert (b.dependants, b.desired_training_field) == (2, "Menjahit")
    d = reg.disability
    assert d.consented and d.has_disability
    assert {t.value for t in d.types} == {"sensory_hearing"}
    assert {t.value for t in d.accommodations} == {"sign_language_interpreter"}
    (ktp,) = reg.attachments
    assert ktp.kind is AttachmentKind.KTP
    assert session.attachments.read(ktp.sha256)[:2] == b"\xff\xd8"
    assert session.drafts.all() == []  # the autosaved draft is gone once the record is saved

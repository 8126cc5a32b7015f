"""MUST-SHOW: key presses per character of data for a whole registration by keyboard, from Ctrl+N to the saved
record, in the real main window, as an officer who knows the application types it.

Every press goes through `Keys` and is counted: a character typed is one press, Tab is one, a chord (Alt+N,
Ctrl+N) is one. The data is the text the applicant gives (NIK, KK, name, place and date of birth, street, RT,
RW, phone, dependants, training field): 122 characters. Printed, and held to 1.3 or less.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QFileDialog, QWidget

from desktop.store.records import RecordQuery
from desktop.ui.context import UiContext
from desktop.ui.wizard.registration_wizard import RegistrationWizard
from tests.ui.helpers import ktp_image
from tests.ui.test_records import open_main

APPLICANT = {"nik": "3201014108900001", "kk": "3201011505150003", "full_name": "Siti Aminah Lestari",
             "birth_place": "Kabupaten Bogor", "birth_date": "01-08-1990", "street": "Jl. Mawar No. 3",
             "rt": "3", "rw": "12", "phone": "081234567890", "dependants": "2", "training": "Menjahit busana"}
TARGET = 1.3


class Keys:
    """The only way the test touches the window: key presses, each one counted."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.presses = qtbot, 0

    @staticmethod
    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.presses += 1
        self.qtbot.keyClick(self.focused(), key, modifier)

    def type(self, text: str) -> None:
        for ch in text:
            self.presses += 1
            self.qtbot.keyClicks(self.focused(), ch)

    def tab_to(self, name: str, limit: int = 30) -> None:
        for _ in range(limit):
            if self.focused().objectName() == name:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"{name} not reached; at {self.focused().objectName()}")

    def field(self, name: str, text: str) -> None:
        self.tab_to(name)
        self.type(text)

    def choose(self, name: str, letters: str, label: str) -> None:
        """A closed combo box picks the entry whose text starts with the letters typed, as a desk officer does."""
        self.tab_to(name)
        self.type(letters)
        combo = self.focused()
        assert isinstance(combo, QComboBox) and combo.currentText() == label, combo.currentText()

    def alt(self, key: Qt.Key) -> None:
        """A mnemonic animates its button and clicks it about 100 ms later: wait for the click."""
        window = self.focused().window()
        self.press(key, Qt.KeyboardModifier.AltModifier)
        self.qtbot.waitUntil(lambda: not any(b.isDown() for b in window.findChildren(QAbstractButton)),
                             timeout=2_000)



def test_a_whole_registration_takes_at_most_1_3_presses_per_character(qtbot, ui_context: UiContext,
                                                                      tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # the image chooser starts in ~/Documents, where the scanner saves
    scans = tmp_path / "Documents"
    scans.mkdir()
    ktp_image(scans)  # just scanned
    main = open_main(qtbot, ui_context)
    main.show_home()
    main.home.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main.home.search, timeout=5_000)
    keys = Keys(qtbot)
    a = APPLICANT

    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(main.wizard, RegistrationWizard) and main.wizard.isEnabled(), timeout=5_000)
    wizard = main.wizard
    qtbot.waitUntil(lambda: keys.focused().objectName() == "consentText", timeout=5_000)
    # 1 consent: the applicant consents by signature (both the first entries)
    keys.choose("consent.consenter", "t", "The applicant")
    keys.choose("consent.method", "s", "Signature")
    keys.tab_to("consent.given")
    keys.press(Qt.Key.Key_Space)
    keys.alt(Qt.Key.Key_N)
    assert wizard.flow.step == 1
    # 2 identity: the NIK gives the birth date, the sex and the district
    keys.field("identity.nik", a["nik"])
    keys.field("identity.kk", a["kk"])
    keys.field("identity.full_name", a["full_name"])
    keys.field("identity.birth_place", a["birth_place"])
    assert wizard.flow.text("identity.birth_date") == a["birth_date"]
    assert wizard.flow.text("identity.sex") == "female"
    keys.choose("identity.marital_status", "m", "Married")
    keys.alt(Qt.Key.Key_N)
    assert wizard.flow.step == 2, wizard.pages[1].form.errors
    # 3 address: the NIK chose the province, the regency and the district; the village is typed, then Tab
    assert keys.focused().objectName() == "address.village_code"
    keys.type("Pakans")
    keys.press(Qt.Key.Key_Tab)
    keys.field("address.street", a["street"])
    keys.field("address.rt", a["rt"])
    keys.field("address.rw", a["rw"])
    keys.alt(Qt.Key.Key_N)
    assert wizard.flow.step == 3, (wizard.summary.text(), wizard.flow.text("address.village_code"))
    # 4 contact: no e-mail
    keys.field("contact.phone", a["phone"])
    keys.choose("contact.no_email_reason", "h", "Has no e-mail address")
    keys.alt(Qt.Key.Key_N)
    assert wizard.flow.step == 4
    # 5 background
    keys.choose("background.education", "se", "Senior high school (SMA/SMK)")
    keys.choose("background.employment_status", "l", "Laid off")
    keys.tab_to("background.excluded_occupations.none_of_these")
    keys.press(Qt.Key.Key_Space)
    keys.field("background.dependants", a["dependants"])
    keys.field("background.desired_training_field", a["training"])
    keys.alt(Qt.Key.Key_N)
    assert wizard.flow.step == 5
    # 6 disability: the applicant does not want it recorded
    keys.alt(Qt.Key.Key_N)
    assert wizard.flow.step == 6
    # 7 documents: Browse opens on the newest image in Documents, the KTP just scanned: Enter takes it
    keys.tab_to("documents.ktp.browse")
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(keys.focused().window(), QFileDialog), timeout=5_000)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(wizard.flow.data.get("documents.ktp"), dict), timeout=10_000)
    main.activateWindow()  # what a window manager does when the dialog closes (the test platform has none)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    keys.alt(Qt.Key.Key_N)
    assert wizard.flow.step == 7
    # 8 review: save, ready to send
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        keys.alt(Qt.Key.Key_R)

    (summary,) = ui_context.session.records.list_records(RecordQuery(), 0, 10)
    reg = ui_context.session.records.get_registration(summary.record_id)
    assert (reg.identity.nik, reg.address.district_code, reg.address.rt) == (a["nik"], "32.01.01", "003")
    characters = sum(len(v) for v in APPLICANT.values())
    ratio = keys.presses / characters
    print(f"\nkey presses: {keys.presses} for {characters} characters of data: {ratio:.2f} per character")
    assert ratio <= TARGET, f"{ratio:.2f} presses per character"


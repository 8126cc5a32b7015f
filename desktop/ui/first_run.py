"""First run: set up the device, create the first supervisor, and hand over the recovery key.

Three pages in one dialog, driven by the keyboard (Enter = next). The
store's set-up (Argon2id, a new encrypted database) runs on the store
thread. The recovery key is shown once, large, and the supervisor must type
its last group back before continuing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import Language
from desktop.domain.passwords import MIN_PASSWORD_CHARS
from desktop.domain.regions import Regions
from desktop.operations import session_ops
from desktop.operations.runner import OperationRunner
from desktop.store.device import OfficeInfo
from desktop.store.kdf import KdfParams
from desktop.ui.a11y import add_row, announce, error_label, set_error
from desktop.ui.login_fields import password_field, password_problem
from desktop.ui.messages_box import error_text
from desktop.ui.recovery_key_panel import RecoveryKeyPanel

if TYPE_CHECKING:
    from desktop.store.session import Session


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _make_searchable(combo: QComboBox) -> None:
    """Type any part of a name ("bandung"); leaving the box picks the one entry that matches."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    assert completer is not None  # an editable combo always has one
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def resolve() -> None:
        text = combo.currentText().strip().casefold()
        if not text:
            return
        names = [combo.itemText(i).casefold() for i in range(combo.count())]
        exact = [i for i, name in enumerate(names) if name == text]
        matches = exact or [i for i, name in enumerate(names) if text in name]
        if len(matches) == 1 and combo.currentIndex() != matches[0]:
            combo.setCurrentIndex(matches[0])
        elif len(matches) == 1:
            combo.setEditText(combo.itemText(matches[0]))

    line = combo.lineEdit()
    assert line is not None  # editable
    line.editingFinished.connect(resolve)
    # The combo, not its line edit, holds focus: resolve when focus leaves it too.
    combo.installEventFilter(_FocusOut(resolve, combo))


class _FocusOut(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


def _chosen_code(combo: QComboBox) -> str:
    """The chosen entry's code, or "" when the text no longer names it."""
    index = combo.currentIndex()
    if index < 0 or combo.currentText().strip() != combo.itemText(index):
        return ""
    return str(combo.itemData(index) or "")


class FirstRunDialog(QDialog):
    completed = Signal(object)  # the supervisor's Session, after the recovery key was confirmed
    settings_requested = Signal()  # language and text size, before anything else

    def __init__(self, runner: OperationRunner, data_dir: Path, language: Language, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Luring — set up this device"))
        self.runner, self.data_dir, self.language, self.kdf = runner, data_dir, language, kdf
        self.session: Session | None = None
        self.recovery_key = ""
        self._regions: Regions | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._device_page())
        self.pages.addWidget(self._supervisor_page())
        # Scrolled: at 200 % text on a small screen the key and its confirmation are never cut off.
        recovery = QScrollArea(self)
        recovery.setWidgetResizable(True)
        recovery.setFrameShape(QScrollArea.Shape.NoFrame)
        recovery.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        recovery.setWidget(self._recovery_page())
        self.pages.addWidget(recovery)
        self.step_label = QLabel(self)
        self.step_label.setObjectName("stepLabel")
        self.error = error_label(self, "firstRunError")
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.settings_button = QPushButton(self.tr("&Settings…"), self)
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.clicked.connect(self.settings_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        # Wide enough for a sentence per line at any text size (measured in characters, not pixels).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.province.setEnabled(False)  # until the shell hands over the region list
        self._show_page(0)

    # ----- pages -----
    def _device_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.office_name = QLineEdit(page)
        self.office_name.setObjectName("officeName")
        self.disnaker_code = QLineEdit(page)
        self.disnaker_code.setObjectName("disnakerCode")
        self.province = QComboBox(page)
        self.province.setObjectName("province")
        self.regency = QComboBox(page)
        self.regency.setObjectName("regency")
        for combo in (self.province, self.regency):
            _make_searchable(combo)
        self.province.currentIndexChanged.connect(self._province_changed)
        add_row(form, self.tr("&Office name"), self.office_name,
                self.tr("For example: Disnaker Kabupaten Bandung"))
        add_row(form, self.tr("&Disnaker code"), self.disnaker_code,
                self.tr("The office code given by the ministry"))
        add_row(form, self.tr("&Province"), self.province)
        add_row(form, self.tr("&Regency or city"), self.regency)
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("This office"), page))
        intro = QLabel(self.tr("These details identify this device's office. They are not personal data."), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _supervisor_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.username = QLineEdit(page)
        self.username.setObjectName("username")
        self.display_name = QLineEdit(page)
        self.display_name.setObjectName("displayName")
        self.password = password_field(page)
        self.password.setObjectName("password")
        self.repeat = password_field(page)
        self.repeat.setObjectName("repeatPassword")
        add_row(form, self.tr("&Username"), self.username,
                self.tr("Lower-case letters, digits, dot, underscore or hyphen"))
        add_row(form, self.tr("Na&me shown at log-in"), self.display_name)
        add_row(form, self.tr("&Password (at least {count} characters)").format(count=MIN_PASSWORD_CHARS),
                self.password)
        add_row(form, self.tr("Repeat the pass&word"), self.repeat)
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("The first supervisor"), page))
        intro = QLabel(self.tr("The supervisor manages the officers' accounts on this device."), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr("This is the recovery key. It opens this device if every password is forgotten. "
                               "Write it down on paper now and keep it locked away. It is shown only once."), page)
        intro.setWordWrap(True)
        self.key_panel = RecoveryKeyPanel(page)
        self.key_label, self.last_group, self.written = (self.key_panel.key_label, self.key_panel.last_group,
                                                          self.key_panel.written)
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Write down the recovery key"), page))
        layout.addWidget(intro)
        layout.addWidget(self.key_panel)
        layout.addStretch(1)
        return page

    # ----- regions -----
    def set_regions(self, regions: Regions) -> None:
        """The region list the shell loaded (the province and regency of the office are chosen from it)."""
        self._regions = regions
        self.province.blockSignals(True)
        self.province.clear()
        for region in regions.children(""):
            self.province.addItem(region.name, region.code)
        self.province.setCurrentIndex(-1)
        self.province.blockSignals(False)
        self.province.setEnabled(True)

    def _province_changed(self, index: int) -> None:
        self.regency.clear()
        code = self.province.itemData(index) if index >= 0 else None
        if self._regions is None or not code:
            return
        for region in self._regions.children(code):
            self.regency.addItem(region.name, region.code)
        self.regency.setCurrentIndex(-1)

    # ----- navigation -----
    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.step_label.setText(self.tr("Step {step} of {total}").format(step=index + 1, total=self.pages.count()))
        self.back_button.setVisible(index == 1)
        self.settings_button.setVisible(index == 0)
        self.next_button.setText(self.tr("&Create the device") if index == 1 else
                                 self.tr("&Finish") if index == 2 else self.tr("&Next >"))
        set_error(self.error, "")
        first = (self.office_name, self.username, self.last_group)[index]
        if not self.isActiveWindow():
            self.activateWindow()  # after a slow step the person may have looked elsewhere
        first.setFocus()
        announce(self, self.step_label.text())

    def back(self) -> None:
        if self.pages.currentIndex() == 1:
            self._show_page(0)

    def next(self) -> None:
        index = self.pages.currentIndex()
        if index == 0:
            self._check_device_page()
        elif index == 1:
            self._create()
        else:
            self._confirm_key()

    def _fail(self, field: QWidget, text: str) -> None:
        set_error(self.error, text)
        field.setFocus()

    def _region_code(self) -> str:
        return _chosen_code(self.regency)

    def _check_device_page(self) -> None:
        if not self.office_name.text().strip():
            return self._fail(self.office_name, self.tr("Type the office name."))
        if not self.disnaker_code.text().strip():
            return self._fail(self.disnaker_code, self.tr("Type the Disnaker code."))
        if not _chosen_code(self.province):
            return self._fail(self.province, self.tr("Choose the province from the list."))
        if not self._region_code():
            return self._fail(self.regency, self.tr("Choose the regency or city from the list."))
        self._show_page(1)
        return None

    def _create(self) -> None:
        if not self.username.text().strip():
            return self._fail(self.username, self.tr("Type a username."))
        if not self.display_name.text().strip():
            return self._fail(self.display_name, self.tr("Type the name to show at log-in."))
        problem = password_problem(self.password.text(), self.repeat.text(), self.language)
        if problem:
            return self._fail(self.password, problem)
        office = OfficeInfo(self.office_name.text().strip(), self.disnaker_code.text().strip(), self._region_code())
        self._set_busy(True)
        announce(self, self.tr("Setting up the device. This takes a few seconds…"))
        session_ops.set_up_device(self.runner, self.data_dir, office, self.username.text().strip(),
                                  self.display_name.text().strip(), self.password.text(), kdf=self.kdf) \
            .success(self._created).failure(self._create_failed).run()
        return None

    def _set_busy(self, busy: bool) -> None:
        self.next_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        # The fields stay enabled so keyboard focus is not thrown away; their values are already taken.
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _created(self, result: tuple[Session, str]) -> None:
        self._set_busy(False)
        self.session, self.recovery_key = result
        for field in (self.password, self.repeat):
            field.clear()
        self.key_panel.show_key(self.recovery_key)
        # Spelled out group by group so a screen reader reads it clearly.
        self._show_page(2)

    def _create_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._fail(self.username, error_text(error, self.language))

    def _confirm_key(self) -> None:
        missing = self.key_panel.problem()
        if missing is not None:
            return self._fail(*missing)
        if self.session is not None:
            session_ops.confirm_recovery_key(self.runner, self.session) \
                .success(lambda _none: self._key_confirmed()) \
                .failure(lambda error: self._fail(self.last_group, error_text(error, self.language))).run()
        return None

    def _key_confirmed(self) -> None:
        self.key_panel.forget()
        self.recovery_key = ""
        session, self.session = self.session, None
        self.accept()
        self.completed.emit(session)

    def reject(self) -> None:
        # Once the device exists the key must be confirmed; before that, cancelling is fine.
        if self.session is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None:
            event.ignore()
            return
        super().closeEvent(event)

"""No window offers two controls on one Alt letter, in either language.

Qt calls a letter claimed twice in one window ambiguous and does nothing for
it: the underlined letter then does not work. Checked on what is on screen,
page by page, as an officer sees it; each menu is its own scope.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMainWindow, QMenu, QWidget

from desktop.operations.wizard_flow import REVIEW, STEP
from desktop.ui import preferences
from desktop.ui.context import UiContext
from desktop.ui.drafts_dialog import DraftsDialog
from desktop.ui.preferences import Preferences
from desktop.ui.translations import install_translators
from tests.store.record_helpers import make_reg
from tests.support import REFERENCE
from tests.ui.helpers import SUPERVISOR
from tests.ui.test_records import open_main, open_selected
from tests.ui.test_shell_first_run import wait_first_run
from tests.ui.test_shell_login import log_in, wait_login
from tests.ui.test_wizard_a11y import EVERYTHING_VISIBLE

LANGUAGES = ["id", "en"]
_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _claims(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) for every control on screen in `window` that answers to an Alt letter."""
    claims = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        claims.append((mnemonic(text), text))
    if isinstance(window, QMainWindow):
        claims += [(mnemonic(action.text()), action.text()) for action in window.menuBar().actions()]
    return [(letter, text) for letter, text in claims if letter]


def clashes(window: QWidget, where: str) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for letter, text in _claims(window):
        by_letter[letter].append(text)
    found = [f"{where}: Alt+{letter.upper()} {texts}" for letter, texts in by_letter.items() if len(texts) > 1]
    if isinstance(window, QMainWindow):
        for menu in window.menuBar().findChildren(QMenu):
            items: dict[str, list[str]] = defaultdict(list)
            for action in menu.actions():
                if (letter := mnemonic(action.text())) and action.isVisible():
                    items[letter].append(action.text())
            found += [f"{where} menu {menu.title()!r}: {letter.upper()} {texts}"
                      for letter, texts in items.items() if len(texts) > 1]
    return found


def test_the_check_finds_a_clash(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    layout = QVBoxLayout(window)
    for text in ("&Back", "&Berkas", "&Next", "Save && &close"):
        layout.addWidget(QPushButton(text, window))
    assert clashes(window, "test") == ["test: Alt+B ['&Back', '&Berkas']"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shell_windows(qtbot, qapp, make_shell, device, language: str) -> None:
    preferences.save(device.data_dir, Preferences(language=language))
    shell = make_shell(device.data_dir)
    login = wait_login(qtbot, shell)
    found = clashes(login, "log-in")
    login.settings_button.click()
    found += clashes(shell.dialog, "settings")
    shell.dialog.close()
    main = log_in(qtbot, shell, SUPERVISOR[0], SUPERVISOR[2])
    found += clashes(main, "main")
    for name, action in (("sync panel", main.sync_panel_action), ("enrol", main.enrol_action),
                         ("export", main.export_action), ("import receipt", main.receipt_action)):
        window = _opened_by(qtbot, action)
        found += clashes(window, name)
        window.close()
    main.accounts_action.trigger()
    qtbot.waitUntil(lambda: shell.dialog is not None and shell.dialog.isVisible(), timeout=5_000)
    found += clashes(shell.dialog, "accounts")
    shell.dialog.open_add()
    found += clashes(QApplication.activeModalWidget() or shell.dialog, "add officer")
    assert found == [], "\n".join(found)


def _opened_by(qtbot, action) -> QWidget:
    before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    action.trigger()
    opened: list[QWidget] = []
    qtbot.waitUntil(lambda: bool(opened.extend(w for w in QApplication.topLevelWidgets()
                                               if w.isVisible() and w not in before) or opened), timeout=5_000)
    return opened[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_run_pages(qtbot, make_shell, data_dir, language: str) -> None:
    preferences.save(data_dir, Preferences(language=language))
    dialog = wait_first_run(qtbot, make_shell(data_dir))
    found = []
    for page in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(page)
        found += clashes(dialog, f"first run page {page + 1}")
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_wizard_step_and_the_record_window(qtbot, qapp, ui_context: UiContext, language: str) -> None:
    install_translators(qapp, language)
    ui_context.preferences = Preferences(language=language)
    ui_context.session.records.save_registration(make_reg(1), reference=REFERENCE)
    main = open_main(qtbot, ui_context)
    # The wizard opens inside the main window, under its menu bar: they share one set of Alt letters.
    draft_id = uuid.uuid4()
    ui_context.session.drafts.save(draft_id, {**EVERYTHING_VISIBLE, STEP: REVIEW}, REVIEW)
    main.windows.new_registration(draft_id)
    wizard = main.windows.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.isEnabled() and wizard.flow.step == REVIEW, timeout=5_000)
    found = []
    for step in range(len(wizard.pages)):
        assert wizard.show_step(step)
        QApplication.processEvents()
        found += clashes(main, f"wizard step {step + 1}")
    wizard.close_wizard()
    qtbot.waitUntil(lambda: main.windows.wizard is None, timeout=5_000)
    for name in ("Siti", "Budi"):
        ui_context.session.drafts.save(uuid.uuid4(), {"identity.full_name": name}, 1)
    drafts = DraftsDialog(ui_context, ui_context.session.drafts.all())
    qtbot.addWidget(drafts)
    drafts.show()
    found += clashes(drafts, "drafts")
    found += clashes(main, "main")
    found += clashes(open_selected(qtbot, main), "record")
    assert found == [], "\n".join(found)

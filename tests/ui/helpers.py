"""What the GUI tests do as a person would: Tab to a field, type, pick, tick, press a mnemonic; open a draft.

Nothing here sets a widget's private state: a wizard at step N is opened the
way an officer reaches it, by continuing a draft saved at that step.
"""

from __future__ import annotations

import io
import threading
import uuid
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QMessageBox, QWidget

from desktop.domain.registration import AttachmentKind
from desktop.operations.runner import Operation, OperationRunner
from desktop.operations.wizard_flow import STEP
from desktop.store.device import Device, OfficeInfo
from desktop.ui.context import UiContext
from desktop.ui.wizard.registration_wizard import RegistrationWizard
from tests.support import CHEAP_KDF, REFERENCE

W = TypeVar("W", bound=QWidget)

OFFICE = OfficeInfo("Disnaker Kabupaten Bandung", "DSN-3204", "32.04")
SUPERVISOR = ("kepala", "Ibu Kepala Seksi", "rahasia-supervisor-1")
OFFICER = ("petugas1", "Budi Petugas", "rahasia-petugas-01")
# The registration tests' device: one officer who is its supervisor.
DESK_OFFICE = OfficeInfo(office_name="Disnaker Kabupaten Bogor", disnaker_code="3201", region_code="32.01")
DESK_USER, DESK_PASSWORD = "petugas", "kuda-laut-berenang-7"


def set_up_desk(data_dir: Path) -> None:
    """The registration tests' device, closed again (log in with DESK_USER / DESK_PASSWORD)."""
    session, _recovery = Device.set_up(data_dir, DESK_OFFICE, DESK_USER, "Petugas Satu", DESK_PASSWORD,
                                       kdf=CHEAP_KDF)
    session.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def tab_to(qtbot: Any, name: str, limit: int = 80) -> QWidget:
    """Press Tab until the control named `name` has the focus (fails if it is not in the tab order)."""
    for _ in range(limit):
        if focused().objectName() == name:
            return focused()
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"{name} is not reachable with Tab; stuck at {focused().objectName()}")


def type_into(qtbot: Any, name: str, text: str) -> None:
    widget = tab_to(qtbot, name)
    qtbot.keyClicks(widget, text)


def choose(qtbot: Any, name: str, label: str) -> None:
    """Pick an entry of a closed combo box with the arrow keys."""
    combo = tab_to(qtbot, name)
    assert isinstance(combo, QComboBox)
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{label} not found in {name}")


def tick(qtbot: Any, name: str) -> None:
    box = tab_to(qtbot, name)
    qtbot.keyClick(box, Qt.Key.Key_Space)


def press_alt(qtbot: Any, key: Qt.Key) -> None:
    """Alt+key on the focused window: a mnemonic "animates" its button and clicks it ~100 ms later; wait for it."""
    window = focused().window()
    qtbot.keyClick(focused(), key, Qt.KeyboardModifier.AltModifier)
    # The click may close the window (a save that ends the wizard) before the wait looks: then it is done.
    qtbot.waitUntil(lambda: not shiboken6.isValid(window)
                    or not any(b.isDown() for b in window.findChildren(QAbstractButton)), timeout=2_000)


def ktp_image(tmp_path: Path) -> Path:
    path = tmp_path / "ktp.jpg"
    Image.new("RGB", (640, 400), (200, 180, 150)).save(path, "JPEG")
    return path


def with_stored_ktp(context: UiContext, data: dict[str, Any]) -> dict[str, Any]:
    """`data` with its KTP reference replaced by a photo the device really holds (the store checks)."""
    photo = io.BytesIO()
    Image.new("RGB", (64, 40), (90, 140, 200)).save(photo, "JPEG")
    ref = context.session.attachments.add(AttachmentKind.KTP, photo.getvalue())
    return {**data, "documents.ktp": {"sha256": ref.sha256, "size": ref.size, "media_type": ref.media_type}}


def open_wizard(qtbot: Any, context: UiContext, data: dict[str, Any] | None = None,
                step: int = 0) -> RegistrationWizard:
    """The wizard as an officer continues a draft: `data` saved at `step`, then opened and shown there."""
    draft_id: uuid.UUID | None = None
    if data is not None or step:
        draft_id = uuid.uuid4()
        context.session.drafts.save(draft_id, {**(data or {}), STEP: step}, step)
    wizard = RegistrationWizard(context, REFERENCE, draft_id=draft_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: wizard.isEnabled() and wizard.flow.step == step, timeout=5_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and wizard.isAncestorOf(focused()),
                    timeout=5_000)
    return wizard


def field_error(wizard: RegistrationWizard, key: str) -> str:
    """The error line under `key` on the step shown, as a sighted person reads it ("" when hidden)."""
    label = wizard.pages[wizard.flow.step].form.errors[key]
    return label.text() if label.isVisibleTo(wizard) else ""


def hold_store_thread(runner: OperationRunner) -> threading.Event:
    """Keep the store thread busy until the returned event is set: what is queued behind it waits."""
    release = threading.Event()
    Operation(runner, lambda _progress: release.wait(20)).run()
    return release


def settle(qtbot: Any, runner: OperationRunner) -> None:
    """Wait until everything queued on the store thread so far has run and its answer reached the GUI."""
    done: list[bool] = []
    Operation(runner, lambda _progress: True).success(done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)


def visible_child(parent: QWidget, kind: type[W], name: str) -> W | None:
    """The child window `name` of `parent` that is on screen now (one closed a moment ago may linger)."""
    for child in parent.findChildren(kind, name):
        if shiboken6.isValid(child) and child.isVisible():
            return child
    return None


def answer_yes(qtbot: Any, parent: QWidget) -> None:
    """Press the accepting button of the confirmation `parent` shows."""
    qtbot.waitUntil(lambda: visible_child(parent, QMessageBox, "confirmBox") is not None, timeout=5_000)
    box = visible_child(parent, QMessageBox, "confirmBox")
    assert box is not None
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()

"""The wizard and the records list in Bahasa Indonesia, and every Indonesian string translated."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt

from desktop.paths import resource
from desktop.ui.context import UiContext
from desktop.ui.records_view import RecordsView
from desktop.ui.translations import install_translators
from desktop.ui.wizard.registration_wizard import RegistrationWizard
from tests.support import REFERENCE


@pytest.fixture
def indonesian(qapp):
    install_translators(qapp, "id")
    yield
    install_translators(qapp, "en")


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_message_is_translated(language: str) -> None:
    tree = ET.parse(resource("translations", f"wizard_{language}.ts"))
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 200
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") is None, message.find("source").text
        text = (translation.text or "").strip() or "".join(f.text or "" for f in translation.iter("numerusform"))
        assert text.strip(), message.find("source").text
        for placeholder in ("{n}", "{total}", "{title}", "{what}", "{count}", "{ref}", "{when}", "{step}", "{kb}"):
            assert (placeholder in message.find("source").text) == (placeholder in text), text


def test_wizard_speaks_indonesian(qtbot, indonesian, ui_context: UiContext) -> None:
    wizard = RegistrationWizard(ui_context, REFERENCE)
    qtbot.addWidget(wizard)
    assert wizard.title.text() == "Langkah 1 dari 8: Persetujuan"
    assert wizard.next_button.text() == "La&njut"  # Alt+N and Alt+B stay the same in both languages
    assert wizard.back_button.text() == "&Kembali"  # Alt+B is the Berkas menu of the main window around it
    assert wizard.steps.item(0).text() == "▶ 1. Persetujuan"
    assert wizard.steps.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == "1. Persetujuan (langkah sekarang)"
    combo = wizard.pages[1].form.widgets["identity.sex"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["— pilih —", "Laki-laki", "Perempuan"]
    view = RecordsView(ui_context)
    qtbot.addWidget(view)
    assert view.search.placeholderText() == "Cari NIK, nama, nomor HP"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Nama"

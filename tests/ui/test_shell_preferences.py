"""Preferences file: defaults, hostile content, atomic writes; error popups never leak details."""

from __future__ import annotations

import json

import pytest

from desktop.domain.messages import DomainError, Message
from desktop.ui import preferences
from desktop.ui.messages_box import error_text, show_error
from desktop.ui.preferences import Preferences


def test_missing_file_gives_defaults(tmp_path):
    assert preferences.load(tmp_path) == Preferences("id", 100, False, 5)


@pytest.mark.parametrize("content", [
    "", "{", "[]", "null", '"id"', "\x00\xff", '{"language": "fr"}', '{"text_scale": "200"}',
    '{"high_contrast": 1}', '{"idle_lock_minutes": true}', '{"language": ["en"]}', '{"office_address": 12}',
    '{"office_phone": ["021"]}', '{"office_address": "\\u0000\\u200e\\n "}',
])
def test_hostile_file_gives_defaults(tmp_path, content):
    (tmp_path / preferences.FILE_NAME).write_text(content, encoding="utf-8", errors="surrogateescape")
    assert preferences.load(tmp_path) == Preferences()


def test_out_of_range_values_are_clamped(tmp_path):
    (tmp_path / preferences.FILE_NAME).write_text(json.dumps(
        {"language": "en", "text_scale": 10_000, "high_contrast": True, "idle_lock_minutes": -3, "extra": 1}))
    assert preferences.load(tmp_path) == Preferences("en", 200, True, 1)


def test_the_office_contact_is_one_printable_line_of_bounded_length(tmp_path):
    # Written by hand or by anyone with the folder: what reaches a receipt is one plain line.
    (tmp_path / preferences.FILE_NAME).write_text(json.dumps(
        {"office_address": "Jl. Raya\r\nBogor\tNo. 12\x1b[31m " + "x" * 500, "office_phone": "(021) 8765\u202e4321"}))
    prefs = preferences.load(tmp_path)
    assert prefs.office_address.startswith("Jl. Raya Bogor No. 12 [31m x")
    assert len(prefs.office_address) == preferences.ADDRESS_MAX
    assert prefs.office_phone == "(021) 8765 4321"
    assert prefs.office_contact() == f"{prefs.office_address} · (021) 8765 4321"
    assert Preferences().office_contact() == ""


def test_save_round_trips_and_leaves_no_temporary_file(tmp_path):
    prefs = Preferences("en", 175, True, 12, "Jl. Raya Bogor No. 12", "(021) 8765 4321")
    preferences.save(tmp_path, prefs)
    assert preferences.load(tmp_path) == prefs
    assert [p.name for p in tmp_path.iterdir()] == [preferences.FILE_NAME]


def test_domain_error_shows_its_own_words():
    error = DomainError(Message("x", "NIK harus 16 angka.", "The NIK has 16 digits."))
    assert error_text(error, "id") == "NIK harus 16 angka."
    assert error_text(error, "en") == "The NIK has 16 digits."


def test_unexpected_error_shows_no_details(qtbot):
    error = RuntimeError("SELECT * FROM registrations WHERE nik='3204011203900001'")
    for language in ("id", "en"):
        text = error_text(error, language)
        assert "3204" not in text and "SELECT" not in text and "RuntimeError" not in text
    assert "aman" in error_text(error, "id") and "safe" in error_text(error, "en")
    box = show_error(None, error, "en")
    qtbot.addWidget(box)
    assert box.isVisible() and "3204" not in box.text() and box.detailedText() == ""


def test_an_error_with_no_window_to_sit_on_stays_until_read(qtbot):
    """With no active window the box has no parent; it must not vanish when nobody holds it."""
    import gc

    from PySide6.QtWidgets import QApplication, QMessageBox

    def shown() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.objectName() == "errorBox" and w.isVisible()]

    before = len(shown())
    show_error(None, DomainError(Message("x", "Coba lagi.", "Try again.")), "en")  # nobody keeps the box
    gc.collect()
    qtbot.wait(50)
    (box,) = shown()[before:]
    assert box.text() == "Try again."
    box.close()
    qtbot.waitUntil(lambda: len(shown()) == before, timeout=2000)

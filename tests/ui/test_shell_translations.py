"""Translations: every Indonesian message finished, placeholders kept, and loaded at run time."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.paths import resource
from desktop.ui import translations

TS_DIR = resource("translations")
ID_FILES = sorted(TS_DIR.glob("*_id.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_there_are_indonesian_catalogues():
    assert TS_DIR / "shell_id.ts" in ID_FILES


@pytest.mark.parametrize("path", ID_FILES, ids=lambda p: p.name)
def test_every_indonesian_message_is_finished(path):
    problems = []
    for context, message in messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("vanished", "obsolete"):
            continue
        numerus = translation.findall("numerusform") if translation is not None else []
        texts = [n.text or "" for n in numerus] if numerus else [translation.text or "" if translation is not None
                                                                  else ""]
        if kind == "unfinished" or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r}")
            continue
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: placeholders differ in {source!r}")
            if source.count("&") == 1 and text.count("&") != 1:
                problems.append(f"{context}: keyboard accelerator lost in {source!r}")
    assert not problems, f"{path.name}: {len(problems)} unfinished or broken: {problems[:20]}"


def test_accelerators_do_not_clash_within_the_login_window():
    accelerators = {}
    for context, message in messages(TS_DIR / "shell_id.ts"):
        if context != "LoginWindow":
            continue
        text = message.findtext("translation") or ""
        if "&" in text:
            letter = text[text.index("&") + 1].lower()
            assert letter not in accelerators, f"{text!r} and {accelerators[letter]!r} share Alt+{letter}"
            accelerators[letter] = text


def test_install_translators_compiles_and_loads(qapp, tmp_path):
    installed = translations.install_translators(qapp, "id")
    assert installed, "no Indonesian catalogue was loaded"
    assert (translations.qm_output_dir() / "shell_id.qm").exists()
    assert QCoreApplication.translate("LoginWindow", "Log in") == "Masuk"
    assert QCoreApplication.translate("Password", "The two passwords are not the same. Type them again.") == \
        "Kedua kata sandi tidak sama. Silakan ketik ulang."
    translations.install_translators(qapp, "en")
    assert QCoreApplication.translate("LoginWindow", "Log in") == "Log in"
    # An unknown language falls back to Bahasa Indonesia, never to an error.
    translations.install_translators(qapp, "xx")
    assert QCoreApplication.translate("LoginWindow", "Log in") == "Masuk"


def test_stale_qm_is_rebuilt(qapp):
    qm = translations.qm_output_dir() / "shell_id.qm"
    translations.compile_translations("id")
    qm.write_bytes(b"not a qm file")
    old = (TS_DIR / "shell_id.ts").stat().st_mtime - 100
    import os

    os.utime(qm, (old, old))
    translations.install_translators(qapp, "id")
    assert QCoreApplication.translate("LoginWindow", "Log in") == "Masuk"


def test_qm_dir_is_inside_the_bundle_when_frozen(monkeypatch, tmp_path):
    import sys

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert translations.qm_output_dir() == tmp_path / "resources" / "translations"
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "translations" / "shell_id.qm").write_bytes(b"x")
    assert translations.compile_translations("id") == [tmp_path / "resources" / "translations" / "shell_id.qm"]


def test_qt_s_own_file_print_and_button_texts_are_indonesian_too(qapp):
    """Qt ships no Indonesian catalogue: our qtbase_id.ts says its dialogs' words (the image chooser, Save,
    the print preview, a line edit's menu) in the application's language."""
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    translations.install_translators(qapp, "id")
    try:
        chooser = QFileDialog(None, "Pilih gambar")
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {label.text() for label in chooser.findChildren(QLabel)}
        assert {"&Nama berkas:", "&Cari di:", "&Jenis berkas:"} <= labels, labels
        buttons = chooser.findChild(QDialogButtonBox)
        assert {b.text() for b in buttons.buttons()} == {"&Buka", "Batal"}
        preview = QPrintPreviewDialog()
        assert {"Cetak", "Perbesar", "Halaman berikutnya"} <= {a.text() for a in preview.findChildren(QAction)}
        assert QCoreApplication.translate("QPrintPreviewDialog", "Print Preview") == "Pratinjau cetak"
        assert QCoreApplication.translate("QLineEdit", "Select All") == "Pilih semua"
        chooser.deleteLater()
        preview.deleteLater()
    finally:
        translations.install_translators(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"

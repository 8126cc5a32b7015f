"""What the frozen build keeps: Qt modules, plugins, Qt translations, Faker and Pillow parts, symlinks; the manifest."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.installer.bundle_rules_module import load_bundle_rules

ROOT = Path(__file__).resolve().parents[2]


rules = load_bundle_rules()


def test_used_qt_modules_sees_both_import_spellings() -> None:
    sources = [
        "from PySide6.QtPrintSupport import QPrinter\n",
        "from PySide6 import QtSvg, QtCore\nimport os\n",
        "from PySide6 import (\n    QtCharts,\n    QtNetwork,\n)\n",
        "# a comment naming Qt3D is not an import\nx = 'QtMultimedia'\n",
    ]
    assert rules.used_qt_modules(sources) == {
        "QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg", "QtCharts", "QtNetwork",
    }  # fmt: skip


def test_the_real_sources_use_no_heavy_qt_module() -> None:
    texts = [p.read_text(encoding="utf-8") for folder in ("desktop", "sync") for p in (ROOT / folder).rglob("*.py")]
    used = rules.used_qt_modules(texts)
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not used & {"QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia", "QtCharts"}


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6\\plugins\\imageformats\\qico.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ],
)
def test_qt_plugins_kept_and_dropped(dest: str, kept: bool) -> None:
    assert rules.is_plugin(dest)
    assert rules.keep_plugin(dest) is kept


@pytest.mark.parametrize("dest", ["libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "myapp/plugins/x.so"])
def test_libraries_outside_qt_plugin_folders_are_not_plugins(dest: str) -> None:
    assert not rules.is_plugin(dest)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_id.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6\\translations\\qt_ja.qm", False),
        ("resources/translations/shell_id.qm", True),  # ours, always
        ("faker/providers/person/id_ID/__init__.py", True),
        ("faker/providers/person/en_US/__init__.py", True),
        ("faker/providers/person/en/__init__.py", True),
        ("faker/providers/person/de_DE/__init__.py", False),
        ("faker/providers/address/zh_TW/__init__.py", False),
        ("faker/providers/person/__init__.py", True),
        ("lokal/data/desa.json.gz", True),
    ],
)
def test_data_kept_and_dropped(dest: str, kept: bool) -> None:
    assert rules.keep_data(dest) is kept


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", (0, 1, 0, 0)), ("2", (2, 0, 0, 0)), ("1.2rc1", (1, 2, 0, 0)), ("3.4.5.6", (3, 4, 5, 0))],
)
def test_windows_version(version: str, expected: tuple[int, int, int, int]) -> None:
    assert rules.windows_version(version) == expected


def test_windows_version_refuses_text_without_a_number() -> None:
    with pytest.raises(ValueError, match="no version number"):
        rules.windows_version("dev")


def test_symlinks_to_pruned_libraries_dangle_and_the_others_stay() -> None:
    # As PyInstaller lists them: binaries, then SYMLINK entries (target relative to the link's folder) in datas.
    entries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/venv/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),  # its library was pruned
        ("pillow.libs/libwebp.so.7", "/venv/pillow.libs/libwebp.so.7", "BINARY"),
        ("PIL/libwebp.so.7", "../pillow.libs/libwebp.so.7", "SYMLINK"),  # a ".." target that exists
        ("libchain.so", "libchain.so.1", "SYMLINK"),  # -> a link whose own target is gone
        ("libchain.so.1", "PySide6/Qt/lib/libGone.so.1", "SYMLINK"),
        ("resources/rules/eligibility.json", "/src/resources/rules/eligibility.json", "DATA"),
    ]
    assert rules.dangling_symlinks(entries) == {"libQt6Network.so.6", "libchain.so", "libchain.so.1"}


def test_windows_style_symlink_entries_are_resolved_too() -> None:
    entries = [
        ("PySide6\\lib\\a.dll", "C:\\venv\\a.dll", "BINARY"),
        ("a.dll", "PySide6\\lib\\a.dll", "SYMLINK"),
        ("b.dll", "PySide6\\lib\\b.dll", "SYMLINK"),
    ]
    assert rules.dangling_symlinks(entries) == {"b.dll"}


def test_only_unused_pillow_parts_are_left_out() -> None:
    left_out = set(rules.UNUSED_PILLOW_MODULES)
    assert "PIL._avif" in left_out
    # The photo formats desktop/store/attachments.py accepts, and Pillow's core, stay.
    assert not left_out & {"PIL._imaging", "PIL._webp", "PIL.JpegImagePlugin", "PIL.PngImagePlugin"}
    attachments = (ROOT / "desktop" / "store" / "attachments.py").read_text(encoding="utf-8")
    assert 'ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")' in attachments  # no AVIF to decode


def test_the_manifest_hashes_every_file_under_resources(tmp_path: Path) -> None:
    (tmp_path / "resources" / "rules").mkdir(parents=True)
    rules_file = tmp_path / "resources" / "rules" / "eligibility-1.json"
    rules_file.write_bytes(b"{}")
    qm = tmp_path / "build" / "shell_id.qm"
    qm.parent.mkdir()
    qm.write_bytes(b"qm")
    files = [
        (str(rules_file), "resources/rules"),
        (str(qm), "resources\\translations"),  # the spec's folders on Windows
        (str(qm), "lokal/data"),  # not a resource
    ]
    assert rules.resource_manifest(files, "1.2.3") == {
        "version": "1.2.3",
        "resources": {
            "rules/eligibility-1.json": hashlib.sha256(b"{}").hexdigest(),
            "translations/shell_id.qm": hashlib.sha256(b"qm").hexdigest(),
        },
    }


def test_a_stale_installed_version_stops_the_build() -> None:
    rules.require_same_version("0.2.0", "0.2.0")
    with pytest.raises(SystemExit, match=r"pyproject.toml says version 0.2.0.*metadata says 0.1.0"):
        rules.require_same_version("0.2.0", "0.1.0")

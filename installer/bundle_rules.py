"""What the frozen build keeps and leaves out: plain functions, used by luring.spec and tested on their own.

Paths are the destination paths PyInstaller gives each collected file, e.g.
`PySide6/Qt/plugins/platforms/libqxcb.so` (Linux) or `PySide6\\plugins\\platforms\\qwindows.dll` (Windows).
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Iterable
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

# Always used: the application is a Qt Widgets program.
BASE_QT_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets"})

# Python packages for the reference server, the tests and the tools: not part of the desktop build.
NOT_BUNDLED = (
    "sync.server", "fastapi", "starlette", "uvicorn", "httpx", "schemathesis", "hypothesis", "pytest", "_pytest",
    "pytestqt", "mypy", "ruff", "tkinter", "IPython", "PyInstaller", "setuptools", "pip",
    # SQLAlchemy names every dialect's driver; the desktop speaks only SQLCipher (the server's PostgreSQL extra).
    "psycopg", "psycopg_binary", "psycopg2", "pymysql", "MySQLdb", "cx_Oracle", "oracledb",
)  # fmt: skip

# Pillow only decodes the JPEG/PNG/WebP photos of desktop/store/attachments.py and draws no text: no AVIF codec
# (libavif alone is 5 MB), no Tk bridge, no FreeType/HarfBuzz renderer. libtiff and libopenjp2 stay: Pillow's core
# _imaging links against them, so it would not load without them.
UNUSED_PILLOW_MODULES = ("PIL._avif", "PIL._imagingtk", "PIL.ImageTk", "PIL._imagingft")

# Written by the spec beside resources/ in the bundle; desktop/self_test.py reads it under the same name.
MANIFEST_NAME = "bundle-manifest.json"

# Qt plugins kept, by folder (None: the whole folder); every other folder (QML tooling, SQL drivers, designer,
# eglfs, networkinformation...) is dropped.
KEEP_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qdirect2d"}),
    "imageformats": frozenset({"qsvg", "qico", "qjpeg", "qgif"}),
    "iconengines": None,
    # qgtk3 drags in GTK's own libraries, which then clash with the system's GTK.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    "xcbglintegrations": None,
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl", "shm-emulation-server"}),
    "printsupport": None,
    "styles": None,
    "tls": None,
}

# Faker's locales kept: demo-data speaks id_ID, and en/en_US are Faker's fallback. The others are ~700 files.
FAKER_LOCALES = frozenset({"id_ID", "en", "en_US"})
LANGUAGES = ("id", "en")

_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")
_FROM_IMPORT = re.compile(r"from\s+PySide6\s+import\s+\(?([\w\s,]+)\)?")


def _parts(dest: str) -> tuple[str, ...]:
    path: PurePath = PureWindowsPath(dest) if "\\" in dest else PurePosixPath(dest)
    return path.parts


def used_qt_modules(sources: Iterable[str]) -> set[str]:
    """The PySide6 modules these Python sources import, in either spelling, plus the base three."""
    used = set(BASE_QT_MODULES)
    for text in sources:
        used.update(re.findall(r"PySide6\.(Qt\w+)", text))
        for names in _FROM_IMPORT.findall(text):
            used.update(name for name in re.split(r"[\s,]+", names) if name.startswith("Qt"))
    return used


def is_plugin(dest: str) -> bool:
    parts = _parts(dest)
    return "PySide6" in parts and "plugins" in parts


def keep_plugin(dest: str) -> bool:
    parts = _parts(dest)
    index = parts.index("plugins")
    folder = parts[index + 1] if len(parts) > index + 2 else ""
    if folder not in KEEP_PLUGINS:
        return False
    allowed = KEEP_PLUGINS[folder]
    stem = re.sub(r"^lib", "", parts[-1].split(".")[0])
    return allowed is None or stem in allowed


def is_unused_faker_locale(parts: tuple[str, ...]) -> bool:
    """`faker/providers/<provider>/<locale>/...` for a locale the application does not use."""
    return (
        len(parts) > 3
        and parts[:2] == ("faker", "providers")
        and _LOCALE.fullmatch(parts[3]) is not None
        and parts[3] not in FAKER_LOCALES
    )


def keep_data(dest: str) -> bool:
    parts = _parts(dest)
    if is_unused_faker_locale(parts):
        return False
    # Qt's own translations (PySide6/Qt/translations on Linux, PySide6/translations on Windows): our languages only.
    if "PySide6" in parts and "translations" in parts and parts[-1].endswith(".qm"):
        return parts[-1].endswith(tuple(f"_{language}.qm" for language in LANGUAGES))
    return True


def windows_version(version: str) -> tuple[int, int, int, int]:
    """ "0.1.0" -> (0, 1, 0, 0) for the Windows version resource; "1.2rc1" -> (1, 2, 0, 0)."""
    match = re.match(r"\d+(?:\.\d+)*", version)
    if match is None:
        raise ValueError(f"no version number in {version!r}")
    numbers = [int(n) for n in match.group().split(".")[:3]]
    numbers += [0] * (3 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], 0)



def _normal(dest: str) -> str:
    return posixpath.normpath(dest.replace("\\", "/"))


def dangling_symlinks(entries: Iterable[tuple[str, str, str]]) -> set[str]:
    """Destinations of SYMLINK entries whose target is not collected, directly or through other links.

    A SYMLINK entry is (link destination, target relative to the link's folder, "SYMLINK"). PyInstaller puts
    them in the data list, so they outlive the libraries prune_binaries drops from the binary list.
    """
    entries = list(entries)
    targets = {
        _normal(dest): posixpath.normpath(posixpath.join(posixpath.dirname(_normal(dest)), _normal(target)))
        for dest, target, kind in entries
        if kind == "SYMLINK"
    }
    present = {_normal(dest) for dest, _, _ in entries}
    while True:  # a link to a dangling link dangles too
        newly = {link for link, target in targets.items() if link in present and target not in present}
        if not newly:
            break
        present -= newly
    return {dest for dest, _, kind in entries if kind == "SYMLINK" and _normal(dest) not in present}


def resource_manifest(files: Iterable[tuple[str, str]], version: str) -> dict[str, object]:
    """The bundle's manifest: the version, and the sha256 of every file bundled under resources/.

    `files` are (source path, destination folder) pairs as the spec gives them to PyInstaller.
    """
    resources: dict[str, str] = {}
    for source, folder in files:
        parts = _parts(folder)
        if not parts or parts[0] != "resources":
            continue
        name = PurePosixPath(*parts[1:], Path(source).name).as_posix()
        resources[name] = hashlib.sha256(Path(source).read_bytes()).hexdigest()
    return {"version": version, "resources": dict(sorted(resources.items()))}


def require_same_version(pyproject_version: str, installed_version: str) -> None:
    """Stop the build when the installed metadata (bundled for importlib.metadata) is stale."""
    if installed_version != pyproject_version:
        raise SystemExit(
            f"luring.spec: pyproject.toml says version {pyproject_version}, but the installed package metadata "
            f"says {installed_version}; reinstall (pip install -e .) so the build does not ship a stale version"
        )

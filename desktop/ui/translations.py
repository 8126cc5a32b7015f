"""Install the Qt translators for the chosen language.

Every UI area ships `resources/translations/<area>_<lang>.ts`. They are
compiled when the application is installed or built: from source by
`scripts/bootstrap.sh` (`python -m desktop.ui.translations`) into
`<repo>/build/translations/`, and into `resources/translations/` of the frozen
build. A start only loads the `.qm` files; it compiles one only when it is
missing or older than its `.ts` (a translator at work), which costs a process.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.paths import resource

log = logging.getLogger("luring.ui")

LANGUAGES = ("id", "en")


def source_dir() -> Path:
    return resource("translations")


def is_frozen() -> bool:
    return getattr(sys, "_MEIPASS", None) is not None


def qm_output_dir() -> Path:
    """Where `.qm` files are read from: the bundle when frozen, `<repo>/build/translations` from source."""
    if is_frozen():
        return source_dir()
    return Path(__file__).resolve().parents[2] / "build" / "translations"


def lrelease_command() -> str | None:
    import shutil  # only to compile, which a start after installing never does

    beside = Path(sys.executable).parent / "pyside6-lrelease"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(language: str | None = None) -> list[Path]:
    """Compile stale `.ts` files (all languages, or one) to `.qm`; returns the `.qm` paths that exist."""
    out_dir = qm_output_dir()
    suffix = f"_{language}" if language else ""
    if is_frozen():
        return sorted(out_dir.glob(f"*{suffix}.qm"))
    sources = sorted(source_dir().glob(f"*{suffix}.ts"))
    out_dir.mkdir(parents=True, exist_ok=True)
    results = []
    for ts in sources:
        qm = out_dir / f"{ts.stem}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool = lrelease_command()
            if tool is None:
                log.warning("pyside6-lrelease not found; %s stays untranslated", ts.name)
                continue
            import subprocess  # only to compile, which a start after installing never does

            done = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, check=False)
            if done.returncode != 0:
                log.warning("lrelease failed for %s", ts.name)
                continue
        results.append(qm)
    return results


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the application's translators with every `*_<language>.qm`; returns those installed."""
    for old in app.findChildren(QTranslator, "luring-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    if language not in LANGUAGES:
        language = "id"
    installed = []
    for qm in compile_translations(language):
        translator = QTranslator(app)
        translator.setObjectName("luring-translator")
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("could not load %s", qm.name)
    return installed


if __name__ == "__main__":
    # At install time (scripts/bootstrap.sh): compile every catalogue now, not at the first start.
    print(f"{len(compile_translations())} translation catalogue(s) compiled")

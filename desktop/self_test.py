"""`luring --self-test`: prove that this installation works on this machine.

Runs from source and in the frozen build (CI runs the frozen one under the
offscreen platform). One line per check, `ok   <check>: ...` or
`FAIL <check>: <reason>`, and a non-zero exit code when anything failed; a
check that crashes is reported as that check's failure, without a traceback.

The resource checks live in desktop/self_test_resources.py. LURING_RESOURCES_DIR
points them at another `resources/` folder (the tests and the Linux build use it
to prove a broken or altered file is caught).
"""

from __future__ import annotations

import io
import os
import secrets
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from desktop.paths import resources_dir
from desktop.self_test_resources import (
    MANIFEST_NAME,
    RESOURCES_ENV,
    CheckFailed,
    Context,
    check_consent,
    check_fonts,
    check_icons,
    check_limits,
    check_openapi,
    check_regions,
    check_resource_kinds,
    check_resource_manifest,
    check_retention,
    check_rules,
    check_translations,
)

__all__ = ["CHECKS", "RESOURCES_ENV", "CheckFailed", "Context", "run_self_test"]

DISTRIBUTION = "prakerja-luring"
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"  # from source only
STORE_TABLES = frozenset({"accounts", "attachments", "audit_log", "consents", "device_settings", "drafts", "outbox",
                          "registrations"})


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
        if os.name != "posix":
            # Nothing is set on Windows: the folder inherits the ACL of %LOCALAPPDATA% (installer/README.md).
            return f"created; permissions inherited from the user's profile, not checked; {default_data_dir()}"
        for folder in (made, made.parent):
            mode = folder.stat().st_mode & 0o777
            if mode != 0o700:
                raise CheckFailed(f"a new data folder got mode {mode:o}, not 700")
    return f"created owner-only (700); this user's folder is {default_data_dir()}"


def check_store_modules(ctx: Context) -> str:
    import desktop.store.session  # noqa: F401 - importing the session declares every table it works with
    from desktop.store.schema import metadata

    # A frozen build that missed a table module would create a device without that table.
    missing = STORE_TABLES - set(metadata.tables)
    if missing:
        raise CheckFailed("store tables not declared: " + ", ".join(sorted(missing)))
    return f"{len(metadata.tables)} store tables declared"


def check_version(ctx: Context) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        running = version(DISTRIBUTION)
    except PackageNotFoundError as exc:
        raise CheckFailed(f"no package metadata for {DISTRIBUTION}") from exc
    if ctx.manifest is not None:
        expected, source = str(ctx.build_manifest()["version"]), "the build manifest"
    elif PYPROJECT.is_file():
        expected = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"]
        source = "pyproject.toml"
    else:
        return f"{DISTRIBUTION} {running}"
    if running != expected:
        raise CheckFailed(f"the package metadata says {running}, {source} says {expected}: reinstall")
    return f"{DISTRIBUTION} {running}, as {source} says"


def check_photo_formats(ctx: Context) -> str:
    from PIL import Image

    from desktop.store.attachments import ACCEPTED_FORMATS, clean_image
    from desktop.store.errors import InvalidAttachment

    # The build leaves parts of Pillow out; every format an officer may attach must still decode.
    for name in ACCEPTED_FORMATS:
        photo = io.BytesIO()
        Image.new("RGB", (64, 48), (180, 40, 40)).save(photo, name)
        try:
            cleaned, width, height = clean_image(photo.getvalue())
        except InvalidAttachment as exc:
            raise CheckFailed(f"a {name} photo is refused: {getattr(exc, 'reason', exc)}") from exc
        if (width, height) != (64, 48) or not cleaned.startswith(b"\xff\xd8"):
            raise CheckFailed(f"a {name} photo did not come out as a 64x48 JPEG")
    return f"{', '.join(ACCEPTED_FORMATS)} photos decode and are re-encoded as JPEG"


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
    ("photo formats", check_photo_formats),
    ("regions", check_regions),
    ("resource manifest", check_resource_manifest),
    ("resource kinds", check_resource_kinds),
    ("rules", check_rules),
    ("consent", check_consent),
    ("offline limits", check_limits),
    ("retention policy", check_retention),
    ("openapi", check_openapi),
    ("qt window", check_qt_window),
    ("icons", check_icons),
    ("fonts", check_fonts),
    ("translations", check_translations),
)


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each, return 0 only if all passed."""
    stream = out or sys.stdout
    frozen = bool(getattr(sys, "frozen", False))
    override = os.environ.get(RESOURCES_ENV)
    bundle = getattr(sys, "_MEIPASS", None)
    ctx = Context(
        resources=Path(override) if override else resources_dir(),
        frozen=frozen,
        manifest=Path(bundle) / MANIFEST_NAME if bundle else None,
    )
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

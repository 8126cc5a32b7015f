"""The self-test fails when it should: a stale or altered bundle, a broken SQLCipher, Argon2id or Qt, a crash."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine

import desktop.self_test as self_test
from desktop.paths import resources_dir
from desktop.self_test_resources import MANIFEST_NAME, CheckFailed, Context, check_resource_manifest
from tests.installer.bundle_rules_module import load_bundle_rules


def _run_only(monkeypatch: pytest.MonkeyPatch, *names: str) -> tuple[int, list[str]]:
    """run_self_test with just the named checks; (exit code, the per-check and summary lines)."""
    chosen = tuple(entry for entry in self_test.CHECKS if entry[0] in names)
    assert [name for name, _ in chosen] == list(names)
    monkeypatch.setattr(self_test, "CHECKS", chosen)
    out = io.StringIO()
    code = self_test.run_self_test(out)
    return code, out.getvalue().splitlines()[1:]


# --- the manifest of the frozen build -------------------------------------------------------------------------------


@pytest.fixture
def bundle(tmp_path: Path) -> Context:
    """A resources copy and the manifest the spec would write for it, as in the frozen build."""
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    files = [(str(path), str(path.parent.relative_to(tmp_path))) for path in copy.rglob("*") if path.is_file()]
    manifest = tmp_path / MANIFEST_NAME
    manifest.write_text(json.dumps(load_bundle_rules().resource_manifest(files, "9.9.9")), encoding="utf-8")
    return Context(resources=copy, frozen=False, manifest=manifest)


def test_the_manifest_name_is_the_one_the_spec_writes() -> None:
    assert load_bundle_rules().MANIFEST_NAME == MANIFEST_NAME


def test_an_intact_bundle_matches_its_manifest(bundle: Context) -> None:
    assert check_resource_manifest(bundle).startswith("all ")


def test_a_removed_file_fails_the_manifest_check(bundle: Context) -> None:
    (bundle.resources / "icons" / "luring.ico").unlink()
    with pytest.raises(CheckFailed, match=r"1 bundled file\(s\) missing, e.g. resources/icons/luring.ico"):
        check_resource_manifest(bundle)


def test_a_modified_file_fails_the_manifest_check(bundle: Context) -> None:
    # Still valid JSON the loader may accept: only the hash tells it is not what was built.
    consent = sorted((bundle.resources / "consent").glob("consent-*.json"))[0]
    consent.write_text(consent.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with pytest.raises(CheckFailed, match=rf"1 file\(s\) differ from the build, e.g. resources/consent/{consent.name}"):
        check_resource_manifest(bundle)


def test_an_unreadable_manifest_fails(bundle: Context) -> None:
    assert bundle.manifest is not None
    bundle.manifest.write_text("{", encoding="utf-8")
    with pytest.raises(CheckFailed, match="cannot be read"):
        check_resource_manifest(bundle)


def test_the_version_is_checked_against_the_manifest(bundle: Context) -> None:
    with pytest.raises(CheckFailed, match=r"the package metadata says .*, the build manifest says 9.9.9"):
        self_test.check_version(bundle)


def test_from_source_the_version_is_checked_against_pyproject(monkeypatch: pytest.MonkeyPatch) -> None:
    code, lines = _run_only(monkeypatch, "version")
    assert code == 0 and lines[0].startswith("ok   version: prakerja-luring ") and "pyproject.toml" in lines[0]
    monkeypatch.setattr("importlib.metadata.version", lambda name: "0.0.0-stale")
    code, lines = _run_only(monkeypatch, "version")
    assert code == 1
    assert lines[0].startswith("FAIL version: the package metadata says 0.0.0-stale, pyproject.toml says ")


# --- crypto, SQLCipher, Qt --------------------------------------------------------------------------------------------


def test_plain_sqlite_in_place_of_sqlcipher_fails_not_encrypting(monkeypatch: pytest.MonkeyPatch) -> None:
    def plain_engine(path: Path, key: bytes) -> Engine:
        return create_engine(f"sqlite:///{path}")  # ignores the key: what a build without SQLCipher would do

    monkeypatch.setattr("desktop.store.database.open_engine", plain_engine)
    code, lines = _run_only(monkeypatch, "sqlcipher")
    assert code == 1
    assert lines[0] == "FAIL sqlcipher: check.db holds plaintext: SQLCipher is not encrypting"


def test_the_sqlite3_module_in_place_of_sqlcipher3_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.store.database.sqlcipher3", sqlite3)
    code, lines = _run_only(monkeypatch, "sqlcipher")
    assert code == 1
    assert lines[0].startswith("FAIL sqlcipher: RuntimeError: SQLCipher is not active")


def test_a_wrong_argon2id_result_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    class WrongArgon2id:
        def __init__(self, **_: object) -> None:
            pass

        def derive(self, password: bytes) -> bytes:
            return bytes(32)

    monkeypatch.setattr("cryptography.hazmat.primitives.kdf.argon2.Argon2id", WrongArgon2id)
    code, lines = _run_only(monkeypatch, "argon2id", "hpke")
    assert code == 1
    assert lines[0] == "FAIL argon2id: RFC 9106 test vector does not match"
    assert lines[1].startswith("ok   hpke: ")  # the other checks still run


def test_a_window_that_never_appears_fails_the_qt_check(monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    from PySide6 import QtWidgets

    class NeverShown(QtWidgets.QLabel):
        def isVisible(self) -> bool:
            return False

    monkeypatch.setattr(QtWidgets, "QLabel", NeverShown)
    code, lines = _run_only(monkeypatch, "qt window")
    assert code == 1
    assert lines[0] == "FAIL qt window: the window did not appear"


def test_a_check_that_crashes_is_a_failure_line_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def crashes(ctx: Context) -> str:
        return str({}["no such key"])

    monkeypatch.setattr(self_test, "CHECKS", (("hpke", crashes), *self_test.CHECKS[:1]))
    out = io.StringIO()
    assert self_test.run_self_test(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[1] == "FAIL hpke: KeyError: 'no such key'"
    assert lines[2].startswith("ok   version: ")
    assert lines[-1] == "1 passed, 1 failed"
    captured = capsys.readouterr()
    assert "Traceback" not in out.getvalue() + captured.out + captured.err

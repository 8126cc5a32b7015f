"""The reference server over TLS: what passes, and each kind of bad certificate refused with its own code.

One server per certificate, started once for the module (trustme makes the certificates on 127.0.0.1).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sync.client import CentralClient, PinMismatch, TransportRefused
from sync.server.subprocess_server import ServerProcess
from sync.signing import DeviceKey
from tests.sync.tls_support import ServerFiles, expired_leaf, write_ca, write_leaf

pytestmark = pytest.mark.slow
OTHER_PIN = "ab" * 32


def _self_signed(folder: Path) -> ServerFiles:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "self-signed.pem", folder / "self-signed-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    spki = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return ServerFiles(cert_path, key_path, hashlib.sha256(spki).hexdigest())


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tls")


@pytest.fixture(scope="module")
def ca_file(ca: trustme.CA, folder: Path) -> Path:
    return write_ca(ca, folder / "ca.pem")


def _serve(folder: Path, files: ServerFiles, probe_ca: str) -> Iterator[tuple[str, ServerFiles]]:
    with ServerProcess(folder / f"central-{files.certfile.stem}", files.tls_args, probe_ca=probe_ca) as server:
        yield server.url, files


@pytest.fixture(scope="module")
def good(ca: trustme.CA, folder: Path, ca_file: Path) -> Iterator[tuple[str, ServerFiles]]:
    yield from _serve(folder, write_leaf(ca.issue_cert("127.0.0.1"), folder, "good"), str(ca_file))


@pytest.fixture(scope="module")
def expired(ca: trustme.CA, folder: Path) -> Iterator[tuple[str, ServerFiles]]:
    yield from _serve(folder, write_leaf(expired_leaf(ca), folder, "expired"), "")


@pytest.fixture(scope="module")
def other_host(ca: trustme.CA, folder: Path) -> Iterator[tuple[str, ServerFiles]]:
    yield from _serve(folder, write_leaf(ca.issue_cert("central.example"), folder, "other-host"), "")


@pytest.fixture(scope="module")
def self_signed(folder: Path) -> Iterator[tuple[str, ServerFiles]]:
    files = _self_signed(folder)
    yield from _serve(folder, files, str(files.certfile))


def _refusal(url: str, **options: object) -> TransportRefused:
    client = CentralClient(url, DeviceKey.generate(), **options)  # type: ignore[arg-type]
    try:
        with pytest.raises(TransportRefused) as error:
            client.health()
    finally:
        client.close()
    return error.value


def test_the_configured_ca_and_a_matching_pin_pass(good: tuple[str, ServerFiles], ca_file: Path) -> None:
    url, files = good
    for pins in (None, {files.spki}, {OTHER_PIN, files.spki}):  # the last: only the backup pin matches
        client = CentralClient(url, DeviceKey.generate(), ca_bundle=ca_file, pins=pins)
        assert client.health().status == "ok"
        client.close()


def test_a_key_outside_the_pin_set_is_refused(good: tuple[str, ServerFiles], ca_file: Path) -> None:
    error = _refusal(good[0], ca_bundle=ca_file, pins={OTHER_PIN, "cd" * 32})
    assert isinstance(error, PinMismatch) and error.code == "pin_mismatch" and "pin" in str(error)


def test_a_ca_that_is_not_configured_is_not_trusted(good: tuple[str, ServerFiles]) -> None:
    error = _refusal(good[0])  # certifi's authorities do not include this CA
    assert error.code == "tls_untrusted" and "trusted authority" in str(error)


def test_a_self_signed_certificate_is_refused(self_signed: tuple[str, ServerFiles], ca_file: Path) -> None:
    error = _refusal(self_signed[0], ca_bundle=ca_file)
    assert error.code == "tls_untrusted" and "self-signed certificate" in str(error)


def test_an_expired_certificate_is_refused(expired: tuple[str, ServerFiles], ca_file: Path) -> None:
    error = _refusal(expired[0], ca_bundle=ca_file)
    assert error.code == "tls_expired" and "certificate has expired" in str(error)


def test_a_certificate_for_another_host_is_refused(other_host: tuple[str, ServerFiles], ca_file: Path) -> None:
    error = _refusal(other_host[0], ca_bundle=ca_file, pins={other_host[1].spki})  # even with its key pinned
    assert error.code == "tls_hostname" and "host name" in str(error) and "mismatch" in str(error)

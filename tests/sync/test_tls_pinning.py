"""TLS is verified by default, and the optional public-key pin holds or refuses."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sync.client import CentralClient, CentralUnavailable, PinMismatch, spki_sha256
from sync.server.subprocess_server import ServerProcess
from sync.signing import DeviceKey


def _self_signed(folder: Path) -> tuple[Path, Path, str]:
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
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    spki = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return cert_path, key_path, hashlib.sha256(spki).hexdigest()


@pytest.mark.slow
def test_tls_verification_and_pin(tmp_path: Path) -> None:
    cert, key, pin = _self_signed(tmp_path)
    with ServerProcess(tmp_path / "central", ["--ssl-certfile", str(cert), "--ssl-keyfile", str(key)]) as server:
        https = server.url
        default = CentralClient(https, DeviceKey.generate())
        with pytest.raises(CentralUnavailable):  # an unknown CA is refused by default
            default.health()
        default.close()
        pinned = CentralClient(https, DeviceKey.generate(), verify=str(cert), pin=lambda der: spki_sha256(der) == pin)
        assert pinned.health()["status"] == "ok"
        pinned.close()
        wrong = CentralClient(https, DeviceKey.generate(), verify=str(cert), pin=lambda der: False)
        with pytest.raises(PinMismatch):
            wrong.health()
        wrong.close()

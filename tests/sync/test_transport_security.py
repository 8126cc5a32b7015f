"""The client's transport as an attacker tries it: plain http, redirects, the environment, a key that is not pinned."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from sync.client import CentralClient, InvalidCentralUrl, PinMismatch, TransportRefused
from sync.signing import DeviceKey
from tests.sync.tls_support import RecordingServer, ServerFiles, http_answer, write_ca, write_leaf

HEALTH = http_answer(200, {"status": "ok", "api_version": "v1", "server_time": int(time.time())})
OTHER_PIN = "00" * 32


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def leaf(ca: trustme.CA) -> trustme.LeafCert:
    return ca.issue_cert("127.0.0.1")


@pytest.fixture(scope="module")
def files(leaf: trustme.LeafCert, tmp_path_factory: pytest.TempPathFactory) -> ServerFiles:
    return write_leaf(leaf, tmp_path_factory.mktemp("tls"), "good")


@pytest.fixture(scope="module")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_ca(ca, tmp_path_factory.mktemp("ca") / "ca.pem")


def _server_context(leaf: trustme.LeafCert) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    leaf.configure_cert(context)
    return context


def _https(server: RecordingServer) -> str:
    return f"https://127.0.0.1:{server.port}"


@pytest.fixture
def plain_health() -> Iterator[RecordingServer]:
    with RecordingServer(HEALTH) as server:
        yield server


# -- the address ---------------------------------------------------------
@pytest.mark.parametrize("url", ["https://central.example", "https://central.example:8443/api/", "http://127.0.0.1:8000",
                                 "http://[::1]:8000", "http://localhost:8000", "HTTPS://Central.Example"])
def test_https_or_loopback_http_is_accepted(url: str) -> None:
    CentralClient(url, DeviceKey.generate()).close()


@pytest.mark.parametrize("url", ["http://central.example", "http://10.0.0.5:8000", "http://127.0.0.1.nip.io",
                                 "http://[::ffff:7f00:1]/"])
def test_plain_http_elsewhere_is_refused_at_construction(url: str) -> None:
    with pytest.raises(InvalidCentralUrl) as error:
        CentralClient(url, DeviceKey.generate())
    assert error.value.code == "insecure_url" and "https://" in str(error.value)


@pytest.mark.parametrize("url", ["central.example", "ftp://central.example", "https://", "https://:443",
                                 "https://central.example:99999", "https://user:secret@central.example",
                                 "https://central.example/?x=1", "https://central.example/#top",
                                 "https://centr al.example", "https://séntral.example", "https://central\n.example"])
def test_a_malformed_address_is_refused_at_construction(url: str) -> None:
    with pytest.raises(InvalidCentralUrl) as error:
        CentralClient(url, DeviceKey.generate())
    assert error.value.code == "invalid_url" and isinstance(error.value, ValueError)


@pytest.mark.parametrize("pins", [set(), {"not-hex"}, {"ab" * 31}])
def test_a_pin_set_that_pins_nothing_is_refused(pins: set[str]) -> None:
    with pytest.raises(ValueError, match="pins"):
        CentralClient("https://central.example", DeviceKey.generate(), pins=pins)


# -- pins: checked in the handshake, before the request ----------------------
def test_a_wrong_pin_stops_the_connection_before_any_request_byte(leaf: trustme.LeafCert, ca_file: Path) -> None:
    with RecordingServer(http_answer(201, {}), _server_context(leaf)) as server:
        client = CentralClient(_https(server), DeviceKey.generate(), ca_bundle=ca_file, pins={OTHER_PIN})
        with pytest.raises(PinMismatch) as error:
            client.enrol("ENROL-CODE-THAT-MUST-NOT-LEAVE")
        client.close()
        server.wait_for(1)
    assert error.value.code == "pin_mismatch" and "pin" in str(error.value)
    assert server.handshakes == 1 and server.received == [b""]  # the handshake finished; nothing followed it


def test_the_backup_pin_alone_is_enough(leaf: trustme.LeafCert, ca_file: Path, files: ServerFiles) -> None:
    with RecordingServer(HEALTH, _server_context(leaf)) as server:
        client = CentralClient(_https(server), DeviceKey.generate(), ca_bundle=ca_file,
                               pins={OTHER_PIN, files.spki.upper()})
        assert client.health().status == "ok"
        client.close()


# -- redirects ---------------------------------------------------------------
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_plain_http_is_refused_and_nothing_is_sent_again(
    status: int, leaf: trustme.LeafCert, ca_file: Path
) -> None:
    with RecordingServer(http_answer(201, {})) as downgrade:
        redirect = http_answer(status, None, {"Location": f"{downgrade.url}/v1/enrol"})
        with RecordingServer(redirect, _server_context(leaf)) as server:
            client = CentralClient(_https(server), DeviceKey.generate(), ca_bundle=ca_file)
            with pytest.raises(TransportRefused) as error:
                client.enrol("ENROL-CODE-THAT-MUST-NOT-LEAVE")
            client.close()
        assert downgrade.received == []
    assert error.value.code == "redirect_refused" and error.value.status == status
    assert "redirect" in str(error.value) and downgrade.url in str(error.value)


# -- the environment changes nothing -------------------------------------------
def test_a_ca_bundle_from_the_environment_is_not_trusted(
    leaf: trustme.LeafCert, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.setenv(name, str(ca_file))  # an attacker's CA, slipped in through the environment
    with RecordingServer(HEALTH, _server_context(leaf)) as server:
        client = CentralClient(_https(server), DeviceKey.generate())
        with pytest.raises(TransportRefused) as error:
            client.health()
        client.close()
        server.wait_for(1)
    assert error.value.code == "tls_untrusted" and server.received == [b""]


def test_the_configured_ca_holds_whatever_the_environment_says(
    leaf: trustme.LeafCert, ca_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = write_ca(trustme.CA(), tmp_path / "other.pem")
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.setenv(name, str(other))
    with RecordingServer(HEALTH, _server_context(leaf)) as server:
        client = CentralClient(_https(server), DeviceKey.generate(), ca_bundle=ca_file)
        assert client.health().status == "ok"
        client.close()


def test_proxy_variables_are_ignored(plain_health: RecordingServer, monkeypatch: pytest.MonkeyPatch) -> None:
    with RecordingServer(http_answer(200, {"status": "ok"})) as proxy:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
            monkeypatch.setenv(name, proxy.url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        client = CentralClient(plain_health.url, DeviceKey.generate())
        assert client.health().status == "ok"
        client.close()
        plain_health.wait_for(1)
        assert proxy.received == []


def test_netrc_credentials_are_never_sent(
    plain_health: RecordingServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine 127.0.0.1 login officer password rahasia\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("NETRC", str(netrc))
    client = CentralClient(plain_health.url, DeviceKey.generate())
    client.health()
    client.close()
    plain_health.wait_for(1)
    (request,) = plain_health.received
    assert b"authorization" not in request.lower() and b"GET /v1/health" in request

"""How the client reaches the centre: only https (plain http on loopback), its own trust, no redirects.

Nothing from the environment decides what is trusted: `trust_env` is off, so REQUESTS_CA_BUNDLE,
CURL_CA_BUNDLE, proxy variables and `.netrc` are ignored, and the default trust is certifi's CA bundle
(the one `requests` ships with) rather than OpenSSL's paths, which SSL_CERT_FILE can move. The certificate,
its host name and the public-key pins are all checked inside the TLS handshake, so a server that fails any
of them never receives a byte of the request.
"""

from __future__ import annotations

import hashlib
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import certifi
import requests
from requests.adapters import HTTPAdapter

from sync.errors import InvalidCentralUrl, PinMismatch, TransportRefused

if TYPE_CHECKING:
    from requests.adapters import _HostParams, _PoolKwargs  # the stubs' names for what the hook returns

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})

# OpenSSL's X509_V_ERR_* codes, grouped by what an officer or an administrator can do about them.
_EXPIRED = frozenset({9, 10})  # not yet valid / expired: the server's certificate, or this device's clock
_HOSTNAME = frozenset({62, 64})  # host name / IP address mismatch
_UNTRUSTED = frozenset({18, 19, 20, 21, 2})  # self-signed, self-signed in chain, unknown issuer


def check_base_url(url: str) -> str:
    """The base URL without a trailing slash; `InvalidCentralUrl` unless it is https (or http on loopback)."""
    if not isinstance(url, str) or not url.isascii() or not url.isprintable() or " " in url:
        raise InvalidCentralUrl("the centre's address must be a plain ASCII URL", code="invalid_url")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError as exc:
        raise InvalidCentralUrl(f"the centre's address is not a valid URL ({exc})", code="invalid_url") from exc
    scheme, host = parts.scheme.lower(), (parts.hostname or "")
    if scheme not in ("https", "http") or not host:
        raise InvalidCentralUrl("the centre's address must be an https:// URL with a host name", code="invalid_url")
    if parts.username is not None or parts.password is not None or parts.query or parts.fragment:
        raise InvalidCentralUrl("the centre's address must not hold a user name, a password, a query or a fragment",
                                code="invalid_url")
    if scheme == "http" and host not in LOOPBACK_HOSTS:
        raise InvalidCentralUrl(
            f"plain http is refused for {host}: the centre's address must start with https:// "
            "(http only for 127.0.0.1, ::1 or localhost)", code="insecure_url")
    return url.rstrip("/")


def normalise_pins(pins: frozenset[str] | set[str] | None) -> frozenset[str] | None:
    """Lower-case hex SHA-256 SPKI hashes; `ValueError` for anything else or an empty set (which pins nothing)."""
    if pins is None:
        return None
    result = frozenset(pin.strip().lower() for pin in pins)
    if not result or any(len(pin) != 64 or not all(c in "0123456789abcdef" for c in pin) for pin in result):
        raise ValueError("pins must be a non-empty set of SHA-256 SPKI hashes in hex")
    return result


def spki_sha256(der_certificate: bytes) -> str:
    """SHA-256 hex of a certificate's SubjectPublicKeyInfo: what a pin holds."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    cert = x509.load_der_x509_certificate(der_certificate)
    spki = cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).hexdigest()


class _PinCheckingSocket(ssl.SSLSocket):
    """Checks the pins right after the handshake; the caller has not written anything yet."""

    def do_handshake(self, block: bool = False) -> None:
        super().do_handshake(block)
        refusal = self._refusal()
        if refusal is not None:
            self.close()  # `ssl` closes a socket whose handshake failed only for OSError and ValueError
            raise refusal

    def _refusal(self) -> TransportRefused | None:
        context = self.context
        if context.verify_mode != ssl.CERT_REQUIRED or not context.check_hostname:
            return TransportRefused("certificate checking was turned off for this connection", code="tls_failed")
        pins = context.pins if isinstance(context, PinningContext) else None
        der = self.getpeercert(binary_form=True) if pins is not None else None
        if pins is not None and (not der or spki_sha256(der) not in pins):
            return PinMismatch("the centre's public key matches none of the pinned keys (pin mismatch)",
                               code="pin_mismatch")
        return None


class PinningContext(ssl.SSLContext):
    """A client context that verifies against one CA bundle and, when `pins` is set, the leaf's public key."""

    pins: frozenset[str] | None = None


def tls_context(ca_bundle: str | Path | None, pins: frozenset[str] | None) -> PinningContext:
    context = PinningContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED and check_hostname
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_verify_locations(cafile=str(ca_bundle) if ca_bundle is not None else certifi.where())
    context.pins = pins
    context.sslsocket_class = _PinCheckingSocket
    return context


class _ContextAdapter(HTTPAdapter):
    """Uses its own SSL context for every https connection, whatever `verify` a caller passes."""

    def __init__(self, context: PinningContext) -> None:
        self._context = context
        super().__init__()

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any) -> None:
        super().init_poolmanager(connections, maxsize, block, ssl_context=self._context, **pool_kwargs)

    def build_connection_pool_key_attributes(
        self, request: requests.PreparedRequest, verify: Any, cert: Any = None
    ) -> tuple[_HostParams, _PoolKwargs]:
        host_params, _ = super().build_connection_pool_key_attributes(request, True, None)
        return host_params, {"ssl_context": self._context, "cert_reqs": "CERT_REQUIRED"}

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        # Not requests' defaults: a CA file set here would be loaded into (added to) our context.
        conn.cert_reqs = "CERT_REQUIRED"
        conn.ca_certs = None
        conn.ca_cert_dir = None


class _NoRedirectSession(requests.Session):
    """Sees no redirect target in any answer, so it follows none whatever a caller passes."""

    def get_redirect_target(self, resp: requests.Response) -> None:
        return None


def secure_session(ca_bundle: str | Path | None = None, pins: frozenset[str] | None = None) -> requests.Session:
    """A session that trusts `ca_bundle` (or certifi's bundle) only, checks `pins` and follows no redirect."""
    session = _NoRedirectSession()
    session.trust_env = False
    session.mount("https://", _ContextAdapter(tls_context(ca_bundle, pins)))
    return session


def refusal_for(exc: requests.RequestException) -> TransportRefused | None:
    """What a TLS failure means, by OpenSSL's verify code; None when it was not a certificate problem."""
    if not isinstance(exc, requests.exceptions.SSLError):
        return None
    verify_error = next((e for e in _causes(exc) if isinstance(e, ssl.SSLCertVerificationError)), None)
    if verify_error is None:
        return TransportRefused(f"the TLS handshake with the centre failed ({_first_line(exc)})", code="tls_failed")
    number, message = verify_error.verify_code, str(verify_error.verify_message)
    if number in _EXPIRED:
        return TransportRefused(f"the centre's certificate is outside its validity period ({message}); "
                                "check this device's clock too", code="tls_expired")
    if number in _HOSTNAME:
        return TransportRefused(f"the centre's certificate is not for this host name ({message})",
                                code="tls_hostname")
    if number in _UNTRUSTED:
        return TransportRefused(f"the centre's certificate is not from a trusted authority ({message})",
                                code="tls_untrusted")
    return TransportRefused(f"the centre's certificate was refused ({message})", code="tls_failed")


def redirect_refusal(response: requests.Response) -> TransportRefused:
    location = response.headers.get("Location", "")[:200]
    return TransportRefused(f"the centre answered with a redirect (HTTP {response.status_code} to {location!r}); "
                            "redirects are never followed", status=response.status_code, code="redirect_refused")



def _causes(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and everything it wraps: requests and urllib3 keep the original in args, reason or the chain."""
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = [current.__cause__, current.__context__, getattr(current, "reason", None), *current.args]
        pending += [e for e in linked if isinstance(e, BaseException)]


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:200]

"""The client's errors. Each carries a stable `code` the UI can turn into words for an officer."""

from __future__ import annotations


class CentralError(Exception):
    """Base of the client's errors; `code` is the problem code when the centre gave one."""

    def __init__(self, detail: str, *, status: int | None = None, code: str = "", retry_after: float | None = None):
        super().__init__(detail)
        self.status = status
        self.code = code
        self.retry_after = retry_after


class CentralUnavailable(CentralError):
    """Temporary: network down, timeouts, 5xx, 429, or a response that is not the centre's JSON."""


class CentralRefused(CentralError):
    """The centre understood and refused the request (a 4xx problem); sending it again will not help."""


class TransportRefused(CentralUnavailable):
    """The client would not talk to this server: its certificate, its pin or a redirect failed a check.

    Codes: `tls_untrusted`, `tls_hostname`, `tls_expired`, `tls_failed`, `pin_mismatch`, `redirect_refused`.
    Temporary for the outbox (a captive portal's certificate goes away), but worth showing: it may be an attack.
    """


class PinMismatch(TransportRefused):
    """The server's public key is none of the pinned ones; found during the handshake, before anything was sent."""


class InvalidCentralUrl(CentralError, ValueError):
    """The configured base URL is refused when the client is made: `invalid_url` or `insecure_url` (plain http)."""

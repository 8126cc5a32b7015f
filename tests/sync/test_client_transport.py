"""What the client makes of answers that are not the centre's: portals, proxies, silence."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sync.client import CentralClient, CentralRefused, CentralUnavailable
from sync.server.subprocess_server import free_port
from sync.signing import DeviceKey

ANSWERS: dict[str, tuple[int, str, bytes, dict[str, str]]] = {
    "/portal/v1/health": (200, "text/html", b"<html><body>Login to Wi-Fi</body></html>", {}),
    "/json-html/v1/health": (200, "application/json", b"<html>not json</html>", {}),
    "/list/v1/health": (200, "application/json", b"[1, 2]", {}),
    "/deep/v1/health": (200, "application/json", b"[" * 60_000, {}),
    "/busy/v1/health": (503, "application/problem+json", b'{"code": "unavailable", "status": 503}',
                        {"Retry-After": "7"}),
    "/slow-down/v1/health": (429, "application/problem+json", b'{"code": "rate_limited"}', {"Retry-After": "3"}),
    "/proxy/v1/health": (502, "text/html", b"<h1>Bad gateway</h1>", {}),
    "/html-404/v1/health": (404, "text/html", b"<h1>Not found</h1>", {}),
    "/refused/v1/health": (403, "application/problem+json", b'{"code": "enrolment_code_invalid"}', {}),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, content_type, body, headers = ANSWERS[self.path]
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def fake_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def _health(base: str) -> None:
    client = CentralClient(base, DeviceKey.generate(), timeout=5)
    try:
        client.health()
    finally:
        client.close()


@pytest.mark.parametrize("prefix", ["/portal", "/json-html", "/proxy", "/html-404", "/deep"])
def test_html_and_garbage_are_unavailable_never_success(fake_url: str, prefix: str) -> None:
    with pytest.raises(CentralUnavailable) as error:
        _health(fake_url + prefix)
    assert error.value.code == "not_json"


def test_json_that_is_not_an_object_is_not_success(fake_url: str) -> None:
    with pytest.raises(CentralUnavailable):
        _health(fake_url + "/list")


@pytest.mark.parametrize(("prefix", "wait"), [("/busy", 7.0), ("/slow-down", 3.0)])
def test_retry_after_is_passed_on(fake_url: str, prefix: str, wait: float) -> None:
    with pytest.raises(CentralUnavailable) as error:
        _health(fake_url + prefix)
    assert error.value.retry_after == wait and not isinstance(error.value, CentralRefused)


def test_problem_4xx_is_a_refusal(fake_url: str) -> None:
    with pytest.raises(CentralRefused) as error:
        _health(fake_url + "/refused")
    assert error.value.code == "enrolment_code_invalid" and error.value.status == 403


def test_nobody_listening_is_unavailable() -> None:
    with pytest.raises(CentralUnavailable) as error:
        _health(f"http://127.0.0.1:{free_port()}")
    assert error.value.code == "network"


def test_signed_calls_need_enrolment_first() -> None:
    client = CentralClient("http://127.0.0.1:9", DeviceKey.generate())
    with pytest.raises(CentralRefused):
        client.pull_decisions()
    client.close()

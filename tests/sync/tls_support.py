"""Certificates made by trustme, and a small server that records every byte a client sends it."""

from __future__ import annotations

import datetime as dt
import json
import socket
import socketserver
import ssl
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import trustme

from sync.client import spki_sha256


@dataclass(frozen=True)
class ServerFiles:
    """What `luring central serve --ssl-certfile/--ssl-keyfile` needs, and what a client pins."""

    certfile: Path
    keyfile: Path
    spki: str

    @property
    def tls_args(self) -> list[str]:
        return ["--ssl-certfile", str(self.certfile), "--ssl-keyfile", str(self.keyfile)]


def write_ca(ca: trustme.CA, path: Path) -> Path:
    ca.cert_pem.write_to_path(str(path))
    return path


def write_leaf(leaf: trustme.LeafCert, folder: Path, name: str) -> ServerFiles:
    certfile, keyfile = folder / f"{name}-chain.pem", folder / f"{name}-key.pem"
    certfile.write_bytes(b"".join(pem.bytes() for pem in leaf.cert_chain_pems))
    leaf.private_key_pem.write_to_path(str(keyfile))
    der = ssl.PEM_cert_to_DER_cert(leaf.cert_chain_pems[0].bytes().decode())
    return ServerFiles(certfile, keyfile, spki_sha256(der))


def expired_leaf(ca: trustme.CA) -> trustme.LeafCert:
    now = dt.datetime.now(dt.UTC)
    return ca.issue_cert("127.0.0.1", not_before=now - dt.timedelta(days=30), not_after=now - dt.timedelta(days=1))


def http_answer(status: int, body: object | None = None, headers: dict[str, str] | None = None) -> bytes:
    """A whole HTTP/1.1 response; `body` is sent as JSON."""
    payload = b"" if body is None else json.dumps(body).encode()
    lines = [f"HTTP/1.1 {status} Answer", "Connection: close", f"Content-Length: {len(payload)}"]
    lines += ["Content-Type: application/json"] if body is not None else []
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + payload


class RecordingServer:
    """Listens on 127.0.0.1 (TLS when given a context), keeps what each connection sent and answers `answer`.

    `received` holds the bytes each connection sent after its handshake; `handshakes` counts the handshakes that
    completed. Use `wait_for(n)` before looking: the handler may still be reading when the client has given up.
    """

    def __init__(self, answer: bytes, tls: ssl.SSLContext | None = None) -> None:
        self.answer = answer
        self.received: list[bytes] = []
        self.handshakes = 0
        self._done = threading.Condition()
        owner = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                owner._handle(self.request, tls)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _handle(self, connection: socket.socket, tls: ssl.SSLContext | None) -> None:
        data = b""
        sock = connection
        try:
            if tls is not None:
                sock = tls.wrap_socket(connection, server_side=True)
                with self._done:
                    self.handshakes += 1
            data = _read_request(sock)
            if data:
                sock.sendall(self.answer)
        except OSError:  # the client refused the handshake or hung up: what it sent so far is the record
            pass
        finally:
            sock.close()
            with self._done:
                self.received.append(data)
                self._done.notify_all()

    def wait_for(self, connections: int, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        with self._done:
            while len(self.received) < connections:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{len(self.received)} of {connections} connections were handled")
                self._done.wait(left)

    def __enter__(self) -> RecordingServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


def _read_request(sock: socket.socket) -> bytes:
    """Headers and a Content-Length body, or whatever came before the client closed."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body

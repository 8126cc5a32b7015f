"""Run the reference server in a child process on a free 127.0.0.1 port (tests, benchmark, demos)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

import requests


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class ServerProcess:
    """`with ServerProcess(data_dir) as server: server.url ...`; stopped (and waited for) on exit.

    With TLS the readiness probe fetches the document trusting `probe_ca` (default: the certificate file, for a
    self-signed one). A server given a certificate that is bad on purpose (expired, another host's) cannot be
    probed that way: `probe_ca=""` waits until its port accepts connections instead, which uvicorn does only
    once the application has started.
    """

    def __init__(self, data_dir: Path, extra_args: list[str] | None = None, db_url: str | None = None,
                 *, probe_ca: str | None = None, port: int | None = None) -> None:
        self.data_dir = data_dir
        self.port = port or free_port()  # the same port again: a restarted centre at the address devices know
        tls = "--ssl-certfile" in (extra_args or [])
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.ca_file: str | bool = True  # what the readiness probe verifies TLS with
        if tls:
            self.ca_file = probe_ca if probe_ca is not None else \
                (extra_args or [])[(extra_args or []).index("--ssl-certfile") + 1]
        args = ["serve", "--data-dir", str(data_dir), "--port", str(self.port), *(extra_args or [])]
        if db_url:
            args += ["--db", db_url]
        self._args = args
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> ServerProcess:
        code = f"import sys; from sync.server.cli import main; sys.exit(main({self._args!r}))"
        root = Path(__file__).resolve().parents[2]
        env = {**os.environ, "PYTHONPATH": str(root)}
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with open(self.data_dir / "server.log", "ab") as log:  # the child keeps its own descriptor
            self._process = subprocess.Popen([sys.executable, "-c", code], cwd=root, env=env, stdout=log, stderr=log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"the reference server exited with {self._process.returncode}")
            if self._ready():
                return self
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("the reference server did not start in time")

    def _ready(self) -> bool:
        if self.ca_file == "":
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
            except OSError:
                return False
            return True
        try:  # the document is never faulted, so it tells readiness even with faults on
            return requests.get(self.url + "/v1/openapi.yaml", timeout=1, verify=self.ca_file).status_code == 200
        except requests.RequestException:
            return False

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

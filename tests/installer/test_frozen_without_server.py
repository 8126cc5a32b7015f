"""The frozen desktop build leaves the reference server out: `luring central` says so, without a traceback."""

from __future__ import annotations

import subprocess
import sys

BLOCK_SERVER = (
    "import sys; sys.modules['sync.server.cli'] = None; "  # as if PyInstaller had excluded it
    "from desktop.cli import main; sys.exit(main(['central', 'serve']))"
)


def test_central_without_the_server_explains_itself() -> None:
    done = subprocess.run([sys.executable, "-c", BLOCK_SERVER], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "not in this build" in done.stderr and "tidak ada di paket ini" in done.stderr
    assert "Traceback" not in done.stderr

"""Server settings, its data folder and its keys (made on first start, owner-only)."""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync import protocol, sealing

CENTRE_KEY_FILE = "centre-x25519.key"
HMAC_KEY_FILE = "identity-hmac.key"
OFFICE_CODE = re.compile(r"^[0-9A-Za-z._-]{1,64}$")  # fits enrolment_codes.office_code


@dataclass(frozen=True)
class Faults:
    """Fault injection for tests and demos; all off by default. Shares are 0..1 per request."""

    error_500: float = 0.0
    unavailable_503: float = 0.0
    rate_limited_429: float = 0.0
    close_connection: float = 0.0
    latency_ms: int = 0
    retry_after: int = 2
    seed: int | None = None

    @property
    def active(self) -> bool:
        shares = (self.error_500, self.unavailable_503, self.rate_limited_429, self.close_connection)
        return any(shares) or self.latency_ms > 0


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    db_url: str
    batch_limit: int = protocol.DEFAULT_BATCH_BYTES
    bundle_limit: int = protocol.DEFAULT_BUNDLE_BYTES
    small_limit: int = protocol.DEFAULT_SMALL_BYTES
    clock_skew: int = protocol.CLOCK_SKEW_SECONDS
    db_busy_ms: int = 10_000  # how long SQLite waits for a lock before the request gets a 503
    device_requests_per_minute: int = 3000  # a device's engine sends about 15 a second at full speed
    nik_refusals_per_hour: int = 200  # `nik_registered` answers a device may get before its batches wait
    faults: Faults = field(default_factory=Faults)

    @classmethod
    def for_folder(cls, data_dir: Path, db_url: str | None = None, **overrides: object) -> Settings:
        url = db_url or f"sqlite:///{data_dir / 'central.db'}"
        return cls(data_dir=data_dir, db_url=url, **overrides)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Keys:
    centre: X25519PrivateKey
    identity_hmac: bytes

    @property
    def centre_public(self) -> bytes:
        return sealing.public_key_bytes(self.centre)


def load_or_create_keys(data_dir: Path) -> Keys:
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(data_dir, 0o700)  # mkdir's mode does nothing for a folder that already existed
    centre_path, hmac_path = data_dir / CENTRE_KEY_FILE, data_dir / HMAC_KEY_FILE
    if not centre_path.exists():
        _write_secret(centre_path, sealing.private_key_bytes(sealing.generate_centre_key()))
    if not hmac_path.exists():
        _write_secret(hmac_path, secrets.token_bytes(32))
    centre = X25519PrivateKey.from_private_bytes(centre_path.read_bytes())
    return Keys(centre=centre, identity_hmac=hmac_path.read_bytes())


def _write_secret(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)

"""keyslots.json: one slot per account (and one for the recovery key), read strictly, written atomically.

A slot holds
- `salt` and `kdf`: Argon2id turns the password into a key-encryption key (KEK);
- `wrapped_private_key`: the account's X25519 private key under the KEK (AES-256-GCM);
- `public_key`: its public half, also mirrored in the encrypted database;
- `wrapped_data_key`: the database key sealed to that public key (ephemeral X25519 + HKDF + AES-256-GCM).

Both AES-GCM wraps carry associated data binding the device id, username, role,
public key and slot format version, so a slot copied to another username,
role or device, or with any bit flipped, opens nothing. Opening the private
key IS the password check (slot_crypto.py: this module is the file, read
without any cryptography, so the log-in window lists the accounts at once).
Sealing to a public key lets a supervisor wrap a new data key for every
remaining account after a removal without knowing their passwords, and
nothing stored in the database (which every officer can read) helps a removed
officer open the new key.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.store import kdf as kdf_module
from desktop.store.errors import KeySlotsUnreadable
from desktop.store.kdf import KdfParams

FILE_NAME = "keyslots.json"
NEXT_FILE_NAME = "keyslots.next.json"  # written before a re-key, promoted after it (crash-safe)
FORMAT = "luring-keyslots"
SLOT_VERSION = 1
RECOVERY_USERNAME = "#recovery"  # cannot collide: '#' is not allowed in usernames
NONCE_BYTES = 12
KEY_BYTES = 32
_DEVICE_ID = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class Slot:
    username: str
    display_name: str
    role: str
    must_change_password: bool
    kdf: KdfParams
    salt: bytes
    public_key: bytes
    wrapped_private_key: bytes
    wrapped_data_key: bytes


@dataclass
class KeySlots:
    device_id: str
    office: dict[str, str]
    slots: list[Slot]
    lockout: dict[str, Any] = field(default_factory=dict)

    def find(self, username: str) -> Slot | None:
        for slot in self.slots:
            if slot.username == username:
                return slot
        return None

    def without(self, username: str) -> list[Slot]:
        return [slot for slot in self.slots if slot.username != username]

    def put(self, new: Slot) -> None:
        self.slots = [*self.without(new.username), new]


def new_one_time_code() -> str:
    """60 random bits as `xxxx-xxxx-xxxx` (lower-case base32), typed exactly as the new password."""
    text = base64.b32encode(os.urandom(10)).decode().lower()[:12]
    return "-".join(text[i:i + 4] for i in range(0, 12, 4))


def new_recovery_key() -> str:
    """160 random bits as 8 groups of 4 base32 characters, e.g. `ABCD-EFGH-...`."""
    text = base64.b32encode(os.urandom(20)).decode()
    return "-".join(text[i:i + 4] for i in range(0, 32, 4))


def normalise_recovery_key(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


# --- the file -------------------------------------------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(value: object, length: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    data = base64.b64decode(value, validate=True)
    if length is not None and len(data) != length:
        raise ValueError("wrong length")
    return data


def _slot_to_dict(slot: Slot) -> dict[str, Any]:
    return {
        "username": slot.username,
        "display_name": slot.display_name,
        "role": slot.role,
        "must_change_password": slot.must_change_password,
        "kdf": slot.kdf.to_dict(),
        "salt": _b64(slot.salt),
        "public_key": _b64(slot.public_key),
        "wrapped_private_key": _b64(slot.wrapped_private_key),
        "wrapped_data_key": _b64(slot.wrapped_data_key),
    }


_SLOT_FIELDS = {"username", "display_name", "role", "must_change_password", "kdf", "salt", "public_key",
                "wrapped_private_key", "wrapped_data_key"}


def _slot_from_dict(data: object) -> Slot:
    if not isinstance(data, dict) or set(data) != _SLOT_FIELDS:
        raise ValueError("bad slot")
    texts = [data["username"], data["display_name"], data["role"]]
    if not all(isinstance(t, str) and t for t in texts) or not isinstance(data["must_change_password"], bool):
        raise ValueError("bad slot")
    if data["role"] not in ("supervisor", "officer"):
        raise ValueError("bad role")
    return Slot(
        username=data["username"],
        display_name=data["display_name"],
        role=data["role"],
        must_change_password=data["must_change_password"],
        kdf=KdfParams.from_dict(data["kdf"]),
        salt=_unb64(data["salt"], kdf_module.SALT_BYTES),
        public_key=_unb64(data["public_key"], 32),
        wrapped_private_key=_unb64(data["wrapped_private_key"], NONCE_BYTES + 32 + 16),
        wrapped_data_key=_unb64(data["wrapped_data_key"], 32 + NONCE_BYTES + KEY_BYTES + 16),
    )


def to_json(slots: KeySlots) -> bytes:
    document = {
        "format": FORMAT,
        "version": SLOT_VERSION,
        "device_id": slots.device_id,
        "office": slots.office,
        "slots": [_slot_to_dict(s) for s in slots.slots],
        "lockout": slots.lockout,
    }
    return json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8")


def read(data_dir: Path, name: str = FILE_NAME) -> KeySlots:
    """The slots file, strictly checked; KeySlotsUnreadable for anything missing, extra or malformed."""
    path = data_dir / name
    try:
        document = json.loads(path.read_bytes().decode("utf-8"))
        if not isinstance(document, dict) or set(document) != {"format", "version", "device_id", "office",
                                                                "slots", "lockout"}:
            raise ValueError("bad document")
        if document["format"] != FORMAT or document["version"] != SLOT_VERSION:
            raise ValueError("unknown format")
        device_id = document["device_id"]
        if not isinstance(device_id, str) or not _DEVICE_ID.match(device_id):
            raise ValueError("bad device id")
        office = document["office"]
        if not isinstance(office, dict) or not all(isinstance(v, str) for v in office.values()):
            raise ValueError("bad office")
        if not isinstance(document["slots"], list) or not isinstance(document["lockout"], dict):
            raise ValueError("bad slots")
        slots = [_slot_from_dict(s) for s in document["slots"]]
        names = [s.username for s in slots]
        if len(set(names)) != len(names) or RECOVERY_USERNAME not in names or len(names) < 2:
            raise ValueError("bad slot list")
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise KeySlotsUnreadable() from exc
    return KeySlots(device_id, dict(office), slots, dict(document["lockout"]))


def write(data_dir: Path, slots: KeySlots, name: str = FILE_NAME) -> None:
    """Replace keyslots.json atomically: 0600 temp file, fsync, os.replace, fsync the folder."""
    atomic_write(data_dir / name, to_json(slots))


def atomic_write(path: Path, data: bytes) -> None:
    temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles for this)."""
    if os.name == "posix":
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

"""keyslots.json: one slot per account (and one for the recovery key), read strictly, written atomically.

A slot holds
- `salt` and `kdf`: Argon2id turns the password into a key-encryption key (KEK);
- `wrapped_private_key`: the account's X25519 private key under the KEK (AES-256-GCM);
- `public_key`: its public half, also mirrored in the encrypted database;
- `wrapped_data_key`: the database key sealed to that public key (ephemeral X25519 + HKDF + AES-256-GCM).

Both AES-GCM wraps carry associated data binding the device id, username, role,
public key and slot format version, so a slot copied to another username,
role or device, or with any bit flipped, opens nothing. Opening the private
key IS the password check. Sealing to a public key lets a supervisor wrap a
new data key for every remaining account after a removal without knowing
their passwords, and nothing stored in the database (which every officer can
read) helps a removed officer open the new key.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

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


def _associated_data(device_id: str, username: str, role: str, public_key: bytes, purpose: str,
                     extra: tuple[str, ...] = ()) -> bytes:
    # Length-prefixed so no two different tuples encode to the same bytes.
    parts = [FORMAT, str(SLOT_VERSION), purpose, device_id, username, role, public_key.hex(), *extra]
    return b"".join(len(p.encode()).to_bytes(4, "big") + p.encode() for p in parts)


def _seal_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), KEY_BYTES, ephemeral + recipient, b"luring data key wrap v1").derive(shared)


def _raw_public(key: X25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _private_ad(device_id: str, slot: Slot) -> bytes:
    # The private-key wrap also binds what the log-in screen shows and the must-change flag, so neither
    # can be edited in the file without the slot refusing to open.
    return _associated_data(device_id, slot.username, slot.role, slot.public_key, "private-key",
                            (slot.display_name, str(slot.must_change_password)))


def seal_data_key(device_id: str, username: str, role: str, public_key: bytes, data_key: bytes) -> bytes:
    """`data_key` sealed so only the holder of `public_key`'s private half opens it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    nonce = secrets.token_bytes(NONCE_BYTES)
    ad = _associated_data(device_id, username, role, public_key, "data-key")
    sealed = AESGCM(_seal_key(shared, ephemeral_public, public_key)).encrypt(nonce, data_key, ad)
    return ephemeral_public + nonce + sealed


def _open_data_key(device_id: str, slot: Slot, private_key: X25519PrivateKey) -> bytes:
    ephemeral_public, nonce, sealed = (slot.wrapped_data_key[:32], slot.wrapped_data_key[32:44],
                                       slot.wrapped_data_key[44:])
    shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    ad = _associated_data(device_id, slot.username, slot.role, slot.public_key, "data-key")
    data_key = AESGCM(_seal_key(shared, ephemeral_public, slot.public_key)).decrypt(nonce, sealed, ad)
    if len(data_key) != KEY_BYTES:
        raise InvalidTag()
    return data_key


def make_slot(device_id: str, username: str, display_name: str, role: str, secret: str, data_key: bytes,
              params: KdfParams, *, must_change_password: bool = False) -> tuple[Slot, X25519PrivateKey]:
    """A new slot with a fresh key pair, salt and nonces, and its private key."""
    private_key = X25519PrivateKey.generate()
    public_key = _raw_public(private_key.public_key())
    base = Slot(username, display_name, role, must_change_password, params, b"", public_key, b"",
                seal_data_key(device_id, username, role, public_key, data_key))
    return with_secret(device_id, base, private_key, secret, params), private_key


def with_secret(device_id: str, slot: Slot, private_key: X25519PrivateKey, secret: str,
                params: KdfParams) -> Slot:
    """`slot` with its private key wrapped under a new password (new salt, new nonce)."""
    salt = secrets.token_bytes(kdf_module.SALT_BYTES)
    kek = kdf_module.derive(secret, salt, params)
    nonce = secrets.token_bytes(NONCE_BYTES)
    ad = _private_ad(device_id, slot)
    wrapped = nonce + AESGCM(kek).encrypt(nonce, _raw_private(private_key), ad)
    return replace(slot, kdf=params, salt=salt, wrapped_private_key=wrapped)


def open_slot(device_id: str, slot: Slot, secret: str) -> tuple[X25519PrivateKey, bytes] | None:
    """(private key, data key) if `secret` opens `slot`, else None. Always runs the full KDF."""
    kek = kdf_module.derive(secret, slot.salt, slot.kdf)
    ad = _private_ad(device_id, slot)
    try:
        raw = AESGCM(kek).decrypt(slot.wrapped_private_key[:NONCE_BYTES], slot.wrapped_private_key[NONCE_BYTES:], ad)
        private_key = X25519PrivateKey.from_private_bytes(raw)
        if _raw_public(private_key.public_key()) != slot.public_key:
            return None
        return private_key, _open_data_key(device_id, slot, private_key)
    except (InvalidTag, ValueError):
        return None


def dummy_open(slot_params: KdfParams, secret: str) -> None:
    """The same Argon2id work as `open_slot`, for an unknown username (one timing path)."""
    kdf_module.derive(secret, secrets.token_bytes(kdf_module.SALT_BYTES), slot_params)


def new_one_time_code() -> str:
    """60 random bits as `xxxx-xxxx-xxxx` (lower-case base32), typed exactly as the new password."""
    text = base64.b32encode(secrets.token_bytes(10)).decode().lower()[:12]
    return "-".join(text[i:i + 4] for i in range(0, 12, 4))


def new_recovery_key() -> str:
    """160 random bits as 8 groups of 4 base32 characters, e.g. `ABCD-EFGH-...`."""
    text = base64.b32encode(secrets.token_bytes(20)).decode()
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
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
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

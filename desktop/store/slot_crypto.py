"""Making and opening key slots: Argon2id, X25519 and AES-256-GCM (the file itself is key_slots.py).

Both AES-GCM wraps carry associated data binding the device id, username,
role, public key and slot format version, so a slot copied to another
username, role or device, or with any bit flipped, opens nothing. Opening the
private key IS the password check. Sealing to a public key lets a supervisor
wrap a new data key for every remaining account after a removal without
knowing their passwords.
"""

from __future__ import annotations

import secrets
from dataclasses import replace

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.store import kdf as kdf_module
from desktop.store.kdf import KdfParams
from desktop.store.key_slots import FORMAT, KEY_BYTES, NONCE_BYTES, SLOT_VERSION, Slot


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

"""A report PDF signed by the device: its whole file, and the content hash it prints, under the device's key.

The signature is a last line after the PDF's end (`%LURING-SIGNATURE` and
base64 JSON), which PDF readers ignore: the Ed25519 signature over the SHA-256
of every byte before it, and over the content hash printed on the last page.
`verify` checks both, so one flipped byte anywhere fails it. The key is the one
the device enrolled with: the centre knows it, and `verify` prints its
fingerprint to compare.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass

from sync.fingerprint import fingerprint_text
from sync.signing import DeviceKey, verify_signature

MARK = b"\n%LURING-SIGNATURE "
MAX_TRAILER = 4096


@dataclass(frozen=True)
class Verification:
    ok: bool
    problem: str = ""  # "unsigned", "malformed", "file_changed", "bad_signature"
    device_id: str = ""
    key_fingerprint: str = ""
    content_sha256: str = ""


def content_message(content_sha256: str) -> bytes:
    return b"luring report content v1\n" + content_sha256.encode()


def sign_content(key: DeviceKey, content_sha256: str) -> str:
    return base64.b64encode(key.sign(content_message(content_sha256))).decode()


def seal(body: bytes, key: DeviceKey, device_id: str, content_sha256: str, content_signature: str) -> bytes:
    file_sha256 = hashlib.sha256(body).hexdigest()
    trailer = {"v": 1, "device_id": device_id, "public_key": base64.b64encode(key.public_bytes()).decode(),
               "content_sha256": content_sha256, "content_signature": content_signature,
               "file_sha256": file_sha256,
               "file_signature": base64.b64encode(key.sign(_file_message(file_sha256))).decode()}
    line = base64.b64encode(json.dumps(trailer, sort_keys=True).encode())
    return body + MARK + line + b"\n"


def verify(data: bytes) -> Verification:
    at = data.rfind(MARK)
    if at < 0 or len(data) - at > MAX_TRAILER:
        return Verification(False, "unsigned")
    body, line = data[:at], data[at + len(MARK):]
    try:
        if not line.endswith(b"\n"):
            raise ValueError("no end of line")
        trailer = json.loads(base64.b64decode(line[:-1], validate=True))
        public_key = base64.b64decode(trailer["public_key"], validate=True)
        file_signature = base64.b64decode(trailer["file_signature"], validate=True)
        content_signature = base64.b64decode(trailer["content_signature"], validate=True)
        content, device_id = str(trailer["content_sha256"]), str(trailer["device_id"])
        if trailer["v"] != 1 or len(public_key) != 32:
            raise ValueError("unknown form")
    except (ValueError, KeyError, TypeError, binascii.Error):
        return Verification(False, "malformed")
    known = Verification(False, "", device_id, fingerprint_text(public_key), content)
    file_sha256 = hashlib.sha256(body).hexdigest()
    if file_sha256 != trailer.get("file_sha256"):
        return _with(known, "file_changed")
    if not (verify_signature(public_key, file_signature, _file_message(file_sha256))
            and verify_signature(public_key, content_signature, content_message(content))):
        return _with(known, "bad_signature")
    return Verification(True, "", device_id, known.key_fingerprint, content)


def _file_message(file_sha256: str) -> bytes:
    return b"luring report file v1\n" + file_sha256.encode()


def _with(known: Verification, problem: str) -> Verification:
    return Verification(False, problem, known.device_id, known.key_fingerprint, known.content_sha256)

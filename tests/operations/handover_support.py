"""A device enrolled with a centre key held by the test, for hand-over tests that need no server."""

from __future__ import annotations

import uuid

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.store.enrolment import DeviceEnrolment
from desktop.store.session import Session
from sync import sealing
from sync.signing import DeviceKey


def enrol_offline(session: Session) -> tuple[X25519PrivateKey, DeviceKey, str]:
    """(the centre's key, the device's key, the device id): what the centre and the device hold after enrolment."""
    centre, key, device_id = sealing.generate_centre_key(), DeviceKey.generate(), str(uuid.uuid4())
    session.enrolment.enrol(DeviceEnrolment(device_id=device_id, central_url="http://127.0.0.1:9", office_code="3201",
                                            device_private_key=key.private_bytes(),
                                            centre_public_key=sealing.public_key_bytes(centre)))
    return centre, key, device_id

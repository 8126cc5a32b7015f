"""Deleted means unreadable: after a retention purge nothing of the purged records is in any file of the data folder.

Encryption alone would pass the plain canary scan of test_canary.py, so the scan
here also decrypts every page of the database and every frame of its write-ahead
log with the data key (SQLCipher 4: AES-256-CBC per 4096-byte page, the IV in the
page's 80 reserved bytes) and searches the plaintext pages, free ones included. The
decrypting scan is first shown to find every canary before the purge.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from desktop.domain.registration import AttachmentKind
from desktop.store.drafts import DraftStore
from desktop.store.records import RecordQuery
from desktop.store.session import Session
from sync.outbox import CentreDecision, ItemVerdict
from sync.protocol import Decision
from tests.store.test_canary import (
    KK,
    NAME,
    NIK,
    PHONE,
    STREET,
    assert_clean,
    canary_registration,
    folders,  # noqa: F401  (the fixture)
    officer_session,
    photo_with_canary_metadata,
)
from tests.support import REFERENCE

PAGE = 4096
RESERVED = 80  # IV (16) + HMAC-SHA512 (64)
WAL_HEADER, FRAME_HEADER = 32, 24
SEALED = b"sealed for the centre: " + bytes(range(40, 120))  # what the outbox froze, planted whole


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVED:PAGE - RESERVED + 16]
    body = page[16 if first else 0:PAGE - RESERVED]  # page 1 starts with the file's salt
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext_pages(data_dir: Path, key: bytes) -> list[bytes]:
    """Every page of every database file in the data folder, and every frame of their logs, decrypted."""
    pages = []
    for path in sorted(data_dir.glob("luring.db*")):
        raw = path.read_bytes()
        if path.name.endswith("-wal"):
            for offset in range(WAL_HEADER, len(raw) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE):
                number = int.from_bytes(raw[offset:offset + 4], "big")
                pages.append(_decrypt_page(key, raw[offset + FRAME_HEADER:offset + FRAME_HEADER + PAGE], number == 1))
        elif not path.name.endswith("-shm"):  # the shared-memory index holds page numbers, no content
            pages += [_decrypt_page(key, raw[i:i + PAGE], i == 0) for i in range(0, len(raw) - PAGE + 1, PAGE)]
    return pages


def decrypted_hits(data_dir: Path, key: bytes, canaries: list[bytes]) -> set[bytes]:
    pages = plaintext_pages(data_dir, key)
    return {canary for canary in canaries if any(canary in page for page in pages)}


def test_after_a_purge_the_data_folder_holds_nothing_of_the_purged_record_even_decrypted(
        folders: tuple[Path, Path]) -> None:  # noqa: F811
    data_dir, temp_dir = folders
    supervisor, session = officer_session(data_dir)
    key = session._state.data_key  # the test reads pages as SQLCipher would, with the device's data key
    ref = session.attachments.add(AttachmentKind.KTP, photo_with_canary_metadata())
    stored_photo = session.attachments.read(ref.sha256)
    photo_bytes = stored_photo[len(stored_photo) // 2:len(stored_photo) // 2 + 48]  # from the image data itself
    reg = dataclasses.replace(canary_registration(), attachments=(ref,))
    session.records.save_registration(reg, reference=REFERENCE)
    now = dt.datetime.now(dt.UTC)
    DraftStore(session.engine, "budi", clock=lambda: now - dt.timedelta(days=40)).save(
        uuid.uuid4(), {"identity.nik": NIK, "identity.full_name": NAME, "contact.phone": PHONE}, 2)
    sent_at_centre(session, reg.record_id)
    personal = [c.encode() for c in (NIK, KK, NAME, PHONE, STREET)] + [photo_bytes, SEALED]
    assert decrypted_hits(data_dir, key, personal) == set(personal)  # the decrypting scan sees them all

    report = session.retention.purge(REFERENCE.retention, now=now + dt.timedelta(days=91))
    assert (report.records, report.documents, report.seals, report.drafts) == (1, 1, 1, 1)

    assert decrypted_hits(data_dir, key, personal) == set()
    assert_clean(data_dir, temp_dir)  # and the plain scan over every file, logs and temporary files included
    (skeleton,) = session.records.list_records(RecordQuery(), 0, 10)  # the record itself is still listed
    assert (skeleton.record_id, skeleton.status, skeleton.personal_data_removed) == (reg.record_id, "verified", True)
    session.close()
    supervisor.close()
    assert decrypted_hits(data_dir, key, personal) == set()
    assert_clean(data_dir, temp_dir)


def sent_at_centre(session: Session, record_id: uuid.UUID) -> None:
    """Sealed (the planted bytes), held with its document, and verified by the centre."""
    session.outbox.claim_batch(10, dt.datetime.now(dt.UTC), lambda _item: SEALED)
    session.outbox.record_verdicts([ItemVerdict(record_id, 1, held=True)], dt.datetime.now(dt.UTC))
    session.outbox.apply_decisions([CentreDecision(record_id, 1, Decision.VERIFIED)], "1")

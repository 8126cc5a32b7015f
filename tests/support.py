"""What many tests share: the bundled reference data, loaded once, and the cheapest key derivation.

Tests get the reference data as the application's composition root hands it
out: one object, passed to what needs it.
"""

from __future__ import annotations

from desktop.domain.reference import ReferenceData, load_reference
from desktop.paths import resource
from desktop.store.kdf import KdfParams

REFERENCE: ReferenceData = load_reference(resource())
# Real Argon2id with the smallest parameters the store accepts, so tests stay quick.
CHEAP_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)

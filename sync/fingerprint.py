"""A public key's fingerprint in words a person can read aloud and compare.

`luring central enrol-code` prints the centre's fingerprint beside the code;
the device shows the one it received before it trusts it. A TLS-inspecting
proxy present at enrolment could swap the key in the answer, but not make its
own key's words match (64 bits: 8 words of 256). The words are everyday
Indonesian nouns, one per byte of the SHA-256 of the raw key.
"""

from __future__ import annotations

import hashlib
import hmac

WORDS: tuple[str, ...] = (
    "abu", "adik", "air", "akar", "alam", "alat", "alis", "alur", "ambil", "anak", "angin", "angka", "anggur",
    "antar", "api", "apel", "arah", "arang", "arus", "asam", "asap", "atap", "awan", "ayam", "ayah", "ayun", "badai",
    "bahu", "baju", "bambu", "bantal", "barang", "baris", "batu", "bawang", "bayam", "bebek", "becak", "beras",
    "besi", "bibir", "bintang", "biru", "bola", "bubur", "buku", "bulan", "bulu", "bumi", "bunga", "buntut",
    "burung", "busur", "cabai", "cahaya", "campur", "candi", "cangkir", "capung", "cat", "cemara", "cerita",
    "cermin", "cicak", "cincin", "coklat", "cuaca", "dahan", "dapur", "darat", "daun", "dayung", "delima", "desa",
    "dinding", "domba", "dompet", "dua", "duku", "durian", "ekor", "elang", "embun", "emas", "empat", "enam",
    "gajah", "gambar", "garam", "garpu", "gelas", "gigi", "gitar", "gula", "gunung", "gurita", "hadiah", "hari",
    "harimau", "hati", "hijau", "hujan", "hutan", "ikan", "intan", "itik", "jagung", "jahe", "jala", "jalan",
    "jambu", "jamur", "jangkar", "jari", "jarum", "jeruk", "jendela", "jembatan", "juara", "kabut", "kaca", "kacang",
    "kadal", "kain", "kaki", "kamar", "kambing", "kancil", "kapal", "kapas", "kapur", "karang", "karet", "kayu",
    "kebun", "kecap", "kelapa", "kemeja", "kepala", "kerbau", "keris", "ketupat", "kijang", "kipas", "kopi", "kota",
    "kuda", "kuning", "kursi", "kunci", "labu", "lada", "laut", "layang", "lebah", "lemari", "lembah", "lilin",
    "lonceng", "lumpur", "lutut", "madu", "mangga", "manggis", "mawar", "meja", "melati", "merah", "mobil", "monyet",
    "mutiara", "nanas", "nangka", "nasi", "nelayan", "nyamuk", "obor", "ombak", "orang", "padi", "pagar", "paku",
    "pantai", "papan", "pasir", "payung", "pedang", "pelangi", "pena", "penyu", "perahu", "perak", "pintu", "pisang",
    "pisau", "piring", "pohon", "pulau", "puncak", "rajawali", "rakit", "rambut", "rantai", "rempah", "roda",
    "rotan", "rumah", "rumput", "rusa", "sabun", "salak", "sambal", "sapi", "sarung", "sate", "sawah", "sayur",
    "sekolah", "semut", "sendok", "sepatu", "sepeda", "singa", "siput", "sisir", "sungai", "surat", "susu", "tali",
    "tanah", "tangan", "tangga", "tas", "tebu", "teh", "telur", "tembok", "tempe", "terang", "teratai", "tikar",
    "tiga", "tikus", "timun", "tomat", "topi", "tongkat", "tujuh", "tupai", "udang", "ular", "ubi", "ulat", "wajan",
    "warna", "wortel",
)
WORD_COUNT = 8


def fingerprint_words(public_key: bytes) -> tuple[str, ...]:
    digest = hashlib.sha256(public_key).digest()
    return tuple(WORDS[byte] for byte in digest[:WORD_COUNT])


def fingerprint_text(public_key: bytes) -> str:
    """Two groups of four, as printed and shown: "batu kopi ... - ... tomat"."""
    words = fingerprint_words(public_key)
    half = WORD_COUNT // 2
    return " ".join(words[:half]) + " - " + " ".join(words[half:])


def fingerprint_hex(public_key: bytes) -> str:
    """The full SHA-256, for an installation that configures the expected centre key."""
    return hashlib.sha256(public_key).hexdigest()


def matches(public_key: bytes, expected: str) -> bool:
    """`expected` as configured: the hex SHA-256, or the words (case, spaces and the dash do not matter)."""
    cleaned = expected.strip().lower()
    if len(cleaned) == 64 and all(c in "0123456789abcdef" for c in cleaned):
        return hmac.compare_digest(cleaned, fingerprint_hex(public_key))
    given = tuple(cleaned.replace("-", " ").split())
    return given == fingerprint_words(public_key)

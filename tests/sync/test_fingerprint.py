"""The centre key's fingerprint: words a person can compare, and a configured value checked exactly."""

from __future__ import annotations

import hashlib

import pytest

from sync.fingerprint import WORD_COUNT, WORDS, fingerprint_hex, fingerprint_text, fingerprint_words, matches

KEY = bytes(range(32))


def test_one_word_per_byte_value_all_distinct_and_plain() -> None:
    assert len(WORDS) == 256 == len(set(WORDS))
    assert all(word.isascii() and word.isalpha() and word.islower() for word in WORDS)


def test_the_words_follow_the_key_hash() -> None:
    digest = hashlib.sha256(KEY).digest()
    assert fingerprint_words(KEY) == tuple(WORDS[b] for b in digest[:WORD_COUNT])
    assert fingerprint_text(KEY).count(" - ") == 1 and len(fingerprint_text(KEY).split()) == WORD_COUNT + 1


def test_a_one_bit_change_in_the_key_changes_the_words() -> None:
    other = bytes([KEY[0] ^ 1]) + KEY[1:]
    assert fingerprint_words(other) != fingerprint_words(KEY)


def test_words_match_however_they_are_typed() -> None:
    text = fingerprint_text(KEY)
    assert matches(KEY, text)
    assert matches(KEY, "  " + text.upper().replace(" - ", "   ") + "\n")
    assert matches(KEY, fingerprint_hex(KEY)) and matches(KEY, fingerprint_hex(KEY).upper())


@pytest.mark.parametrize("expected", ["", "-", "batu", "0" * 64, "x" * 10_000, "ğ" * 64,
                                      " ".join(["batu"] * WORD_COUNT), fingerprint_hex(KEY)[:-1]])
def test_anything_else_does_not_match(expected: str) -> None:
    assert not matches(KEY, expected)


def test_words_of_another_key_do_not_match() -> None:
    assert not matches(KEY, fingerprint_text(bytes(32)))

"""A look at the database file before anything opens it: no engine, no key, nothing created."""

from __future__ import annotations

from pathlib import Path

from desktop.store.errors import StoreUnreadable

PAGE_SIZE = 4096  # SQLCipher 4 default; a whole database is always a whole number of pages


def check_database_file(path: Path) -> None:
    """Refuse, without opening it, a file that cannot be an encrypted database (missing, empty, cut, plain)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise StoreUnreadable() from exc
    if size == 0 or size % PAGE_SIZE != 0 or header == b"SQLite format 3\0":
        raise StoreUnreadable()

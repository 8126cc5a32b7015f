"""Open a SQLCipher database through SQLAlchemy with a raw 256-bit key.

The key never appears in a URL or a log: the engine uses a `creator` that
keys each new connection. Only a 32-byte key rendered as hex reaches the
PRAGMA, so no text chosen by a person can inject into it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import QueuePool

from desktop.store.errors import StoreUnreadable

log = logging.getLogger("luring.store")

__all__ = ["KEY_BYTES", "StoreUnreadable", "connect", "is_damage", "open_engine", "rekey"]

KEY_BYTES = 32


# SQLite result codes (low byte) that mean the file itself is damaged, not that a statement failed.
_DAMAGE_CODES = frozenset({sqlcipher3.SQLITE_CORRUPT, sqlcipher3.SQLITE_NOTADB})
_DAMAGE_WORDS = ("file is not a database", "malformed", "hmac")
_SNAPSHOT = "luring_snapshot"  # an execution option: this connection only reads


def is_damage(error: BaseException) -> bool:
    """True for an error that says the database file is damaged: a page whose HMAC fails, a malformed image."""
    if isinstance(error, MemoryError):
        return True  # SQLCipher reports a page whose HMAC fails as SQLITE_NOMEM on some paths
    if not isinstance(error, sqlcipher3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _DAMAGE_CODES
    return any(word in str(error).lower() for word in _DAMAGE_WORDS)


def _pragma_key(key: bytes) -> str:
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise ValueError("a data key is exactly 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes) -> Any:
    """A raw sqlcipher3 connection, keyed and checked; raises StoreUnreadable."""
    pragma = _pragma_key(key)  # checked before the file is touched: a bad key creates nothing
    connection = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by us, not on stderr
        connection.execute(pragma)
        version = connection.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise RuntimeError("SQLCipher is not active: refusing to use a plaintext database")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("PRAGMA cache_size = -32768")  # 32 MiB of decrypted pages, not 8: a big sync reads less
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA busy_timeout = 5000")
        # Reading the schema is what proves the key opens this file.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
    except sqlcipher3.DatabaseError as exc:
        connection.close()
        raise StoreUnreadable() from exc
    except BaseException:
        connection.close()
        raise
    return connection


def open_engine(path: Path, key: bytes) -> Engine:
    """An SQLAlchemy engine over the encrypted file at `path`.

    The first connection is made here so a wrong key or a damaged file fails
    now, before anything can be written.
    """
    first = connect(path, key)
    first.close()
    engine = create_engine(
        "sqlite://",
        # sqlcipher3 as the DBAPI module, so its errors are wrapped as sqlalchemy.exc.* (IntegrityError, ...)
        module=sqlcipher3,
        creator=lambda: connect(path, key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        # Take the write lock at BEGIN so two writers never deadlock mid-transaction; a snapshot read takes none.
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(_SNAPSHOT) else "BEGIN IMMEDIATE")

    @event.listens_for(engine, "handle_error")
    def _damaged_file(context: ExceptionContext) -> None:
        # A damaged page can be met long after log-in (reading every page at log-in costs ~1.5 s at
        # 100,000 records): whichever read meets it raises the one "unreadable" error people are shown.
        if is_damage(context.original_exception):
            raise StoreUnreadable() from context.original_exception

    return engine


def snapshot(engine: Engine) -> Connection:
    """A connection for a long read (a report, the audit chain): it reads one WAL snapshot and holds no write lock,
    so saving a record or a sync beside it never waits for it (their wait would end, after 5 s, in an error)."""
    return engine.connect().execution_options(**{_SNAPSHOT: True})


def rekey(engine: Engine, new_key: bytes) -> None:
    """Re-encrypt the whole database under `new_key` (SQLCipher PRAGMA rekey)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute(  # type: ignore[union-attr]
            _pragma_key(new_key).replace("PRAGMA key", "PRAGMA rekey", 1)
        )
    finally:
        raw.close()
    engine.dispose()

"""What a logged-in session holds, shared by the services it is composed of.

The data key, the engine it opens, the account that logged in and its key
file. The records, accounts and audit services all read the engine from here,
so a re-key that replaces it (`replace_engine`) is seen by every one of them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from desktop.store import database, settings
from desktop.store.accounts import Account
from desktop.store.database_file import check_database_file
from desktop.store.errors import PasswordChangeRequired, PermissionDenied, SessionClosed, StoreUnreadable
from desktop.store.kdf import KdfParams
from desktop.store.key_file import KeyFile
from desktop.store.office import OfficeInfo

# What a damaged file raises: StoreUnreadable from the engine (database.is_damage), and anything else
# SQLAlchemy or SQLCipher may raise on a page it cannot read (a HMAC failure can be SQLITE_NOMEM).
UNREADABLE: tuple[type[BaseException], ...] = (StoreUnreadable, SQLAlchemyError, MemoryError)


@dataclass
class SessionState:
    key_file: KeyFile
    db_path: Path
    device_id: str
    account: Account
    kdf: KdfParams  # the parameters new slots are made with (the logged-in slot's)
    data_key: bytes = field(repr=False)
    _engine: Engine | None = field(default=None, repr=False)
    office: OfficeInfo | None = None  # the database's copy, read at log-in (office.py says why)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise SessionClosed()
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def replace_engine(self, engine: Engine, data_key: bytes) -> None:
        old, self._engine, self.data_key = self._engine, engine, data_key
        if old is not None:
            old.dispose()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self.data_key = b""

    def require_password_changed(self) -> None:
        """After a supervisor's reset the one-time code opens a session only to choose a new password."""
        if self.account.must_change_password:
            raise PasswordChangeRequired()

    def require_supervisor(self) -> None:
        self.require_password_changed()  # a reset supervisor manages nothing with the one-time code
        if not self.account.is_supervisor:
            raise PermissionDenied()


def open_database(db_path: Path, data_key: bytes, device_id: str) -> Engine:
    """The engine over `db_path` under `data_key`; StoreUnreadable unless it is this device's database."""
    check_database_file(db_path)
    engine = database.open_engine(db_path, data_key)
    with disposed_on_failure(engine), engine.connect() as conn:
        stored_id = settings.get(conn, settings.DEVICE_ID)
    if stored_id != device_id:
        engine.dispose()
        raise StoreUnreadable()
    return engine


@contextlib.contextmanager
def disposed_on_failure(engine: Engine) -> Iterator[None]:
    """No pooled connection outlives a refusal; a page that cannot be read is never carried on with."""
    try:
        yield
    except UNREADABLE as exc:
        engine.dispose()
        raise StoreUnreadable() from exc
    except BaseException:
        engine.dispose()
        raise

"""The one place that owns the SQLite engine, its settings and the session factory.

Every transaction commits with ``synchronous=FULL`` in WAL mode, so a commit that returned is on
disk: a crash or a pulled plug afterwards costs nothing.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from atelier.storage.backups import Backups
from atelier.storage.driver_sql import QuickConnection, SqliteQuick
from atelier.storage.errors import (
    DiskFull,
    FileBusy,
    FolderNotWritable,
    StorageError,
    UnstorableText,
    WriteFailed,
)

APPLICATION_ID = 0x41544C52  # "ATLR" in the SQLite header marks an Atelier file
BUSY_TIMEOUT_MS = 5000
_CHANGES_AT_BEGIN = "atelier.changes_at_begin"


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy emit BEGIN itself, so DDL is transactional too (a failed migration
    # rolls back completely) instead of pysqlite's implicit, DML-only transactions.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _remember_changes(session: Session, _transaction: object, connection: Connection) -> None:
    """At the start of a transaction, note how many rows SQLite has changed so far."""
    dbapi = connection.connection.dbapi_connection
    session.info.setdefault(_CHANGES_AT_BEGIN, (dbapi, dbapi.total_changes))  # type: ignore[union-attr]


def _changed_rows(session: Session) -> bool:
    """Did the (committed) transaction insert, update or delete anything? Counts every way
    of writing alike: ORM flushes and plain INSERT/UPDATE statements."""
    began = session.info.get(_CHANGES_AT_BEGIN)
    if began is None:  # no statement ran at all
        return False
    dbapi, before = began
    return bool(dbapi.total_changes != before)


def _begin(connection: Connection) -> None:
    # Straight to the driver: this runs for every transaction, on every note typed.
    connection.connection.driver_connection.execute("BEGIN")  # type: ignore[union-attr]


def _configure_reading(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


def make_engine(path: Path) -> Engine:
    # URL.create, not an f-string: a folder named "Wat?" or "#2" must not be parsed as a URL.
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)))
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def make_reading_engine(path: Path, *, immutable: bool) -> Engine:
    """An engine that can only read ``path`` and changes nothing beside it: SQLite's read-only
    mode (which never checkpoints or deletes a -wal file), or ``immutable`` for a file without
    a -wal file, which then needs no -shm file either (a read-only folder)."""
    mode = {"immutable": "1"} if immutable else {"mode": "ro"}
    url = URL.create(
        "sqlite+pysqlite", database=path.absolute().as_uri(), query={"uri": "true", **mode}
    )
    engine = create_engine(url)
    event.listen(engine, "connect", _configure_reading)
    event.listen(engine, "begin", _begin)
    return engine


def translate_error(path: Path, error: DBAPIError | sqlite3.Error) -> StorageError:
    """The storage error (with its Dutch message) for what SQLite reported."""
    cause = error.orig if isinstance(error, DBAPIError) else error
    message = str(cause).lower()
    if "full" in message:
        return DiskFull(path)
    if "readonly" in message or "read-only" in message:
        return FolderNotWritable(path.parent)
    if "locked" in message or "busy" in message:
        return FileBusy(path)
    return WriteFailed(path, str(cause))


class Database:
    """An open atelier file. Services reach it through ``transaction()`` only; capturing
    notes, the one write on every Enter, through ``driver_transaction()``."""

    keeps_backups = True  # verified copies in backups/ beside the file (storage.backups)

    def __init__(
        self,
        path: Path,
        engine: Engine,
        backups: Backups | None = None,
        *,
        notices: list[str] | None = None,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.backups = backups or Backups(path)
        # What opening found that the user should hear (a damaged -wal, a failed backup).
        self.notices: list[str] = notices if notices is not None else []
        self._on_close = on_close
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._watch_writes()
        self._write_listeners: list[Callable[[], None]] = []
        self.changed_since_backup = False

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction, committed (durably) when the block ends."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
            wrote = self._wrote(session)
        except (DBAPIError, sqlite3.Error) as error:  # the latter: see driver_connection
            raise self.translate(error) from error
        except UnicodeEncodeError as error:  # a text the services did not check
            raise UnstorableText() from error
        finally:
            session.close()
        self._committed(wrote)

    @contextmanager
    def driver_transaction(self) -> Iterator[QuickConnection]:
        """The SQLite driver's connection in one transaction, committed (durably) when the
        block ends: the same file, settings and guarantees as ``transaction()``, without
        SQLAlchemy's work per statement. For the one write on every Enter (see driver_sql)."""
        pooled = self.engine.raw_connection()
        connection: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
        try:
            before = connection.total_changes
            connection.execute("BEGIN")
            try:
                yield SqliteQuick(connection)
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
            wrote = connection.total_changes != before
        except sqlite3.Error as error:
            raise translate_error(self.path, error) from error
        except UnicodeEncodeError as error:
            raise UnstorableText() from error
        finally:
            pooled.close()
        self._committed(wrote)

    def _watch_writes(self) -> None:
        """Make ``_wrote`` able to tell; registered once for every session (not per
        transaction: that costs on each Enter)."""
        event.listen(self._sessions, "after_begin", _remember_changes)

    def _wrote(self, session: Session) -> bool:
        """Did the session's committed transaction change any row?"""
        return _changed_rows(session)

    def translate(self, error: DBAPIError | sqlite3.Error) -> StorageError:
        """The storage error, with its Dutch message, for what the database reported."""
        return translate_error(self.path, error)

    def _committed(self, wrote: bool) -> None:
        if wrote:
            self.changed_since_backup = True
            for listener in self._write_listeners:
                listener()

    def on_write(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every committed transaction that changed data."""
        self._write_listeners.append(listener)

    def backup_if_due(self, now: datetime | None = None) -> bool:
        """Take a backup if data changed and the last one is older than the interval."""
        if not self.changed_since_backup or not self.backups.due(now):
            return False
        self.backups.take(now)
        self.changed_since_backup = False
        return True

    def integrity_ok(self) -> bool:
        return quick_check(self.engine)

    def close(self) -> None:
        self.engine.dispose()
        if self._on_close is not None:
            self._on_close()
            self._on_close = None


def quick_check(engine: Engine) -> bool:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
    return [tuple(row) for row in rows] == [("ok",)]


def ensure_writable_folder(path: Path) -> None:
    """Raise FolderNotWritable unless Atelier can create files in the folder and write the file.

    Tried for real with a temporary file: ``os.access`` ignores Windows folder permissions and
    cannot see every reason a write fails.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(prefix=".atelier-schrijftest-", dir=folder)
        os.close(handle)
        os.unlink(probe)
        if path.exists():
            with path.open("r+b"):
                pass
    except OSError:
        raise FolderNotWritable(folder) from None


def is_damage(error: sqlite3.Error | DBAPIError) -> bool:
    """True when SQLite says the file itself is broken."""
    message = str(getattr(error, "orig", error))
    return "malformed" in message or "not a database" in message

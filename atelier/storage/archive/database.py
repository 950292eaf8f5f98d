"""The team archive as a ``Database``: the same sessions, transactions and quick path as an
atelier file, on a PostgreSQL server, with the server's faults told in Dutch.

What an atelier file does for itself, the server does here: durability, integrity checks and
concurrent writers are PostgreSQL's; backups are the administrator's (``pg_dump``, README).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from atelier.storage.archive.address import ArchiveAddress
from atelier.storage.archive.errors import (
    ArchiveLoginRefused,
    ArchiveMissing,
    ArchiveNoRights,
    ArchiveTooNew,
    ArchiveUnreachable,
    ArchiveWriteFailed,
)
from atelier.storage.database import APPLICATION_ID, Database
from atelier.storage.driver_sql import CoreQuick, QuickConnection
from atelier.storage.errors import DatabaseTooNew, MigrationFailed, StorageError
from atelier.storage.migrate import bring_to_head

CONNECT_TIMEOUT_S = 5
_WROTE = "atelier.wrote"
_CONNECTION_INFO = "atelier.connection_info"
# SQLSTATE classes of a lost or refused connection (08: connection exception; 57P: the server
# shut down or cancelled; 53: out of resources).
_UNREACHABLE_STATES = ("08", "57P")


class ArchiveDatabase(Database):
    """A team archive, open. Services use it exactly as they use an atelier file."""

    keeps_backups = False  # the server's administrator backs it up (pg_dump, README)

    def __init__(self, address: ArchiveAddress, engine: Engine) -> None:
        self.address = address
        event.listen(engine, "after_cursor_execute", _note_write)
        super().__init__(address.local_companions(), engine)

    def _watch_writes(self) -> None:
        event.listen(self._sessions, "after_begin", _forget_writes)

    def _wrote(self, session: Session) -> bool:
        written = session.info.get(_CONNECTION_INFO)
        return bool(written is not None and written.get(_WROTE))

    def translate(self, error: DBAPIError | sqlite3.Error) -> StorageError:
        return archive_error(self.address.shown, error)

    @contextmanager
    def driver_transaction(self) -> Iterator[QuickConnection]:
        """The quick path's transaction; on the archive it is SQLAlchemy Core's."""
        try:
            with self.engine.connect() as connection:
                connection.info[_WROTE] = False
                with connection.begin():
                    yield CoreQuick(connection)
                wrote = bool(connection.info.get(_WROTE))
        except DBAPIError as error:
            raise self.translate(error) from error
        self._committed(wrote)

    def backup_if_due(self, now: datetime | None = None) -> bool:
        return False  # the server's administrator backs the archive up (pg_dump, README)

    def integrity_ok(self) -> bool:
        return True  # PostgreSQL checks its own pages


def open_archive(address: str | ArchiveAddress) -> ArchiveDatabase:
    """Connect to a team archive, bringing its schema to the current one (the first
    facilitator to connect creates it). Raises an ArchiveError with a Dutch message."""
    if isinstance(address, str):
        address = ArchiveAddress.parse(address)
    engine = create_engine(
        address.url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "Atelier"},
    )
    try:
        _bring_to_head(engine, address)
    except BaseException:
        engine.dispose()
        raise
    return ArchiveDatabase(address, engine)


def _bring_to_head(engine: Engine, address: ArchiveAddress) -> None:
    """The schema upgrade, one Atelier at a time (a lock on the server), in one transaction."""
    try:
        with engine.connect() as lock:
            lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": APPLICATION_ID})
            try:
                bring_to_head(engine, Path(address.shown))
            finally:
                lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": APPLICATION_ID})
                lock.commit()
    except DatabaseTooNew as error:
        raise ArchiveTooNew(address.shown, error.revision) from None
    except MigrationFailed as error:
        cause = error.__cause__
        if isinstance(cause, DBAPIError):
            raise archive_error(address.shown, cause) from error
        raise
    except DBAPIError as error:
        raise archive_error(address.shown, error) from error


def archive_error(shown: str, error: BaseException) -> StorageError:
    """The archive error, with its Dutch message, for what the server or the driver said."""
    cause = getattr(error, "orig", None) or error
    state = getattr(cause, "sqlstate", None) or ""
    message = str(cause).strip()
    lower = message.lower()
    if "no password supplied" in lower:
        return ArchiveLoginRefused(shown, password_given=False)
    if state == "28P01" or "password authentication failed" in lower:
        return ArchiveLoginRefused(shown)
    if state == "3D000" or ("database" in lower and "does not exist" in lower):
        return ArchiveMissing(shown)
    if state == "42501" or "permission denied" in lower:
        return ArchiveNoRights(shown)
    if state.startswith(_UNREACHABLE_STATES) or _is_connection_failure(cause, lower):
        return ArchiveUnreachable(shown, _short(message))
    return ArchiveWriteFailed(shown, _short(message))


def _is_connection_failure(cause: Any, lower: str) -> bool:
    if type(cause).__name__ != "OperationalError":
        return False
    return any(
        words in lower
        for words in (
            "connection",
            "could not connect",
            "timeout",
            "timed out",
            "host name",
            "server closed",
            "name or service",
        )
    )


def _short(message: str) -> str:
    line = (message.splitlines() or [""])[0]
    for prefix in ("connection failed: ", "(psycopg.OperationalError) "):
        line = line.removeprefix(prefix)
    return line if len(line) <= 120 else line[:119] + "…"


def _note_write(
    connection: Connection,
    cursor: Any,
    _statement: str,
    _parameters: Any,
    context: Any,
    _executemany: bool,
) -> None:
    """After every statement on the archive: remember that the transaction changed rows."""
    changes = context is not None and (context.isinsert or context.isupdate or context.isdelete)
    if changes and cursor.rowcount != 0:
        connection.info[_WROTE] = True


def _forget_writes(session: Session, _transaction: object, connection: Connection) -> None:
    connection.info[_WROTE] = False
    session.info[_CONNECTION_INFO] = connection.info  # outlives the connection's closing

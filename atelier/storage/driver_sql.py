"""Plain SQL on the driver's own connection, for the write that runs on every Enter.

Capturing a note is a handful of tiny statements; SQLAlchemy's work around each statement and
each session costs more than SQLite needs to run them. The quick path runs them on a
``QuickConnection`` (``Database.driver_transaction``, or a session's own connection through
``driver_connection``) as SQL compiled once from the model's statements, so tables and
columns are still named by the model.

On SQLite that is the sqlite3 connection itself, with times stored exactly as SQLAlchemy
stores them. On PostgreSQL (the team archive, not a laptop's capture path) the same statements
run through SQLAlchemy's Core connection, which compiles them for that server.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Connection, DateTime
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement, Executable

_DIALECT = sqlite.dialect(paramstyle="named")
_STORED_TIME = DateTime().dialect_impl(_DIALECT).bind_processor(_DIALECT)


class QuickStatement:
    """A model statement, compiled once for SQLite (``:name`` parameters; an INSERT sets just
    ``columns`` and returns the new row's id)."""

    __slots__ = ("columns", "sqlite", "statement")

    def __init__(self, statement: Executable, columns: Sequence[str] | None = None) -> None:
        self.statement = statement
        self.columns = list(columns) if columns is not None else None
        compilable: ClauseElement = statement  # type: ignore[assignment]
        self.sqlite = str(compilable.compile(dialect=_DIALECT, column_keys=self.columns))


class Rows(Protocol):
    """What a quick statement returns: its rows, one at a time or all."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> Sequence[Any]: ...


class QuickConnection(Protocol):
    """A connection in one transaction that runs ``QuickStatement``s."""

    def execute(self, statement: QuickStatement, parameters: Mapping[str, Any]) -> Rows: ...

    def inserted_id(self, rows: Rows) -> int:
        """The id of the row the INSERT that returned ``rows`` added."""
        ...

    def time(self, moment: datetime) -> Any:
        """A time as this database stores a ``DateTime`` column."""
        ...


class SqliteQuick:
    """The quick path on SQLite: the sqlite3 connection, no SQLAlchemy per statement."""

    __slots__ = ("connection",)

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def execute(self, statement: QuickStatement, parameters: Mapping[str, Any]) -> Rows:
        return self.connection.execute(statement.sqlite, parameters)

    def inserted_id(self, rows: Rows) -> int:
        return rows.lastrowid  # type: ignore[attr-defined]

    def time(self, moment: datetime) -> Any:
        return _STORED_TIME(moment)  # type: ignore[misc]


class CoreQuick:
    """The quick path on any other database: SQLAlchemy Core, compiled for that database."""

    __slots__ = ("connection",)

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def execute(self, statement: QuickStatement, parameters: Mapping[str, Any]) -> Rows:
        return self.connection.execute(statement.statement, dict(parameters))

    def inserted_id(self, rows: Rows) -> int:
        return rows.inserted_primary_key[0]  # type: ignore[attr-defined]

    def time(self, moment: datetime) -> Any:
        return moment


def compiled(statement: Executable, columns: Sequence[str] | None = None) -> QuickStatement:
    """``statement`` ready for the quick path (an INSERT sets just ``columns``)."""
    return QuickStatement(statement, columns)


def driver_connection(session: Session) -> QuickConnection:
    """The quick path under ``session``, in the session's transaction. Pending ORM changes are
    flushed first, as ``session.execute`` would (nothing pending: no cost)."""
    session.flush()
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return SqliteQuick(connection.connection.driver_connection)  # type: ignore[arg-type]
    return CoreQuick(connection)

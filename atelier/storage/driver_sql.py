"""Plain SQL on the SQLite driver's own connection, for the write that runs on every Enter.

Capturing a note is a handful of tiny statements; SQLAlchemy's work around each statement and
each session costs more than SQLite needs to run them. The quick path runs them on the driver
connection (``Database.driver_transaction``, or a session's own connection through
``driver_connection``) as SQL compiled once from the model's statements, so tables and
columns are still named by the model, and stores times exactly as SQLAlchemy does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import DateTime
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement

_DIALECT = sqlite.dialect(paramstyle="named")
_STORED_TIME = DateTime().dialect_impl(_DIALECT).bind_processor(_DIALECT)


def compiled(statement: ClauseElement, columns: Sequence[str] | None = None) -> str:
    """The SQL of ``statement`` with ``:name`` parameters (an INSERT sets just ``columns``)."""
    return str(statement.compile(dialect=_DIALECT, column_keys=columns))


def stored_time(moment: datetime) -> str:
    """A time as SQLAlchemy stores a ``DateTime`` in SQLite, so both read it back alike."""
    return _STORED_TIME(moment)  # type: ignore[misc]


def driver_connection(session: Session) -> sqlite3.Connection:
    """The driver connection under ``session``, in the session's transaction. Pending ORM
    changes are flushed first, as ``session.execute`` would (nothing pending: no cost)."""
    session.flush()
    return session.connection().connection.driver_connection  # type: ignore[return-value]

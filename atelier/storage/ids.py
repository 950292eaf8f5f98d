"""New rows' ids, handed out before the rows are inserted (an import numbers its rows in file
order): the one place that knows how each engine hands them out."""

from __future__ import annotations

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """``count`` ids for new rows of ``table``, ascending, that no other row has or will get.

    SQLite: after the highest id (a file has one writer at a time). PostgreSQL: from the
    table's own sequence, so that rows added later by the server, or by a colleague importing at
    the same moment, never collide with them.
    """
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        reserved = session.scalars(
            text(
                "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"
            ),
            {"table": table.name, "n": count},
        )
        return sorted(reserved)
    start = (session.scalar(select(func.max(table.c.id))) or 0) + 1
    return list(range(start, start + count))

"""One writer at a time for one thing (an atelier's write-back), whatever the engine.

SQLite lets one transaction write at a time anyway. On PostgreSQL a transaction-scoped
advisory lock, keyed by the thing's name, makes a second writer wait until the first has
committed; its next statement then sees what the first wrote (a row lock cannot: the first
writer may replace the row, and the waiting one would find its old row gone).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def one_writer_at_a_time(session: Session, name: str) -> None:
    """Wait until no other transaction holds ``name``; hold it until this one ends."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))"),
            {"name": f"atelier:{name}"},
        )

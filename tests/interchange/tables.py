"""Counting the rows of every table, to prove that a refused import changed nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import func, select

from atelier.storage.models import Base


def table_counts(db_path: Path) -> dict[str, int]:
    """Of an atelier file, read beside any connection the app holds."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in tables
        }
    finally:
        connection.close()


def store_counts(database) -> dict[str, int]:
    """Of any store (an atelier file or a team archive), through its own engine."""
    with database.engine.connect() as connection:
        return {
            name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in sorted(Base.metadata.tables.items())
        }

"""Fixtures and helpers shared by the storage tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event

from atelier.services.ateliers import get_atelier
from atelier.services.board.notes import add_note, list_notes


@pytest.fixture
def werkvorm_id(database, atelier_id) -> int:
    with database.transaction() as session:
        return get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id


def add_notes(database, werkvorm_id: int, texts: list[str]) -> list[int]:
    """Add each text as a note in its own transaction, as the UI does; return the ids."""
    ids = []
    for text in texts:
        with database.transaction() as session:
            ids.append(add_note(session, werkvorm_id, text).id)
    return ids


def note_texts(database, werkvorm_id: int) -> list[str]:
    with database.transaction() as session:
        return [note.text for note in list_notes(session, werkvorm_id)]


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to prove nothing was touched."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def sqlite_rows(path: Path, query: str) -> list[tuple]:
    """Read a file directly with sqlite3 (read-only), bypassing Atelier."""
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def limit_file_size(database, extra_pages: int) -> Callable[[], None]:
    """Make SQLite report a full disk once the file grows by ``extra_pages`` pages.

    Returns a function that makes room again.
    """

    def limit(connection, _record) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

    def make_room() -> None:
        event.remove(database.engine, "connect", limit)
        database.engine.dispose()

    event.listen(database.engine, "connect", limit)
    database.engine.dispose()  # new connections get the limit
    return make_room

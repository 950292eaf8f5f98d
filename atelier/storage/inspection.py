"""What an atelier file is, found out before SQLite opens it for work (and without changing it).

New, Atelier's own, foreign, damaged, or empty while its backups hold work: opening for work
and opening to read both start here, so that neither ever takes a lost file for a new one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from atelier.storage.backups import Backups
from atelier.storage.database import APPLICATION_ID, BUSY_TIMEOUT_MS, is_damage
from atelier.storage.errors import NotAnAtelierFile
from atelier.storage.wal_check import has_pending_edits, wal_is_damaged, wal_path
from atelier.translation import _

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    new: bool = False  # missing, or holding no tables yet: Atelier makes the schema
    damaged: bool = False  # SQLite cannot read it, or it lost its schema version
    empty: bool = False  # 0 bytes or no tables, while backups hold Atelier data
    wal_damaged: bool = False  # committed edits in the -wal file that SQLite would drop


def inspect_file(path: Path, backups: Backups) -> FileState:
    """Look at the file at ``path``; raise NotAnAtelierFile for someone else's file."""
    if not path.exists():
        return FileState(new=True)
    if path.stat().st_size > 0 and not _has_sqlite_header(path):
        if backups.list():
            return FileState(damaged=True)
        raise NotAnAtelierFile(path)
    wal_damaged = wal_is_damaged(path)
    try:
        tables = _atelier_tables(path)
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return FileState(damaged=True)
        raise NotAnAtelierFile(path) from error
    if not tables:
        if backups.newest_good(with_data=True) is not None:
            return FileState(empty=True, damaged=True)
        return FileState(new=True, wal_damaged=wal_damaged)
    if "alembic_version" not in tables:
        return FileState(damaged=True)
    return FileState(wal_damaged=wal_damaged)


def wal_notice(path: Path, kept_as: Path | None) -> str:
    """What the user is told about a damaged -wal file (and where its copy is)."""
    told = _(
        "Het logbestand '{name}' naast het atelierbestand is beschadigd: de laatste "
        "wijzigingen ontbreken mogelijk."
    ).format(name=wal_path(path).name)
    if kept_as is not None:
        return _("{told} Een kopie is bewaard als '{kept_as}'.").format(told=told, kept_as=kept_as)
    return _("{told} Open het bestand in het Atelier-venster; dat bewaart eerst een kopie.").format(
        told=told
    )


def _has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _atelier_tables(path: Path) -> set[str]:
    """The table names of an Atelier file (none for a new one); NotAnAtelierFile for another
    program's database. Reads without changing anything: not even switched to WAL, and after
    a crash SQLite reads the application id from the -wal file. A file SQLite cannot read
    raises ``sqlite3.DatabaseError``."""
    if path.stat().st_size == 0:
        return set()
    # Without a -wal file there is nothing beyond the file itself; "immutable" then reads it
    # without creating -wal/-shm files beside someone else's database.
    mode = "mode=ro" if has_pending_edits(path) else "immutable=1"
    connection = sqlite3.connect(
        f"{path.absolute().as_uri()}?{mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    finally:
        connection.close()
    if app_id == APPLICATION_ID or (app_id == 0 and not tables):
        return tables
    raise NotAnAtelierFile(path)

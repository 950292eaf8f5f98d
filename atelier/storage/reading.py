"""Opening an atelier file only to read it (``list``, ``export``, ``report``, ``csv``).

Nothing on disk changes: no setting aside, no upgrade, no backup, no -wal file deleted or
checkpointed, and a read-only folder is fine. Damage is reported instead of repaired. A file
made by an older Atelier is read from an upgraded temporary copy; the file itself stays as it is.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from atelier.storage.backups import Backups, copy_database
from atelier.storage.database import (
    Database,
    is_damage,
    make_engine,
    make_reading_engine,
    quick_check,
    translate_error,
)
from atelier.storage.errors import DatabaseDamaged, DatabaseEmpty, StorageError
from atelier.storage.inspection import inspect_file, wal_notice
from atelier.storage.migrate import current_revision, newest_revision_file
from atelier.storage.wal_check import has_pending_edits


def open_for_reading(path: Path) -> Database:
    """The atelier file at ``path``, opened read-only; raises a StorageError for the user.

    A missing or new file reads as a file without ateliers. A damaged file, or an empty one
    while backups hold work, raises DatabaseDamaged (with nothing set aside) naming the newest
    good backup.
    """
    path = Path(path).expanduser().absolute()
    backups = Backups(path)
    state = inspect_file(path, backups)
    if state.damaged:
        error = DatabaseEmpty if state.empty else DatabaseDamaged
        raise error(path, None, backups.newest_good(with_data=state.empty))
    notices = [wal_notice(path, None)] if state.wal_damaged else []
    if state.new:
        return _upgraded_copy(path, backups, notices)
    engine = make_reading_engine(path, immutable=not has_pending_edits(path))
    try:
        if not quick_check(engine):
            raise DatabaseDamaged(path, None, backups.newest_good())
        if current_revision(engine) != newest_revision_file():
            engine.dispose()
            return _upgraded_copy(path, backups, notices)
    except StorageError:
        engine.dispose()
        raise
    except DBAPIError as error:
        engine.dispose()
        if is_damage(error):
            raise DatabaseDamaged(path, None, backups.newest_good()) from error
        raise translate_error(path, error) from error
    return Database(path, engine, backups, notices=notices)


def _upgraded_copy(path: Path, backups: Backups, notices: list[str]) -> Database:
    """Read a file of an older Atelier (or a new, empty one) through a temporary copy brought to
    the current schema; the copy is removed when the database is closed."""
    from atelier.storage.migrate import bring_to_head

    folder = Path(tempfile.mkdtemp(prefix="atelier-lezen-"))
    copy = folder / path.name
    engine = None
    try:
        if path.exists() and path.stat().st_size > 0:
            copy_database(path, copy, immutable=not has_pending_edits(path))
        engine = make_engine(copy)
        bring_to_head(engine, path)
    except BaseException as error:
        if engine is not None:
            engine.dispose()
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(error, sqlite3.Error):
            if is_damage(error):
                raise DatabaseDamaged(path, None, backups.newest_good()) from error
            raise translate_error(path, error) from error
        raise
    return Database(
        path,
        engine,
        backups,
        notices=notices,
        on_close=lambda: shutil.rmtree(folder, ignore_errors=True),
    )

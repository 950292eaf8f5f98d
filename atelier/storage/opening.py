"""Opening an atelier file: checks, schema upgrade, backups and recovery from damage."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from atelier.storage.backups import Backups, copy_database
from atelier.storage.database import (
    Database,
    check_is_atelier_file,
    ensure_writable_folder,
    is_damage,
    looks_like_sqlite,
    make_engine,
    quick_check,
    translate_error,
)
from atelier.storage.errors import BackupInfo, DatabaseDamaged, NotAnAtelierFile, StorageError
from atelier.storage.migrate import bring_to_head


def open_database(path: Path, *, take_backup: bool = True) -> Database:
    """Open (or create) the atelier file at ``path`` at the current schema.

    Raises a StorageError whose message is meant for the user. A damaged file is set aside
    first and the error offers the newest good backup (see ``restore_backup``).
    """
    path = Path(path).expanduser().absolute()
    ensure_writable_folder(path)
    backups = Backups(path)
    if not looks_like_sqlite(path):
        if backups.list():
            raise _set_aside(path, backups)
        raise NotAnAtelierFile(path)
    try:
        check_is_atelier_file(path)
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            raise _set_aside(path, backups) from error
        raise NotAnAtelierFile(path) from error
    engine = make_engine(path)
    try:
        if not quick_check(engine):
            engine.dispose()
            raise _set_aside(path, backups)
        bring_to_head(engine, path, before_upgrade=lambda: backups.take())
        database = Database(path, engine, backups)
        if take_backup:
            backups.take()
        return database
    except StorageError:
        engine.dispose()
        raise
    except DBAPIError as error:
        engine.dispose()
        if is_damage(error):
            raise _set_aside(path, backups) from error
        raise translate_error(path, error) from error


def _set_aside(path: Path, backups: Backups) -> DatabaseDamaged:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.beschadigd-{stamp}")
    counter = 1
    while target.exists():  # never overwrite a file set aside earlier
        counter += 1
        target = path.with_name(f"{path.name}.beschadigd-{stamp}-{counter}")
    try:
        os.replace(path, target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    except OSError:
        target = None
    return DatabaseDamaged(path, target, backups.newest_good())


def restore_backup(backup: BackupInfo, path: Path) -> Database:
    """Put ``backup`` in place of the (set aside) file at ``path`` and open it."""
    path = Path(path).absolute()
    if path.exists():
        raise FileExistsError(path)
    copy_database(backup.path, path)
    return open_database(path)

"""Opening an atelier file to work in it: checks, schema upgrade, backups, recovery from damage.

This is how the window and the commands that write (``demo``, ``import``, ``restore``) open a
file. Commands that only read use ``atelier.storage.reading``, which changes nothing on disk.
What both must know about a file before SQLite touches it lives in ``inspect_file``.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from atelier.storage.aside import aside_name
from atelier.storage.backups import Backups, copy_database
from atelier.storage.database import (
    Database,
    ensure_writable_folder,
    is_damage,
    make_engine,
    quick_check,
    translate_error,
)
from atelier.storage.errors import (
    BackupFailed,
    BackupInfo,
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseMissing,
    StorageError,
    WalNotKept,
)
from atelier.storage.inspection import inspect_file, wal_notice
from atelier.storage.migrate import bring_to_head
from atelier.storage.wal_check import keep_damaged_wal
from atelier.translation import _


def open_database(path: Path, *, take_backup: bool = True, new_file_ok: bool = True) -> Database:
    """Open (or create) the atelier file at ``path`` at the current schema, to work in it.

    The steps, each below in this order:

    1. the folder: it must be writable; half-written backups of an earlier crash are removed;
    2. ``_look_at_disk``: before SQLite touches anything, what is there? A missing file while
       backups hold work (without ``new_file_ok``), a damaged file or an empty one while backups
       hold work is set aside and refused with the newest good backup offered (see
       ``restore_backup``); a damaged -wal is copied aside first;
    3. ``_open_checked``: SQLite's own check, the schema upgrade (with a backup before it), and
       the backup of the file as opened.

    Raises a StorageError whose message is meant for the user. A backup that cannot be written
    does not stop the opening: the database's ``notices`` say so.
    """
    path = Path(path).expanduser().absolute()
    ensure_writable_folder(path)
    backups = Backups(path)
    backups.remove_leftovers()
    notices = _look_at_disk(path, backups, new_file_ok=new_file_ok)
    return _open_checked(path, backups, notices, take_backup=take_backup)


def _look_at_disk(path: Path, backups: Backups, *, new_file_ok: bool) -> list[str]:
    """Refuse what must not be opened; the notices for the user (a -wal kept aside)."""
    state = inspect_file(path, backups)
    if not new_file_ok and not path.exists():
        lost = backups.newest_good(with_data=True)
        if lost is not None:
            raise DatabaseMissing(path, None, lost)
    if state.damaged:
        raise _set_aside(path, backups, empty=state.empty)
    if not state.wal_damaged:
        return []
    try:
        kept = keep_damaged_wal(path)
    except OSError as error:  # opening now would let SQLite drop those edits for good
        raise WalNotKept(path, error.strerror or str(error)) from error
    return [wal_notice(path, kept)]


def _open_checked(
    path: Path, backups: Backups, notices: list[str], *, take_backup: bool
) -> Database:
    """SQLite's check, the upgrade to the current schema and the backup, on a new engine."""
    engine = make_engine(path)
    try:
        if not quick_check(engine):
            engine.dispose()
            raise _set_aside(path, backups)
        upgraded = bring_to_head(engine, path, before_upgrade=lambda: _backup(backups, notices))
        if upgraded == "upgraded":
            notices.append(_upgraded_notice(path, backups))
        database = Database(path, engine, backups, notices=notices)
        if take_backup:
            _backup(backups, notices)
        return database
    except StorageError:
        engine.dispose()
        raise
    except DBAPIError as error:
        engine.dispose()
        if is_damage(error):
            raise _set_aside(path, backups) from error
        raise translate_error(path, error) from error


def _upgraded_notice(path: Path, backups: Backups) -> str:
    newest = backups.list()[:1]
    kept = (
        _(" De versie van daarvoor staat in '{path}'.").format(path=newest[0].path)
        if newest
        else ""
    )
    return _("'{name}' is bijgewerkt voor deze versie van Atelier.{kept}").format(
        name=path.name, kept=kept
    )


def _backup(backups: Backups, notices: list[str]) -> None:
    try:
        backups.take()
    except BackupFailed as failed:
        notices.append(str(failed))


def _set_aside(path: Path, backups: Backups, *, empty: bool = False) -> DatabaseDamaged:
    try:
        target: Path | None = _move_aside(path, "leeg" if empty else "beschadigd")
    except OSError:
        target = None
    error = DatabaseEmpty if empty else DatabaseDamaged
    return error(path, target, backups.newest_good(with_data=empty))


def _move_aside(path: Path, kind: str) -> Path:
    """Rename the file and its -wal/-shm to ``NAME.KIND-STAMP``, never over an earlier one."""
    target = aside_name(path, kind)
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def restore_backup(backup: BackupInfo, path: Path) -> Database:
    """Put ``backup`` in place of the (set aside) file at ``path`` and open it."""
    path = Path(path).absolute()
    if path.exists():
        raise FileExistsError(path)
    copy_database(backup.path, path)
    return open_database(path)


def set_aside_for_restore(path: Path) -> Path | None:
    """Move the file at ``path`` (and its -wal/-shm) aside before a backup replaces it; the
    name it now has, or None when there was no file. Never deletes anything."""
    path = Path(path).absolute()
    return _move_aside(path, "vervangen") if path.exists() else None

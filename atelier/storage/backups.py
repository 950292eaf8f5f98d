"""Rotating, verified backups through SQLite's online backup API.

A plain file copy of an open WAL database can miss committed rows that still live in the
``-wal`` file; the backup API copies a consistent snapshot instead.
"""

from __future__ import annotations

import builtins
import contextlib
import filecmp
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from atelier.storage.errors import BackupFailed, BackupInfo
from atelier.translation import _

KEEP = 12  # the newest backups kept, whatever their age
KEEP_DAILY_DAYS = 14  # and the newest backup of each of the last 14 days
INTERVAL = timedelta(minutes=15)
LEFTOVER_AGE = timedelta(minutes=5)  # a partial backup this old was cut off by a crash
_STAMP = "%Y%m%d-%H%M%S-%f"


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _backup_name(db_path: Path, taken_at: datetime) -> str:
    return f"{db_path.stem}-{taken_at.strftime(_STAMP)}.sqlite"


def _taken_at(db_path: Path, backup: Path) -> datetime | None:
    prefix = f"{db_path.stem}-"
    if not (backup.name.startswith(prefix) and backup.suffix == ".sqlite"):
        return None
    try:
        return datetime.strptime(backup.stem[len(prefix) :], _STAMP)
    except ValueError:
        return None


def backup_taken_at(backup: Path) -> datetime:
    """When a backup file was taken: from its name, else its last change."""
    try:
        return datetime.strptime("-".join(backup.stem.rsplit("-", 3)[-3:]), _STAMP)
    except ValueError:
        return datetime.fromtimestamp(backup.stat().st_mtime)


def copy_database(source: Path, target: Path, *, immutable: bool = False) -> None:
    """Copy a consistent snapshot of ``source`` into a new file ``target``. ``immutable``: the
    source has no -wal file and no one writes it; read it without creating -wal/-shm files."""
    mode = "immutable=1" if immutable else "mode=ro"
    src = sqlite3.connect(f"{source.absolute().as_uri()}?{mode}", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def content_rows(path: Path) -> int | None:
    """How many rows of Atelier data the (closed) file holds, or None if it cannot be read.

    Counts every table but the schema version, so "more work" means more rows anywhere:
    ateliers, notes, people, actions.
    """
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            tables = [
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
                )
            ]
            return sum(
                connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                for name in tables
            )
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def is_good_backup(path: Path) -> bool:
    """Open the file and check it: intact, and holding an Atelier schema."""
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                return False
            return (
                connection.execute("SELECT version_num FROM alembic_version").fetchone() is not None
            )
        finally:
            connection.close()
    except sqlite3.Error:
        return False


class Backups:
    """The backups of one atelier file, kept in ``backups/`` beside it."""

    def __init__(self, db_path: Path, keep: int = KEEP) -> None:
        self.db_path = db_path
        self.folder = backup_folder(db_path)
        self.keep = keep
        self.last_taken: datetime | None = None

    def list(self) -> list[BackupInfo]:
        """All backups, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for entry in self.folder.iterdir():
            taken = _taken_at(self.db_path, entry)
            if taken is not None:
                found.append(BackupInfo(entry, taken))
        return sorted(found, key=lambda info: info.taken_at, reverse=True)

    def take(self, now: datetime | None = None) -> BackupInfo:
        """Write a verified backup (unless the data equals the newest one) and rotate.

        Raises BackupFailed (a Dutch message) when it cannot be written; nothing else is
        touched then, and the next call simply tries again.
        """
        now = now or datetime.now()
        target = self.folder / _backup_name(self.db_path, now)
        partial = target.with_suffix(".partial")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial.unlink(missing_ok=True)
            copy_database(self.db_path, partial)
            if not is_good_backup(partial):
                raise OSError(_("reservekopie {name} is niet leesbaar").format(name=partial.name))
            newest = self.list()[:1]
            if newest and filecmp.cmp(partial, newest[0].path, shallow=False):
                # Nothing changed since the newest backup: keep the older ones instead of
                # rotating them away for a copy of the same data.
                self.last_taken = now
                return newest[0]
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as error:
            raise BackupFailed(self.folder, _reason(error)) from error
        finally:
            _remove_quietly(partial, partial.with_name(partial.name + "-journal"))
        self.last_taken = now
        for old in self._expired(now, target):
            _remove_quietly(old.path)
        return BackupInfo(target, now)

    def remove_leftovers(self, now: datetime | None = None) -> None:
        """Delete partial backups that a crash or a kill cut off (older than a few minutes, so
        a backup another process is writing right now is left alone)."""
        if not self.folder.is_dir():
            return
        limit = (now or datetime.now()) - LEFTOVER_AGE
        for entry in self.folder.iterdir():
            if ".partial" not in entry.name:
                continue
            with contextlib.suppress(OSError):
                if datetime.fromtimestamp(entry.stat().st_mtime) < limit:
                    entry.unlink()

    def _expired(self, now: datetime, current: Path) -> builtins.list[BackupInfo]:
        """Backups beyond the newest ``keep`` that are not the newest of a recent day, so a
        mistake noticed days later can still be undone from a backup. The newest backup that
        holds more than ``current`` (the data now) is never among them: if the file lost its
        work, the last copy of that work stays."""
        backups = self.list()
        kept_days: set[object] = set()
        kept, expired = [], []
        for index, info in enumerate(backups):
            day = info.taken_at.date()
            recent_day = now - info.taken_at < timedelta(days=KEEP_DAILY_DAYS)
            if index < self.keep or (recent_day and day not in kept_days):
                kept_days.add(day)
                kept.append(info)
            else:
                expired.append(info)
        if expired:
            rows_now = content_rows(current) or 0
            if not any((content_rows(info.path) or 0) > rows_now for info in kept):
                richer = next(
                    (info for info in expired if (content_rows(info.path) or 0) > rows_now), None
                )
                if richer is not None:
                    expired.remove(richer)
        return expired

    def due(self, now: datetime | None = None) -> bool:
        now = now or datetime.now()
        return self.last_taken is None or now - self.last_taken >= INTERVAL

    def newest_good(self, *, with_data: bool = False) -> BackupInfo | None:
        """The newest backup that is intact (and, ``with_data``, holds any Atelier data)."""
        for info in self.list():
            if is_good_backup(info.path) and (not with_data or (content_rows(info.path) or 0)):
                return info
        return None


def _reason(error: OSError | sqlite3.Error) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    text = str(error)
    if "full" in text.lower():
        return _("de schijf is vol")
    if "readonly" in text.lower() or "read-only" in text.lower():
        return _("de map is alleen-lezen")
    return text


def _remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)

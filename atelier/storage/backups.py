"""Rotating, verified backups through SQLite's online backup API.

A plain file copy of an open WAL database can miss committed rows that still live in the
``-wal`` file; the backup API copies a consistent snapshot instead.
"""

from __future__ import annotations

import contextlib
import filecmp
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from atelier.storage.errors import BackupInfo

KEEP = 12  # the newest backups kept, whatever their age
KEEP_DAILY_DAYS = 14  # and the newest backup of each of the last 14 days
INTERVAL = timedelta(minutes=15)
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


def copy_database(source: Path, target: Path) -> None:
    """Copy a consistent snapshot of ``source`` into a new file ``target``."""
    src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


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
        """Write a verified backup (unless the data equals the newest one) and rotate."""
        now = now or datetime.now()
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / _backup_name(self.db_path, now)
        partial = target.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        try:
            copy_database(self.db_path, partial)
            if not is_good_backup(partial):
                raise OSError(f"reservekopie {partial.name} is niet leesbaar")
            newest = self.list()[:1]
            if newest and filecmp.cmp(partial, newest[0].path, shallow=False):
                # Nothing changed since the newest backup: keep the older ones instead of
                # rotating them away for a copy of the same data.
                self.last_taken = now
                return newest[0]
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        self.last_taken = now
        for old in self._expired(now):
            with contextlib.suppress(OSError):
                old.path.unlink()
        return BackupInfo(target, now)

    def _expired(self, now: datetime) -> list[BackupInfo]:
        """Backups beyond the newest ``keep`` that are not the newest of a recent day, so a
        mistake noticed days later can still be undone from a backup."""
        backups = self.list()
        kept_days: set[object] = set()
        expired = []
        for index, info in enumerate(backups):
            day = info.taken_at.date()
            recent_day = now - info.taken_at < timedelta(days=KEEP_DAILY_DAYS)
            if index < self.keep or (recent_day and day not in kept_days):
                kept_days.add(day)
                continue
            expired.append(info)
        return expired

    def due(self, now: datetime | None = None) -> bool:
        now = now or datetime.now()
        return self.last_taken is None or now - self.last_taken >= INTERVAL

    def newest_good(self) -> BackupInfo | None:
        for info in self.list():
            if is_good_backup(info.path):
                return info
        return None

"""One running app window per database file, through a lock file beside it.

The lock is held for as long as the window is open. A lock left behind by an app that crashed
(its process is gone) is recognised as stale and taken over. The command line does not take the
lock: it may still read and export while the window is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    appname: str


class DatabaseLock:
    """The lock of one atelier file; ``acquire()`` once, ``release()`` when the window closes."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path).absolute()
        self.path = lock_path(self.db_path)
        self._lock = QLockFile(str(self.path))
        # The window holds the lock for hours: only a dead owner process makes it stale,
        # never the lock's age.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock; False when another running Atelier holds it (or it cannot be made)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        return self._lock.tryLock(0)

    def held_by_other(self) -> bool:
        """After a failed ``acquire``: True when a live process owns the lock."""
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def holder(self) -> LockHolder | None:
        info = self._lock.getLockInfo()
        if not info or len(info) != 3:
            return None
        pid, hostname, appname = info
        return LockHolder(int(pid), str(hostname), str(appname))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    @property
    def is_held(self) -> bool:
        return self._lock.isLocked()

"""Remembering a team archive's password where PostgreSQL's own tools look for it: libpq's
password file (``~/.pgpass``; on Windows ``%APPDATA%\\postgresql\\pgpass.conf``; or wherever
``PGPASSFILE`` points). Atelier itself never stores a password: libpq reads this file when a
connection's address has none, as ``psql`` and ``pg_dump`` do.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import URL

from atelier.atomic_file import FileWriteError, write_atomically
from atelier.storage.errors import StorageError
from atelier.translation import _

OWNER_ONLY = 0o600  # libpq ignores a password file that others may read


class PasswordNotKept(StorageError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            _(
                "Het wachtwoord kon niet worden bewaard in '{path}' ({detail}). U bent wel "
                "verbonden; geef het wachtwoord de volgende keer opnieuw."
            ).format(path=path, detail=detail)
        )


def pgpass_path() -> Path:
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def remember_password(url: URL) -> Path:
    """Put ``url``'s password in the password file for its server, database and user (an
    earlier line for the same is replaced); the file's path."""
    path = pgpass_path()
    fields = [url.host or "localhost", str(url.port or 5432), url.database or "*", url.username]
    key = ":".join(_escaped(str(field or "")) for field in fields)
    line = f"{key}:{_escaped(url.password or '')}"
    try:
        kept = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        kept = [old for old in kept if not old.startswith(key + ":")]
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, ("\n".join([*kept, line]) + "\n").encode("utf-8"), mode=OWNER_ONLY)
        if sys.platform != "win32":
            path.chmod(OWNER_ONLY)  # an older file may have been readable by others
    except (OSError, UnicodeDecodeError) as error:
        detail = str(error) if isinstance(error, FileWriteError) else type(error).__name__
        raise PasswordNotKept(path, detail) from None
    return path


def _escaped(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")

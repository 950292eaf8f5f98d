"""What the user interface remembers between sessions (QSettings), declared in one place.

Production code uses ``UiSettings.for_user()`` (the platform's settings store); tests use
``UiSettings.at(path)`` so they never touch the user's real settings.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from atelier import APP_NAME

LANGUAGE_VARIABLE = "ATELIER_LANGUAGE"  # "en" shows the English source strings
DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")


class UiSettings:
    """Typed access to the few things the window remembers."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    @classmethod
    def for_user(cls) -> UiSettings:
        return cls(QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME))

    @classmethod
    def at(cls, path: Path) -> UiSettings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # -- language -------------------------------------------------------------------------
    def language(self) -> str:
        """The interface language: ``$ATELIER_LANGUAGE``, else the setting, else Dutch."""
        chosen = os.environ.get(LANGUAGE_VARIABLE) or str(
            self.store.value("ui/language", DEFAULT_LANGUAGE)
        )
        return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE

    # -- window ---------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self.store.setValue(f"splitters/{name}", state)

    # -- last atelier, per database file --------------------------------------------------
    def last_atelier(self, db_path: Path) -> int | None:
        value = self.store.value(_last_atelier_key(db_path))
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_atelier(self, db_path: Path, atelier_id: int | None) -> None:
        key = _last_atelier_key(db_path)
        if atelier_id is None:
            self.store.remove(key)
        else:
            self.store.setValue(key, atelier_id)

    # -- folders ----------------------------------------------------------------------------
    def last_folder(self) -> Path | None:
        """The folder of the last file the user imported or exported."""
        value = self.store.value("paths/last_folder")
        return Path(str(value)) if value else None

    def set_last_folder(self, folder: Path) -> None:
        self.store.setValue("paths/last_folder", str(folder))

    def sync(self) -> None:
        self.store.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _last_atelier_key(db_path: Path) -> str:
    digest = hashlib.sha1(str(Path(db_path).absolute()).encode("utf-8")).hexdigest()[:16]
    return f"last_atelier/{digest}"

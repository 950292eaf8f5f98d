"""What the user interface remembers between sessions (QSettings), declared in one place.

Production code uses ``UiSettings.for_user()`` (the platform's settings store); tests use
``UiSettings.at(path)`` so they never touch the user's real settings.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from atelier import APP_NAME
from atelier.translation import LANGUAGE_VARIABLE, LANGUAGES
from atelier.translation import SOURCE_LANGUAGE as DEFAULT_LANGUAGE


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

    def stored_language(self) -> str:
        """The language chosen in the preferences (the environment variable aside)."""
        chosen = str(self.store.value("ui/language", DEFAULT_LANGUAGE))
        return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language in LANGUAGES:
            self.store.setValue("ui/language", language)

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

    # -- the offerte's rates (the bureau's, for every atelier) ---------------------------------
    def quote_rate(self, name: str) -> str:
        """A rate as the facilitator typed it ("125", "1.234,50"); "" until filled in."""
        return str(self.store.value(f"quote/{name}", ""))

    def set_quote_rate(self, name: str, text: str) -> None:
        self.store.setValue(f"quote/{name}", text)

    # -- team archive -------------------------------------------------------------------------
    def archive_address(self) -> str:
        """The last team archive connected to, without its password (never stored)."""
        return str(self.store.value("archive/address", ""))

    def set_archive_address(self, address: str) -> None:
        self.store.setValue("archive/address", address)

    def archive_name(self) -> str:
        """The facilitator's name in the archive's history."""
        return str(self.store.value("archive/name", ""))

    def set_archive_name(self, name: str) -> None:
        self.store.setValue("archive/name", name)

    # -- folders ----------------------------------------------------------------------------
    def last_folder(self) -> Path | None:
        """The folder of the last file the user imported or exported."""
        value = self.store.value("paths/last_folder")
        return Path(str(value)) if value else None

    def set_last_folder(self, folder: Path) -> None:
        self.store.setValue("paths/last_folder", str(folder))

    # -- the room: beamer, timer, the werkvorm on the beamer -------------------------------
    def beamer_theme(self, themes: Sequence[str]) -> str:
        """The beamer's colour theme, one of ``themes`` (the first if none was chosen)."""
        theme = str(self.store.value("beamer/theme", themes[0]))
        return theme if theme in themes else themes[0]

    def set_beamer_theme(self, theme: str) -> None:
        self.store.setValue("beamer/theme", theme)

    def beamer_shows_authors(self) -> bool:
        return _as_bool(self.store.value("beamer/showAuthors", True))

    def set_beamer_shows_authors(self, show: bool) -> None:
        self.store.setValue("beamer/showAuthors", show)

    def beamer_screen(self) -> str | None:
        """The name of the screen the facilitator chose for the beamer view."""
        value = self.store.value("beamer/screen")
        return str(value) if value else None

    def set_beamer_screen(self, name: str) -> None:
        self.store.setValue("beamer/screen", name)

    def phone_network(self) -> str | None:
        """The name of the network the facilitator last served phones on ("Wi-Fi")."""
        value = self.store.value("phones/network")
        return str(value) if value else None

    def set_phone_network(self, name: str) -> None:
        self.store.setValue("phones/network", name)

    def timer_sound(self) -> bool:
        return _as_bool(self.store.value("timer/sound", False))

    def set_timer_sound(self, enabled: bool) -> None:
        self.store.setValue("timer/sound", enabled)

    def current_werkvorm(self, db_path: Path, atelier_id: int) -> int | None:
        """The werkvorm that was "in de zaal" when this atelier was last run."""
        value = self.store.value(_current_werkvorm_key(db_path, atelier_id))
        try:
            return int(value) if value is not None else None  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None

    def set_current_werkvorm(self, db_path: Path, atelier_id: int, werkvorm_id: int | None) -> None:
        key = _current_werkvorm_key(db_path, atelier_id)
        if werkvorm_id is None:
            self.store.remove(key)
        else:
            self.store.setValue(key, werkvorm_id)

    def sync(self) -> None:
        self.store.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _last_atelier_key(db_path: Path) -> str:
    import hashlib  # when first asked, not at start-up (OpenSSL's library: 2 ms)

    digest = hashlib.sha1(str(Path(db_path).absolute()).encode("utf-8")).hexdigest()[:16]
    return f"last_atelier/{digest}"


def _current_werkvorm_key(db_path: Path, atelier_id: int) -> str:
    import hashlib

    source = f"{db_path}#{atelier_id}".encode()
    return f"room/{hashlib.sha1(source).hexdigest()[:16]}/werkvorm"


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)

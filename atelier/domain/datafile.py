"""Reading the TOML data files in ``resources/`` with errors that name file and field."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from atelier.domain.shown_text import shown
from atelier.translation import SOURCE_LANGUAGE, _

# A programme file is a few kilobytes (the default one ~15 KB); anything far larger is not one.
MAX_DATA_FILE_BYTES = 1024 * 1024
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")  # a key that atelier files store


class DataFileError(ValueError):
    """A data file is missing, unreadable or has a wrong field; ``str()`` is one line of at
    most ~300 characters, what it quotes from the file shown safely (``shown_text``)."""

    def __init__(self, path: Path | str, field: str, problem: str) -> None:
        self.path = str(path)
        self.field = field
        self.problem = problem
        name = shown(Path(self.path).name, 60)
        where = f"{name}: {shown(field, 60)}" if field else name
        super().__init__(f"{where}: {shown(problem, 170)}")


def read_toml(path: Path) -> dict[str, Any]:
    try:
        size = path.stat().st_size
        if size > MAX_DATA_FILE_BYTES:
            limit = _megabytes(MAX_DATA_FILE_BYTES)
            raise DataFileError(
                path,
                "",
                _("het bestand is {megabytes}; hoogstens {limit}").format(
                    megabytes=_megabytes(size), limit=limit
                ),
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataFileError(path, "", _("bestand niet gevonden")) from None
    except OSError as error:
        raise DataFileError(
            path, "", _("kan niet worden gelezen ({strerror})").format(strerror=error.strerror)
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataFileError(
            path, "", _("geen UTF-8-tekst (byte {start})").format(start=error.start)
        ) from None
    return parse_toml(text, path)


def parse_toml(text: str, path: Path | str) -> dict[str, Any]:
    """The table of a data file's text; ``path`` names it in errors."""
    if len(text) > MAX_DATA_FILE_BYTES:
        limit = _megabytes(MAX_DATA_FILE_BYTES)
        raise DataFileError(path, "", _("de tekst is groter dan {limit}").format(limit=limit))
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DataFileError(
            path, "", _("geen geldige TOML ({error})").format(error=error)
        ) from None
    except RecursionError:
        raise DataFileError(path, "", _("geen geldige TOML (te diep genest)")) from None
    except ValueError:  # an integer of thousands of digits
        raise DataFileError(
            path, "", _("geen geldige TOML (een getal met te veel cijfers)")
        ) from None


def _megabytes(size: int) -> str:
    tenths = -(-size * 10 // (1024 * 1024))  # rounded up: never down onto the limit
    return f"{tenths // 10},{tenths % 10} MB"


class Fields:
    """Typed access to one table of a data file; every error names the field's full path."""

    def __init__(self, path: Path, where: str, table: Any) -> None:
        if not isinstance(table, dict):
            raise DataFileError(path, where, _("moet een tabel zijn"))
        self.path = path
        self.where = where
        self.table: dict[str, Any] = table

    def _name(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def text(self, key: str, *, default: str | None = None, max_length: int = 10_000) -> str:
        value = self.table.get(key, default)
        if value is None:
            raise DataFileError(self.path, self._name(key), _("ontbreekt"))
        if not isinstance(value, str):
            raise DataFileError(self.path, self._name(key), _("moet tekst zijn"))
        if len(value) > max_length:
            raise DataFileError(
                self.path,
                self._name(key),
                _("langer dan {max_length} tekens").format(max_length=max_length),
            )
        return value

    def text_in(self, key: str, language: str, **options: Any) -> str:
        """The text of ``key`` in ``language``: the file's ``<key>_<language>`` where it has one
        (``naam_en``), else ``key`` itself (the data is written in Dutch)."""
        own = f"{key}_{language}"
        return self.text(
            own if language != SOURCE_LANGUAGE and own in self.table else key, **options
        )

    def integer(self, key: str, *, minimum: int, maximum: int, default: int | None = None) -> int:
        value = self.table.get(key, default)
        if value is None:
            raise DataFileError(self.path, self._name(key), _("ontbreekt"))
        if isinstance(value, bool) or not isinstance(value, int):
            raise DataFileError(self.path, self._name(key), _("moet een geheel getal zijn"))
        if not minimum <= value <= maximum:
            raise DataFileError(
                self.path,
                self._name(key),
                _("moet tussen {minimum} en {maximum} liggen").format(
                    minimum=minimum, maximum=maximum
                ),
            )
        return value

    def tables(self, key: str) -> list[Fields]:
        value = self.table.get(key)
        if not isinstance(value, list) or not value:
            raise DataFileError(self.path, self._name(key), _("ontbreekt of is leeg"))
        return [
            Fields(self.path, f"{self._name(key)}[{i + 1}]", item) for i, item in enumerate(value)
        ]

    def new_key(self, key: str, taken: set[str]) -> str:
        """A stored key (lower-case letters, digits, _) not in ``taken``; added to it."""
        value = self.text(key, max_length=40)
        if not _KEY.match(value):
            raise DataFileError(
                self.path, self._name(key), _("alleen kleine letters, cijfers en _")
            )
        if value in taken:
            raise DataFileError(
                self.path, self._name(key), _("'{value}' komt al eerder voor").format(value=value)
            )
        taken.add(value)
        return value

    def choices(self, key: str, allowed: list[str]) -> tuple[str, ...]:
        """A list of texts, each one of ``allowed`` (an empty list is allowed)."""
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise DataFileError(self.path, self._name(key), _("moet een lijst met teksten zijn"))
        for item in value:
            if item not in allowed:
                raise DataFileError(
                    self.path,
                    self._name(key),
                    _("'{shown}' is geen van: {join}").format(
                        shown=shown(item, 40), join=", ".join(allowed)
                    ),
                )
        return tuple(value)

    def choice(self, key: str, allowed: list[str]) -> str:
        value = self.text(key)
        if value not in allowed:
            raise DataFileError(
                self.path,
                self._name(key),
                _("'{shown}' is geen van: {join}").format(
                    shown=shown(value, 40), join=", ".join(allowed)
                ),
            )
        return value

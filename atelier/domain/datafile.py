"""Reading the TOML data files in ``resources/`` with errors that name file and field."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any


class DataFileError(ValueError):
    """A data file is missing, unreadable or has a wrong field."""

    def __init__(self, path: Path | str, field: str, problem: str) -> None:
        self.path = str(path)
        self.field = field
        self.problem = problem
        where = f"{Path(self.path).name}: {field}" if field else Path(self.path).name
        super().__init__(f"{where}: {problem}")


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise DataFileError(path, "", "bestand niet gevonden") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise DataFileError(path, "", f"geen geldige TOML ({error})") from None


class Fields:
    """Typed access to one table of a data file; every error names the field's full path."""

    def __init__(self, path: Path, where: str, table: Any) -> None:
        if not isinstance(table, dict):
            raise DataFileError(path, where, "moet een tabel zijn")
        self.path = path
        self.where = where
        self.table: dict[str, Any] = table

    def _name(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def text(self, key: str, *, default: str | None = None, max_length: int = 10_000) -> str:
        value = self.table.get(key, default)
        if value is None:
            raise DataFileError(self.path, self._name(key), "ontbreekt")
        if not isinstance(value, str):
            raise DataFileError(self.path, self._name(key), "moet tekst zijn")
        if len(value) > max_length:
            raise DataFileError(self.path, self._name(key), f"langer dan {max_length} tekens")
        return value

    def integer(self, key: str, *, minimum: int, maximum: int, default: int | None = None) -> int:
        value = self.table.get(key, default)
        if value is None:
            raise DataFileError(self.path, self._name(key), "ontbreekt")
        if isinstance(value, bool) or not isinstance(value, int):
            raise DataFileError(self.path, self._name(key), "moet een geheel getal zijn")
        if not minimum <= value <= maximum:
            raise DataFileError(
                self.path, self._name(key), f"moet tussen {minimum} en {maximum} liggen"
            )
        return value

    def tables(self, key: str) -> list[Fields]:
        value = self.table.get(key)
        if not isinstance(value, list) or not value:
            raise DataFileError(self.path, self._name(key), "ontbreekt of is leeg")
        return [
            Fields(self.path, f"{self._name(key)}[{i + 1}]", item) for i, item in enumerate(value)
        ]

    def choice(self, key: str, allowed: list[str]) -> str:
        value = self.text(key)
        if value not in allowed:
            raise DataFileError(
                self.path, self._name(key), f"'{value}' is geen van: {', '.join(allowed)}"
            )
        return value

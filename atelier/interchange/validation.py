"""Typed, bounded access to an untrusted JSON document; every error names its JSON path.

The importer never touches a raw value from the file: it walks a ``Node`` (a value plus its path)
and asks for exactly the type it needs. Anything else raises ``ImportRejected`` with the path.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from typing import Any, NoReturn, overload

from atelier.interchange.errors import ImportRejected
from atelier.translation import _

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_COORDINATE = 10_000_000.0
MAX_STAMP_LENGTH = 40
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}(?:[0-9A-Fa-f]{2})?")
LOCAL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")


class Node:
    """A value read from the file, with the JSON path that leads to it."""

    def __init__(self, value: Any, path: str, source: str) -> None:
        self.value = value
        self.path = path
        self.source = source

    def fail(self, problem: str) -> NoReturn:
        raise ImportRejected(self.source, self.path, problem)

    def _child(self, value: Any, step: str) -> Node:
        if step.startswith("["):
            return Node(value, f"{self.path}{step}", self.source)
        return Node(value, f"{self.path}.{step}" if self.path else step, self.source)

    # -- containers -------------------------------------------------------------------------
    def object(self, required: Iterable[str], optional: Iterable[str] = ()) -> Fields:
        """This value as an object with exactly these fields (unknown fields are refused)."""
        if not isinstance(self.value, dict):
            self.fail(_("moet een object zijn ({…})"))
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key in self.value:
            if key not in allowed:
                self._child(None, key).fail(_("onbekend veld"))
        for key in required:
            if key not in self.value:
                self._child(None, key).fail("ontbreekt")
        return Fields(self)

    def items(self, max_items: int) -> list[Node]:
        """This value as a list of at most ``max_items`` elements."""
        if not isinstance(self.value, list):
            self.fail(_("moet een lijst zijn ([…])"))
        if len(self.value) > max_items:
            self.fail(
                _("heeft {value_count} elementen; hoogstens {max_items} toegestaan").format(
                    value_count=len(self.value), max_items=max_items
                )
            )
        return [self._child(item, f"[{index}]") for index, item in enumerate(self.value)]

    # -- scalars ----------------------------------------------------------------------------
    def is_null(self) -> bool:
        return self.value is None

    def text(self, *, max_length: int, non_empty: bool = False) -> str:
        value = self.value
        if not isinstance(value, str):
            self.fail(_("moet tekst zijn"))
        if len(value) > max_length:
            self.fail(
                _("is {value_count} tekens lang; hoogstens {max_length} toegestaan").format(
                    value_count=len(value), max_length=max_length
                )
            )
        if non_empty and not value.strip():
            self.fail(_("mag niet leeg zijn"))
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.fail(_("bevat een ongeldig teken (een losse surrogaat-code)"))
        return value

    def choice(self, allowed: Iterable[str]) -> str:
        allowed = list(allowed)
        value = self.text(max_length=100)
        if value not in allowed:
            self.fail(
                _("'{value}' is niet toegestaan; kies uit: {join}").format(
                    value=value, join=", ".join(allowed)
                )
            )
        return value

    def integer(self, minimum: int, maximum: int) -> int:
        value = self.value
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(_("moet een geheel getal zijn"))
        if not minimum <= value <= maximum:
            self.fail(
                _("moet tussen {minimum} en {maximum} liggen (is {value})").format(
                    minimum=minimum, maximum=maximum, value=value
                )
            )
        return value

    def coordinate(self) -> float:
        value = self.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(_("moet een getal zijn"))
        # Compared as they are: an integer of hundreds of digits never becomes a float.
        if (isinstance(value, float) and not math.isfinite(value)) or abs(value) > MAX_COORDINATE:
            self.fail(
                _("moet tussen -{max_coordinate:.0f} en {max_coordinate:.0f} liggen").format(
                    max_coordinate=MAX_COORDINATE
                )
            )
        return float(value)

    def boolean(self) -> bool:
        if not isinstance(self.value, bool):
            self.fail(_("moet true of false zijn"))
        return self.value

    def colour(self) -> str | None:
        if self.value is None:
            return None
        value = self.text(max_length=9)
        if not _COLOUR.fullmatch(value):
            self.fail(_("'{value}' is geen kleur als #RRGGBB of #RRGGBBAA").format(value=value))
        return value

    def local_id(self) -> str:
        value = self.text(max_length=64)
        if not LOCAL_ID.fullmatch(value):
            self.fail(
                _(
                    "'{value}' is geen geldige verwijzing (letters, cijfers en _ . : "
                    "-, hoogstens 64 tekens)"
                ).format(value=value)
            )
        return value

    # -- dates and times --------------------------------------------------------------------
    @overload
    def timestamp(self) -> datetime: ...
    @overload
    def timestamp(self, *, nullable: bool) -> datetime | None: ...
    def timestamp(self, *, nullable: bool = False) -> datetime | None:
        """An ISO 8601 moment; returned as naive UTC, like the database stores it."""
        if nullable and self.value is None:
            return None
        value = self.text(max_length=MAX_STAMP_LENGTH)
        try:
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                moment = moment.astimezone(UTC).replace(tzinfo=None)
        except (ValueError, OverflowError):
            self.fail(
                _("'{value}' is geen geldig tijdstip (zoals 2026-09-17T09:30:00Z)").format(
                    value=value
                )
            )
        return moment

    def date(self) -> date | None:
        if self.value is None:
            return None
        value = self.text(max_length=MAX_STAMP_LENGTH)
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(_("'{value}' is geen geldige datum (JJJJ-MM-DD)").format(value=value))

    def clock_time(self) -> time | None:
        if self.value is None:
            return None
        value = self.text(max_length=MAX_STAMP_LENGTH)
        try:
            moment = time.fromisoformat(value)
        except ValueError:
            self.fail(_("'{value}' is geen geldige tijd (UU:MM)").format(value=value))
        if moment.tzinfo is not None:
            self.fail(_("'{value}': een tijd zonder tijdzone, zoals 09:30").format(value=value))
        return moment


class Fields:
    """The fields of one checked object, each reachable as a ``Node`` with its path."""

    def __init__(self, node: Node) -> None:
        self.node = node

    def __getitem__(self, key: str) -> Node:
        return self.node._child(self.node.value.get(key), key)

    def has(self, key: str) -> bool:
        return key in self.node.value

    def text(self, key: str, *, max_length: int, non_empty: bool = False) -> str:
        return self[key].text(max_length=max_length, non_empty=non_empty)


# -- writing values in the same shapes the reader accepts ----------------------------------
def timestamp_text(moment: datetime | None) -> str | None:
    """Naive UTC from the database → ISO 8601 with ``Z``."""
    if moment is None:
        return None
    return moment.replace(tzinfo=None).isoformat() + "Z"


def date_text(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def time_text(moment: time | None) -> str | None:
    if moment is None:
        return None
    if moment.second == 0 and moment.microsecond == 0:
        return moment.isoformat(timespec="minutes")
    return moment.isoformat()

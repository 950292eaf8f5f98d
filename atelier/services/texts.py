"""Checking a text before it is stored: its type, its length (domain.text_limits) and that it
can be stored at all. Every problem is a Dutch ServiceError; nothing is stored then."""

from __future__ import annotations

from atelier.services.errors import ServiceError
from atelier.translation import _


def checked_text(value: object, limit: int, what: str) -> str:
    """``value`` unchanged when it is a storable text of at most ``limit`` characters."""
    if not isinstance(value, str):
        raise ServiceError(_("{what} moet tekst zijn.").format(what=what))
    if len(value) > limit:
        raise ServiceError(
            _("{what} mag hoogstens {number} tekens hebben; het zijn er {number2}.").format(
                what=what, number=_number(limit), number2=_number(len(value))
            )
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ServiceError(
            _(
                "{what} bevat een ongeldig teken (U+{ord:04X}, een losse helft van "
                "een teken) en is niet opgeslagen. Typ of plak de tekst opnieuw."
            ).format(what=what, ord=ord(value[error.start]))
        ) from None
    return value


def _number(count: int) -> str:
    return f"{count:,}".replace(",", ".")

"""Checking a text before it is stored: its type, its length (domain.text_limits) and that it
can be stored at all. Every problem is a Dutch ServiceError; nothing is stored then."""

from __future__ import annotations

from atelier.services.errors import ServiceError


def checked_text(value: object, limit: int, what: str) -> str:
    """``value`` unchanged when it is a storable text of at most ``limit`` characters."""
    if not isinstance(value, str):
        raise ServiceError(f"{what} moet tekst zijn.")
    if len(value) > limit:
        raise ServiceError(
            f"{what} mag hoogstens {_number(limit)} tekens hebben; "
            f"het zijn er {_number(len(value))}."
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ServiceError(
            f"{what} bevat een ongeldig teken (U+{ord(value[error.start]):04X}, een losse helft "
            "van een teken) en is niet opgeslagen. Typ of plak de tekst opnieuw."
        ) from None
    return value


def _number(count: int) -> str:
    return f"{count:,}".replace(",", ".")

"""Checking values a user gives for routemap fields; every problem is a Dutch ServiceError."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy.orm import Session

from atelier.domain import text_limits
from atelier.domain.routemap.moment import Moment, MomentError, parse_optional
from atelier.services.edit_conflicts import check_seen
from atelier.services.errors import NotFound, ServiceError
from atelier.services.texts import checked_text
from atelier.translation import _

MAX_TITLE = text_limits.ROUTEMAP_TITLE
MAX_TEXT = text_limits.LONG_TEXT


def check_choice(what: str, value: object, allowed: list[str]) -> str:
    if value not in allowed:
        raise ServiceError(_("Onbekende {what} '{value}'.").format(what=what, value=value))
    return str(value)


def check_owned(session: Session, model: type, ident: object, atelier_id: int, what: str) -> None:
    """``ident`` is None or the id of a ``model`` row of the same atelier."""
    if ident is None:
        return
    item = session.get(model, ident) if isinstance(ident, int) else None
    if item is None or item.atelier_id != atelier_id:
        raise NotFound(what, ident)  # type: ignore[arg-type]


def text(value: object, limit: int = MAX_TEXT, what: str = _("Dit veld")) -> str:
    return checked_text(value, limit, what)


def title(value: object, empty_message: str, limit: int = MAX_TITLE) -> str:
    cleaned = text(value, limit, _("Een titel")).strip()
    if not cleaned:
        raise ServiceError(empty_message)
    return cleaned


def moment_text(value: object) -> str | None:
    """A Moment or what a user typed ("15-03-2027", "Q3 2027", "") → stored text or None."""
    if value is None:
        return None
    if isinstance(value, Moment):
        return value.stored
    if not isinstance(value, str):
        raise ServiceError(_("Een datum moet tekst zijn, zoals 15-03-2027 of Q3 2027."))
    try:
        moment = parse_optional(value)
    except MomentError as error:
        raise ServiceError(str(error)) from None
    return moment.stored if moment is not None else None


def check_seen_record(
    session: Session,
    row: Any,
    seen: object | None,
    changes: dict[str, object],
    what: str,
    record_of: Callable[[Any], object],
) -> None:
    """Refuse ``changes`` (EditConflict) when a colleague changed one of those fields of
    ``row`` since the facilitator saw the record ``seen`` (None: no check)."""
    if seen is None:
        return
    check_seen(
        session,
        row,
        shown_fields(seen, changes),
        what,
        changes,
        shown=lambda current: shown_fields(record_of(current), changes),
        atelier_id=row.atelier_id,
    )


def shown_fields(record: Any, names: Iterable[str]) -> dict[str, object]:
    """The fields ``names``, as the update services name them, as ``record`` shows them (an
    owner's organisation and role are in its ``eigenaar``)."""

    def field(name: str) -> object:
        if name == "eigenaar_organisation_id":
            return record.eigenaar.organisation_id
        if name == "eigenaar_rol":
            return record.eigenaar.rol
        return getattr(record, name)

    return {name: field(name) for name in names}

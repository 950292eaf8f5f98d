"""Optimistic locking: an edit names what the facilitator saw, and is refused when a colleague
changed it meanwhile.

Two facilitators can work on one atelier in the team archive at the same time. Every edit of a
text or choice carries ``seen``: the values of the fields it changes as the facilitator's screen
showed them (the undo step's "before"). In the edit's transaction the row is read again, locked
for the rest of the transaction (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite has one writer at
a time), and when any of those fields now holds something else the edit stops with
``EditConflict``: the colleague's work stays, nothing of this edit is stored, and the
facilitator's own text goes back to them with the message. The check is per field, not per row,
so a colleague moving a note or typing in another field of the intake is no conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from atelier.services.errors import ServiceError
from atelier.translation import _


class EditConflict(ServiceError):
    """A colleague changed what this edit was about after it was shown: nothing was stored."""

    def __init__(
        self,
        what: str,
        changed_at: datetime | None,
        yours: Mapping[str, object],
        *,
        werkvorm_id: int | None = None,
        atelier_id: int | None = None,
    ) -> None:
        self.what, self.changed_at = what, changed_at
        self.yours = dict(yours)  # the refused edit's values, to give back to the facilitator
        # whose views should show the colleague's version now: a werkvorm's board, an atelier
        self.werkvorm_id, self.atelier_id = werkvorm_id, atelier_id
        when = _(" (om {clock})").format(clock=_clock(changed_at)) if changed_at is not None else ""
        super().__init__(
            _(
                "{what} is intussen door een collega gewijzigd{when}. Uw wijziging "
                "is niet opgeslagen, zodat die van uw collega blijft staan."
            ).format(what=what, when=when)
        )

    def typed_texts(self) -> list[str]:
        """The texts the facilitator typed in the refused edit, to hand back (clipboard)."""
        return [value for value in self.yours.values() if isinstance(value, str) and value]


def check_seen(
    session: Session,
    row: object,
    seen: Mapping[str, object] | None,
    what: str,
    yours: Mapping[str, object],
    *,
    shown: Callable[[object], Mapping[str, object]] | None = None,
    werkvorm_id: int | None = None,
    atelier_id: int | None = None,
) -> None:
    """Refuse the edit (``EditConflict``) unless each field in ``seen`` still holds its value.

    The row is read again and locked first. ``shown`` turns the row into the values a screen
    shows, when those are not its attributes; ``werkvorm_id`` or ``atelier_id`` say which
    views show it. ``seen`` None: the caller showed nothing to compare with (a script, an
    import): no check.
    """
    if not seen:
        return
    session.refresh(row, with_for_update=True)
    now = shown(row) if shown is not None else {name: getattr(row, name) for name in seen}
    if any(now.get(name) != value for name, value in seen.items()):
        raise EditConflict(
            what,
            getattr(row, "updated_at", None),
            yours,
            werkvorm_id=werkvorm_id,
            atelier_id=atelier_id,
        )


def _clock(moment: datetime) -> str:
    """A stored (naive UTC) time as the facilitator's clock shows it, today's: hours only."""
    local = moment.replace(tzinfo=UTC).astimezone()
    if local.date() == datetime.now().astimezone().date():
        return f"{local:%H:%M}"
    return f"{local:%d-%m-%Y %H:%M}"

"""Deleting a record so that Undo can bring it back, in the services' terms: a record that is
not there is ``NotFound``, one that cannot come back (its atelier is gone) a ``ServiceError``.
The mechanism is ``storage/removal.py``; the routemap adds its codes (``routemap/removal.py``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from atelier.services.errors import NotFound, ServiceError
from atelier.storage.removal import RemovedRow, put_back, remove_row
from atelier.translation import _


def remove(session: Session, table: str, name: str, ident: int) -> RemovedRow:
    """Delete the row of ``table`` with id ``ident`` (a ``name`` in messages); what it was."""
    removed = remove_row(session, table, ident)
    if removed is None:
        raise NotFound(name, ident)
    return removed


def bring_back(session: Session, removed: RemovedRow) -> int:
    """Put ``removed`` back, with what went with it; its id."""
    ident = put_back(session, removed)
    if ident is None:
        raise ServiceError(_("Dit kan niet terug: het atelier bestaat niet meer."))
    return ident

"""Deleting an action, mijlpaal, besluitmoment or risico so that it can come back (Undo).

``remove`` deletes it and keeps what it was with all that went with it (``storage/removal.py``:
the actions it waits for and that wait for it, the notes it came from, the actions and
mijlpalen tied to a besluitmoment or risico); ``bring_back`` puts that back, under its own id
and code while they are still free (they are, when the steps after the deletion were undone
first), else under new ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.services import removal
from atelier.services.ateliers import touch_atelier
from atelier.services.routemap.actions import next_code
from atelier.services.routemap.items import next_risico_code
from atelier.storage.models import Base
from atelier.storage.removal import RemovedRow

NAMES: Mapping[str, str] = {  # kind (its table) → its name in a message
    "actie": "Actie",
    "mijlpaal": "Mijlpaal",
    "besluitmoment": "Besluitmoment",
    "risico": "Risico",
}


def remove(session: Session, kind: str, ident: int) -> RemovedRow:
    """Delete the ``kind`` (a key of NAMES) with id ``ident``; what it was."""
    removed = removal.remove(session, kind, NAMES[kind], ident)
    touch_atelier(session, _atelier(removed))
    session.flush()
    return removed


def bring_back(session: Session, removed: RemovedRow) -> int:
    """Put ``removed`` back; its id (its own while still free)."""
    if "code" in dict(removed.values) and _code_taken(session, removed):
        code = _new_code(session, removed)
        values = tuple((k, code if k == "code" else v) for k, v in removed.values)
        removed = replace(removed, values=values)
    ident = removal.bring_back(session, removed)
    touch_atelier(session, _atelier(removed))
    session.flush()
    return ident


def _atelier(removed: RemovedRow) -> int:
    value = removed.value("atelier_id")
    assert isinstance(value, int)
    return value


def _code_taken(session: Session, removed: RemovedRow) -> bool:
    table = Base.metadata.tables[removed.table]
    taken = select(table.c.id).where(
        table.c.atelier_id == _atelier(removed), table.c.code == removed.value("code")
    )
    return session.execute(taken).first() is not None


def _new_code(session: Session, removed: RemovedRow) -> str:
    if removed.table == "actie":
        return next_code(session, _atelier(removed), str(removed.value("onderdeel")))
    return next_risico_code(session, _atelier(removed))

"""An organisation, participant or werkvorm added or removed, as a step of the atelier's
history: undo takes away the one added, or brings back the one removed with all that went with
it (a participant's attendance and dots; an organisation's place with its participants, notes
and actions; a werkvorm's place in its dagdeel, with the notes and clusters that moved to its
neighbour)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from atelier.services import people, programme_edit, removal
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.history.presence import BringBack, Creation, Deletion, TakeAway
from atelier.ui.store import AtelierStore


@dataclass(frozen=True)
class Kind:
    remove: Callable[[Session, int], Any]  # what it was
    bring_back: Callable[[Session, Any], int]  # its id


ORGANISATION = Kind(people.remove_organisation, removal.bring_back)
PARTICIPANT = Kind(people.remove_participant, removal.bring_back)
WERKVORM = Kind(
    lambda s, ident: programme_edit.remove_werkvorm(s, ident, move_notes=True),
    programme_edit.bring_back_werkvorm,
)


def _presence(store: AtelierStore, atelier_id: int, kind: Kind) -> tuple[TakeAway, BringBack]:
    return (
        lambda ident: store.write(lambda s: kind.remove(s, ident), atelier=atelier_id),
        lambda what: store.write(lambda s: kind.bring_back(s, what), atelier=atelier_id),
    )


def removed(
    store: AtelierStore, atelier_id: int, kind: Kind, name: str, ident: int, what: Any
) -> Deletion:
    """The ``kind`` with id ``ident``, called ``name``, was removed: ``what`` it was."""
    step = QCoreApplication.translate("AddedAndRemoved", "Remove “{name}”").format(name=name)
    return Deletion(step, *_presence(store, atelier_id, kind), ident, what)


def added(store: AtelierStore, atelier_id: int, kind: Kind, name: str, ident: int) -> Creation:
    """The ``kind`` with id ``ident``, called ``name``, was added."""
    step = QCoreApplication.translate("AddedAndRemoved", "Add “{name}”").format(name=name)
    return Creation(step, *_presence(store, atelier_id, kind), ident)


def remove_as_step(
    store: AtelierStore, history: EditHistory, atelier_id: int, kind: Kind, ident: int, name: str
) -> bool:
    """Remove the ``kind`` with id ``ident`` (called ``name``), as a step of the history;
    False when the store refused (it said why)."""
    what = store.write(lambda s: kind.remove(s, ident), atelier=atelier_id)
    if what is None:
        return False
    history.push(atelier_id, removed(store, atelier_id, kind, name, ident, what))
    return True

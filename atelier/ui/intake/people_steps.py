"""An organisation or participant added or removed, as a step of the atelier's history:
undo takes away the one added, or brings back the one removed with all that went with it (a
participant's attendance and dots; an organisation's place with its participants, notes and
actions)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from atelier.services import people
from atelier.storage.removal import RemovedRow
from atelier.ui.history.presence import BringBack, Creation, Deletion, TakeAway
from atelier.ui.store import AtelierStore

Remove = Callable[[Session, int], RemovedRow]  # people.remove_organisation or _participant


def _presence(store: AtelierStore, atelier_id: int, remove: Remove) -> tuple[TakeAway, BringBack]:
    return (
        lambda ident: store.write(lambda s: remove(s, ident), atelier=atelier_id),
        lambda removed: store.write(lambda s: people.bring_back(s, removed), atelier=atelier_id),
    )


def removed(
    store: AtelierStore, atelier_id: int, remove: Remove, name: str, what: RemovedRow
) -> Deletion:
    """``what`` (called ``name``) was removed by ``remove``."""
    step = QCoreApplication.translate("PeopleSteps", "Remove “{name}”").format(name=name)
    return Deletion(step, *_presence(store, atelier_id, remove), what.id, what)


def added(store: AtelierStore, atelier_id: int, remove: Remove, name: str, ident: int) -> Creation:
    """The one with id ``ident`` (called ``name``) was added; ``remove`` takes it away."""
    step = QCoreApplication.translate("PeopleSteps", "Add “{name}”").format(name=name)
    return Creation(step, *_presence(store, atelier_id, remove), ident)

"""A record made or deleted, as a step of the atelier's history: an action, mijlpaal,
besluitmoment or risico; an organisation or participant.

Taking it away keeps what it was, with all that went with it; bringing it back puts that back
(``storage/removal.py``) under its own id while that is free, else a new one, which the step
then goes on with. Both store at once, like every step; one that cannot be stored is dropped.
What "what it was" holds is the service's business (a ``RemovedRow``, or a werkvorm's with the
notes that moved): the step only keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from atelier.ui.history.stored_step import StoredStep

TakeAway = Callable[[int], Any]  # delete the record with this id: what it was (None: failed)
BringBack = Callable[[Any], int | None]  # put it back: its id (None: failed)


class Presence(StoredStep):
    def __init__(
        self,
        name: str,
        take_away: TakeAway,
        bring_back: BringBack,
        ident: int,
        removed: Any = None,
    ) -> None:
        """``removed``: what it was, when the step deleted it."""
        super().__init__(name)
        self._take_away = take_away
        self._bring_back = bring_back
        self.ident = ident
        self._removed = removed

    def take_away(self) -> bool:
        removed = self._take_away(self.ident)
        if removed is None:
            return False
        self._removed = removed
        return True

    def bring_back(self) -> bool:
        if self._removed is None:
            return False
        ident = self._bring_back(self._removed)
        if ident is None:
            return False
        self.ident, self._removed = ident, None
        return True


class Deletion(Presence):
    """Deleted: undo brings it back, redo deletes it again."""

    def store_forward(self) -> bool:
        return self.take_away()

    def store_back(self) -> bool:
        return self.bring_back()


class Creation(Presence):
    """Made: undo takes it away again, redo brings it back."""

    def store_forward(self) -> bool:
        return self.bring_back()

    def store_back(self) -> bool:
        return self.take_away()

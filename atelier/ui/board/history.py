"""The board's part of the open atelier's undo history: every board action on every werkvorm.

Each step, forwards or backwards, is one committed transaction through the store, so undo never
costs data and a crash never costs what undo did. A step that cannot be saved (a full disk) is
reported by the store and dropped from the history.

Clusters that an undo brings back get their old id when it is free; when it is not, the new
id is remembered here so that older steps still find their cluster (``cluster_id``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from atelier.services.board.changes import BoardChange
from atelier.storage.driver_sql import QuickConnection
from atelier.ui.store import AtelierStore


class AtelierHistory(QObject):
    replayed = Signal(int)  # werkvorm id whose board an undo or redo just changed

    def __init__(
        self,
        store: AtelierStore,
        atelier_id: int,
        stack: QUndoStack,
        parent: QObject | None = None,
    ) -> None:
        """``stack``: the atelier's one history (ui/history), which other screens share."""
        super().__init__(parent)
        self.store = store
        self.atelier_id = atelier_id
        self.stack = stack
        self._cluster_ids: dict[int, int] = {}
        self._failed = False

    def push(self, command: QUndoCommand) -> bool:
        """Do ``command`` (commit it) and keep it on the stack; False if it could not be saved
        (the store has told the user why, and the stack dropped the step)."""
        self._failed = False
        self.stack.push(command)
        return not self._failed

    def run(self, operation: Callable[[Session], BoardChange]) -> BoardChange | None:
        return self._saved(self.store.write_board(operation))

    def capture(self, operation: Callable[[QuickConnection], BoardChange]) -> BoardChange | None:
        """``run`` for capturing notes, on the quick path (see ``AtelierStore.capture``)."""
        return self._saved(self.store.capture(operation))

    def _saved(self, change: BoardChange | None) -> BoardChange | None:
        if change is None:
            self._failed = True
        return change

    def cluster_id(self, original: int) -> int:
        """The id a cluster has now, given the id an older step knew it by."""
        seen = set()
        while original in self._cluster_ids and original not in seen:
            seen.add(original)
            original = self._cluster_ids[original]
        return original

    def cluster_recreated(self, original: int, now: int) -> None:
        if original != now:
            self._cluster_ids[original] = now

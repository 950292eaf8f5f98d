"""The base of every undoable board step: forwards and backwards are each one commit."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from atelier.services.board.changes import BoardChange
from atelier.ui.board.history import AtelierHistory


class BoardCommand(QUndoCommand):
    """Subclasses implement ``forward`` and ``backward``, each returning what changed.

    ``self.done`` is False during the very first ``forward`` (the action itself) and True when
    it is replayed by redo. A step whose commit fails becomes obsolete: the stack drops it.
    """

    def __init__(self, history: AtelierHistory, werkvorm_id: int, text: str) -> None:
        super().__init__(text)
        self.history = history
        self.werkvorm_id = werkvorm_id
        self.done = False

    def forward(self, session: Session) -> BoardChange:
        raise NotImplementedError

    def backward(self, session: Session) -> BoardChange:
        raise NotImplementedError

    def commit_forward(self) -> BoardChange | None:
        """Commit ``forward``; None when it could not be saved (a step whose first run is
        committed another way overrides this)."""
        return self.history.run(self.forward)

    def redo(self) -> None:
        replay = self.done
        if self.commit_forward() is None:
            self.setObsolete(True)
            return
        self.done = True
        if replay:
            self.history.replayed.emit(self.werkvorm_id)

    def undo(self) -> None:
        if self.history.run(self.backward) is None:
            self.setObsolete(True)
            return
        self.history.replayed.emit(self.werkvorm_id)

    def cluster(self, cluster_id: int | None) -> int | None:
        """The id the cluster has now (an undo may have brought it back under a new id)."""
        return None if cluster_id is None else self.history.cluster_id(cluster_id)

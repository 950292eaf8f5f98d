"""Undoable steps on clusters: group, ungroup, rename, collapse."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from atelier.services.board import changes as board
from atelier.services.board import cluster_changes as board_clusters
from atelier.services.board.changes import Arrangement, BoardChange, describe
from atelier.ui.board.board_command import BoardCommand
from atelier.ui.board.history import AtelierHistory
from atelier.ui.board.step_names import step_names


class Group(BoardCommand):
    """Put notes in a new cluster; undo puts each note back in the cluster it came from.

    With ``moves`` (note id, x, y before, x, y after) the members are laid out together and
    other notes moved out of the cluster's frame in the same step; undo moves them back.
    """

    def __init__(
        self,
        history: AtelierHistory,
        werkvorm_id: int,
        titel: str,
        previous: Sequence[tuple[int, int | None]],  # note id, its cluster before
        position: tuple[float, float],
        moves: Sequence[tuple[int, float, float, float, float]] = (),
    ) -> None:
        count = len(previous)
        super().__init__(
            history,
            werkvorm_id,
            step_names().group(count),
        )
        self.titel, self.previous, self.position = titel, tuple(previous), position
        self.moves = tuple(moves)
        self.cluster_id: int | None = None  # the id it got first; later steps know it by this

    def _moved(self, session: Session, after: bool) -> list[int]:
        """Put the moved notes where the step wants them (or back); their ids."""
        if self.moves:
            positions = tuple(
                (n, x1, y1) if after else (n, x0, y0) for n, x0, y0, x1, y1 in self.moves
            )
            board.arrange(session, self.werkvorm_id, Arrangement(positions=positions))
        return [n for n, *_ in self.moves]

    def forward(self, session: Session) -> BoardChange:
        moved = self._moved(session, after=True)
        wanted = self.cluster(self.cluster_id)
        got, change = board_clusters.group_notes(
            session,
            self.werkvorm_id,
            self.titel,
            [note_id for note_id, _c in self.previous],
            self.position,
            cluster_id=wanted,
        )
        if self.cluster_id is None:
            self.cluster_id = got
        elif wanted is not None:
            self.history.cluster_recreated(wanted, got)
        if not moved:
            return change
        return describe(
            session,
            (self.werkvorm_id,),
            note_ids=[*(n for n, _c in self.previous), *moved],
            cluster_ids=[got, *(self.cluster(c) for _n, c in self.previous if c is not None)],
        )

    def backward(self, session: Session) -> BoardChange:
        current = self.cluster(self.cluster_id)
        assert current is not None
        board_clusters.ungroup_cluster(session, current)
        previous = [(n, self.cluster(c)) for n, c in self.previous]
        board_clusters.set_memberships(session, self.werkvorm_id, previous)
        moved = self._moved(session, after=False)
        return describe(
            session,
            (self.werkvorm_id,),
            note_ids=[*(n for n, _c in previous), *moved],
            cluster_ids=[current, *(c for _n, c in previous if c is not None)],
        )


class Ungroup(BoardCommand):
    def __init__(self, history: AtelierHistory, werkvorm_id: int, cluster_id: int) -> None:
        super().__init__(
            history, werkvorm_id, QCoreApplication.translate("BoardCommand", "Ungroup cluster")
        )
        self.cluster_id = cluster_id
        self.state: board_clusters.ClusterState | None = None

    def forward(self, session: Session) -> BoardChange:
        current = self.cluster(self.cluster_id)
        assert current is not None
        self.state, change = board_clusters.ungroup_cluster(session, current)
        return change

    def backward(self, session: Session) -> BoardChange:
        assert self.state is not None
        got, change = board_clusters.recreate_cluster(session, self.state)
        self.history.cluster_recreated(self.state.cluster.id, got)
        return change


class RenameCluster(BoardCommand):
    def __init__(
        self, history: AtelierHistory, werkvorm_id: int, cluster_id: int, before: str, after: str
    ) -> None:
        super().__init__(
            history, werkvorm_id, QCoreApplication.translate("BoardCommand", "Rename cluster")
        )
        self.cluster_id, self.before, self.after = cluster_id, before, after

    def forward(self, session: Session) -> BoardChange:
        return board_clusters.rename_cluster(session, self._current(), self.after, self.before)

    def backward(self, session: Session) -> BoardChange:
        return board_clusters.rename_cluster(session, self._current(), self.before, self.after)

    def _current(self) -> int:
        return self.history.cluster_id(self.cluster_id)


class CollapseCluster(BoardCommand):
    def __init__(
        self, history: AtelierHistory, werkvorm_id: int, cluster_id: int, collapsed: bool
    ) -> None:
        text = (
            QCoreApplication.translate("BoardCommand", "Collapse cluster")
            if collapsed
            else QCoreApplication.translate("BoardCommand", "Expand cluster")
        )
        super().__init__(history, werkvorm_id, text)
        self.cluster_id, self.collapsed = cluster_id, collapsed

    def forward(self, session: Session) -> BoardChange:
        current = self.history.cluster_id(self.cluster_id)
        return board_clusters.set_collapsed(session, current, self.collapsed)

    def backward(self, session: Session) -> BoardChange:
        current = self.history.cluster_id(self.cluster_id)
        return board_clusters.set_collapsed(session, current, not self.collapsed)

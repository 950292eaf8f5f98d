"""Follows one mouse drag on the board and turns it into one ``Arrangement`` (one commit).

Rules for clusters, decided when the mouse is released:

- A note dropped with its centre inside another cluster's frame (as it was before the drag)
  joins that cluster; dropped on a collapsed stack, it joins the stack.
- A note dropped outside every frame leaves its cluster, unless all of that cluster's notes were
  dragged together (then the cluster moves along with them).
- Dragging a cluster by its title moves the cluster and all its notes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem

from atelier.services.board.changes import Arrangement
from atelier.ui.board import style
from atelier.ui.board.cluster_item import ClusterItem
from atelier.ui.board.note_item import NoteItem


class DragScene(Protocol):
    """The board's scene (``BoardScene``) as a drag sees it: its notes, clusters and frames."""

    notes: dict[int, NoteItem]
    clusters: dict[int, ClusterItem]

    def selectedItems(self) -> list[QGraphicsItem]: ...
    def member_ids(self, cluster_id: int) -> list[int]: ...
    def frame_of(self, cluster_id: int, exclude: Iterable[int] = ()) -> QRectF | None: ...


_CENTRE = QPointF(style.NOTE_WIDTH / 2, style.NOTE_HEIGHT / 2)


class DragTracker:
    def __init__(self, scene: DragScene) -> None:
        self.scene = scene
        selected = scene.selectedItems()
        self.notes = {i.note_id: i.pos() for i in selected if isinstance(i, NoteItem)}
        self.clusters = {i.cluster_id: i.pos() for i in selected if isinstance(i, ClusterItem)}
        self.carried: dict[int, QPointF] = {}
        for cluster_id in self.clusters:
            for note_id in scene.member_ids(cluster_id):
                if note_id not in self.notes:
                    self.carried[note_id] = scene.notes[note_id].pos()
        self._targets: dict[int, QRectF] | None = None
        self._highlighted: ClusterItem | None = None

    def hover(self, scene_pos: QPointF) -> None:
        """Highlight the cluster a note would join if dropped here."""
        target = self._target_at(scene_pos) if self.notes else None
        item = self.scene.clusters.get(target) if target is not None else None
        if item is not self._highlighted:
            if self._highlighted is not None:
                self._highlighted.set_drop_target(False)
            if item is not None:
                item.set_drop_target(True)
            self._highlighted = item

    def finish(self) -> Arrangement | None:
        self.hover(QPointF(float("nan"), float("nan")))
        positions = []
        memberships = []
        for note_id, before in {**self.notes, **self.carried}.items():
            item = self.scene.notes.get(note_id)
            if item is None or item.pos() == before:
                continue
            positions.append((note_id, item.pos().x(), item.pos().y()))
            if note_id in self.notes:
                current = item.note.cluster_id
                target = self._target_at(item.pos() + _CENTRE)
                if target is None and current is not None and self._all_dragged(current):
                    target = current
                if target != current:
                    memberships.append((note_id, target))
        cluster_positions = []
        for cluster_id, before in self.clusters.items():
            item = self.scene.clusters.get(cluster_id)
            if item is not None and item.pos() != before:
                cluster_positions.append((cluster_id, item.pos().x(), item.pos().y()))
        if not positions and not cluster_positions:
            return None
        return Arrangement(tuple(positions), tuple(memberships), tuple(cluster_positions))

    def _target_at(self, point: QPointF) -> int | None:
        if self._targets is None:
            frames = {
                cluster_id: self.scene.frame_of(cluster_id, exclude=self.notes)
                for cluster_id in self.scene.clusters
                if cluster_id not in self.clusters
            }
            self._targets = {c: frame for c, frame in frames.items() if frame is not None}
        hits = [(r.width() * r.height(), c) for c, r in self._targets.items() if r.contains(point)]
        return min(hits)[1] if hits else None

    def _all_dragged(self, cluster_id: int) -> bool:
        return all(note_id in self.notes for note_id in self.scene.member_ids(cluster_id))

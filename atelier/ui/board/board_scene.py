"""The wall of one werkvorm: note and cluster items, kept in step with the store one change at
a time (never rebuilt), with the scene's BSP index for fast drawing and hit tests.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from atelier.domain.records import ClusterData, NoteData
from atelier.services.board.changes import BoardChange, BoardSnapshot
from atelier.services.board.layout import STEP_X, STEP_Y, slots_from
from atelier.ui.board import style
from atelier.ui.board.cluster_item import ClusterItem
from atelier.ui.board.drag_tracker import DragTracker
from atelier.ui.board.note_item import NoteItem
from atelier.ui.theme import follow

NoteMatcher = Callable[[NoteData, str], bool]
_SLOT = QRectF(2.0, 2.0, style.NOTE_WIDTH - 4.0, style.NOTE_HEIGHT - 4.0)


class BoardScene(QGraphicsScene):
    arrangementMade = Signal(object)  # an Arrangement: notes/clusters dragged (one commit)
    noteActivated = Signal(int)  # a note was double-clicked: edit it
    clusterTitleActivated = Signal(int)  # a cluster title was double-clicked: rename it
    stackActivated = Signal(int)  # a collapsed cluster was double-clicked: open it

    def __init__(self, werkvorm_id: int, parent: object = None) -> None:
        super().__init__(parent)
        self.werkvorm_id = werkvorm_id
        self.notes: dict[int, NoteItem] = {}
        self.clusters: dict[int, ClusterItem] = {}
        self._members: dict[int, set[int]] = {}
        self._authors: Mapping[int, str] = {}
        self._matcher: NoteMatcher | None = None
        self._hide_filtered = False
        self._drag: DragTracker | None = None
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QBrush(style.ink().wall))
        follow(self, lambda _look: self.setBackgroundBrush(QBrush(style.ink().wall)))

    # -- filling and updating -------------------------------------------------------------
    def load(self, snapshot: BoardSnapshot, authors: Mapping[int, str]) -> None:
        self._authors = authors
        for cluster in snapshot.clusters:
            self._upsert_cluster(cluster)
        for note in snapshot.notes:
            self._upsert_note(note, snapshot.dots.get(note.id, 0))
        self.refresh_clusters(self.clusters)
        self._fit_scene_rect(reset=True)

    def apply(self, change: BoardChange) -> None:
        dirty: set[int] = set()
        for cluster in change.clusters:
            if cluster.werkvorm_id == self.werkvorm_id:
                self._upsert_cluster(cluster)
                dirty.add(cluster.id)
            else:
                self._remove_cluster(cluster.id)
        for cluster_id in change.removed_clusters:
            self._remove_cluster(cluster_id)
        for note in change.notes:
            old = self.notes.get(note.id)
            if old is not None and old.note.cluster_id is not None:
                dirty.add(old.note.cluster_id)
            if note.werkvorm_id == self.werkvorm_id and not note.deleted:
                self._upsert_note(note, change.dots.get(note.id))
                if note.cluster_id is not None:
                    dirty.add(note.cluster_id)
            else:
                self._remove_note(note.id)
        for note_id, dots in change.dots.items():
            item = self.notes.get(note_id)
            if item is not None:
                item.set_dots(dots)
                if item.note.cluster_id is not None:
                    dirty.add(item.note.cluster_id)
        self.refresh_clusters(dirty)
        for note in change.notes:
            if note.id in self.notes:
                self._fit_scene_rect(around=self.notes[note.id].sceneBoundingRect())

    def set_authors(self, authors: Mapping[int, str]) -> None:
        self._authors = authors
        for item in self.notes.values():
            item.set_author(self._author_of(item.note))

    def _upsert_note(self, note: NoteData, dots: int | None) -> NoteItem:
        item = self.notes.get(note.id)
        if item is None:
            item = NoteItem(note, dots or 0, self._author_of(note))
            self.notes[note.id] = item
            self.addItem(item)
            self._apply_filter_to(item)
        else:
            old_cluster = item.note.cluster_id
            item.update_note(note, self._author_of(note))
            if dots is not None:
                item.set_dots(dots)
            if old_cluster != note.cluster_id and old_cluster in self._members:
                self._members[old_cluster].discard(note.id)
            if self._matcher is not None:
                self._apply_filter_to(item)
        if note.cluster_id is not None:
            self._members.setdefault(note.cluster_id, set()).add(note.id)
        return item

    def _remove_note(self, note_id: int) -> None:
        item = self.notes.pop(note_id, None)
        if item is None:
            return
        if item.note.cluster_id in self._members:
            self._members[item.note.cluster_id].discard(note_id)
        self.removeItem(item)

    def _upsert_cluster(self, cluster: ClusterData) -> None:
        item = self.clusters.get(cluster.id)
        if item is None:
            item = ClusterItem(cluster)
            self.clusters[cluster.id] = item
            self.addItem(item)
        else:
            item.update_cluster(cluster)
        self._members.setdefault(cluster.id, set())

    def _remove_cluster(self, cluster_id: int) -> None:
        item = self.clusters.pop(cluster_id, None)
        self._members.pop(cluster_id, None)
        if item is not None:
            self.removeItem(item)

    # -- clusters -------------------------------------------------------------------------
    def member_ids(self, cluster_id: int) -> list[int]:
        return sorted(self._members.get(cluster_id, ()))

    def refresh_clusters(self, cluster_ids: Iterable[int]) -> None:
        """Put frames around their notes again and show or hide collapsed notes."""
        for cluster_id in list(cluster_ids):
            item = self.clusters.get(cluster_id)
            if item is None:
                continue
            members = [self.notes[i] for i in self.member_ids(cluster_id) if i in self.notes]
            frame = self.frame_of(cluster_id) or QRectF()
            item.set_frame(frame)
            colours = [m.fill_colour() for m in sorted(members, key=lambda m: m.note_id)]
            item.set_summary(len(members), sum(m.dots for m in members), colours)
            for member in members:
                member.hidden_in_cluster = item.collapsed
                member.apply_visibility(self._hide_filtered)

    def frame_of(self, cluster_id: int, exclude: Iterable[int] = ()) -> QRectF | None:
        """Where the cluster's frame belongs, around its notes (less ``exclude``).

        None when every note of the cluster is excluded.
        """
        item = self.clusters[cluster_id]
        excluded = set(exclude)
        ids = self._members.get(cluster_id, set())
        rects = [
            style.NOTE_RECT.translated(self.notes[i].pos())
            for i in ids
            if i in self.notes and i not in excluded
        ]
        if ids and not rects:
            return None
        if not rects:
            frame = style.EMPTY_CLUSTER.translated(item.cluster.x, item.cluster.y)
        else:
            bounds = rects[0]
            for rect in rects[1:]:
                bounds = bounds.united(rect)
            pad = style.CLUSTER_PADDING
            frame = bounds.adjusted(-pad, -pad - style.CLUSTER_TITLE, pad, pad)
        if item.collapsed:
            frame = QRectF(
                frame.left(),
                frame.top(),
                style.COLLAPSED_WIDTH + 12.0,
                style.COLLAPSED_HEIGHT + 12.0,
            )
        return frame

    def cluster_dragged(self, cluster: ClusterItem, delta: QPointF) -> None:
        """A cluster moves by hand: its notes (those not moved by the drag itself) follow."""
        for note_id in self._members.get(cluster.cluster_id, ()):
            item = self.notes.get(note_id)
            if item is not None and not item.isSelected():
                item.moveBy(delta.x(), delta.y())

    # -- filtering --------------------------------------------------------------------------
    def set_filter(self, matcher: NoteMatcher | None, hide: bool) -> int:
        """Dim (or hide) the notes ``matcher`` rejects; returns how many match."""
        self._matcher, self._hide_filtered = matcher, hide
        for item in self.notes.values():
            self._apply_filter_to(item)
        return sum(1 for item in self.notes.values() if not item.filtered_out)

    def _apply_filter_to(self, item: NoteItem) -> None:
        matcher = self._matcher
        item.filtered_out = matcher is not None and not matcher(item.note, item.author)
        item.apply_visibility(self._hide_filtered)

    # -- placing new notes ----------------------------------------------------------------
    def free_slot(self, start: QPointF, row_x: float, columns: int, max_tries: int = 60) -> QPointF:
        """The first place from ``start`` (reading order) where a note covers nothing.

        After ``max_tries`` full slots (a packed wall), the first row below everything in those
        columns: finding a place stays quick however full the board is.
        """
        for tries, (x, y) in enumerate(slots_from((start.x(), start.y()), columns, row_x)):
            if self.is_free(_SLOT.translated(x, y)):
                return QPointF(x, y)
            if tries >= max_tries:
                break
        band = QRectF(row_x, self.sceneRect().top(), columns * STEP_X, self.sceneRect().height())
        bottom = max(
            (
                item.sceneBoundingRect().bottom()
                for item in self.items(band, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
                if isinstance(item, NoteItem | ClusterItem)
            ),
            default=start.y() - STEP_Y,
        )
        y = math.ceil((bottom + style.GAP) / STEP_Y) * STEP_Y
        return QPointF(row_x, y)

    def is_free(self, rect: QRectF) -> bool:
        for item in self.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, NoteItem | ClusterItem):
                return False
        return True

    def selected_notes(self) -> list[NoteItem]:
        return sorted(
            (i for i in self.selectedItems() if isinstance(i, NoteItem)),
            key=lambda i: (i.y(), i.x(), i.note_id),
        )

    def selected_clusters(self) -> list[ClusterItem]:
        return [i for i in self.selectedItems() if isinstance(i, ClusterItem)]

    def _author_of(self, note: NoteData) -> str:
        if note.author_organisation_id is None:
            return ""
        return self._authors.get(note.author_organisation_id, "")

    def make_room(self, rect: QRectF) -> None:
        """Let the view scroll to ``rect`` (a place where a note will go)."""
        self._fit_scene_rect(around=rect)

    def _fit_scene_rect(self, reset: bool = False, around: QRectF | None = None) -> None:
        """Keep room to pan around the notes; grows (never shrinks) while the board is open."""
        margin = style.SCENE_MARGIN
        if reset:
            bounds = self.itemsBoundingRect().adjusted(-margin, -margin, margin, margin)
            minimum = QRectF(-margin, -margin, 2 * margin + 1600, 2 * margin + 1000)
            self.setSceneRect(bounds.united(minimum))
        elif around is not None and not self.sceneRect().contains(around):
            # Grow in big steps: a new scene rect rebuilds the spatial index of every item.
            step = 4 * margin
            grown = around.adjusted(-step, -step, step, step)
            self.setSceneRect(self.sceneRect().united(grown))

    # -- mouse: drags and double-clicks -----------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        grabbed = self.mouseGrabberItem()
        if event.button() == Qt.MouseButton.LeftButton and isinstance(
            grabbed, NoteItem | ClusterItem
        ):
            self._drag = DragTracker(self)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._drag is not None:
            self._drag.hover(event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        drag, self._drag = self._drag, None
        if drag is not None and event.button() == Qt.MouseButton.LeftButton:
            arrangement = drag.finish()
            if arrangement is not None:
                self.arrangementMade.emit(arrangement)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        for item in self.items(event.scenePos()):
            if isinstance(item, NoteItem) and item.isVisible():
                self.noteActivated.emit(item.note_id)
                return
            if isinstance(item, ClusterItem):
                if item.collapsed:
                    self.stackActivated.emit(item.cluster_id)
                    return
                if item.title_rect().contains(item.mapFromScene(event.scenePos())):
                    self.clusterTitleActivated.emit(item.cluster_id)
                    return
        super().mouseDoubleClickEvent(event)

    # -- zoomed out: cluster titles stay readable --------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        scale = painter.worldTransform().m11()
        if scale >= style.DETAIL_SCALE or not self.clusters:
            return
        font = QFont(style.ink().title_font)
        font.setPixelSize(max(1, round(15.0 / scale)))
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(style.ink().title_pen)
        pad = 4.0 / scale
        for item in self.clusters.values():
            frame = item.frame()
            if not item.cluster.titel or not frame.intersects(rect):
                continue
            title = metrics.elidedText(
                item.cluster.titel.replace("\n", " "),
                Qt.TextElideMode.ElideRight,
                max(frame.width() - 2 * pad, 1.0),
            )
            box = QRectF(
                frame.left(),
                frame.top(),
                metrics.horizontalAdvance(title) + 2 * pad,
                metrics.height() + 2 * pad,
            )
            painter.fillRect(box, QColor(255, 255, 255, 215))
            painter.drawText(QPointF(box.left() + pad, box.top() + pad + metrics.ascent()), title)

"""Turns what the facilitator does on one board into undoable steps on the atelier's history.

The only code that pushes board commands; widgets call it and never touch the store.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer

from atelier.services.board.changes import Arrangement, NoteDraft
from atelier.services.board.layout import STEP_X, STEP_Y
from atelier.services.board.notes import COLUMNS, GAP, NOTE_HEIGHT, NOTE_WIDTH
from atelier.ui.board import style
from atelier.ui.board.board_scene import BoardScene
from atelier.ui.board.board_view import BoardView
from atelier.ui.board.cluster_commands import CollapseCluster, Group, RenameCluster, Ungroup
from atelier.ui.board.history import AtelierHistory
from atelier.ui.board.note_commands import (
    AddNotes,
    Arrange,
    CopyToWerkvorm,
    DeleteNotes,
    DuplicateNotes,
    EditNote,
    MoveToWerkvorm,
    RestoreNotes,
)
from atelier.ui.board.vote_commands import Dot, ResetRound, VotingLimits

_UNSET = object()
MAKE_ROOM_MS = 150  # after a capture, while the facilitator listens: make room for the next


class BoardController(QObject):
    def __init__(
        self,
        history: AtelierHistory,
        werkvorm_id: int,
        scene: BoardScene,
        view: BoardView,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.werkvorm_id = werkvorm_id
        self.scene = scene
        self.view = view
        self._last: tuple[QPointF, float, int] | None = None  # last new note, row x, columns
        self._make_room = QTimer(self)
        self._make_room.setSingleShot(True)
        self._make_room.setInterval(MAKE_ROOM_MS)
        self._make_room.timeout.connect(self._make_room_for_next)

    # -- capture --------------------------------------------------------------------------
    def capture(
        self, texts: Sequence[str], onderdeel: str | None, organisation_id: int | None
    ) -> list[int]:
        """Add one note per text at free places near the last one; returns their ids."""
        visible = self.view.visible_scene_rect()
        start, row_x, columns = self._start(visible)
        positions = self._free_from(start, row_x, columns, len(texts))
        drafts = [
            NoteDraft(text, p.x(), p.y(), onderdeel, organisation_id)
            for text, p in zip(texts, positions, strict=True)
        ]
        command = AddNotes(self.history, self.werkvorm_id, drafts)
        if not self.history.push(command):
            return []
        self._last = (positions[-1], row_x, columns)
        item = self.scene.notes.get(command.created[-1]) if command.created else None
        if item is not None:
            self._bring_into_view(item.sceneBoundingRect(), visible)
        self._make_room.start()
        return list(command.created)

    def _bring_into_view(self, rect: QRectF, visible: QRectF) -> None:
        """Show a new note, scrolling as little as possible (for a new row: one row)."""
        if not visible.contains(rect):
            self.view.ensureVisible(rect, 30, 30)

    def _make_room_for_next(self) -> None:
        """Scroll the next note's place into view now if it lies just below the view, so the
        Enter that starts a new row only draws its note instead of also scrolling the wall
        (and growing it) and drawing the notes that come into view. Only while the note just
        typed stays in view too: the view never jumps away from it on its own."""
        if self._last is None or not self.view.isVisible():
            return
        visible = self.view.visible_scene_rect()
        last = style.NOTE_BOUNDS.translated(self._last[0])
        place = style.NOTE_BOUNDS.translated(self.next_positions(1)[0])
        below = place.top() > visible.top() and place.bottom() > visible.bottom()
        beside = place.left() >= visible.left() and place.right() <= visible.right()
        both_fit = max(place.bottom(), last.bottom()) - min(place.top(), last.top()) + 60
        if below and beside and visible.intersects(last) and both_fit <= visible.height():
            self.scene.make_room(place)
            self._bring_into_view(place, visible)

    def next_positions(self, count: int = 1) -> list[QPointF]:
        """Where the next ``count`` captured notes would go."""
        start, row_x, columns = self._start(self.view.visible_scene_rect())
        return self._free_from(start, row_x, columns, count)

    def _free_from(self, start: QPointF, row_x: float, columns: int, count: int) -> list[QPointF]:
        positions = []
        for _ in range(count):
            found = self.scene.free_slot(start, row_x, columns)
            positions.append(found)
            start = QPointF(found.x() + STEP_X, found.y())
        return positions

    def _start(self, visible: QRectF) -> tuple[QPointF, float, int]:
        """Where capture goes on: after the last new note if it is in view, else after the
        newest note in view, else the top-left of the view."""
        row_x = math.ceil((visible.left() + 8) / STEP_X) * STEP_X
        top = math.ceil((visible.top() + 8) / STEP_Y) * STEP_Y
        columns = max(1, min(COLUMNS * 2, int((visible.right() - row_x + style.GAP) // STEP_X)))
        if self._last is not None:
            point, last_row_x, last_columns = self._last
            if visible.intersects(style.NOTE_RECT.translated(point)):
                return QPointF(point.x() + STEP_X, point.y()), last_row_x, last_columns
        if self.scene.notes:
            newest = self.scene.notes[max(self.scene.notes)]
            if newest.isVisible() and visible.contains(newest.sceneBoundingRect()):
                return QPointF(newest.x() + STEP_X, newest.y()), row_x, columns
        return QPointF(row_x, top), row_x, columns

    # -- notes ----------------------------------------------------------------------------
    def edit(
        self,
        note_id: int,
        text: str | None = None,
        onderdeel: str | None = None,
        organisation_id: object = _UNSET,
    ) -> bool:
        item = self.scene.notes.get(note_id)
        if item is None:
            return False
        note = item.note
        before: dict[str, object] = {}
        after: dict[str, object] = {}
        if text is not None and text != note.text:
            before["text"], after["text"] = note.text, text
        if onderdeel is not None and onderdeel != note.onderdeel:
            before["onderdeel"], after["onderdeel"] = note.onderdeel, onderdeel
        if organisation_id is not _UNSET and organisation_id != note.author_organisation_id:
            before["author_organisation_id"] = note.author_organisation_id
            after["author_organisation_id"] = organisation_id
        if not after:
            return True
        return self.history.push(EditNote(self.history, self.werkvorm_id, note_id, before, after))

    def edit_many(self, note_ids: Sequence[int], **changes: object) -> None:
        """Change the onderdeel or author of several notes as one undo step."""
        self.history.stack.beginMacro(self.tr("Change %n note(s)", "", len(note_ids)))
        for note_id in note_ids:
            self.edit(note_id, **changes)  # type: ignore[arg-type]
        self.history.stack.endMacro()

    def delete(self, note_ids: Sequence[int]) -> bool:
        return bool(note_ids) and self.history.push(
            DeleteNotes(self.history, self.werkvorm_id, note_ids)
        )

    def restore(self, note_ids: Sequence[int]) -> bool:
        return bool(note_ids) and self.history.push(
            RestoreNotes(self.history, self.werkvorm_id, note_ids)
        )

    def duplicate(self, note_ids: Sequence[int]) -> list[int]:
        """Copy notes next to themselves (the nearest free places to their right)."""
        positions = []
        for note_id in note_ids:
            item = self.scene.notes[note_id]
            start = QPointF(item.x() + STEP_X, item.y())
            found = self._free_from(start, item.x(), COLUMNS, 1)[0]
            positions.append((found.x(), found.y()))
        if len(set(positions)) < len(positions):  # several copies would share a place
            first = positions[0]
            spread = self._free_from(QPointF(*first), first[0], COLUMNS, len(positions))
            positions = [(p.x(), p.y()) for p in spread]
        command = DuplicateNotes(self.history, self.werkvorm_id, note_ids, positions)
        return list(command.created) if self.history.push(command) else []

    def transfer(self, note_ids: Sequence[int], target: int, copy: bool) -> bool:
        kind = CopyToWerkvorm if copy else MoveToWerkvorm
        return bool(note_ids) and self.history.push(
            kind(self.history, self.werkvorm_id, note_ids, target)
        )

    def arrange(self, after: Arrangement) -> bool:
        """Save a drag; the items are already where the user dropped them."""
        notes, clusters = self.scene.notes, self.scene.clusters
        before = Arrangement(
            tuple((i, notes[i].note.x, notes[i].note.y) for i, _x, _y in after.positions),
            tuple((i, notes[i].note.cluster_id) for i, _c in after.memberships),
            tuple(
                (c, clusters[c].cluster.x, clusters[c].cluster.y)
                for c, _x, _y in after.cluster_positions
            ),
        )
        saved = self.history.push(Arrange(self.history, self.werkvorm_id, before, after))
        if not saved:  # put the items back where the database says they are
            for note_id, x, y in before.positions:
                notes[note_id].setPos(x, y)
            self.scene.refresh_clusters(list(clusters))
        return saved

    # -- clusters -------------------------------------------------------------------------
    def group(self, note_ids: Sequence[int], titel: str) -> int | None:
        """Group notes under ``titel``: they are laid out together where the first of them
        stood, and other notes are moved out of the frame (its title included), so a frame
        never holds notes that are not its members. One undoable step."""
        notes = [self.scene.notes[i] for i in note_ids if i in self.scene.notes]
        if not notes:
            return None
        notes.sort(key=lambda item: (item.pos().y(), item.pos().x()))
        anchor = QPointF(min(i.pos().x() for i in notes), min(i.pos().y() for i in notes))
        before = {item.note_id: item.pos() for item in self.scene.notes.values()}
        targets = _tidy(anchor, len(notes))
        for item, target in zip(notes, targets, strict=True):
            item.setPos(target)
        frame = _frame_around(targets)
        for item in self.scene.notes.values():
            if item in notes or not item.isVisible():
                continue
            if style.NOTE_RECT.translated(item.pos()).intersects(frame):
                below = frame.bottomLeft() + QPointF(0, GAP)
                item.setPos(self.scene.free_slot(below, frame.left(), 4))
        moves = [
            (note_id, old.x(), old.y(), item.pos().x(), item.pos().y())
            for note_id, old in before.items()
            if (item := self.scene.notes[note_id]).pos() != old
        ]
        previous = [(item.note_id, item.note.cluster_id) for item in notes]
        command = Group(
            self.history, self.werkvorm_id, titel, previous, (anchor.x(), anchor.y()), moves
        )
        if self.history.push(command):
            return command.cluster_id
        for note_id, old in before.items():  # not saved: back where the database has them
            self.scene.notes[note_id].setPos(old)
        return None

    def ungroup(self, cluster_id: int) -> bool:
        return self.history.push(Ungroup(self.history, self.werkvorm_id, cluster_id))

    def rename(self, cluster_id: int, titel: str) -> bool:
        item = self.scene.clusters.get(cluster_id)
        if item is None or item.cluster.titel == titel:
            return item is not None
        command = RenameCluster(
            self.history, self.werkvorm_id, cluster_id, item.cluster.titel, titel
        )
        return self.history.push(command)

    def set_collapsed(self, cluster_id: int, collapsed: bool) -> bool:
        item = self.scene.clusters.get(cluster_id)
        if item is None or item.collapsed == collapsed:
            return False
        command = CollapseCluster(self.history, self.werkvorm_id, cluster_id, collapsed)
        return self.history.push(command)

    # -- voting ---------------------------------------------------------------------------
    def dot(self, note_id: int, participant_id: int | None, delta: int) -> bool:
        return self.history.push(
            Dot(self.history, self.werkvorm_id, note_id, participant_id, delta)
        )

    def reset_round(self) -> bool:
        return self.history.push(ResetRound(self.history, self.werkvorm_id))

    def set_limits(self, before: tuple[int, int], after: tuple[int, int]) -> bool:
        if before == after:
            return True
        return self.history.push(VotingLimits(self.history, self.werkvorm_id, before, after))


def _tidy(anchor: QPointF, count: int) -> list[QPointF]:
    """Places for ``count`` notes in a compact block from ``anchor`` (reading order)."""
    columns = max(1, math.ceil(math.sqrt(count)))
    return [
        anchor + QPointF((n % columns) * (NOTE_WIDTH + GAP), (n // columns) * (NOTE_HEIGHT + GAP))
        for n in range(count)
    ]


def _frame_around(places: list[QPointF]) -> QRectF:
    """The cluster frame around notes at ``places``, its title band included (as the scene
    draws it, see ``BoardScene.frame_of``)."""
    bounds = style.NOTE_RECT.translated(places[0])
    for place in places[1:]:
        bounds = bounds.united(style.NOTE_RECT.translated(place))
    pad = style.CLUSTER_PADDING
    return bounds.adjusted(-pad - GAP, -pad - style.CLUSTER_TITLE - GAP, pad + GAP, pad + GAP)

"""Undoable steps on notes: capture, edit, delete and restore, drag, duplicate, and moving or
copying to another werkvorm. Created notes are deleted recoverably on undo and restored (same
id) on redo, so nothing typed is ever lost.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from atelier.services.board import changes as board
from atelier.services.board import transfer as note_transfer
from atelier.services.board.changes import Arrangement, BoardChange, NoteDraft
from atelier.ui.board.board_command import BoardCommand
from atelier.ui.board.history import AtelierHistory
from atelier.ui.board.step_names import step_names


class _CreatingCommand(BoardCommand):
    """A step that makes new notes the first time, then restores or deletes those same notes."""

    created: tuple[int, ...] = ()

    def create(self) -> BoardChange | None:
        """Commit making the notes; None when it could not be saved."""
        raise NotImplementedError

    def commit_forward(self) -> BoardChange | None:
        if self.done:  # redo: bring back the very notes made the first time
            return super().commit_forward()
        change = self.create()
        if change is not None:
            self.created = tuple(note.id for note in change.notes)
        return change

    def forward(self, session: Session) -> BoardChange:
        return board.restore_notes(session, self.created)

    def backward(self, session: Session) -> BoardChange:
        return board.delete_notes(session, self.created)


class AddNotes(_CreatingCommand):
    def __init__(
        self, history: AtelierHistory, werkvorm_id: int, drafts: Sequence[NoteDraft]
    ) -> None:
        count = len(drafts)
        text = step_names().add(count)
        super().__init__(history, werkvorm_id, text)
        self.drafts = tuple(drafts)

    def create(self) -> BoardChange | None:
        return self.history.capture(
            lambda connection: board.add_notes(connection, self.werkvorm_id, self.drafts)
        )


class DuplicateNotes(_CreatingCommand):
    def __init__(
        self,
        history: AtelierHistory,
        werkvorm_id: int,
        note_ids: Sequence[int],
        positions: Sequence[tuple[float, float]],
    ) -> None:
        count = len(note_ids)
        super().__init__(
            history,
            werkvorm_id,
            step_names().duplicate(count),
        )
        self.note_ids, self.positions = tuple(note_ids), tuple(positions)

    def create(self) -> BoardChange | None:
        return self.history.run(
            lambda session: board.duplicate_notes(session, self.note_ids, self.positions)
        )


class CopyToWerkvorm(_CreatingCommand):
    def __init__(
        self, history: AtelierHistory, werkvorm_id: int, note_ids: Sequence[int], target: int
    ) -> None:
        count = len(note_ids)
        super().__init__(
            history,
            target,
            step_names().copy_to_werkvorm(count),
        )
        self.note_ids, self.target = tuple(note_ids), target

    def create(self) -> BoardChange | None:
        return self.history.run(
            lambda session: note_transfer.transfer_notes(
                session, self.note_ids, self.target, copy=True
            )[2]
        )


class MoveToWerkvorm(BoardCommand):
    def __init__(
        self, history: AtelierHistory, werkvorm_id: int, note_ids: Sequence[int], target: int
    ) -> None:
        count = len(note_ids)
        super().__init__(
            history,
            target,
            step_names().move_to_werkvorm(count),
        )
        self.note_ids, self.target = tuple(note_ids), target
        self.placements: tuple[note_transfer.Placement, ...] = ()

    def forward(self, session: Session) -> BoardChange:
        self.placements, _arrived, change = note_transfer.transfer_notes(
            session, self.note_ids, self.target, copy=False
        )
        return change

    def backward(self, session: Session) -> BoardChange:
        placements = tuple(
            note_transfer.Placement(
                p.note_id,
                p.werkvorm_id,
                p.x,
                p.y,
                self.cluster(p.cluster_id),
                p.room_votes,
                p.votes,
            )
            for p in self.placements
        )
        return note_transfer.restore_placements(session, placements)


class DeleteNotes(BoardCommand):
    def __init__(self, history: AtelierHistory, werkvorm_id: int, note_ids: Sequence[int]) -> None:
        count = len(note_ids)
        super().__init__(
            history,
            werkvorm_id,
            step_names().delete(count),
        )
        self.note_ids = tuple(note_ids)

    def forward(self, session: Session) -> BoardChange:
        return board.delete_notes(session, self.note_ids)

    def backward(self, session: Session) -> BoardChange:
        return board.restore_notes(session, self.note_ids)


class RestoreNotes(DeleteNotes):
    def __init__(self, history: AtelierHistory, werkvorm_id: int, note_ids: Sequence[int]) -> None:
        count = len(note_ids)
        super().__init__(history, werkvorm_id, note_ids)
        self.setText(step_names().restore(count))

    def forward(self, session: Session) -> BoardChange:
        return super().backward(session)

    def backward(self, session: Session) -> BoardChange:
        return super().forward(session)


class EditNote(BoardCommand):
    """Change a note's text, onderdeel or author; ``before`` and ``after`` hold those fields."""

    def __init__(
        self,
        history: AtelierHistory,
        werkvorm_id: int,
        note_id: int,
        before: dict[str, object],
        after: dict[str, object],
    ) -> None:
        super().__init__(
            history, werkvorm_id, QCoreApplication.translate("BoardCommand", "Edit note")
        )
        self.note_id, self.before, self.after = note_id, before, after

    def forward(self, session: Session) -> BoardChange:
        return board.edit_note(session, self.note_id, seen=self.before, **self.after)

    def backward(self, session: Session) -> BoardChange:
        return board.edit_note(session, self.note_id, seen=self.after, **self.before)


class Arrange(BoardCommand):
    """A drag: notes and clusters moved, notes into or out of clusters, in one step."""

    def __init__(
        self,
        history: AtelierHistory,
        werkvorm_id: int,
        before: Arrangement,
        after: Arrangement,
    ) -> None:
        count = len(after.positions) or len(after.memberships) or len(after.cluster_positions)
        super().__init__(
            history,
            werkvorm_id,
            step_names().move(count),
        )
        self.before, self.after = before, after

    def forward(self, session: Session) -> BoardChange:
        return board.arrange(session, self.werkvorm_id, self._resolved(self.after))

    def backward(self, session: Session) -> BoardChange:
        return board.arrange(session, self.werkvorm_id, self._resolved(self.before))

    def _resolved(self, arrangement: Arrangement) -> Arrangement:
        return Arrangement(
            arrangement.positions,
            tuple((n, self.cluster(c)) for n, c in arrangement.memberships),
            tuple((self.cluster(c) or c, x, y) for c, x, y in arrangement.cluster_positions),
        )

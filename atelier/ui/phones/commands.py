"""Accepting a note from a phone is a board step like typing one: undo takes it off the wall
(recoverably) and puts it back in the inbox; redo brings the same note back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from atelier.services.board import notes
from atelier.services.board.changes import BoardChange
from atelier.services.phones import inbox
from atelier.ui.board.board_command import BoardCommand
from atelier.ui.board.history import AtelierHistory


class AcceptPhoneNote(BoardCommand):
    def __init__(
        self,
        history: AtelierHistory,
        werkvorm_id: int,
        phone_note_id: int,
        text: str | None = None,
    ) -> None:
        super().__init__(
            history,
            werkvorm_id,
            QCoreApplication.translate("BoardCommand", "Accept note from a phone"),
        )
        self.phone_note_id = phone_note_id
        self.text = text  # as the facilitator edited it; None: as the phone sent it
        self.note_id: int | None = None

    def commit_forward(self) -> BoardChange | None:
        if self.done:
            return super().commit_forward()
        change = self.history.run(
            lambda s: inbox.accept_on_board(s, self.phone_note_id, text=self.text)
        )
        if change is not None:
            self.note_id = change.notes[0].id
        return change

    def forward(self, session: Session) -> BoardChange:
        assert self.note_id is not None
        return inbox.accept_again(session, self.phone_note_id, self.note_id)

    def backward(self, session: Session) -> BoardChange:
        assert self.note_id is not None
        return inbox.unaccept(session, self.phone_note_id, self.note_id)

    def redo(self) -> None:
        super().redo()
        if self.done:
            self.history.store.inboxChanged.emit(self.werkvorm_id)

    def undo(self) -> None:
        super().undo()
        self.history.store.inboxChanged.emit(self.werkvorm_id)


class MergePhoneNote(BoardCommand):
    """A phone's note added to a note on the wall; undo gives that note its text back and puts
    the phone's note back in the inbox."""

    def __init__(
        self, history: AtelierHistory, werkvorm_id: int, phone_note_id: int, note_id: int
    ) -> None:
        super().__init__(
            history,
            werkvorm_id,
            QCoreApplication.translate("BoardCommand", "Merge note from a phone"),
        )
        self.phone_note_id = phone_note_id
        self.note_id = note_id
        self.before: str | None = None

    def forward(self, session: Session) -> BoardChange:
        if self.before is None:
            self.before = notes.get_note(session, self.note_id).text
        return inbox.merge_on_board(session, self.phone_note_id, self.note_id)

    def backward(self, session: Session) -> BoardChange:
        assert self.before is not None
        return inbox.unmerge(session, self.phone_note_id, self.note_id, self.before)

    def redo(self) -> None:
        super().redo()
        self.history.store.inboxChanged.emit(self.werkvorm_id)

    def undo(self) -> None:
        super().undo()
        self.history.store.inboxChanged.emit(self.werkvorm_id)

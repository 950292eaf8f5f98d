"""Accepting a note from a phone is a board step like typing one: undo takes it off the wall
(recoverably) and puts it back in the inbox; redo brings the same note back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from atelier.services.board.changes import BoardChange
from atelier.services.phones import inbox
from atelier.ui.board.board_command import BoardCommand
from atelier.ui.board.history import AtelierHistory


class AcceptPhoneNote(BoardCommand):
    def __init__(self, history: AtelierHistory, werkvorm_id: int, phone_note_id: int) -> None:
        super().__init__(
            history,
            werkvorm_id,
            QCoreApplication.translate("BoardCommand", "Accept note from a phone"),
        )
        self.phone_note_id = phone_note_id
        self.note_id: int | None = None

    def commit_forward(self) -> BoardChange | None:
        if self.done:
            return super().commit_forward()
        change = self.history.run(lambda s: inbox.accept_on_board(s, self.phone_note_id))
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

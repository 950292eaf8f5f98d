"""Undoable steps of a voting round: a dot (for a participant or the room), the round's limits,
and resetting the round."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from atelier.services.board import round_reset, voting
from atelier.services.board.changes import BoardChange, describe
from atelier.ui.board.board_command import BoardCommand
from atelier.ui.board.history import AtelierHistory


class Dot(BoardCommand):
    """``delta`` dots on a note, from ``participant_id`` or (None) scribed for the room."""

    def __init__(
        self,
        history: AtelierHistory,
        werkvorm_id: int,
        note_id: int,
        participant_id: int | None,
        delta: int,
    ) -> None:
        text = (
            QCoreApplication.translate("BoardCommand", "Add a dot")
            if delta > 0
            else QCoreApplication.translate("BoardCommand", "Take a dot back")
        )
        super().__init__(history, werkvorm_id, text)
        self.note_id, self.participant_id, self.delta = note_id, participant_id, delta

    def forward(self, session: Session) -> BoardChange:
        return self._give(session, self.delta)

    def backward(self, session: Session) -> BoardChange:
        return self._give(session, -self.delta)

    def _give(self, session: Session, delta: int) -> BoardChange:
        if self.participant_id is None:
            voting.scribe_room_dot(session, self.note_id, delta)
        else:
            voting.give_dot(session, self.note_id, self.participant_id, delta)
        return describe(session, (self.werkvorm_id,), note_ids=[self.note_id], voting=True)


class ResetRound(BoardCommand):
    def __init__(self, history: AtelierHistory, werkvorm_id: int) -> None:
        super().__init__(
            history,
            werkvorm_id,
            QCoreApplication.translate("BoardCommand", "Reset the voting round"),
        )
        self.snapshot: round_reset.RoundSnapshot | None = None

    def forward(self, session: Session) -> BoardChange:
        self.snapshot = round_reset.reset_round(session, self.werkvorm_id)
        return describe(session, (self.werkvorm_id,), all_dots=True, voting=True)

    def backward(self, session: Session) -> BoardChange:
        assert self.snapshot is not None
        round_reset.restore_round(session, self.werkvorm_id, self.snapshot)
        return describe(session, (self.werkvorm_id,), all_dots=True, voting=True)


class VotingLimits(BoardCommand):
    def __init__(
        self,
        history: AtelierHistory,
        werkvorm_id: int,
        before: tuple[int, int],
        after: tuple[int, int],
    ) -> None:
        super().__init__(
            history,
            werkvorm_id,
            QCoreApplication.translate("BoardCommand", "Change the voting limits"),
        )
        self.before, self.after = before, after

    def forward(self, session: Session) -> BoardChange:
        voting.set_limits(session, self.werkvorm_id, *self.after)
        return BoardChange((self.werkvorm_id,), voting=True)

    def backward(self, session: Session) -> BoardChange:
        voting.set_limits(session, self.werkvorm_id, *self.before)
        return BoardChange((self.werkvorm_id,), voting=True)

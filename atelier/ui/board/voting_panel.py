"""The voting round of a werkvorm, next to the wall: its limits, how dots are entered (for the
room or per participant, by clicking notes), who has how many dots left, and the ranking.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from atelier.services.board.voting import (
    MAX_VOTES_PER_NOTE,
    MAX_VOTES_PER_PARTICIPANT,
    RankedNote,
    VotingRound,
)
from atelier.ui.board.ranking_list import RankingList
from atelier.ui.theme import styled

OFF = "off"
ROOM = "room"


class VotingPanel(QWidget):
    limitsEdited = Signal(int, int)  # votes per participant, max per note
    modeChanged = Signal()
    resetRequested = Signal()
    noteChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingPanel")
        self.setMinimumWidth(280)
        self.per_participant = QSpinBox(self)
        self.per_participant.setObjectName("votesPerParticipant")
        self.per_participant.setRange(1, MAX_VOTES_PER_PARTICIPANT)
        self.per_note = QSpinBox(self)
        self.per_note.setObjectName("maxVotesPerNote")
        self.per_note.setRange(1, MAX_VOTES_PER_NOTE)
        for spin in (self.per_participant, self.per_note):
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._limits_edited)
        self.mode = QComboBox(self)
        self.mode.setObjectName("votingMode")
        self.mode.currentIndexChanged.connect(lambda _i: self.modeChanged.emit())
        self.rules = QLabel(self)
        self.rules.setWordWrap(True)
        styled(self.rules, lambda look: f"color: {look.muted_text};")
        self.rules.setTextFormat(Qt.TextFormat.PlainText)
        self.how = QLabel(self)
        self.how.setWordWrap(True)
        self.how.setTextFormat(Qt.TextFormat.PlainText)
        self.ranking = RankingList(self)
        self.ranking.noteChosen.connect(self.noteChosen)
        self.reset = QPushButton(self.tr("Start a new round (clear all dots)"), self)
        self.reset.setObjectName("resetRound")
        self.reset.clicked.connect(self.resetRequested)
        title = QLabel(self.tr("Dot voting"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        form = QFormLayout()
        form.addRow(self.tr("Dots per participant"), self.per_participant)
        form.addRow(self.tr("Most dots per note"), self.per_note)
        form.addRow(self.tr("Enter dots"), self.mode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.how)
        layout.addWidget(self.rules)
        layout.addWidget(QLabel(self.tr("Ranking"), self))
        layout.addWidget(self.ranking, 1)
        layout.addWidget(self.reset)
        self._round: VotingRound | None = None
        self._update_how()
        self.modeChanged.connect(self._update_how)

    # -- what the facilitator chose -------------------------------------------------------
    def current_mode(self) -> str | int:
        """OFF, ROOM, or the id of the participant whose dots are being entered."""
        data = self.mode.currentData()
        return OFF if data is None else data

    def set_mode(self, mode: str | int) -> None:
        index = self.mode.findData(None if mode == OFF else mode)
        self.mode.setCurrentIndex(max(index, 0))

    def limits(self) -> tuple[int, int]:
        return self.per_participant.value(), self.per_note.value()

    # -- showing the round ----------------------------------------------------------------
    def set_round(self, current: VotingRound) -> None:
        self._round = current
        for spin, value in (
            (self.per_participant, current.votes_per_participant),
            (self.per_note, current.max_votes_per_note),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        keep = self.current_mode()
        self.mode.blockSignals(True)
        self.mode.clear()
        self.mode.addItem(self.tr("Off (select and drag notes)"), None)
        self.mode.addItem(self.tr("For the room"), ROOM)
        for person in current.participants:
            left = current.votes_per_participant - person.used
            self.mode.addItem(
                self.tr("{name} ({left} of {total} left)").format(
                    name=person.name, left=left, total=current.votes_per_participant
                ),
                person.participant_id,
            )
        self.mode.setCurrentIndex(max(self.mode.findData(None if keep == OFF else keep), 0))
        self.mode.blockSignals(False)
        self.rules.setText(self._rules_text(current))
        self._update_how()

    def set_ranking(self, ranked: Sequence[RankedNote]) -> None:
        self.ranking.set_ranking(ranked)

    def _rules_text(self, current: VotingRound) -> str:
        if current.room_size_assumed:
            room = self.tr(
                "No participants are registered, so the room is taken to be {n} people."
            ).format(n=current.room_size)
        else:
            room = self.tr("The room: {n} participants.").format(n=current.room_size)
        caps = self.tr(
            "Room dots stand for everyone who is not entered one by one: a note holds at most "
            "{note_cap} dots ({n} × {per_note}), the round at most {round_cap} "
            "({n} × {per_participant})."
        ).format(
            note_cap=current.note_cap,
            round_cap=current.round_cap,
            n=current.room_size,
            per_note=current.max_votes_per_note,
            per_participant=current.votes_per_participant,
        )
        given = self.tr("Given so far: {total} dots, {room} of them for the room.").format(
            total=current.total_dots, room=current.room_dots
        )
        return f"{room} {caps}\n{given}"

    def _update_how(self) -> None:
        mode = self.current_mode()
        if mode == OFF:
            text = self.tr("Select a note and press + or − to add or take back a room dot.")
        elif mode == ROOM:
            text = self.tr("Click a note: +1 for the room. Right-click or Shift+click: −1.")
        else:
            text = self.tr("Click a note: +1 for this participant. Right-click or Shift+click: −1.")
        self.how.setText(text)

    def _limits_edited(self, _value: int) -> None:
        self.limitsEdited.emit(*self.limits())

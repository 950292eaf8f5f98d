"""The voting round on the board: the voting panel, clicking notes to give dots, and the + and −
keys on selected notes (room dots, or the chosen participant's)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QWidget

from atelier.services.board import voting
from atelier.ui.board.board_controller import BoardController
from atelier.ui.board.board_scene import BoardScene
from atelier.ui.board.board_view import BoardView
from atelier.ui.board.voting_panel import OFF, ROOM, VotingPanel
from atelier.ui.store import AtelierStore

PANEL_WIDTH = 340


class BoardVoting(QObject):
    closed = Signal()  # the voting panel was closed: the round is over

    def __init__(
        self,
        store: AtelierStore,
        werkvorm_id: int,
        panel: VotingPanel,
        controller: BoardController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.werkvorm_id, self.panel = store, werkvorm_id, panel
        self.controller = controller
        self.scene: BoardScene = controller.scene
        self.view: BoardView = controller.view
        panel.hide()
        panel.modeChanged.connect(self._mode_changed)
        panel.limitsEdited.connect(self._limits_edited)
        panel.resetRequested.connect(controller.reset_round)
        self.view.plusMinusPressed.connect(self._plus_minus)

    def set_visible(self, visible: bool, splitter: QSplitter, toggle: QAction) -> None:
        was_open = self.panel.isVisible()
        if visible and not was_open:
            make_room(splitter, self.panel, PANEL_WIDTH, self.view)
        self.panel.setVisible(visible)
        if toggle.isChecked() != visible:
            toggle.setChecked(visible)
        if visible:
            self.refresh()
        else:
            self.panel.set_mode(OFF)
        self._mode_changed()
        if was_open and not visible:
            self.closed.emit()

    def refresh(self) -> None:
        """Show the round as stored now (only while the panel is open: it costs two queries)."""
        if not self.panel.isVisible():
            return
        current, ranked = self.store.read(
            lambda s: (
                voting.voting_round(s, self.werkvorm_id),
                voting.ranking(s, self.werkvorm_id),
            )
        )
        self.panel.set_round(current)
        self.panel.set_ranking(ranked)

    def _mode_changed(self) -> None:
        mode = self.panel.current_mode() if self.panel.isVisible() else OFF
        self.view.set_vote_click(None if mode == OFF else self._dot)

    def _dot(self, note_id: int, delta: int) -> None:
        mode = self.panel.current_mode()
        self.controller.dot(note_id, None if mode in (OFF, ROOM) else int(mode), delta)

    def _plus_minus(self, delta: int) -> None:
        notes = self.scene.selected_notes()
        if not notes:  # nothing to vote on: + and − zoom
            self.view.zoom_by(1.25 if delta > 0 else 0.8)
            return
        for note in notes:
            self._dot(note.note_id, delta)

    def _limits_edited(self, per_participant: int, per_note: int) -> None:
        current = self.store.read(lambda s: voting.voting_round(s, self.werkvorm_id))
        before = (current.votes_per_participant, current.max_votes_per_note)
        if not self.controller.set_limits(before, (per_participant, per_note)):
            self.refresh()  # refused: show the limits that hold


def make_room(splitter: QSplitter, panel: QWidget, width: int, taken_from: QWidget) -> None:
    """Give ``panel`` ``width`` in ``splitter``, taken from ``taken_from`` (the wall)."""
    sizes = splitter.sizes()
    total = sum(sizes) or splitter.width()
    sizes[splitter.indexOf(panel)] = width
    giver = splitter.indexOf(taken_from)
    sizes[giver] = max(total - sum(size for i, size in enumerate(sizes) if i != giver), 200)
    splitter.setSizes(sizes)

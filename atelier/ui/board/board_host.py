"""The werkvorm view of the atelier page: the board of the selected werkvorm.

Holds one ``AtelierHistory`` for the open atelier (undo spans all its werkvormen) and the
boards of the werkvormen shown recently, so switching back is instant. Its Undo and Redo actions
(Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z) belong in the Edit menu; an undo on a werkvorm that is not
shown brings that werkvorm into view first (``select_werkvorm``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from atelier.services import ateliers
from atelier.services.errors import ServiceError
from atelier.ui.board.board_widget import BoardWidget, MenuExtension
from atelier.ui.board.history import AtelierHistory
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.store import AtelierStore
from atelier.ui.theme import styled

KEEP_BOARDS = 6


class BoardHost(QStackedWidget):
    votingClosed = Signal(int)  # werkvorm id: its voting round was closed on its board

    def __init__(
        self, store: AtelierStore, edit_history: EditHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("boardHost")
        self.store = store
        self.select_werkvorm: Callable[[int], object] | None = None
        # Other features' entries in the board's right-click menu (the routemap's "Maak actie
        # van notitie"): each is called as fn(menu, note_ids, cluster_ids) while it is built.
        self.menu_extensions: list[MenuExtension] = []
        self.edit_history = edit_history  # the atelier's one undo history (Edit menu)
        self.history: AtelierHistory | None = None
        self._boards: OrderedDict[int, BoardWidget] = OrderedDict()
        # Half-typed notes of boards dropped from memory, by werkvorm: back in the note field
        # when the werkvorm is shown again, never lost.
        self._unsent: dict[int, str] = {}
        self._empty = QLabel(self.tr("Choose a werkvorm on the left to see its notes."), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        styled(self._empty, lambda look: f"color: {look.muted_text};")
        self.addWidget(self._empty)
        store.atelierChanged.connect(self._drop_removed_boards)

    def show_werkvorm(self, werkvorm_id: int | None) -> None:
        widget = self._board_for(werkvorm_id) if werkvorm_id else None
        if widget is None:
            self.setCurrentWidget(self._empty)
            self.setFocusProxy(None)
            return
        fresh = self.indexOf(widget) < 0
        if fresh:
            self.addWidget(widget)
        self.setCurrentWidget(widget)
        self.setFocusProxy(widget)  # focus on the view means: ready to type a note
        if fresh:
            widget.open_at_start()

    @property
    def werkvorm_id(self) -> int | None:
        """The werkvorm whose board is shown (None: none)."""
        board = self.board()
        return board.werkvorm_id if board else None

    def board(self) -> BoardWidget | None:
        current = self.currentWidget()
        return current if isinstance(current, BoardWidget) else None

    def _board_for(self, werkvorm_id: int) -> BoardWidget | None:
        if werkvorm_id in self._boards:
            self._boards.move_to_end(werkvorm_id)
            return self._boards[werkvorm_id]
        try:
            atelier_id = self.store.read(lambda s: ateliers.atelier_of_werkvorm(s, werkvorm_id))
            history = self._history_for(atelier_id)
            widget = BoardWidget(self.store, werkvorm_id, history, self)
            widget.menu_extensions = self.menu_extensions
            widget.voting_round.closed.connect(lambda w=werkvorm_id: self.votingClosed.emit(w))
        except ServiceError:
            return None
        self._boards[werkvorm_id] = widget
        if unsent := self._unsent.pop(werkvorm_id, ""):
            widget.capture.field.setPlainText(unsent)
            widget.capture.field.moveCursor(QTextCursor.MoveOperation.End)
        while len(self._boards) > KEEP_BOARDS:
            old_id, old = self._boards.popitem(last=False)
            if typed := old.capture.field.toPlainText():
                self._unsent[old_id] = typed
            self.removeWidget(old)
            old.deleteLater()
        return widget

    def _drop_removed_boards(self, atelier_id: int) -> None:
        """Forget the boards of werkvormen that were removed from the programme."""
        if self.history is None or atelier_id != self.history.atelier_id:
            return
        try:
            atelier = self.store.atelier(atelier_id)
        except ServiceError:
            atelier = None
        existing = {w.id for d in atelier.dagdelen for w in d.werkvormen} if atelier else set()
        for werkvorm_id in [w for w in self._boards if w not in existing]:
            widget = self._boards.pop(werkvorm_id)
            if self.currentWidget() is widget:
                self.setCurrentWidget(self._empty)
                self.setFocusProxy(None)
            self.removeWidget(widget)
            widget.deleteLater()

    def _history_for(self, atelier_id: int) -> AtelierHistory:
        if self.history is not None and self.history.atelier_id == atelier_id:
            return self.history
        if self.history is not None:  # another atelier was opened: its boards and history go
            for old_id, widget in self._boards.items():
                if typed := widget.capture.field.toPlainText():
                    self._unsent[old_id] = typed
                self.removeWidget(widget)
                widget.deleteLater()
            self._boards.clear()
            self.history.deleteLater()
        stack = self.edit_history.stack_for(atelier_id)
        self.history = AtelierHistory(self.store, atelier_id, stack, self)
        self.history.replayed.connect(self._replayed)
        return self.history

    def _replayed(self, werkvorm_id: int) -> None:
        shown = self.board()
        if (shown is None or shown.werkvorm_id != werkvorm_id) and self.select_werkvorm:
            self.select_werkvorm(werkvorm_id)

"""The live sticky-note board of one werkvorm: filter bar and toolbar, the wall, the voting panel
and the capture bar. ``BoardWidget(store, werkvorm_id, history)``; the ``AtelierHistory`` is the
undo history shared by all boards of the open atelier.

Updates come from the store: a ``BoardChange`` updates just the notes it names; any other note
change (from another view) re-reads the board and updates only what differs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QSplitter, QVBoxLayout, QWidget

from atelier.domain.records import AtelierData, OrganisationData, WerkvormData
from atelier.services import ateliers
from atelier.services.board import changes as board
from atelier.services.board.changes import Arrangement, BoardChange
from atelier.services.errors import NotFound
from atelier.ui.board.board_actions import BoardActions
from atelier.ui.board.board_controller import BoardController
from atelier.ui.board.board_menu import context_menu
from atelier.ui.board.board_scene import BoardScene
from atelier.ui.board.board_view import BoardView
from atelier.ui.board.board_voting import BoardVoting, make_room
from atelier.ui.board.capture_bar import CaptureBar
from atelier.ui.board.deleted_notes_dialog import DeletedNotesDialog
from atelier.ui.board.filter_bar import FilterBar
from atelier.ui.board.history import AtelierHistory
from atelier.ui.board.in_place_editing import InPlaceEditing
from atelier.ui.board.inline_editor import InlineEditor
from atelier.ui.board.keyboard_walk import KeyboardWalk
from atelier.ui.board.note_list import NoteList
from atelier.ui.board.voting_panel import VotingPanel
from atelier.ui.store import AtelierStore

MenuExtension = Callable[[QMenu, list[int], list[int]], object]
# The note count under the wall follows this long after a change: the Enter that adds a note
# then only draws that note, and pasting twenty lines updates the count once.
COUNT_DELAY_MS = 100
LIST_WIDTH = 300  # the notes as a list, beside the wall
_TYPING_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)


class BoardWidget(QWidget):
    def __init__(
        self,
        store: AtelierStore,
        werkvorm_id: int,
        history: AtelierHistory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("boardWidget")
        self.store = store
        self.werkvorm_id = werkvorm_id
        atelier_id = store.read(lambda s: ateliers.atelier_of_werkvorm(s, werkvorm_id))
        self.history = history or AtelierHistory(store, atelier_id, self)
        self._atelier: AtelierData = store.atelier(atelier_id)
        self._applied = False
        self.menu_extensions: list[MenuExtension] = []  # see BoardHost.menu_extensions

        self.scene = BoardScene(werkvorm_id, self)
        self.view = BoardView(self.scene, self)
        self.controller = BoardController(self.history, werkvorm_id, self.scene, self.view, self)
        self.capture = CaptureBar(self, self)
        self.filters = FilterBar(self)
        self.voting = VotingPanel(self)
        self.voting_round = BoardVoting(store, werkvorm_id, self.voting, self.controller, self)
        self.editing = InPlaceEditing(self.scene, self.view, self.controller, self)
        self.actions = BoardActions(self, self)
        # arrows, Enter and Ctrl+arrows on the wall
        self.keyboard = KeyboardWalk(
            self.scene, self.view, self.controller, self.edit_selected, self
        )
        self.note_list = NoteList(self.keyboard, self.scene, self.view, self)
        self.note_list.editRequested.connect(self.edit_note)
        self.zoom_bar = self.actions.zoom_bar(self)
        self.capture.add_footer_widget(self.zoom_bar)
        self._lay_out()
        self._connect()

        self._count_later = QTimer(self)
        self._count_later.setSingleShot(True)
        self._count_later.setInterval(COUNT_DELAY_MS)
        self._count_later.timeout.connect(self._show_count)
        self._show_atelier()
        self.capture.set_onderdeel(self.werkvorm().onderdeel)
        self.scene.load(store.read(lambda s: board.load_board(s, werkvorm_id)), self._authors())
        self._show_count()
        self._selection_changed()
        self.setFocusProxy(self.capture.field)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filters, 1)
        top.addStretch(0)
        top.addWidget(self.actions.toolbar(self))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.note_list)
        splitter.addWidget(self.view)
        splitter.addWidget(self.voting)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setChildrenCollapsible(False)
        self._splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.capture)

    def _connect(self) -> None:
        self.capture.captured.connect(self._capture)
        self.capture.linesPasted.connect(self._capture_lines)
        self.filters.filterChanged.connect(self._filter_changed)
        self.scene.arrangementMade.connect(self.controller.arrange)
        self.scene.noteActivated.connect(self.edit_note)
        self.scene.clusterTitleActivated.connect(self.rename_cluster)
        self.scene.stackActivated.connect(lambda c: self.controller.set_collapsed(c, False))
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.installEventFilter(self)
        self.voting.noteChosen.connect(self.show_note)
        self.store.boardChanged.connect(self._board_changed)
        self.store.notesChanged.connect(self._notes_changed)
        self.store.atelierChanged.connect(self._atelier_changed)

    # -- what the board shows ---------------------------------------------------------------
    def werkvorm(self) -> WerkvormData:
        return self._atelier.werkvorm(self.werkvorm_id)

    def organisations(self) -> tuple[OrganisationData, ...]:
        return self._atelier.organisations

    def other_werkvormen(self) -> list[tuple[int, WerkvormData]]:
        return [
            (dagdeel.nummer, werkvorm)
            for dagdeel in self._atelier.dagdelen
            for werkvorm in dagdeel.werkvormen
            if werkvorm.id != self.werkvorm_id
        ]

    def open_at_start(self) -> None:
        """Show the wall from its top-left corner at a readable zoom (call once it is shown)."""
        self.view.show_from_top_left(self.scene.itemsBoundingRect())

    # -- capture --------------------------------------------------------------------------
    def _capture(self, text: str) -> None:
        if self.controller.capture(
            [text], self.capture.onderdeel(), self.capture.organisation_id()
        ):
            self.capture.clear_text()

    def _capture_lines(self, lines: Sequence[str]) -> None:
        self.controller.capture(
            list(lines), self.capture.onderdeel(), self.capture.organisation_id()
        )

    # -- editing in place -----------------------------------------------------------------
    def edit_selected(self) -> None:
        notes, clusters = self.scene.selected_notes(), self.scene.selected_clusters()
        if len(notes) == 1:
            self.edit_note(notes[0].note_id)
        elif len(clusters) == 1:
            self.rename_cluster(clusters[0].cluster_id)

    def edit_note(self, note_id: int) -> None:
        self.editing.edit_note(note_id)

    def rename_cluster(self, cluster_id: int) -> None:
        self.editing.rename_cluster(cluster_id)

    @property
    def editor(self) -> InlineEditor | None:
        """The in-place editor that is open now, if any."""
        return self.editing.editor

    # -- selection actions ----------------------------------------------------------------
    def select_all(self) -> None:
        for item in self.scene.notes.values():
            if item.isVisible():
                item.setSelected(True)

    def _selected_ids(self) -> list[int]:
        return [item.note_id for item in self.scene.selected_notes()]

    def delete_selected(self) -> None:
        self.controller.delete(self._selected_ids())

    def duplicate_selected(self) -> None:
        ids = self.controller.duplicate(self._selected_ids())
        self._select(ids)

    def transfer_selected(self, target: int, copy: bool) -> None:
        self.controller.transfer(self._selected_ids(), target, copy)

    def group_selected(self) -> None:
        cluster_id = self.controller.group(self._selected_ids(), self.tr("New cluster"))
        if cluster_id is not None:
            self.scene.clearSelection()
            self.rename_cluster(self.history.cluster_id(cluster_id))

    def ungroup_selected(self) -> None:
        clusters = self.scene.selected_clusters()
        if not clusters:
            found = {n.note.cluster_id for n in self.scene.selected_notes()} - {None}
            clusters = [self.scene.clusters[c] for c in found if c in self.scene.clusters]
        for cluster in clusters:
            self.controller.ungroup(cluster.cluster_id)

    def toggle_collapse_selected(self) -> None:
        for cluster in self.scene.selected_clusters():
            self.controller.set_collapsed(cluster.cluster_id, not cluster.collapsed)

    def rename_selected_cluster(self) -> None:
        clusters = self.scene.selected_clusters()
        if len(clusters) == 1:
            self.rename_cluster(clusters[0].cluster_id)

    def take_selected_out_of_cluster(self) -> None:
        members = [(n.note_id, None) for n in self.scene.selected_notes() if n.note.cluster_id]
        if members:
            self.controller.arrange(Arrangement(memberships=tuple(members)))

    def show_deleted(self) -> None:
        dialog = DeletedNotesDialog(self.store, self.werkvorm_id, self.controller.restore, self)
        dialog.exec()
        dialog.deleteLater()

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def show_note(self, note_id: int) -> None:
        item = self.scene.notes.get(note_id)
        if item is not None:
            self.scene.clearSelection()
            item.setSelected(True)
            self.view.ensureVisible(item, 60, 60)

    def _select(self, note_ids: Sequence[int]) -> None:
        self.scene.clearSelection()
        for note_id in note_ids:
            if note_id in self.scene.notes:
                self.scene.notes[note_id].setSelected(True)

    def _selection_changed(self) -> None:
        notes = self.scene.selected_notes()
        clustered = sum(1 for n in notes if n.note.cluster_id is not None)
        self.actions.update_enabled(len(notes), len(self.scene.selected_clusters()), clustered)

    def _context_menu(self, pos: QPoint) -> None:
        note = self.view.note_at(pos.toPointF())
        if note is not None and not note.isSelected():
            self.scene.clearSelection()
            note.setSelected(True)
        menu = context_menu(self, self.view)
        notes = [item.note_id for item in self.scene.selected_notes()]
        clusters = [item.cluster_id for item in self.scene.selected_clusters()]
        for extend in self.menu_extensions:
            extend(menu, notes, clusters)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # -- voting ---------------------------------------------------------------------------
    def set_list_visible(self, visible: bool) -> None:
        """The wall's notes as a list beside it (for a screen reader), or not."""
        if visible and not self.note_list.isVisible():
            make_room(self._splitter, self.note_list, LIST_WIDTH, self.view)
        self.note_list.setVisible(visible)
        if visible:
            self.note_list.setFocus()

    def set_voting_visible(self, visible: bool) -> None:
        self.voting_round.set_visible(visible, self._splitter, self.actions.voting)

    # -- keeping up with the store ----------------------------------------------------------
    def _board_changed(self, change: BoardChange) -> None:
        if self.werkvorm_id not in change.werkvorm_ids:
            return
        self._applied = True
        self.scene.apply(change)
        if change.voting:  # dots, limits, or notes the ranking shows changed
            self.voting_round.refresh()
        self._update_count()

    def _notes_changed(self, werkvorm_id: int) -> None:
        if werkvorm_id != self.werkvorm_id:
            return
        if self._applied:
            self._applied = False
            return
        self.resync()

    def resync(self) -> None:
        """Re-read the board and update just the notes and clusters that differ."""
        try:
            snapshot = self.store.read(lambda s: board.load_board(s, self.werkvorm_id))
        except NotFound:  # the werkvorm was removed from the programme: its host drops us
            return
        live = {note.id for note in snapshot.notes}
        changed = [
            note
            for note in snapshot.notes
            if note.id not in self.scene.notes or self.scene.notes[note.id].note != note
        ]
        gone = [
            replace(item.note, deleted=True)
            for i, item in self.scene.notes.items()
            if i not in live
        ]
        clusters = {c.id for c in snapshot.clusters}
        self.scene.apply(
            BoardChange(
                (self.werkvorm_id,),
                tuple(changed + gone),
                snapshot.clusters,
                tuple(c for c in self.scene.clusters if c not in clusters),
                snapshot.dots,
                voting=True,
            )
        )
        self.voting_round.refresh()
        self._update_count()

    def _atelier_changed(self, atelier_id: int) -> None:
        if atelier_id != self.history.atelier_id:
            return
        try:
            atelier = self.store.atelier(atelier_id)
            atelier.werkvorm(self.werkvorm_id)
        except (NotFound, KeyError):  # removed: the host drops this board
            return
        self._atelier = atelier
        self._show_atelier()

    def _show_atelier(self) -> None:
        self.capture.set_organisations(self._atelier.organisations)
        self.filters.set_organisations(self._atelier.organisations)
        self.scene.set_authors(self._authors())
        self.voting_round.refresh()

    def _authors(self) -> dict[int, str]:
        return {o.id: o.name for o in self._atelier.organisations}

    def _filter_changed(self) -> None:
        matcher = self.filters.matcher()
        matching = self.scene.set_filter(matcher, self.filters.hide_filtered())
        self.zoom_bar.show_count(
            self.filters.count_text(None if matcher is None else matching, len(self.scene.notes))
        )

    def _update_count(self) -> None:
        """Show the count a moment after a change, once for a burst of changes: the Enter
        that adds a note only draws that note (see COUNT_DELAY_MS)."""
        self._count_later.start()

    def _show_count(self) -> None:
        self._count_later.stop()
        if self.filters.matcher() is None:
            self.zoom_bar.show_count(self.filters.count_text(None, len(self.scene.notes)))
        else:
            self._filter_changed()

    # -- typing on the wall goes to the capture field ---------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            text = event.text()
            plain = event.modifiers() in _TYPING_MODIFIERS
            if plain and text and text.isprintable() and text not in "+-=_ ":
                self.capture.field.setFocus(Qt.FocusReason.OtherFocusReason)
                self.capture.field.insertPlainText(text)
                return True
        return super().eventFilter(watched, event)

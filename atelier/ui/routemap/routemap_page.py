"""The routemap tab of an open atelier: the board (lanes × fasen), the action list, the editors
for mijlpalen, besluitmomenten, risico's and report texts, and beside them the routemap check.

The page reads one snapshot through the store and refreshes from ``routemapChanged`` (and from
``atelierChanged``, since owners are organisations); while hidden it only notes that it is stale.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from atelier.domain.routemap.vocabulary import vocabulary
from atelier.services.errors import NotFound
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.message_bar import MessageBar
from atelier.ui.routemap import choices
from atelier.ui.routemap.action_editor import ActionEditor
from atelier.ui.routemap.action_editors import ActionEditors
from atelier.ui.routemap.action_list import ActionList
from atelier.ui.routemap.action_values import ActionValues
from atelier.ui.routemap.besluitmomenten_editor import BesluitmomentenEditor
from atelier.ui.routemap.card_menu import card_menu
from atelier.ui.routemap.card_walk import CardWalk
from atelier.ui.routemap.checklist_editor import ChecklistEditor
from atelier.ui.routemap.findings_panel import FindingsPanel
from atelier.ui.routemap.mijlpalen_editor import MijlpalenEditor
from atelier.ui.routemap.operations import RoutemapOperations, RoutemapSnapshot
from atelier.ui.routemap.report_texts_editor import ReportTextsEditor
from atelier.ui.routemap.risicos_editor import RisicosEditor
from atelier.ui.routemap.routemap_scene import RoutemapScene
from atelier.ui.routemap.routemap_steps import (
    ActionEdit,
    CardMove,
    action_deleted,
)
from atelier.ui.routemap.routemap_view import RoutemapView
from atelier.ui.store import AtelierStore
from atelier.ui.theme import styled

BOARD, LIST, MIJLPALEN, BESLUITMOMENTEN, RISICOS, TEXTS = range(6)


class RoutemapPage(QWidget):
    def __init__(
        self, store: AtelierStore, history: EditHistory, parent: QWidget | None = None
    ) -> None:
        """``history``: the atelier's undo history, which moves and saves of actions go into."""
        super().__init__(parent)
        self.setObjectName("routemapPage")
        self.store = store
        self.history = history
        self.operations = RoutemapOperations(store, history)
        self.atelier_id: int | None = None
        self._snapshot: RoutemapSnapshot | None = None
        self._stale = False
        self.editors = ActionEditors(self, self)  # the action dialog

        self.toolbar = self._make_toolbar()
        self._make_tabs_and_findings()
        self._connect()
        self.set_atelier(None)

    # -- building ---------------------------------------------------------------------------
    def _make_toolbar(self) -> QHBoxLayout:
        """Lanes, New action (Ctrl+Shift+N), compact cards and a hint, above the tabs."""
        self.lane_set = QComboBox(self)
        self.lane_set.setObjectName("laneSetCombo")
        for lane_set in vocabulary().lane_sets:
            self.lane_set.addItem(lane_set.naam, lane_set.key)
            self.lane_set.setItemData(
                self.lane_set.count() - 1, lane_set.beschrijving, Qt.ItemDataRole.ToolTipRole
            )
        self.lane_set.currentIndexChanged.connect(self._lane_set_chosen)
        self.new_button = QPushButton(self.tr("New action…"), self)
        self.new_button.setObjectName("newActionButton")
        self.new_button.clicked.connect(lambda: self.new_action())
        self.new_button.setToolTip(self.tr("New action (Ctrl+Shift+N)"))
        new_shortcut = QAction(self)
        new_shortcut.setShortcut(QKeySequence("Ctrl+Shift+N"))
        new_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.triggered.connect(lambda: self.new_action())
        self.addAction(new_shortcut)
        self.compact = QCheckBox(self.tr("Compact cards"), self)
        self.compact.setObjectName("compactCheck")
        self.compact.setToolTip(self.tr("Smaller cards, to see more of a big routemap at once"))
        toolbar = QHBoxLayout()
        toolbar.addWidget(QLabel(self.tr("Lanes"), self))
        toolbar.addWidget(self.lane_set)
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.compact)
        hint = QLabel(self.tr("Drag a card to another lane or fase; double-click to edit."), self)
        styled(hint, lambda look: f"color: {look.muted_text};")
        toolbar.addWidget(hint, 1)

        return toolbar

    def _make_tabs_and_findings(self) -> None:
        """The board and the editors as tabs, the findings beside them, the undo bar above."""
        self.scene = RoutemapScene(self)
        self.view = RoutemapView(self.scene, self)
        self.view.setAccessibleName(self.tr("Routemap: the actions per lane and fase"))
        CardWalk(self.scene, self.view, self)  # arrows, Ctrl+arrows, a screen reader's text
        self.action_list = ActionList(self)
        self.mijlpalen = MijlpalenEditor(self.operations, self)
        self.besluitmomenten = BesluitmomentenEditor(self.operations, self)
        self.risicos = RisicosEditor(self.operations, self)
        self.report_texts = ReportTextsEditor(self.operations, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("routemapTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.view, self.tr("Routemap"))
        self.tabs.addTab(self.action_list, self.tr("Actions"))
        self.tabs.addTab(self.mijlpalen, self.tr("Milestones"))
        self.tabs.addTab(self.besluitmomenten, self.tr("Decision moments"))
        self.tabs.addTab(self.risicos, self.tr("Risks"))
        self.tabs.addTab(self.report_texts, self.tr("Report texts"))
        self.checklist = ChecklistEditor(self.store, self.history, self)  # the participatieroute
        self.tabs.addTab(self.checklist, self.tr("Participatieroute"))
        self.findings = FindingsPanel(self)
        self.undo_bar = MessageBar(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.findings)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, 250])
        self.splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        """Scene, view, list and findings to the page; the store's changes to a reload."""
        self.compact.toggled.connect(self.scene.set_compact)
        self.scene.actionMoved.connect(self._moved)
        self.scene.actionActivated.connect(self.open_editor)
        self.scene.cellActivated.connect(self.new_action)
        self.view.deleteRequested.connect(self.delete_action)
        self.view.menuRequested.connect(self._card_menu)
        self.action_list.actionOpened.connect(self.open_editor)
        self.findings.actionChosen.connect(self.show_action)
        self.findings.actionOpened.connect(self.open_editor)
        self.findings.besluitmomentChosen.connect(self._show_besluitmoment)
        self.findings.laneChosen.connect(self._show_lane)
        self.store.routemapChanged.connect(self._changed)
        self.store.editRefused.connect(self.editors.refused)
        self.store.atelierChanged.connect(self._changed)

    # -- the tab protocol (atelier_page.py) -----------------------------------------------------
    def set_atelier(self, atelier_id: int | None) -> None:
        if atelier_id != self.atelier_id:
            self.undo_bar.dismiss()
            self.report_texts.leave()
        if atelier_id != self.atelier_id:
            self.editors.close_keeping_draft()
        self.atelier_id = atelier_id
        if self.isVisible():
            self.reload()
        else:  # read when the tab is shown (or the routemap asked for): opening stays quick
            self._stale = True

    @property
    def snapshot(self) -> RoutemapSnapshot | None:
        """The open atelier's routemap as shown; read now if it changed while hidden."""
        if self._stale:
            self.reload()
        return self._snapshot

    def add_toolbar_action(self, action: QAction) -> QPushButton:
        """A button for ``action`` (e.g. the PDF export) at the end of the toolbar."""
        button = QPushButton(action.text().replace("&", ""), self)
        button.clicked.connect(action.trigger)
        self.toolbar.addWidget(button)
        return button

    # -- refreshing -----------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        snapshot = None
        if self.atelier_id is not None:
            try:
                snapshot = self.operations.snapshot(self.atelier_id)
            except NotFound:
                snapshot = None
        self._snapshot = snapshot
        self.setEnabled(snapshot is not None)
        self.scene.show_snapshot(snapshot, self.view.available_width())
        self.findings.show_findings(list(snapshot.findings) if snapshot else [])
        self.checklist.show_atelier(self.atelier_id if snapshot is not None else None)
        if snapshot is None or self.atelier_id is None:
            return
        self.lane_set.blockSignals(True)
        choices.select_data(self.lane_set, snapshot.lane_set.key)
        self.lane_set.blockSignals(False)
        self.action_list.show_snapshot(snapshot)
        self.mijlpalen.show_snapshot(self.atelier_id, snapshot)
        self.besluitmomenten.show_snapshot(self.atelier_id, snapshot)
        self.risicos.show_snapshot(self.atelier_id, snapshot)
        self.report_texts.show_texts(self.atelier_id, snapshot.routemap.texts)
        if self.isVisible():
            self.editors.offer_draft()

    def _changed(self, atelier_id: int) -> None:
        if atelier_id != self.atelier_id:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
        else:
            self.editors.offer_draft()

    # -- actions --------------------------------------------------------------------------
    def show_action(self, action_id: int) -> bool:
        """Select the action where the user is looking: in the list, else on the board."""
        if self.tabs.currentIndex() == LIST and self.action_list.select_action(action_id):
            return True
        self.tabs.setCurrentIndex(BOARD)
        return self.view.show_action(action_id)

    @property
    def editor(self) -> ActionEditor | None:
        """The action dialog open now, if any."""
        return self.editors.editor

    def open_editor(self, action_id: int, draft: ActionValues | None = None) -> ActionEditor | None:
        return self.editors.open_editor(action_id, draft)

    def new_action(
        self, lane: str | None = None, fase: str | None = None, draft: ActionValues | None = None
    ) -> ActionEditor | None:
        return self.editors.new_action(lane, fase, draft)

    def delete_action(self, action_id: int) -> bool:
        if self.snapshot is None or self.atelier_id is None:
            return False
        action = next((a for a in self.snapshot.routemap.actions if a.id == action_id), None)
        if action is None or not self.confirm(
            self.tr(
                "Delete action {code} “{wat}”? Actions that wait for it lose that link."
            ).format(code=action.code, wat=action.wat)
        ):
            return False
        atelier_id = self.atelier_id
        removed = self.operations.remove(atelier_id, "actie", action_id)
        if removed is None:
            return False
        step = action_deleted(self.operations, atelier_id, action.code, removed)
        self.history.push(atelier_id, step)
        return True

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Routemap"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _moved(self, action_id: int, lane: str, fase: str, place: int) -> None:
        snapshot, atelier_id = self.snapshot, self.atelier_id
        if snapshot is None or atelier_id is None:
            return
        before = next((a for a in snapshot.routemap.actions if a.id == action_id), None)
        if before is None:
            return
        old_lane = before.lane_in(snapshot.lane_set)
        cell = snapshot.diagram.cells.get((old_lane, before.fase), ())
        old_place = next((n for n, card in enumerate(cell) if card.code == before.code), 0)
        if self.operations.move_action(atelier_id, action_id, lane, fase, place) is None:
            return
        step = CardMove(
            self.operations, atelier_id, before, (old_lane, old_place), (lane, fase, place)
        )
        self.history.push(atelier_id, step)
        self.view.show_action(action_id)
        self.undo_bar.show_message(
            self.tr("{code} moved to {lane} · {fase}.").format(
                code=before.code,
                lane=choices.lane_name(snapshot.lane_set, lane),
                fase=choices.fase_name(fase),
            ),
            action=self.tr("&Undo"),
            on_action=lambda: self._undo_if_last(atelier_id, step),
        )

    def _undo_if_last(self, atelier_id: int, step: QUndoCommand) -> None:
        """The message's Undo: takes back its move if nothing was done since (then Ctrl+Z)."""
        stack = self.history.stack_for(atelier_id)
        if stack.index() > 0 and stack.command(stack.index() - 1) is step:
            stack.undo()

    def _card_menu(self, action_id: int, position: QPoint) -> None:
        scene_point = self.view.mapToScene(self.view.viewport().mapFromGlobal(position))
        menu = card_menu(self, self, action_id, self.scene.cell_at(scene_point))
        menu.popup(position)

    def set_status(self, action_id: int, status: str) -> None:
        if self.atelier_id is None or self.snapshot is None:
            return
        atelier_id, lane_set = self.atelier_id, self.snapshot.lane_set
        seen = next((a for a in self.snapshot.routemap.actions if a.id == action_id), None)
        if seen is None or seen.status == status:
            return
        before = ActionValues.of(seen, lane_set)
        after = replace(before, status=status)
        saved = self.operations.save_values(atelier_id, lane_set, action_id, after, before, seen)
        if saved is not None:
            step = ActionEdit(self.operations, atelier_id, lane_set, saved, before, after)
            self.history.push(atelier_id, step)

    def _lane_set_chosen(self) -> None:
        key = self.lane_set.currentData()
        if self.atelier_id is not None and self.snapshot and key != self.snapshot.lane_set.key:
            self.operations.set_lane_set(self.atelier_id, key)

    def _show_besluitmoment(self, besluitmoment_id: int) -> None:
        self.tabs.setCurrentIndex(BESLUITMOMENTEN)
        self.besluitmomenten.select(besluitmoment_id)

    def _show_lane(self, lane: str) -> None:
        self.tabs.setCurrentIndex(BOARD)
        if lane in self.scene.lanes:
            rect = self.scene.cell_rect(lane, self.scene.fasen[0])
            self.view.ensureVisible(rect, 10, 40)

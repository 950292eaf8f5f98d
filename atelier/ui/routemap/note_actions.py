"""“Maak actie van notitie” and “Maak actie van cluster”: one step from the wall to the
routemap, keeping where the action came from (the notes, cluster and werkvorm).

The board calls ``add_to_menu`` while it builds its right-click menu (see
``BoardHost.menu_extensions``); the entries act on the selection the menu was built for.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from atelier.domain.routemap.records import ActionData
from atelier.ui.store import AtelierStore


class NoteToAction(QObject):
    actionCreated = Signal(object)  # the new ActionData

    def __init__(self, store: AtelierStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.note_action = QAction(self.tr("Make action from note"), self)
        self.note_action.setObjectName("makeActionFromNote")
        self.note_action.triggered.connect(lambda: self.from_notes(self._note_ids))
        self.cluster_action = QAction(self.tr("Make action from cluster"), self)
        self.cluster_action.setObjectName("makeActionFromCluster")
        self.cluster_action.triggered.connect(self._cluster_triggered)
        self._note_ids: list[int] = []
        self._cluster_id: int | None = None

    def add_to_menu(
        self, menu: QMenu, note_ids: Sequence[int], cluster_ids: Sequence[int] = ()
    ) -> None:
        """Add the entries that fit this selection to a menu being built."""
        self._note_ids = list(note_ids)
        self._cluster_id = cluster_ids[0] if len(cluster_ids) == 1 else None
        count = len(self._note_ids)
        self.note_action.setText(
            self.tr("Make action from note")
            if count <= 1
            else self.tr("Make one action from %n note(s)", "", count)
        )
        if count or self._cluster_id is not None:
            menu.addSeparator()
        if count:
            menu.addAction(self.note_action)
        if self._cluster_id is not None:
            menu.addAction(self.cluster_action)

    def from_notes(self, note_ids: Sequence[int]) -> ActionData | None:
        if not note_ids:
            return None
        action = self.store.create_action_from_notes(list(note_ids))
        if action is not None:
            self.actionCreated.emit(action)
        return action

    def from_cluster(self, cluster_id: int) -> ActionData | None:
        action = self.store.create_action_from_cluster(cluster_id)
        if action is not None:
            self.actionCreated.emit(action)
        return action

    def _cluster_triggered(self) -> None:
        if self._cluster_id is not None:
            self.from_cluster(self._cluster_id)

"""“Maak actie van notitie” and “Maak actie van cluster”: one step from the wall to the
routemap, keeping where the action came from (the notes, cluster and werkvorm).

Views add the two QActions to their context menu. A view with a fixed selection source calls
``follow(notes=…, cluster=…)`` once; a menu built per right-click calls ``add_to_menu``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from atelier.domain.routemap_records import ActionData
from atelier.ui.store import AtelierStore


class NoteToAction(QObject):
    actionCreated = Signal(object)  # the new ActionData

    def __init__(self, store: AtelierStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.note_action = QAction(self.tr("Make action from note"), self)
        self.note_action.setObjectName("makeActionFromNote")
        self.note_action.triggered.connect(lambda: self.from_notes(self._notes()))
        self.cluster_action = QAction(self.tr("Make action from cluster"), self)
        self.cluster_action.setObjectName("makeActionFromCluster")
        self.cluster_action.triggered.connect(self._cluster_triggered)
        self._notes: Callable[[], list[int]] = list
        self._cluster: Callable[[], int | None] = lambda: None

    def follow(
        self,
        notes: Callable[[], Sequence[int]] | None = None,
        cluster: Callable[[], int | None] | None = None,
    ) -> None:
        """Take the selection from these callables whenever an action is triggered."""
        if notes is not None:
            self._notes = lambda: list(notes())
        if cluster is not None:
            self._cluster = cluster

    def update_enabled(self) -> None:
        count = len(self._notes())
        self.note_action.setEnabled(count > 0)
        self.note_action.setText(
            self.tr("Make action from note")
            if count <= 1
            else self.tr("Make one action from %n note(s)", "", count)
        )
        self.cluster_action.setEnabled(self._cluster() is not None)

    def add_to_menu(
        self, menu: QMenu, note_ids: Sequence[int], cluster_ids: Sequence[int] = ()
    ) -> None:
        """Add the actions that fit this selection to a menu being built."""
        chosen = list(note_ids)
        self.follow(
            notes=lambda: chosen,
            cluster=lambda: cluster_ids[0] if len(cluster_ids) == 1 else None,
        )
        self.update_enabled()
        if chosen or len(cluster_ids) == 1:
            menu.addSeparator()
        if chosen:
            menu.addAction(self.note_action)
        if len(cluster_ids) == 1:
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
        cluster_id = self._cluster()
        if cluster_id is not None:
            self.from_cluster(cluster_id)

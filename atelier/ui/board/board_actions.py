"""The board's commands as QActions, with their keys, for the toolbar and the context menu.

Keys that edit the selection (F2, Delete, Ctrl+A) work while the wall has the focus, so they
never fight the capture field; the others work anywhere on the board.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from atelier.ui.board.board_view import BoardView
from atelier.ui.board.zoom_bar import ZoomBar
from atelier.ui.key_names import key_text


class BoardCommands(Protocol):
    """What the actions do: the board (``BoardWidget``) they belong to."""

    view: BoardView

    def edit_selected(self) -> None: ...
    def delete_selected(self) -> None: ...
    def select_all(self) -> None: ...
    def duplicate_selected(self) -> None: ...
    def group_selected(self) -> None: ...
    def ungroup_selected(self) -> None: ...
    def toggle_collapse_selected(self) -> None: ...
    def rename_selected_cluster(self) -> None: ...
    def take_selected_out_of_cluster(self) -> None: ...
    def focus_search(self) -> None: ...
    def set_voting_visible(self, visible: bool) -> None: ...
    def set_list_visible(self, visible: bool) -> None: ...
    def show_deleted(self) -> None: ...


class BoardActions(QObject):
    def __init__(self, board: BoardCommands, parent: QWidget) -> None:
        super().__init__(parent)
        self.board = board
        view = board.view
        self.edit = self._make(self.tr("&Edit note"), board.edit_selected, ["F2"], view)
        self.delete = self._make(
            self.tr("&Delete"), board.delete_selected, [QKeySequence.StandardKey.Delete], view
        )
        self.select_all = self._make(
            self.tr("Select &all"), board.select_all, [QKeySequence.StandardKey.SelectAll], view
        )
        self.duplicate = self._make(self.tr("D&uplicate"), board.duplicate_selected, ["Ctrl+D"])
        self.group = self._make(self.tr("&Group into a cluster"), board.group_selected, ["Ctrl+G"])
        self.ungroup = self._make(
            self.tr("&Ungroup cluster"), board.ungroup_selected, ["Ctrl+Shift+G"]
        )
        self.collapse = self._make(
            self.tr("Collapse or e&xpand cluster"), board.toggle_collapse_selected, ["Ctrl+Shift+K"]
        )
        self.rename = self._make(self.tr("&Rename cluster"), board.rename_selected_cluster, [])
        self.leave_cluster = self._make(
            self.tr("Take out of the cluster"), board.take_selected_out_of_cluster, []
        )
        self.zoom_in = self._make(
            self.tr("Zoom in"), lambda: view.zoom_by(1.25), ["Ctrl++", "Ctrl+="]
        )
        self.zoom_out = self._make(self.tr("Zoom out"), lambda: view.zoom_by(0.8), ["Ctrl+-"])
        self.fit = self._make(self.tr("Fit all"), view.fit_all, ["Ctrl+0"])
        self.search = self._make(self.tr("Search"), board.focus_search, ["Ctrl+F"])
        self.voting = QAction(self.tr("Dot voting"), parent)
        self.voting.setObjectName("votingToggle")
        self.voting.setCheckable(True)
        self.voting.toggled.connect(board.set_voting_visible)
        self.as_list = QAction(self.tr("Notes as a list"), parent)
        self.as_list.setObjectName("noteListToggle")
        self.as_list.setCheckable(True)
        self.as_list.setShortcut(QKeySequence("Ctrl+L"))
        self.as_list.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.as_list.setToolTip(
            self.tr("The notes as a list a screen reader can go through ({keys})").format(
                keys=key_text(self.as_list.shortcut())
            )
        )
        self.as_list.toggled.connect(board.set_list_visible)
        parent.addAction(self.as_list)
        self.deleted = self._make(self.tr("Deleted notes…"), board.show_deleted, [])
        for action, short in (
            (self.zoom_out, "−"),
            (self.zoom_in, "+"),
            (self.fit, self.tr("Fit")),
            (self.group, self.tr("Group")),
            (self.ungroup, self.tr("Ungroup")),
            (self.collapse, self.tr("Collapse")),
            (self.voting, self.tr("Voting")),
            (self.as_list, self.tr("List")),
            (self.deleted, self.tr("Deleted…")),
        ):
            action.setIconText(short)

    def toolbar(self, parent: QWidget) -> QToolBar:
        bar = QToolBar(parent)
        bar.setObjectName("boardToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.group)
        bar.addAction(self.ungroup)
        bar.addAction(self.collapse)
        bar.addSeparator()
        bar.addAction(self.voting)
        bar.addAction(self.as_list)
        bar.addAction(self.deleted)
        return bar

    def zoom_bar(self, parent: QWidget) -> ZoomBar:
        bar = ZoomBar(self.zoom_out, self.zoom_in, self.fit, parent)
        self.board.view.zoomChanged.connect(bar.show_zoom)
        return bar

    def update_enabled(self, notes: int, clusters: int, clustered_notes: int) -> None:
        self.edit.setEnabled(notes == 1 or clusters == 1)
        self.delete.setEnabled(notes > 0)
        self.duplicate.setEnabled(notes > 0)
        self.group.setEnabled(notes > 0)
        self.leave_cluster.setEnabled(clustered_notes > 0)
        self.ungroup.setEnabled(clusters > 0 or clustered_notes > 0)
        self.collapse.setEnabled(clusters > 0)
        self.rename.setEnabled(clusters == 1)

    def _make(
        self,
        text: str,
        slot: Callable[[], object],
        keys: list[str | QKeySequence.StandardKey],
        scope: QWidget | None = None,
    ) -> QAction:
        action = QAction(text, self.board)
        action.setShortcuts([QKeySequence(key) for key in keys])
        if keys:
            action.setToolTip(f"{text.replace('&', '')} ({key_text(action.shortcut())})")
        action.triggered.connect(lambda _checked=False: slot())
        owner = scope or self.board
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
            if scope is not None
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        owner.addAction(action)
        return action

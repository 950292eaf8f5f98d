"""The wall as a list: every visible note in the keyboard walk's reading order, one item each,
saying its text, onderdeel, author and dots.

The wall's notes are drawn items, not widgets, so a screen reader cannot visit them one by one;
in this list it can (and anyone who prefers a list can read the wall here). Choosing an item
selects its note on the wall and shows it; selecting on the wall chooses the item; Enter or F2
edits the note. The list follows the wall while it is shown (Ctrl+L, or the toolbar's "Lijst").
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from atelier.ui.board.board_scene import BoardScene
from atelier.ui.board.board_view import BoardView
from atelier.ui.board.keyboard_walk import KeyboardWalk

NOTE_ID = Qt.ItemDataRole.UserRole
FOLLOW_MS = 150  # the list catches up with the wall this long after it last changed


class NoteList(QListWidget):
    editRequested = Signal(int)  # a note id

    def __init__(
        self, walk: KeyboardWalk, scene: BoardScene, view: BoardView, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteList")
        self.setAccessibleName(self.tr("Notes on the wall"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setAlternatingRowColors(True)
        self.setMinimumWidth(220)
        self._walk, self._scene, self._view = walk, scene, view
        self._choosing = False  # the list is selecting on the wall: do not echo it back
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(FOLLOW_MS)
        self._later.timeout.connect(self.refresh)
        scene.changed.connect(self._wall_changed)
        scene.selectionChanged.connect(self._wall_selection)
        self.itemSelectionChanged.connect(self._chosen)
        self.hide()

    def refresh(self) -> None:
        """The wall's notes now, in reading order; the same notes stay chosen."""
        if not (shiboken6.isValid(self._scene) and self.isVisible()):
            return
        lines = [(i.note_id, self._walk.note_description(i)) for i in self._walk.reading_order()]
        if lines == self._lines():
            return
        self.blockSignals(True)
        self.clear()
        for note_id, text in lines:
            item = QListWidgetItem(text, self)
            item.setData(NOTE_ID, note_id)
        self.blockSignals(False)
        self._wall_selection()

    def note_ids(self) -> list[int]:
        return [int(self.item(row).data(NOTE_ID)) for row in range(self.count())]

    def _lines(self) -> list[tuple[int, str]]:
        return [
            (int(self.item(row).data(NOTE_ID)), self.item(row).text())
            for row in range(self.count())
        ]

    def _wall_changed(self) -> None:
        if self.isVisible():
            self._later.start()

    def _wall_selection(self) -> None:
        if self._choosing or not shiboken6.isValid(self._scene):
            return
        chosen = {item.note_id for item in self._scene.selected_notes()}
        self.blockSignals(True)
        current = None
        for row in range(self.count()):
            item = self.item(row)
            item.setSelected(int(item.data(NOTE_ID)) in chosen)
            if current is None and item.isSelected():
                current = item
        if current is not None:
            self.setCurrentItem(current, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollToItem(current)
        self.blockSignals(False)

    def _chosen(self) -> None:
        """Items chosen here: the same notes selected on the wall, the first one shown."""
        chosen = {int(item.data(NOTE_ID)) for item in self.selectedItems()}
        self._choosing = True
        try:
            self._scene.clearSelection()
            for note_id in chosen:
                note = self._scene.notes.get(note_id)
                if note is not None:
                    note.setSelected(True)
        finally:
            self._choosing = False
        current = self.currentItem()
        note = self._scene.notes.get(int(current.data(NOTE_ID))) if current else None
        if note is not None:
            self._view.ensureVisible(note, 20, 20)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and current:
            self.editRequested.emit(int(current.data(NOTE_ID)))
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

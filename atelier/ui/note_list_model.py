"""A list model over one werkvorm's notes; editing a note's text goes through the store."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from atelier.domain.records import NoteData
from atelier.ui.look import local_time, onderdeel_name
from atelier.ui.store import AtelierStore

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole
ONDERDEEL_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class NoteListModel(QAbstractListModel):
    def __init__(self, store: AtelierStore, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.store = store
        self._notes: list[NoteData] = []

    def set_notes(self, notes: list[NoteData]) -> None:
        """Show ``notes``; when only their content changed, rows update in place (an open
        editor, the selection and the scroll position survive)."""
        notes = list(notes)
        if [n.id for n in notes] == [n.id for n in self._notes]:
            self._notes = notes
            if notes:
                self.dataChanged.emit(self.index(0), self.index(len(notes) - 1))
            return
        self.beginResetModel()
        self._notes = notes
        self.endResetModel()

    def note(self, row: int) -> NoteData:
        return self._notes[row]

    def notes(self) -> list[NoteData]:
        return list(self._notes)

    def row_of(self, note_id: int) -> int | None:
        for row, note in enumerate(self._notes):
            if note.id == note_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        note = self._notes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return note.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{onderdeel} · added {moment}").format(
                onderdeel=onderdeel_name(note.onderdeel),
                moment=local_time(note.created_at),
            )
        if role == NOTE_ID_ROLE:
            return note.id
        if role == ONDERDEEL_ROLE:
            return note.onderdeel
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        note = self._notes[index.row()]
        text = str(value)
        if text == note.text:
            return True
        if not text.strip():
            return False  # an emptied note keeps its text; deleting is a separate, undoable step
        return self.store.edit_note(note, text=text) is not None

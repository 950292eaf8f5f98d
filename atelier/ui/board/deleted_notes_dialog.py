"""The notes deleted from one werkvorm's board, newest first, each one restorable.

Restoring goes through ``restore(note_ids)`` (the board's controller), so it is a step in the
undo history like every other board action.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from atelier.ui.look import local_time, onderdeel_icon
from atelier.ui.store import AtelierStore

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole


class DeletedNotesDialog(QDialog):
    def __init__(
        self,
        store: AtelierStore,
        werkvorm_id: int,
        restore: Callable[[Sequence[int]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.werkvorm_id = werkvorm_id
        self._restore = restore
        self.setWindowTitle(self.tr("Deleted notes"))
        self.resize(560, 420)
        intro = QLabel(
            self.tr("Notes deleted from this werkvorm, newest first. Select notes to restore."),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("deletedNotes")
        self.list.setAccessibleName(self.tr("Deleted notes"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        self.empty = QLabel(self.tr("There are no deleted notes."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        store.notesChanged.connect(self._notes_changed)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for note in self.store.deleted_notes(self.werkvorm_id):
            item = QListWidgetItem(onderdeel_icon(note.onderdeel), note.text)
            item.setData(NOTE_ID_ROLE, note.id)
            item.setToolTip(self.tr("Deleted {moment}").format(moment=local_time(note.updated_at)))
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def restore_selected(self) -> None:
        note_ids = [item.data(NOTE_ID_ROLE) for item in self.list.selectedItems()]
        if note_ids:
            self._restore(note_ids)

    def _notes_changed(self, werkvorm_id: int) -> None:
        if werkvorm_id == self.werkvorm_id:
            self.refresh()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

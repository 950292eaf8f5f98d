"""The simple note view of a werkvorm: type + Enter adds, F2 edits, Delete deletes (undoable).

This is the foundation's stand-in for the sticky-note board; the board replaces it through
``AtelierPage.set_werkvorm_view_factory`` (see ``atelier_page.py``). Like any werkvorm view it
implements ``show_werkvorm(werkvorm_id | None)``; ``selected_note_ids()`` and
``add_context_actions(actions)`` let other features (routemap) act on the selected notes.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from atelier.domain.records import NoteData
from atelier.services.notes import MAX_NOTE_TEXT
from atelier.ui.deleted_notes_dialog import DeletedNotesDialog
from atelier.ui.look import MUTED_TEXT
from atelier.ui.message_bar import MessageBar
from atelier.ui.note_item_delegate import NoteItemDelegate
from atelier.ui.note_list_model import NoteListModel
from atelier.ui.store import AtelierStore


class NoteListView(QWidget):
    def __init__(self, store: AtelierStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.werkvorm_id: int | None = None
        self.entry = QLineEdit(self)
        self.entry.setObjectName("noteEntry")
        self.entry.setMaxLength(MAX_NOTE_TEXT)
        self.entry.setPlaceholderText(self.tr("Type a note and press Enter"))
        self.entry.setClearButtonEnabled(True)
        self.entry.setMinimumHeight(34)
        self.entry.returnPressed.connect(self.add_typed_note)

        self.model = NoteListModel(store, self)
        self.list = QListView(self)
        self.list.setObjectName("noteList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(NoteItemDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setStyleSheet("#noteList { background: #F4F5F7; }")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.edit_action = QAction(self.tr("&Edit note"), self.list)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self.edit_current)
        self.delete_action = QAction(self.tr("&Delete"), self.list)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.list.addActions([self.edit_action, self.delete_action])
        self.list.selectionModel().selectionChanged.connect(self._update_actions)

        self.count = QLabel(self)
        self.count.setStyleSheet(f"color: {MUTED_TEXT};")
        edit_button = QPushButton(self.tr("Edit"), self)
        edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.deleted_button = QPushButton(self.tr("Deleted notes…"), self)
        self.deleted_button.clicked.connect(self.show_deleted)
        self._edit_button = edit_button
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(edit_button)
        footer.addWidget(self.delete_button)
        footer.addWidget(self.deleted_button)
        self.undo_bar = MessageBar(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.undo_bar)
        layout.addLayout(footer)
        self.setFocusProxy(self.entry)
        store.notesChanged.connect(self._notes_changed)
        self.show_werkvorm(None)

    # -- the werkvorm view protocol -------------------------------------------------------
    def show_werkvorm(self, werkvorm_id: int | None) -> None:
        if werkvorm_id != self.werkvorm_id:
            self.undo_bar.dismiss()
        self.werkvorm_id = werkvorm_id
        self.entry.setEnabled(werkvorm_id is not None)
        self.reload()

    # -- seam: other features' entries in the notes' right-click menu ------------------------
    def selected_note_ids(self) -> list[int]:
        return [self.model.note(index.row()).id for index in self._selected_rows()]

    def add_context_actions(self, actions: list[QAction]) -> None:
        """Add ``actions`` (e.g. "Maak actie van notitie") below the notes' own entries."""
        separator = QAction(self.list)
        separator.setSeparator(True)
        self.list.addActions([separator, *actions])

    # -- user actions ---------------------------------------------------------------------
    def add_typed_note(self) -> None:
        text = self.entry.text()
        if self.werkvorm_id is None or not text.strip():
            return
        note = self.store.add_note(self.werkvorm_id, text)
        if note is not None:  # on failure the text stays, so nothing typed is lost
            self.entry.clear()
            row = self.model.row_of(note.id)
            if row is not None:
                self.list.scrollTo(self.model.index(row))

    def edit_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.list.edit(index)

    def delete_selected(self) -> None:
        chosen = [self.model.note(index.row()) for index in self._selected_rows()]
        deleted = [note for note in chosen if self.store.delete_note(note) is not None]
        if not deleted:
            return
        self.undo_bar.show_message(
            self.tr("%n note(s) deleted.", "", len(deleted)),
            action=self.tr("&Undo"),
            on_action=lambda: self._restore(deleted),
        )

    def show_deleted(self) -> None:
        if self.werkvorm_id is None:
            return
        dialog = DeletedNotesDialog(self.store, self.werkvorm_id, self)
        dialog.exec()

    # -- refreshing -----------------------------------------------------------------------
    def reload(self) -> None:
        notes = self.store.notes(self.werkvorm_id) if self.werkvorm_id is not None else []
        current = self.list.currentIndex()
        current_id = self.model.note(current.row()).id if current.isValid() else None
        self.model.set_notes(notes)
        if current_id is not None and (row := self.model.row_of(current_id)) is not None:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self.count.setText(self.tr("%n note(s)", "", len(notes)))
        has_deleted = self.werkvorm_id is not None and bool(
            self.store.deleted_notes(self.werkvorm_id)
        )
        self.deleted_button.setEnabled(has_deleted)
        self._update_actions()

    def _notes_changed(self, werkvorm_id: int) -> None:
        if werkvorm_id == self.werkvorm_id:
            self.reload()

    def _restore(self, notes: list[NoteData]) -> None:
        for note in notes:
            if self.store.restore_note(note) is None:
                return

    def _selected_rows(self) -> list:
        return sorted(self.list.selectionModel().selectedRows(), key=lambda index: index.row())

    def _update_actions(self) -> None:
        has_selection = bool(self._selected_rows())
        for widget in (self.delete_button, self.delete_action):
            widget.setEnabled(has_selection)
        has_current = self.list.currentIndex().isValid()
        self._edit_button.setEnabled(has_current)
        self.edit_action.setEnabled(has_current)

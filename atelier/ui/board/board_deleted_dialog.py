"""The deleted notes of a board; restoring from here is a step in the undo history."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from atelier.ui.deleted_notes_dialog import NOTE_ROLE, DeletedNotesDialog
from atelier.ui.store import AtelierStore


class BoardDeletedNotesDialog(DeletedNotesDialog):
    def __init__(
        self,
        store: AtelierStore,
        werkvorm_id: int,
        restore: Callable[[Sequence[int]], bool],
        parent: QWidget | None = None,
    ) -> None:
        self._restore = restore
        super().__init__(store, werkvorm_id, parent)

    def restore_selected(self) -> None:
        note_ids = [item.data(NOTE_ROLE).id for item in self.list.selectedItems()]
        if note_ids:
            self._restore(note_ids)

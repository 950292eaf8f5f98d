"""One undo history per open atelier, shared by every screen: Bewerken → Ongedaan maken takes
back the last edit wherever it was made (a note on the board, the intake's title, a werkvorm's
question, a routemap card moved), and names it in the menu.

Each step did its work in a committed transaction before it was put on the stack, and each
undo or redo is one more, so undo never costs data and a crash never costs what undo did.
Opening another atelier starts an empty history.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack


class EditHistory(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._group = QUndoGroup(self)
        self._stack: QUndoStack | None = None
        self._atelier_id: int | None = None
        self._shown: tuple[bool, str, bool, str] | None = None
        self.undo_action = self._action(self.tr("&Undo"), QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("&Redo"), QKeySequence.StandardKey.Redo)
        self.undo_action.triggered.connect(self._group.undo)
        self.redo_action.triggered.connect(self._group.redo)
        self._group.canUndoChanged.connect(lambda _can: self._update_actions())
        self._group.canRedoChanged.connect(lambda _can: self._update_actions())
        self._group.undoTextChanged.connect(lambda _text: self._update_actions())
        self._group.redoTextChanged.connect(lambda _text: self._update_actions())
        self._update_actions()

    def stack_for(self, atelier_id: int) -> QUndoStack:
        """The steps of ``atelier_id``; a new, empty list when another atelier was open."""
        if self._stack is None or self._atelier_id != atelier_id:
            if self._stack is not None:
                self._group.removeStack(self._stack)
                self._stack.deleteLater()
            self._stack = QUndoStack(self)
            self._atelier_id = atelier_id
            self._group.addStack(self._stack)
            self._group.setActiveStack(self._stack)
        return self._stack

    def push(self, atelier_id: int, step: QUndoCommand) -> None:
        """Keep ``step`` (already done and saved) as the newest step of ``atelier_id``."""
        self.stack_for(atelier_id).push(step)

    def _action(self, text: str, key: QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        keys = QKeySequence.keyBindings(key)
        if key == QKeySequence.StandardKey.Redo:  # both habits, on every platform
            keys += [
                k for k in (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")) if k not in keys
            ]
        action.setShortcuts(keys)
        action.setProperty("plainText", text)
        return action

    def _update_actions(self) -> None:
        """The menu says which step it takes back or does again ("Ongedaan maken: Titel")."""
        # Called four times per step (each of the group's signals): only a change costs.
        state = (
            self._group.canUndo(),
            self._group.undoText(),
            self._group.canRedo(),
            self._group.redoText(),
        )
        if state == self._shown:
            return
        self._shown = state
        can_undo, undo_text, can_redo, redo_text = state
        for action, can, step in (
            (self.undo_action, can_undo, undo_text),
            (self.redo_action, can_redo, redo_text),
        ):
            action.setEnabled(can)
            base = action.property("plainText")
            action.setText(f"{base}: {step.replace('&', '&&')}" if can and step else base)

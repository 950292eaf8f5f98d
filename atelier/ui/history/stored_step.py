"""The shape every step of the atelier's history shares: it was stored before it was kept, so
the stack's first redo has nothing to do; undo and redo store again, and a step that cannot be
stored (a colleague changed the data, the disk is full: the store said why) is dropped.

A ``MergingStep`` also takes the next step on the same ``place`` into itself (typing saved at
each pause is one step), and goes when that brings its value back to where it started.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtGui import QUndoCommand


class StoredStep(QUndoCommand):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._stored = True  # pushed once stored

    def redo(self) -> None:
        if self._stored:
            self._stored = False
            return
        self.setObsolete(not self.store_forward())

    def undo(self) -> None:
        self.setObsolete(not self.store_back())

    def store_forward(self) -> bool:
        """Store the step's change again; False when it could not be."""
        raise NotImplementedError

    def store_back(self) -> bool:
        """Store what was there before the step; False when it could not be."""
        raise NotImplementedError


class MergingStep(StoredStep):
    MERGE_ID = 0x53544550  # "STEP": a subclass sets its own, so only its kind merge

    def __init__(self, name: str, place: Hashable, before: object, after: object) -> None:
        super().__init__(name)
        self.place = place
        self.before = before
        self.after = after

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if type(other) is not type(self) or other.place != self.place:  # type: ignore[attr-defined]
            return False
        assert isinstance(other, MergingStep)
        self.after = other.after
        self.absorb(other)
        self.setObsolete(self.after == self.before)  # back to what it was: no step
        return True

    def absorb(self, other: MergingStep) -> None:
        """Take over what else ``other`` (the later step) knows; nothing by default."""

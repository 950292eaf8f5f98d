"""The routemap's edits as steps of the atelier's undo history (ui/history): a card moved on
the board, an action's fields saved (its editor, or the status from the card's menu), a field
of a mijlpaal, besluitmoment or risico.

Like every step, each was stored before it was kept, and its undo and redo are stored at once;
one that cannot be (a colleague changed the action meanwhile, the disk is full) is dropped,
with the store's message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from atelier.domain.routemap.records import ActionData
from atelier.domain.routemap.vocabulary import LaneSet
from atelier.ui.routemap.action_values import ActionValues
from atelier.ui.routemap.operations import RoutemapOperations

ACTION_EDIT_ID = 0x41454454  # "AEDT": saves of the same action one after another merge
ITEM_EDIT_ID = 0x49454454  # "IEDT": saves of the same item's field one after another merge


class CardMove(QUndoCommand):
    """A card dragged to another lane, fase or place."""

    def __init__(
        self,
        operations: RoutemapOperations,
        atelier_id: int,
        before: ActionData,
        was: tuple[str, int],
        now: tuple[str, str, int],
    ) -> None:
        """``was``: its lane and place before; ``now``: its lane, fase and place after."""
        super().__init__(
            QCoreApplication.translate("RoutemapSteps", "Move {code}").format(code=before.code)
        )
        self._operations = operations
        self._atelier_id = atelier_id
        self._before = before
        self._was = was
        self._now = now
        self._saved = True  # kept once stored: the first redo has nothing to do

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        lane, fase, place = self._now
        moved = self._operations.move_action(self._atelier_id, self._before.id, lane, fase, place)
        self.setObsolete(moved is None)

    def undo(self) -> None:
        lane, place = self._was
        back = self._operations.put_back(self._atelier_id, self._before, lane, place)
        self.setObsolete(not back)


class ActionEdit(QUndoCommand):
    """An action's fields saved: undo saves the values it had, redo the new ones again."""

    def __init__(
        self,
        operations: RoutemapOperations,
        atelier_id: int,
        lane_set: LaneSet,
        saved: ActionData,
        before: ActionValues,
        after: ActionValues,
    ) -> None:
        """``saved``: the action as the save left it; ``before``, ``after``: its values."""
        super().__init__(
            QCoreApplication.translate("RoutemapSteps", "Edit {code}").format(code=saved.code)
        )
        self._operations = operations
        self._atelier_id = atelier_id
        self._lane_set = lane_set
        self.current = saved
        self.before = before
        self.after = after
        self._saved = True

    def id(self) -> int:
        return ACTION_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ActionEdit) or other.current.id != self.current.id:
            return False
        self.after, self.current = other.after, other.current
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._store(self.after, self.before)

    def undo(self) -> None:
        self._store(self.before, self.after)

    def _store(self, values: ActionValues, shown: ActionValues) -> None:
        stored = self._operations.save_values(
            self._atelier_id, self._lane_set, self.current.id, values, shown, self.current
        )
        if stored is None:
            self.setObsolete(True)
        else:
            self.current = stored


class ItemEdit(QUndoCommand):
    """One field of a mijlpaal, besluitmoment or risico saved (typing: one step per field)."""

    def __init__(
        self,
        operations: RoutemapOperations,
        atelier_id: int,
        kind: str,
        saved: Any,
        change: tuple[str, object, object],
        name: str,
    ) -> None:
        """``saved``: the item as the save left it; ``change``: field, before and after."""
        super().__init__(
            QCoreApplication.translate("RoutemapSteps", "Edit {code}").format(code=name)
        )
        self._operations = operations
        self._atelier_id = atelier_id
        self.kind = kind
        self.current = saved
        self.field, self.before, self.after = change
        self._saved = True

    def id(self) -> int:
        return ITEM_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ItemEdit) or (other.kind, other.current.id, other.field) != (
            self.kind,
            self.current.id,
            self.field,
        ):
            return False
        self.after, self.current = other.after, other.current
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._store(self.after)

    def undo(self) -> None:
        self._store(self.before)

    def _store(self, value: object) -> None:
        stored = self._operations.update_item(
            self._atelier_id, self.kind, self.current.id, self.current, **{self.field: value}
        )
        if stored is None:
            self.setObsolete(True)
        else:
            self.current = stored

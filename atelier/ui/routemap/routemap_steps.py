"""The routemap's edits as steps of the atelier's undo history (ui/history): a card moved on
the board, an action's fields saved (its editor, or the status from the card's menu), a field
of a mijlpaal, besluitmoment or risico, a report text; an action, mijlpaal, besluitmoment or
risico made or deleted.

Like every step, each was stored before it was kept, and its undo and redo are stored at once;
one that cannot be (a colleague changed the action meanwhile, the disk is full) is dropped,
with the store's message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from atelier.domain.routemap.records import ActionData, ReportTexts
from atelier.domain.routemap.vocabulary import LaneSet
from atelier.storage.removal import RemovedRow
from atelier.ui.history.field_edit import step_name
from atelier.ui.history.presence import BringBack, Creation, Deletion, TakeAway
from atelier.ui.history.stored_step import MergingStep, StoredStep
from atelier.ui.routemap.action_values import ActionValues
from atelier.ui.routemap.operations import RoutemapOperations


class CardMove(StoredStep):
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

    def store_forward(self) -> bool:
        lane, fase, place = self._now
        moved = self._operations.move_action(self._atelier_id, self._before.id, lane, fase, place)
        return moved is not None

    def store_back(self) -> bool:
        lane, place = self._was
        return self._operations.put_back(self._atelier_id, self._before, lane, place)


class ActionEdit(MergingStep):
    """An action's fields saved: undo saves the values it had, redo the new ones again."""

    MERGE_ID = 0x41454454  # "AEDT": saves of the same action one after another merge

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
            QCoreApplication.translate("RoutemapSteps", "Edit {code}").format(code=saved.code),
            saved.id,
            before,
            after,
        )
        self._operations = operations
        self._atelier_id = atelier_id
        self._lane_set = lane_set
        self.current = saved

    def absorb(self, other: MergingStep) -> None:
        assert isinstance(other, ActionEdit)
        self.current = other.current

    def store_forward(self) -> bool:
        return self._store(self.after, self.before)

    def store_back(self) -> bool:
        return self._store(self.before, self.after)

    def _store(self, values: object, shown: object) -> bool:
        assert isinstance(values, ActionValues) and isinstance(shown, ActionValues)
        stored = self._operations.save_values(
            self._atelier_id, self._lane_set, self.current.id, values, shown, self.current
        )
        if stored is not None:
            self.current = stored
        return stored is not None


class RecordEdit(MergingStep):
    """One field of a record saved (a mijlpaal's, besluitmoment's or risico's field, a report
    text): the record as shown is what a colleague's change is checked against."""

    MERGE_ID = 0x52454454  # "REDT": saves of the same record's field one after another merge

    def __init__(
        self,
        name: str,
        place: tuple[object, ...],
        write: Callable[[object, Any], Any],
        saved: Any,
        change: tuple[object, object],
    ) -> None:
        """``place``: which field of which record (steps on the same one merge);
        ``write(value, record)``: store ``value`` where ``record`` was shown, giving the record
        as stored (None: refused); ``saved``: the record the save left; ``change``: before and
        after."""
        super().__init__(name, place, *change)
        self._write = write
        self.current = saved

    def absorb(self, other: MergingStep) -> None:
        assert isinstance(other, RecordEdit)
        self.current = other.current

    def store_forward(self) -> bool:
        return self._store(self.after)

    def store_back(self) -> bool:
        return self._store(self.before)

    def _store(self, value: object) -> bool:
        stored = self._write(value, self.current)
        if stored is not None:
            self.current = stored
        return stored is not None


def item_edit(
    operations: RoutemapOperations,
    atelier_id: int,
    kind: str,
    saved: Any,
    change: tuple[str, object, object],
    name: str,
) -> RecordEdit:
    """A field of a mijlpaal, besluitmoment or risico (``kind``) saved: field, before, after."""
    field, before, after = change

    def write(value: object, shown: Any) -> Any:
        return operations.update_item(atelier_id, kind, shown.id, shown, **{field: value})

    return RecordEdit(
        QCoreApplication.translate("RoutemapSteps", "Edit {code}").format(code=name),
        (kind, saved.id, field),
        write,
        saved,
        (before, after),
    )


def report_text_edit(
    operations: RoutemapOperations,
    atelier_id: int,
    saved: ReportTexts,
    change: tuple[str, object, object],
    name: str,
) -> RecordEdit:
    """A report text (or the version, or the report's date) saved: field, before, after."""
    field, before, after = change

    def write(value: Any, shown: Any) -> Any:
        if field == "rapportdatum":
            return operations.update_report_texts(atelier_id, rapportdatum=value)
        return operations.update_report_texts(atelier_id, seen=shown, **{field: value})

    return RecordEdit(
        step_name(name), ("report_texts", atelier_id, field), write, saved, (before, after)
    )


def _presence(
    operations: RoutemapOperations, atelier_id: int, kind: str
) -> tuple[TakeAway, BringBack]:
    """How to delete a ``kind`` ("actie", "mijlpaal", "besluitmoment", "risico") and bring it
    back."""
    return (
        lambda ident: operations.remove(atelier_id, kind, ident),
        lambda removed: operations.bring_back(atelier_id, removed),
    )


def action_deleted(
    operations: RoutemapOperations, atelier_id: int, code: str, removed: RemovedRow
) -> Deletion:
    name = QCoreApplication.translate("RoutemapSteps", "Delete {code}").format(code=code)
    return Deletion(name, *_presence(operations, atelier_id, "actie"), removed.id, removed)


def action_created(operations: RoutemapOperations, atelier_id: int, action: ActionData) -> Creation:
    name = QCoreApplication.translate("RoutemapSteps", "New action {code}").format(code=action.code)
    return Creation(name, *_presence(operations, atelier_id, "actie"), action.id)


def item_deleted(
    operations: RoutemapOperations, atelier_id: int, kind: str, name: str, removed: RemovedRow
) -> Deletion:
    """A mijlpaal, besluitmoment or risico (``kind``) called ``name`` deleted."""
    step = QCoreApplication.translate("RoutemapSteps", "Delete “{name}”").format(name=name)
    return Deletion(step, *_presence(operations, atelier_id, kind), removed.id, removed)


def item_created(
    operations: RoutemapOperations, atelier_id: int, kind: str, name: str, ident: int
) -> Creation:
    step = QCoreApplication.translate("RoutemapSteps", "Add “{name}”").format(name=name)
    return Creation(step, *_presence(operations, atelier_id, kind), ident)

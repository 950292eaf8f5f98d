"""A saved change of one field of one record (the atelier's title, a dagdeel's location, a
werkvorm's question, an action's owner) as a step of the atelier's history.

The change was stored before the step was made. Undo stores the old value again, redo the new
one, each through the same write as the edit and checked the same way: the write says what
the step left there (``seen``), so a colleague's change made since is never overwritten (the
store refuses it and says so, and the step is dropped). Saves of the same field one after the
other (typing, saved at each pause) are one step.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from atelier.ui.history.stored_step import MergingStep

# write(value, seen): store ``value`` where the store holds ``seen``; False when refused.
Write = Callable[[object, object], bool]


class Store(Protocol):
    """What ``field_writer`` needs of the UI's store (``ui/store.py``)."""

    def write(self, operation: Callable[[Any], Any], *, atelier: int | None = None) -> Any: ...


class FieldEdit(MergingStep):
    MERGE_ID = 0x46454454  # "FEDT": field edits merge with field edits (of the same field only)

    def __init__(
        self,
        name: str,
        field: Hashable,
        write: Write,
        before: object,
        after: object,
        shown: Callable[[object], None] | None = None,
    ) -> None:
        """``name`` for the menu; ``field`` says which field of which record (steps on the same
        one merge); ``shown(value)`` puts the value in the screen's field, if it shows it."""
        super().__init__(name, field, before, after)
        self._write = write
        self._shown = shown

    def store_forward(self) -> bool:
        return self._store(self.after, self.before)

    def store_back(self) -> bool:
        return self._store(self.before, self.after)

    def _store(self, value: object, seen: object) -> bool:
        if not self._write(value, seen):
            return False
        if self._shown is not None:
            try:
                self._shown(value)
            except RuntimeError:  # the screen that showed it was closed: the store has it
                self._shown = None
        return True


def field_writer(
    store: Store,
    atelier_id: int,
    update: Callable[..., object],
    record_id: int,
    field: str,
) -> Write:
    """How to store ``field`` of one record through a service ``update(session, record_id,
    seen={field: seen}, field=value)``: for the edit, and later for its undo and redo."""

    def write(value: object, seen: object) -> bool:
        done = store.write(
            lambda session: update(session, record_id, seen={field: seen}, **{field: value}),
            atelier=atelier_id,
        )
        return done is not None

    return write


def step_name(label: str) -> str:
    """The menu's name of a change of the field labelled ``label`` ("&Title:" → “Title”)."""
    field = label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")
    return QCoreApplication.translate("FieldEdit", "Change “{field}”").format(field=field)

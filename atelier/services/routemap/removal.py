"""Deleting an action, mijlpaal, besluitmoment or risico so that it can come back (Undo).

``remove`` deletes the row and returns a ``Removed``: every column of the row and what pointed
at it or from it (the actions it waits for and that wait for it, the notes it came from, the
actions and mijlpalen tied to a besluitmoment or risico). ``bring_back`` puts it back as it was,
under its own id and code when they are still free (they are, when the steps after the deletion
were undone first), else under a new one; links to rows that are gone meanwhile stay away, and a
link a colleague has since set otherwise is left as they set it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session

from atelier.services.ateliers import touch_atelier
from atelier.services.errors import NotFound
from atelier.services.routemap.actions import next_code
from atelier.services.routemap.items import next_risico_code
from atelier.storage import models

KINDS: Mapping[str, type[Any]] = {
    "actie": models.Action,
    "mijlpaal": models.Mijlpaal,
    "besluitmoment": models.Besluitmoment,
    "risico": models.Risico,
}
# the rows that point at a kind through a column of their own: (kind, column)
POINTED_AT_BY: Mapping[str, tuple[tuple[str, str], ...]] = {
    "besluitmoment": (("actie", "besluitmoment_id"), ("mijlpaal", "besluitmoment_id")),
    "risico": (("actie", "risico_id"),),
}
DEPENDENCY = models.actie_afhankelijkheid
NOTE_SOURCE = models.actie_herkomst_notitie


@dataclass(frozen=True)
class Removed:
    """A deleted row of the routemap, as it was."""

    kind: str  # a key of KINDS
    columns: tuple[tuple[str, object], ...]
    waits_for: tuple[int, ...] = ()  # an action: the actions it waits for
    waited_for_by: tuple[int, ...] = ()  # an action: the actions that wait for it
    notes: tuple[int, ...] = ()  # an action: the notes it was made from
    pointed_at_by: tuple[tuple[str, int], ...] = field(default=())  # (kind, id) tied to it

    @property
    def id(self) -> int:
        return self._number("id")

    @property
    def atelier_id(self) -> int:
        return self._number("atelier_id")

    def _number(self, column: str) -> int:
        value = dict(self.columns)[column]
        assert isinstance(value, int)
        return value


def remove(session: Session, kind: str, ident: int) -> Removed:
    """Delete the ``kind`` (a key of KINDS) with id ``ident``; what it was."""
    model = KINDS[kind]
    row = session.get(model, ident)
    if row is None:
        raise NotFound(kind.capitalize(), ident)
    columns = tuple(
        (attribute.key, getattr(row, attribute.key)) for attribute in inspect(model).column_attrs
    )
    waits_for, waited_for_by, notes = _action_links(session, kind, ident)
    pointing = _pointing(session, kind, ident)
    removed = Removed(kind, columns, waits_for, waited_for_by, notes, pointing)
    touch_atelier(session, row.atelier_id)
    session.delete(row)
    session.flush()
    return removed


def bring_back(session: Session, removed: Removed) -> int:
    """Put ``removed`` back; its id (its own when still free)."""
    model = KINDS[removed.kind]
    values = dict(removed.columns)
    if session.get(model, removed.id) is not None:
        values.pop("id")
    if "code" in values and _code_taken(session, model, removed.atelier_id, str(values["code"])):
        values["code"] = _new_code(session, removed)
    row = model(**values)
    session.add(row)
    session.flush()
    ident = int(row.id)
    actions = _existing(session, models.Action, {*removed.waits_for, *removed.waited_for_by})
    pairs = [(ident, other) for other in removed.waits_for if other in actions]
    pairs += [(other, ident) for other in removed.waited_for_by if other in actions]
    if pairs:
        session.execute(
            insert(DEPENDENCY), [{"actie_id": a, "hangt_af_van_id": b} for a, b in pairs]
        )
    notes = _existing(session, models.Note, set(removed.notes))
    if notes:
        session.execute(insert(NOTE_SOURCE), [{"actie_id": ident, "note_id": n} for n in notes])
    for kind, other in removed.pointed_at_by:
        column = dict(POINTED_AT_BY[removed.kind])[kind]
        pointing = session.get(KINDS[kind], other)
        if pointing is not None and getattr(pointing, column) is None:
            setattr(pointing, column, ident)
    touch_atelier(session, removed.atelier_id)
    session.flush()
    session.expire_all()  # relationships read again, with the links just put back
    return ident


def _action_links(session: Session, kind: str, ident: int) -> tuple[tuple[int, ...], ...]:
    if kind != "actie":
        return (), (), ()
    waits_for = session.scalars(
        select(DEPENDENCY.c.hangt_af_van_id).where(DEPENDENCY.c.actie_id == ident)
    ).all()
    waited_for_by = session.scalars(
        select(DEPENDENCY.c.actie_id).where(DEPENDENCY.c.hangt_af_van_id == ident)
    ).all()
    notes = session.scalars(
        select(NOTE_SOURCE.c.note_id).where(NOTE_SOURCE.c.actie_id == ident)
    ).all()
    return tuple(waits_for), tuple(waited_for_by), tuple(notes)


def _pointing(session: Session, kind: str, ident: int) -> tuple[tuple[str, int], ...]:
    found: list[tuple[str, int]] = []
    for other, column in POINTED_AT_BY.get(kind, ()):
        model = KINDS[other]
        ids = session.scalars(select(model.id).where(getattr(model, column) == ident)).all()
        found += [(other, other_id) for other_id in ids]
    return tuple(found)


def _existing(session: Session, model: type[Any], ids: set[int]) -> set[int]:
    if not ids:
        return set()
    return set(session.scalars(select(model.id).where(model.id.in_(ids))).all())


def _code_taken(session: Session, model: type[Any], atelier_id: int, code: str) -> bool:
    taken = select(model.id).where(model.atelier_id == atelier_id, model.code == code)
    return session.scalars(taken).first() is not None


def _new_code(session: Session, removed: Removed) -> str:
    if removed.kind == "actie":
        return next_code(session, removed.atelier_id, str(dict(removed.columns)["onderdeel"]))
    return next_risico_code(session, removed.atelier_id)

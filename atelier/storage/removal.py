"""Deleting a row so that it can be put back exactly (the Undo of a deletion).

``remove_row`` deletes one row by its id and returns a ``RemovedRow``: its values, the rows the
database deleted with it (``ON DELETE CASCADE``, each with what went with it in turn) and the
references it set to NULL (``ON DELETE SET NULL``). Both are read from the schema's foreign keys,
so a table added later is covered without a line here.

``put_back`` inserts it all again: under its own id while that is free, else a new one (the rows
that went with it then point at the new id). A reference to a row that is gone meanwhile is
left empty where the column allows it, and the row that needs it stays away where it does not;
a reference someone has set otherwise meanwhile is left as they set it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, ForeignKey, Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from atelier.storage.models import Base

Values = tuple[tuple[str, object], ...]
Moved = Mapping[tuple[str, object], object]  # (table, old id) → the id it got back


@dataclass(frozen=True)
class Pointer:
    """A reference set to NULL by the deletion: ``column`` of the row of ``table`` whose
    primary key is ``key``."""

    table: str
    key: Values
    column: str


@dataclass(frozen=True)
class RemovedRow:
    table: str
    values: Values
    cascaded: tuple[RemovedRow, ...] = ()
    pointers: tuple[Pointer, ...] = ()

    def value(self, column: str) -> object:
        return dict(self.values)[column]

    @property
    def id(self) -> int:
        ident = self.value("id")
        assert isinstance(ident, int)
        return ident


def remove_row(session: Session, table_name: str, ident: int) -> RemovedRow | None:
    """Delete the row of ``table_name`` with id ``ident``; what it was, or None if none."""
    table = _table(table_name)
    found = session.execute(select(table).where(table.c.id == ident)).mappings().first()
    if found is None:
        return None
    removed = _remembered(session, table, dict(found))
    session.execute(delete(table).where(table.c.id == ident))
    session.expire_all()  # the ORM's objects read the database again
    return removed


def put_back(session: Session, removed: RemovedRow) -> int | None:
    """Insert ``removed`` again; its id, or None when a row it cannot be without is gone (an
    atelier deleted meanwhile)."""
    ident = _insert(session, removed, {})
    session.expire_all()
    return ident


def _remembered(session: Session, table: Table, values: dict[str, object]) -> RemovedRow:
    """The row with what its deletion takes along (read before it is deleted)."""
    cascaded: list[RemovedRow] = []
    pointers: list[Pointer] = []
    for other, column, foreign_key in _references_to(table):
        match = column == values[foreign_key.column.name]
        rows = session.execute(select(other).where(match)).mappings().all()
        if foreign_key.ondelete == "CASCADE":
            cascaded += [_remembered(session, other, dict(row)) for row in rows]
        else:
            pointers += [Pointer(other.name, _key(other, dict(row)), column.name) for row in rows]
    return RemovedRow(table.name, tuple(values.items()), tuple(cascaded), tuple(pointers))


def _insert(session: Session, removed: RemovedRow, moved: Moved) -> int | None:
    """Insert one row and what went with it; ``moved``: (table, old id) → new id of the rows
    put back before under another id. None when it cannot be; a link row (no id of its own)
    that is there already (it went with the deletion along both its references) stays one."""
    table = _table(removed.table)
    values = _references_now(session, table, dict(removed.values), moved)
    if values is None:
        return None
    if "id" not in table.c:  # a link row: put back once
        if not _exists(session, table, dict(_key(table, values))):
            session.execute(insert(table).values(values))
        return None
    old = values["id"]
    if _exists(session, table, {"id": old}):
        values.pop("id")
    new = session.execute(insert(table).values(values).returning(table.c.id)).scalar_one()
    if new != old:
        moved = {**moved, (table.name, old): new}
    for row in removed.cascaded:
        _insert(session, row, moved)
    for pointer in removed.pointers:
        _point_again(session, pointer, new)
    return int(new)


def _references_now(
    session: Session, table: Table, values: dict[str, object], moved: Moved
) -> dict[str, object] | None:
    """``values`` with each reference as it can be now: to the new id of a row put back under
    another, empty when its row is gone (None when the column cannot be empty)."""
    for column in table.c:
        for foreign_key in column.foreign_keys:
            target = foreign_key.column.table
            value = values.get(column.name)
            if value is None:
                continue
            value = moved.get((target.name, value), value)
            values[column.name] = value
            if not _exists(session, target, {foreign_key.column.name: value}):
                if not column.nullable:
                    return None
                values[column.name] = None
    return values


def _point_again(session: Session, pointer: Pointer, ident: object) -> None:
    """Set the emptied reference again, unless it has been set otherwise meanwhile; the row
    keeps its time of change (the deletion emptied it without changing that either)."""
    table = _table(pointer.table)
    key = and_(*(table.c[name] == value for name, value in pointer.key))
    unchanged = {column.name: column for column in table.c if column.onupdate is not None}
    session.execute(
        update(table)
        .where(key, table.c[pointer.column].is_(None))
        .values({pointer.column: ident, **unchanged})
    )


def _references_to(table: Table) -> list[tuple[Table, Column[Any], ForeignKey]]:
    """Every (table, column, its foreign key) that points at ``table``."""
    return [
        (other, column, foreign_key)
        for other in Base.metadata.sorted_tables
        for column in other.c
        for foreign_key in column.foreign_keys
        if foreign_key.column.table is table
    ]


def _key(table: Table, row: Mapping[str, object]) -> Values:
    return tuple((column.name, row[column.name]) for column in table.primary_key.columns)


def _exists(session: Session, table: Table, where: Mapping[str, object]) -> bool:
    condition = and_(*(table.c[name] == value for name, value in where.items()))
    return session.execute(select(1).select_from(table).where(condition)).first() is not None


def _table(name: str) -> Table:
    return Base.metadata.tables[name]

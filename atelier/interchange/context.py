"""The state shared by the sections of one export or one import.

Inside the file, rows refer to each other by stable local ids (``org-1``, ``n-12``), never by
database ids. On export ``ExportContext`` hands these out in document order; on import
``ImportContext`` checks that each id is declared once and that every reference resolves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, ClassVar, Protocol

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from atelier.interchange.validation import Node
from atelier.storage import models
from atelier.storage.ids import reserve_ids
from atelier.translation import N_, _

# kind → (prefix of exported ids, Dutch name used in messages)
KINDS: dict[str, tuple[str, str]] = {
    "organisation": ("org", N_("organisatie")),
    "participant": ("p", N_("deelnemer")),
    "werkvorm": ("w", N_("werkvorm")),
    "cluster": ("c", N_("cluster")),
    "note": ("n", N_("notitie")),
    "besluitmoment": ("b", N_("besluitmoment")),
    "risico": ("r", N_("risico")),
    "mijlpaal": ("m", N_("mijlpaal")),
    "action": ("a", N_("actie")),
}


# Rows read between two calls of an import's checkpoint (progress, and a chance to stop).
CHECKPOINT_ROWS = 500
# Rows inserted per statement by ``insert_in_batches``: enough to be fast, few enough that the
# statement's parameters stay a few hundred kilobytes however large the file.
BATCH = 1_000


class BulkRow(Protocol):
    """A checked row stored without the ORM (notes: up to 50,000 of them).

    ORM objects cost about a kilobyte each, and flushing them all at once as much again; a bulk
    row holds only its checked values and is inserted in batches once the rows it refers to are
    stored.
    """

    table: ClassVar[Table]
    id: int | None

    def values(self) -> dict[str, Any]:
        """The row's columns, with the ids of the rows it refers to."""
        ...


def insert_in_batches(session: Session, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    """Insert ``rows`` (column → value) into ``table`` a batch at a time."""
    pending: Iterator[dict[str, Any]] = iter(rows)
    while batch := list(islice(pending, BATCH)):
        session.execute(insert(table), batch)


class ExportContext:
    """Hands out local ids while the sections write the document."""

    def __init__(self, session: Session, atelier: models.Atelier) -> None:
        self.session = session
        self.atelier = atelier
        self._ids: dict[str, dict[int, str]] = {kind: {} for kind in KINDS}

    def assign(self, kind: str, database_id: int) -> str:
        table = self._ids[kind]
        local = f"{KINDS[kind][0]}-{len(table) + 1}"
        table[database_id] = local
        return local

    def local(self, kind: str, database_id: int | None) -> str | None:
        """The local id given to a row, or None (also for a row outside this atelier)."""
        if database_id is None:
            return None
        return self._ids[kind].get(database_id)

    def order(self, kind: str, database_id: int) -> int:
        """Position of a row in the document, for a deterministic order of later lists."""
        local = self._ids[kind][database_id]
        return int(local.rsplit("-", 1)[1])


class ImportContext:
    """Collects the new rows while the sections read the file; nothing touches the database
    until every section has read its part without error."""

    def __init__(
        self, source: str, version: int, checkpoint: Callable[[int], None] | None = None
    ) -> None:
        self.source = source
        self.version = version  # the file's format version, for fields added in later versions
        # Called with the number of rows read so far, every CHECKPOINT_ROWS rows: it may report
        # progress, or raise to stop (ImportCancelled).
        self._checkpoint = checkpoint
        self.atelier: models.Atelier | None = None
        self._objects: dict[str, dict[str, Any]] = {kind: {} for kind in KINDS}
        self._rows: list[Any] = []
        self._bulk: list[BulkRow] = []
        self._deferred: list[Callable[[], None]] = []
        self._after_insert: list[Callable[[Session], None]] = []
        self._totals: dict[str, int] = {}

    def add(self, row: models.Base | BulkRow) -> None:
        """Register a new row; rows get database ids in the order they were read. Bulk rows
        are inserted after all ORM rows (``insert_bulk``)."""
        if isinstance(row, models.Base):
            self._rows.append(row)
        else:
            self._bulk.append(row)
        read = len(self._rows) + len(self._bulk)
        if self._checkpoint is not None and read % CHECKPOINT_ROWS == 0:
            self._checkpoint(read)

    def declare(self, kind: str, node: Node, row: Any) -> None:
        """Register a new row that others refer to by the local id in ``node`` (unique per
        kind)."""
        local = node.local_id()
        table = self._objects[kind]
        if local in table:
            node.fail(
                _("{value} '{local}' komt al eerder in het bestand voor").format(
                    value=_(KINDS[kind][1]), local=local
                )
            )
        table[local] = row
        self.add(row)

    def resolve(self, kind: str, node: Node) -> Any:
        """The object a reference in ``node`` points to (None for ``null``)."""
        if node.is_null():
            return None
        local = node.local_id()
        try:
            return self._objects[kind][local]
        except KeyError:
            node.fail(
                _("verwijst naar een onbekende {value} '{local}'").format(
                    value=_(KINDS[kind][1]), local=local
                )
            )

    def count(self, what: str, node: Node, amount: int, limit: int) -> None:
        """Keep a running total (of notes, votes…) across the file and refuse absurd ones."""
        total = self._totals.get(what, 0) + amount
        if total > limit:
            node.fail(_("het bestand bevat meer dan {limit} {what}").format(limit=limit, what=what))
        self._totals[what] = total

    def defer(self, check: Callable[[], None]) -> None:
        """Run ``check`` after every section was read (for references forward in the file)."""
        self._deferred.append(check)

    def after_insert(self, step: Callable[[Session], None]) -> None:
        """Run ``step`` once the new rows have database ids (rows linked by id only)."""
        self._after_insert.append(step)

    def assign_ids(self, session: Session) -> None:
        """Give the new rows ids in file order, table by table.

        Adding the atelier cascades to its rows in relationship order (a note's author before
        the next organisation), so SQLite's own numbering would not follow the file. Explicit
        ids do, and a later export therefore lists every row in the same order again.
        """
        by_table: dict[Table, list[Any]] = {}
        for row in [*self._rows, *self._bulk]:
            by_table.setdefault(_table(row), []).append(row)
        for table, rows in by_table.items():
            for row, new_id in zip(rows, reserve_ids(session, table, len(rows)), strict=True):
                row.id = new_id

    def insert_bulk(self, session: Session) -> None:
        """Insert the bulk rows, once the ORM rows they refer to are flushed."""
        by_table: dict[Table, list[BulkRow]] = {}
        for row in self._bulk:
            by_table.setdefault(row.table, []).append(row)
        for table, rows in by_table.items():
            insert_in_batches(session, table, (row.values() for row in rows))

    def run_deferred(self) -> None:
        for check in self._deferred:
            check()

    def run_after_insert(self, session: Session) -> None:
        for step in self._after_insert:
            step(session)


def _table(row: Any) -> Table:
    return row.table if not isinstance(row, models.Base) else models.table_of(type(row))

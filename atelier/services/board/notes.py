"""Sticky notes: add, edit, move, delete (recoverable) and restore.

Note text is stored exactly as typed: markup-like text, emoji, right-to-left script and line
breaks are data, never interpreted.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from atelier.domain import text_limits
from atelier.domain.records import NoteData
from atelier.domain.reference import onderdeel_keys
from atelier.services.ateliers import atelier_of_werkvorm, touch_atelier
from atelier.services.conversions import note_data
from atelier.services.edit_conflicts import check_seen
from atelier.services.errors import NotFound, ServiceError
from atelier.services.texts import checked_text
from atelier.services.unchanged import KEEP, Unchanged
from atelier.storage import models
from atelier.storage.driver_sql import QuickConnection, compiled, driver_connection
from atelier.translation import _

MAX_NOTE_TEXT = text_limits.LONG_TEXT
NOTE_WIDTH = 180.0
NOTE_HEIGHT = 130.0
GAP = 20.0
COLUMNS = 6
RECORD_COLUMNS = (  # NoteData's fields, in order (``deleted`` comes from ``deleted_at``)
    models.Note.id,
    models.Note.werkvorm_id,
    models.Note.text,
    models.Note.onderdeel,
    models.Note.colour,
    models.Note.author_organisation_id,
    models.Note.x,
    models.Note.y,
    models.Note.cluster_id,
    models.Note.votes,
    models.Note.created_at,
    models.Note.updated_at,
)
# Capturing a note runs these on every Enter: plain SQL on the driver's connection, compiled
# once (see atelier.storage.driver_sql).
_NOTE_TABLE = models.table_of(models.Note)
_WERKVORM = models.Werkvorm.__table__
_DAGDEEL = models.Dagdeel.__table__
_ORGANISATION = models.Organisation.__table__
_INSERTED_COLUMNS = (
    "werkvorm_id",
    "text",
    "onderdeel",
    "colour",
    "author_organisation_id",
    "x",
    "y",
    "cluster_id",
    "votes",
    "created_at",
    "updated_at",
)
_INSERT_NOTE = compiled(insert(_NOTE_TABLE), _INSERTED_COLUMNS)
_ORGANISATION_ATELIER = compiled(
    select(_ORGANISATION.c.atelier_id).where(_ORGANISATION.c.id == bindparam("organisation_id"))
)
_WERKVORM_FACTS = compiled(
    select(_WERKVORM.c.onderdeel, _DAGDEEL.c.atelier_id)
    .join(_DAGDEEL, _DAGDEEL.c.id == _WERKVORM.c.dagdeel_id)
    .where(_WERKVORM.c.id == bindparam("werkvorm_id"))
)


def grid_position(slot: int) -> tuple[float, float]:
    """Where the ``slot``-th note of a board goes when no position is given."""
    row, column = divmod(slot, COLUMNS)
    return column * (NOTE_WIDTH + GAP), row * (NOTE_HEIGHT + GAP)


def add_note(
    session: Session,
    werkvorm_id: int,
    text: str,
    *,
    onderdeel: str | None = None,
    author_organisation_id: int | None = None,
    colour: str | None = None,
    position: tuple[float, float] | None = None,
) -> NoteData:
    connection = driver_connection(session)
    default_onderdeel, atelier_id = werkvorm_facts(connection, werkvorm_id)
    if position is None:
        slot = session.execute(
            select(func.count()).where(models.Note.werkvorm_id == werkvorm_id)
        ).scalar_one()
        position = grid_position(slot)
    now = models.utcnow()
    note = insert_note(
        connection,
        werkvorm_id,
        atelier_id,
        text,
        onderdeel or default_onderdeel,
        position,
        author_organisation_id=author_organisation_id,
        colour=colour,
        now=now,
    )
    touch_atelier(session, atelier_id, now)
    return note


def werkvorm_facts(connection: QuickConnection, werkvorm_id: int) -> tuple[str, int]:
    """A werkvorm's own onderdeel and its atelier's id, in one query (NotFound if gone)."""
    found = connection.execute(_WERKVORM_FACTS, {"werkvorm_id": werkvorm_id}).fetchone()
    if found is None:
        raise NotFound("Werkvorm", werkvorm_id)
    return found[0], found[1]


def insert_note(
    connection: QuickConnection,
    werkvorm_id: int,
    atelier_id: int,
    text: str,
    onderdeel: str,
    position: tuple[float, float],
    *,
    author_organisation_id: int | None = None,
    colour: str | None = None,
    now: datetime | None = None,
) -> NoteData:
    """Check a new note of the werkvorm (of ``atelier_id``) and store it with one INSERT.

    The quick path behind capturing: plain SQL on the driver's connection, no ORM object, no
    read back. The caller touches the atelier (once for a batch of notes).
    """
    _check_text(text)
    if onderdeel not in onderdeel_keys():
        raise ServiceError(_("Onbekend onderdeel '{onderdeel}'.").format(onderdeel=onderdeel))
    _check_author(connection, atelier_id, author_organisation_id)
    x, y = check_position(*position)
    now = now or models.utcnow()
    stored = connection.time(now)
    cursor = connection.execute(
        _INSERT_NOTE,
        {
            "werkvorm_id": werkvorm_id,
            "text": text,
            "onderdeel": onderdeel,
            "colour": colour,
            "author_organisation_id": author_organisation_id,
            "x": x,
            "y": y,
            "cluster_id": None,
            "votes": 0,
            "created_at": stored,
            "updated_at": stored,
        },
    )
    return NoteData(
        id=connection.inserted_id(cursor),
        werkvorm_id=werkvorm_id,
        text=text,
        onderdeel=onderdeel,
        colour=colour,
        author_organisation_id=author_organisation_id,
        x=x,
        y=y,
        cluster_id=None,
        votes=0,
        created_at=now,
        updated_at=now,
        deleted=False,
    )


def live_note_counts(session: Session, werkvorm_ids: Iterable[int]) -> dict[int, int]:
    """How many live (not deleted) notes each werkvorm has; 0 for one without notes."""
    ids = list(dict.fromkeys(werkvorm_ids))
    counts = dict.fromkeys(ids, 0)
    rows = session.execute(
        select(_NOTE_TABLE.c.werkvorm_id, func.count())
        .where(_NOTE_TABLE.c.werkvorm_id.in_(ids), _NOTE_TABLE.c.deleted_at.is_(None))
        .group_by(_NOTE_TABLE.c.werkvorm_id)
    )
    counts.update({werkvorm_id: count for werkvorm_id, count in rows})
    return counts


def list_notes(
    session: Session, werkvorm_id: int, *, include_deleted: bool = False
) -> list[NoteData]:
    """A werkvorm's notes, oldest first, read as plain rows: no ORM object per note, so
    reading two thousand of them (the beamer does, after every note typed) stays cheap."""
    note = models.Note
    query = select(*RECORD_COLUMNS, note.deleted_at).where(note.werkvorm_id == werkvorm_id)
    if not include_deleted:
        query = query.where(note.deleted_at.is_(None))
    return _records(session.execute(query.order_by(note.id)))


def list_deleted_notes(session: Session, werkvorm_id: int) -> list[NoteData]:
    note = models.Note
    rows = session.execute(
        select(*RECORD_COLUMNS, note.deleted_at)
        .where(note.werkvorm_id == werkvorm_id, note.deleted_at.is_not(None))
        .order_by(note.deleted_at.desc(), note.id.desc())
    )
    return _records(rows)


def _records(rows: Iterable[Sequence[object]]) -> list[NoteData]:
    """NoteData from rows of ``RECORD_COLUMNS`` followed by ``deleted_at``."""
    return [NoteData(*row[:-1], row[-1] is not None) for row in rows]  # type: ignore[arg-type, call-arg]


def get_note(session: Session, note_id: int) -> NoteData:
    return note_data(_note(session, note_id))


def edit_note(
    session: Session,
    note_id: int,
    *,
    text: str | None = None,
    onderdeel: str | None = None,
    author_organisation_id: int | Unchanged | None = KEEP,
    colour: str | Unchanged | None = KEEP,
    seen: Mapping[str, object] | None = None,
) -> NoteData:
    """Change a note's text, onderdeel, author or colour (``KEEP``, the default: unchanged).

    ``seen``: those fields as the facilitator saw them; a colleague's change since is kept
    and this edit refused (``EditConflict``, see services.edit_conflicts).
    """
    note = _note(session, note_id)
    yours = {"text": text} if text is not None else {}
    check_seen(session, note, seen, _("Deze notitie"), yours, werkvorm_id=note.werkvorm_id)
    if text is not None:
        _check_text(text)
        note.text = text
    if onderdeel is not None:
        if onderdeel not in onderdeel_keys():
            raise ServiceError(_("Onbekend onderdeel '{onderdeel}'.").format(onderdeel=onderdeel))
        note.onderdeel = onderdeel
    if author_organisation_id is not KEEP:
        _check_author(
            driver_connection(session),
            atelier_of_werkvorm(session, note.werkvorm_id),
            author_organisation_id,
        )
        note.author_organisation_id = author_organisation_id
    if colour is not KEEP:
        note.colour = colour
    _touch(session, note)
    session.flush()
    return note_data(note)


def move_note(session: Session, note_id: int, x: float, y: float) -> NoteData:
    note = _note(session, note_id)
    note.x, note.y = check_position(x, y)
    _touch(session, note)
    session.flush()
    return note_data(note)


def delete_note(session: Session, note_id: int) -> NoteData:
    """Delete recoverably: the note disappears from the board but can be restored."""
    note = _note(session, note_id)
    if note.deleted_at is None:
        note.deleted_at = models.utcnow()
        _touch(session, note)
    session.flush()
    return note_data(note)


def restore_note(session: Session, note_id: int) -> NoteData:
    note = _note(session, note_id)
    note.deleted_at = None
    _touch(session, note)
    session.flush()
    return note_data(note)


def check_position(x: float, y: float) -> tuple[float, float]:
    """A place on the board: finite numbers (SQLite would turn NaN into a missing value)."""
    x, y = float(x), float(y)
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ServiceError(_("Ongeldige plek op het bord."))
    return x, y


def _check_author(
    connection: QuickConnection, atelier_id: int, organisation_id: int | None
) -> None:
    """An author organisation must belong to the note's atelier (None: no author)."""
    if organisation_id is None:
        return
    found = connection.execute(
        _ORGANISATION_ATELIER, {"organisation_id": organisation_id}
    ).fetchone()
    if found is None or found[0] != atelier_id:
        raise ServiceError(_("Deze organisatie hoort niet bij dit atelier."))


def _note(session: Session, note_id: int) -> models.Note:
    note = session.get(models.Note, note_id)
    if note is None:
        raise NotFound("Notitie", note_id)
    return note


def _touch(session: Session, note: models.Note) -> None:
    touch_atelier(session, atelier_of_werkvorm(session, note.werkvorm_id))


def _check_text(text: str) -> None:
    checked_text(text, MAX_NOTE_TEXT, _("Een notitie"))
    if not text.strip():
        raise ServiceError(_("Een notitie heeft tekst nodig."))

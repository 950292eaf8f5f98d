"""Sticky notes: add, edit, move, delete (recoverable) and restore.

Note text is stored exactly as typed: markup-like text, emoji, right-to-left script and line
breaks are data, never interpreted.
"""

from __future__ import annotations

import math

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from atelier.domain.records import NoteData
from atelier.domain.reference import onderdeel_keys
from atelier.services.ateliers import atelier_of_werkvorm, touch_atelier
from atelier.services.conversions import note_data
from atelier.services.errors import NotFound, ServiceError
from atelier.storage import models

MAX_NOTE_TEXT = 20_000
NOTE_WIDTH = 180.0
NOTE_HEIGHT = 130.0
GAP = 20.0
COLUMNS = 6


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
    werkvorm = session.get(models.Werkvorm, werkvorm_id)
    if werkvorm is None:
        raise NotFound("Werkvorm", werkvorm_id)
    _check_text(text)
    onderdeel = onderdeel or werkvorm.onderdeel
    if onderdeel not in onderdeel_keys():
        raise ServiceError(f"Onbekend onderdeel '{onderdeel}'.")
    atelier_id = werkvorm.dagdeel.atelier_id
    _check_author(session, atelier_id, author_organisation_id)
    if position is None:
        slot = session.execute(
            select(func.count()).where(models.Note.werkvorm_id == werkvorm_id)
        ).scalar_one()
        position = grid_position(slot)
    position = check_position(*position)
    note = models.Note(
        werkvorm_id=werkvorm_id,
        text=text,
        onderdeel=onderdeel,
        colour=colour,
        author_organisation_id=author_organisation_id,
        x=position[0],
        y=position[1],
    )
    session.add(note)
    touch_atelier(session, atelier_id)
    session.flush()
    return note_data(note)


def list_notes(
    session: Session, werkvorm_id: int, *, include_deleted: bool = False
) -> list[NoteData]:
    query = select(models.Note).where(models.Note.werkvorm_id == werkvorm_id)
    if not include_deleted:
        query = query.where(models.Note.deleted_at.is_(None))
    return [note_data(row) for row in session.scalars(query.order_by(models.Note.id))]


def list_deleted_notes(session: Session, werkvorm_id: int) -> list[NoteData]:
    rows = session.scalars(
        select(models.Note)
        .where(models.Note.werkvorm_id == werkvorm_id, models.Note.deleted_at.is_not(None))
        .order_by(models.Note.deleted_at.desc(), models.Note.id.desc())
    )
    return [note_data(row) for row in rows]


def get_note(session: Session, note_id: int) -> NoteData:
    return note_data(_note(session, note_id))


def edit_note(
    session: Session,
    note_id: int,
    *,
    text: str | None = None,
    onderdeel: str | None = None,
    author_organisation_id: int | type[...] | None = ...,
    colour: str | type[...] | None = ...,
) -> NoteData:
    """Change a note's text, onderdeel, author or colour (``...`` leaves a field alone)."""
    note = _note(session, note_id)
    if text is not None:
        _check_text(text)
        note.text = text
    if onderdeel is not None:
        if onderdeel not in onderdeel_keys():
            raise ServiceError(f"Onbekend onderdeel '{onderdeel}'.")
        note.onderdeel = onderdeel
    if author_organisation_id is not ...:
        _check_author(
            session,
            atelier_of_werkvorm(session, note.werkvorm_id),
            author_organisation_id,  # type: ignore[arg-type]
        )
        note.author_organisation_id = author_organisation_id  # type: ignore[assignment]
    if colour is not ...:
        note.colour = colour  # type: ignore[assignment]
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
        raise ServiceError("Ongeldige plek op het bord.")
    return x, y


def check_note_text(text: str) -> None:
    """The rules for a note's text, for quick paths that add notes (e.g. the board's capture)."""
    _check_text(text)


def check_author(session: Session, atelier_id: int, organisation_id: int | None) -> None:
    """An author organisation must belong to the note's atelier (None: no author)."""
    _check_author(session, atelier_id, organisation_id)


def _check_author(session: Session, atelier_id: int, organisation_id: int | None) -> None:
    if organisation_id is None:
        return
    organisation = session.get(models.Organisation, organisation_id)
    if organisation is None or organisation.atelier_id != atelier_id:
        raise ServiceError("Deze organisatie hoort niet bij dit atelier.")


def _note(session: Session, note_id: int) -> models.Note:
    note = session.get(models.Note, note_id)
    if note is None:
        raise NotFound("Notitie", note_id)
    return note


def _touch(session: Session, note: models.Note) -> None:
    touch_atelier(session, atelier_of_werkvorm(session, note.werkvorm_id))


def check_characters(text: str) -> None:
    """Reject text SQLite cannot store (a lone UTF-16 surrogate, e.g. from a broken paste)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ServiceError("De tekst bevat ongeldige tekens.") from None


def _check_text(text: str) -> None:
    check_characters(text)
    if not text.strip():
        raise ServiceError("Een notitie heeft tekst nodig.")
    if len(text) > MAX_NOTE_TEXT:
        raise ServiceError(f"Een notitie mag hoogstens {MAX_NOTE_TEXT} tekens hebben.")

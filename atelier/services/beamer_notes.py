"""What the beamer's notes wall reads: only the newest notes it can show, and how many more.

The beamer follows every note typed on the board, so this runs after each Enter. Reading a
werkvorm's two thousand notes to show two dozen costs more than the board itself; here the
database does the picking (``ORDER BY id DESC LIMIT``, on the werkvorm's index) and the
counting (``COUNT``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from atelier.domain.records import NoteData
from atelier.storage import models

_COLUMNS = (  # NoteData's fields, in order
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


@dataclass(frozen=True)
class NewestNotes:
    notes: list[NoteData]  # the newest live notes, oldest of them first
    total: int  # all live notes that match, shown or not


def newest_notes(
    session: Session, werkvorm_id: int, limit: int, *, onderdeel: str | None = None
) -> NewestNotes:
    """A werkvorm's newest ``limit`` live notes (only ``onderdeel``'s, when given), oldest of
    them first, and how many live notes match in all."""
    note = models.Note
    conditions = [note.werkvorm_id == werkvorm_id, note.deleted_at.is_(None)]
    if onderdeel:
        conditions.append(note.onderdeel == onderdeel)
    rows = session.execute(
        select(*_COLUMNS).where(*conditions).order_by(note.id.desc()).limit(max(0, limit))
    ).all()
    total = session.execute(select(func.count()).select_from(note).where(*conditions)).scalar()
    notes = [NoteData(*row, False) for row in reversed(rows)]  # type: ignore[arg-type]
    return NewestNotes(notes, int(total or 0))

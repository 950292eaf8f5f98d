"""The inbox of notes sent from phones: received once, then accepted, merged or rejected.

Nothing a phone sends reaches the wall by itself: ``receive`` stores it as waiting; the
facilitator accepts it (a new, ordinary note), merges it into a note on the wall, or rejects it
(kept, so ``restore`` can bring it back). A phone that resends after a lost reply sends the same
``client_id``: it gets the row it already has, never a second one.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.domain import text_limits
from atelier.domain.records import NoteData, PhoneNoteData
from atelier.services.ateliers import atelier_of_werkvorm
from atelier.services.board import changes, notes
from atelier.services.board.changes import BoardChange
from atelier.services.conversions import phone_note_data
from atelier.services.errors import NotFound, ServiceError
from atelier.services.texts import checked_text
from atelier.storage import models
from atelier.translation import _

WAITING = "waiting"
ACCEPTED = "accepted"
REJECTED = "rejected"
MAX_TEXT = text_limits.PHONE_TEXT
CLIENT_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")


def receive(
    session: Session,
    werkvorm_id: int,
    client_id: str,
    text: str,
    *,
    author_organisation_id: int | None = None,
) -> tuple[PhoneNoteData, bool]:
    """Store a phone's note as waiting; the row and True, or the row it sent before and False."""
    if not isinstance(client_id, str) or not CLIENT_ID.fullmatch(client_id):
        raise ServiceError(_("De telefoon stuurde geen geldig kenmerk mee."))
    known = session.execute(
        select(models.PhoneNote).where(
            models.PhoneNote.werkvorm_id == werkvorm_id, models.PhoneNote.client_id == client_id
        )
    ).scalar_one_or_none()
    if known is not None:
        return phone_note_data(known), False
    text = checked_text(text, MAX_TEXT, _("Een notitie")).strip()
    if not text:
        raise ServiceError(_("Een lege notitie is niet verstuurd."))
    atelier_id = atelier_of_werkvorm(session, werkvorm_id)
    if author_organisation_id is not None:
        organisation = session.get(models.Organisation, author_organisation_id)
        if organisation is None or organisation.atelier_id != atelier_id:
            raise ServiceError(_("Die organisatie hoort niet bij dit atelier."))
    row = models.PhoneNote(
        werkvorm_id=werkvorm_id,
        client_id=client_id,
        text=text,
        author_organisation_id=author_organisation_id,
        status=WAITING,
        received_at=models.utcnow(),
    )
    session.add(row)
    session.flush()
    return phone_note_data(row), True


def waiting(session: Session, werkvorm_id: int) -> list[PhoneNoteData]:
    """The werkvorm's phone notes still to be decided on, oldest first."""
    return _with_status(session, werkvorm_id, WAITING)


def rejected(session: Session, werkvorm_id: int) -> list[PhoneNoteData]:
    """The werkvorm's rejected phone notes, oldest first (each can be restored)."""
    return _with_status(session, werkvorm_id, REJECTED)


def accept(session: Session, phone_note_id: int, *, text: str | None = None) -> NoteData:
    """Put a waiting phone note on the wall as an ordinary note (``text``: as edited by the
    facilitator); its author is the organisation the phone chose."""
    row = _waiting_row(session, phone_note_id)
    note = notes.add_note(
        session,
        row.werkvorm_id,
        row.text if text is None else text,
        author_organisation_id=row.author_organisation_id,
    )
    _decide(row, ACCEPTED, note.id)
    return note


def accept_on_board(
    session: Session, phone_note_id: int, *, text: str | None = None
) -> BoardChange:
    """``accept``, described for the board on screen (the new note, drawn at once)."""
    note = accept(session, phone_note_id, text=text)
    return changes.describe(session, (note.werkvorm_id,), note_ids=(note.id,))


def accept_again(session: Session, phone_note_id: int, note_id: int) -> BoardChange:
    """Redo of an accept that was undone: the same note back on the wall."""
    change = changes.restore_notes(session, (note_id,))
    _decide(_waiting_row(session, phone_note_id), ACCEPTED, note_id)
    return change


def unaccept(session: Session, phone_note_id: int, note_id: int) -> BoardChange:
    """Undo of an accept: the note leaves the wall (recoverably), the phone's note waits again."""
    change = changes.delete_notes(session, (note_id,))
    restore(session, phone_note_id)
    return change


def merge(session: Session, phone_note_id: int, note_id: int) -> NoteData:
    """Add a waiting phone note's text to a note already on the wall (the same idea)."""
    row = _waiting_row(session, phone_note_id)
    target = notes.get_note(session, note_id)
    if target.werkvorm_id != row.werkvorm_id or target.deleted:
        raise ServiceError(_("Die notitie staat niet (meer) op deze muur."))
    merged = notes.edit_note(session, note_id, text=f"{target.text}\n{row.text}")
    _decide(row, ACCEPTED, note_id)
    return merged


def merge_on_board(session: Session, phone_note_id: int, note_id: int) -> BoardChange:
    """``merge``, described for the board on screen."""
    merge(session, phone_note_id, note_id)
    return changes.describe(
        session, (_row(session, phone_note_id).werkvorm_id,), note_ids=(note_id,)
    )


def unmerge(session: Session, phone_note_id: int, note_id: int, text: str) -> BoardChange:
    """Undo of a merge: the note's text as it was, the phone's note waiting again."""
    change = changes.edit_note(session, note_id, text=text)
    restore(session, phone_note_id)
    return change


def reject(session: Session, phone_note_id: int) -> PhoneNoteData:
    row = _waiting_row(session, phone_note_id)
    _decide(row, REJECTED, None)
    return phone_note_data(row)


def restore(session: Session, phone_note_id: int) -> PhoneNoteData:
    """Back to waiting: a rejected phone note, or an accepted one whose acceptance was undone."""
    row = _row(session, phone_note_id)
    row.status, row.note_id, row.decided_at = WAITING, None, None
    session.flush()
    return phone_note_data(row)


def _with_status(session: Session, werkvorm_id: int, status: str) -> list[PhoneNoteData]:
    rows = session.execute(
        select(models.PhoneNote)
        .where(models.PhoneNote.werkvorm_id == werkvorm_id, models.PhoneNote.status == status)
        .order_by(models.PhoneNote.received_at, models.PhoneNote.id)
    ).scalars()
    return [phone_note_data(row) for row in rows]


def _row(session: Session, phone_note_id: int) -> models.PhoneNote:
    row = session.get(models.PhoneNote, phone_note_id)
    if row is None:
        raise NotFound("Telefoonnotitie", phone_note_id)
    return row


def _waiting_row(session: Session, phone_note_id: int) -> models.PhoneNote:
    row = _row(session, phone_note_id)
    if row.status != WAITING:
        raise ServiceError(_("Over deze notitie is al besloten."))
    return row


def _decide(row: models.PhoneNote, status: str, note_id: int | None) -> None:
    row.status, row.note_id, row.decided_at = status, note_id, models.utcnow()

"""A voting round taken back whole ("Stemronde opnieuw") and put back exactly, for undo: every
dot of a werkvorm's notes, the room's, the participants' and the phones'."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from atelier.services.ateliers import touch_atelier
from atelier.services.errors import NotFound
from atelier.storage import models


@dataclass(frozen=True)
class RoundSnapshot:
    """Every dot of a round, to bring a reset round back exactly."""

    room: tuple[tuple[int, int], ...]  # (note id, room dots)
    participants: tuple[tuple[int, int, int], ...]  # (note id, participant id, count)
    phones: tuple[tuple[int, str, int], ...] = ()  # (note id, phone id, count): whose room dots


def reset_round(session: Session, werkvorm_id: int) -> RoundSnapshot:
    """Take every dot off the werkvorm's notes; return what was there, for ``restore_round``."""
    werkvorm = session.get(models.Werkvorm, werkvorm_id)
    if werkvorm is None:
        raise NotFound("Werkvorm", werkvorm_id)
    snapshot = round_snapshot(session, werkvorm_id)
    note_ids = select(models.Note.id).where(models.Note.werkvorm_id == werkvorm_id)
    session.execute(delete(models.Vote).where(models.Vote.note_id.in_(note_ids)))
    session.execute(delete(models.PhoneDot).where(models.PhoneDot.note_id.in_(note_ids)))
    for note in session.scalars(
        select(models.Note).where(models.Note.werkvorm_id == werkvorm_id, models.Note.votes != 0)
    ):
        note.votes = 0
    touch_atelier(session, werkvorm.dagdeel.atelier_id)
    session.flush()
    return snapshot


def round_snapshot(session: Session, werkvorm_id: int) -> RoundSnapshot:
    room = session.execute(
        select(models.Note.id, models.Note.votes)
        .where(models.Note.werkvorm_id == werkvorm_id, models.Note.votes != 0)
        .order_by(models.Note.id)
    ).all()
    given = session.execute(
        select(models.Vote.note_id, models.Vote.participant_id, models.Vote.count)
        .join(models.Note)
        .where(models.Note.werkvorm_id == werkvorm_id)
        .order_by(models.Vote.note_id, models.Vote.participant_id)
    ).all()
    phones = session.execute(
        select(models.PhoneDot.note_id, models.PhoneDot.phone_id, models.PhoneDot.count)
        .join(models.Note)
        .where(models.Note.werkvorm_id == werkvorm_id)
        .order_by(models.PhoneDot.note_id, models.PhoneDot.phone_id)
    ).all()
    return RoundSnapshot(
        tuple(map(tuple, room)),  # type: ignore[arg-type]
        tuple(map(tuple, given)),  # type: ignore[arg-type]
        tuple(map(tuple, phones)),  # type: ignore[arg-type]
    )


def restore_round(session: Session, werkvorm_id: int, snapshot: RoundSnapshot) -> None:
    """Put back exactly the dots of ``snapshot`` (the undo of ``reset_round``)."""
    reset_round(session, werkvorm_id)
    for note_id, votes in snapshot.room:
        note = session.get(models.Note, note_id)
        if note is not None and note.werkvorm_id == werkvorm_id:
            note.votes = votes
    for note_id, participant_id, count in snapshot.participants:
        note = session.get(models.Note, note_id)
        if note is not None and session.get(models.Participant, participant_id) is not None:
            session.add(models.Vote(note_id=note_id, participant_id=participant_id, count=count))
    for note_id, phone_id, count in snapshot.phones:
        if session.get(models.Note, note_id) is not None:
            session.add(models.PhoneDot(note_id=note_id, phone_id=phone_id, count=count))
    session.flush()

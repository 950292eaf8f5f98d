"""Dot voting from phones: each phone is one person in the werkvorm's voting round.

A phone has the round's budget (``votes_per_participant`` dots in all, ``max_votes_per_note``
on one note), like a participant the facilitator scribes for. Its dots are the room's dots
(``Note.votes``, through ``voting.scribe_room_dot`` and its caps for the room as a whole), so
they add up with the scribe's in the same tally, the ranking, the beamer and the report;
``PhoneDot`` rows only remember which phone gave which, to hold each phone to its budget.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from atelier.services.board import voting
from atelier.services.errors import ServiceError
from atelier.storage import models
from atelier.translation import _

MAX_NOTES_SHOWN = 300  # the newest notes a phone can vote on; a wall rarely holds more


@dataclass(frozen=True)
class PhoneRound:
    """What one phone sees of the voting round."""

    werkvorm_id: int
    per_phone: int  # dots a phone has in all
    per_note: int  # dots a phone may give one note
    used: int  # dots this phone has given
    notes: tuple[tuple[int, str], ...]  # (note id, text) of the live notes, oldest first
    mine: dict[int, int]  # note id → this phone's dots on it

    @property
    def left(self) -> int:
        return max(0, self.per_phone - self.used)


def phone_round(session: Session, werkvorm_id: int, phone_id: str) -> PhoneRound:
    werkvorm = session.get(models.Werkvorm, werkvorm_id)
    if werkvorm is None:
        raise ServiceError(_("Deze werkvorm bestaat niet (meer)."))
    notes = session.execute(
        select(models.Note.id, models.Note.text)
        .where(models.Note.werkvorm_id == werkvorm_id, models.Note.deleted_at.is_(None))
        .order_by(models.Note.id.desc())
        .limit(MAX_NOTES_SHOWN)
    ).all()
    mine = {
        note_id: count
        for note_id, count in session.execute(
            select(models.PhoneDot.note_id, models.PhoneDot.count)
            .join(models.Note, models.Note.id == models.PhoneDot.note_id)
            .where(
                models.Note.werkvorm_id == werkvorm_id,
                models.Note.deleted_at.is_(None),
                models.PhoneDot.phone_id == phone_id,
            )
        )
    }
    return PhoneRound(
        werkvorm_id=werkvorm_id,
        per_phone=werkvorm.votes_per_participant,
        per_note=werkvorm.max_votes_per_note,
        used=sum(mine.values()),
        notes=tuple((note_id, text) for note_id, text in reversed(notes)),
        mine=mine,
    )


def give_phone_dot(
    session: Session, werkvorm_id: int, note_id: int, phone_id: str, delta: int = 1
) -> PhoneRound:
    """Add (``delta`` 1) or take back (−1) one of the phone's dots on a note of the werkvorm;
    the phone's round afterwards. A dot beyond a limit is refused with a Dutch message."""
    if delta not in (1, -1):
        raise ServiceError(_("Een telefoon geeft of neemt één stip tegelijk."))
    note = session.get(models.Note, note_id)
    if note is None or note.werkvorm_id != werkvorm_id or note.deleted_at is not None:
        raise ServiceError(_("Die notitie staat niet (meer) op deze muur."))
    before = phone_round(session, werkvorm_id, phone_id)
    on_note = before.mine.get(note_id, 0)
    if delta < 0 and on_note == 0:
        raise voting.VotingLimit(_("Je hebt op deze notitie geen stip om terug te nemen."))
    if delta > 0 and on_note >= before.per_note:
        raise voting.VotingLimit(
            _("Je hebt al {on_note} stippen op deze notitie; meer mag niet op één notitie.").format(
                on_note=on_note
            )
        )
    if delta > 0 and before.left == 0:
        raise voting.VotingLimit(
            _("Je hebt al je {per_phone} stippen gebruikt.").format(per_phone=before.per_phone)
        )
    voting.scribe_room_dot(session, note_id, delta)  # the room's caps, the same tally
    dot = session.execute(
        select(models.PhoneDot).where(
            models.PhoneDot.note_id == note_id, models.PhoneDot.phone_id == phone_id
        )
    ).scalar_one_or_none()
    if dot is None:
        dot = models.PhoneDot(note_id=note_id, phone_id=phone_id, count=0)
        session.add(dot)
    dot.count += delta
    if dot.count == 0:
        session.delete(dot)
    session.flush()
    return phone_round(session, werkvorm_id, phone_id)


def phones_voted(session: Session, werkvorm_id: int) -> int:
    """How many phones have a dot on the werkvorm's live notes."""
    return session.execute(
        select(func.count(func.distinct(models.PhoneDot.phone_id)))
        .join(models.Note, models.Note.id == models.PhoneDot.note_id)
        .where(models.Note.werkvorm_id == werkvorm_id, models.Note.deleted_at.is_(None))
    ).scalar_one()

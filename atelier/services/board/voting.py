"""Dot voting on the notes of one werkvorm: the rules of its voting round (Qt-free).

Dots reach a note in two ways, and a note's total is the sum of both:

- **Per participant** (``Vote`` rows): the facilitator picks a participant and clicks notes.
  One participant gives at most ``max_votes_per_note`` dots to one note and at most
  ``votes_per_participant`` dots across all notes of the werkvorm.
- **For the room** (``Note.votes``): most rooms vote aloud or with paper dots, and the
  facilitator scribes the count with +1/−1. Room dots stand for people who are not scribed one
  by one, so they obey the same budget as the room as a whole: a note never holds more than
  ``max_votes_per_note × room size`` dots in total, and the werkvorm never holds more than
  ``votes_per_participant × room size`` dots in total.

The room size is the number of participants attending the werkvorm's dagdeel; when no attendance
is recorded, all participants of the atelier; when none are registered, ``ASSUMED_ROOM_SIZE``.
Dots on deleted notes do not count towards a budget. Messages are for the user, in the current
language. Taking a whole round back and putting it back: ``round_reset``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from atelier.services.ateliers import touch_atelier
from atelier.services.errors import NotFound, ServiceError
from atelier.storage import models
from atelier.translation import _

ASSUMED_ROOM_SIZE = 30
MAX_VOTES_PER_PARTICIPANT = 99
MAX_VOTES_PER_NOTE = 99


class VotingLimit(ServiceError):
    """A dot that the rules of the round do not allow."""


@dataclass(frozen=True)
class ParticipantDots:
    participant_id: int
    name: str
    used: int


@dataclass(frozen=True)
class VotingRound:
    werkvorm_id: int
    votes_per_participant: int
    max_votes_per_note: int
    room_size: int
    room_size_assumed: bool  # True when no participants are registered
    participants: tuple[ParticipantDots, ...]  # the people who may vote, with dots used
    room_dots: int  # dots scribed for the room, on live notes
    total_dots: int  # all dots on live notes

    @property
    def note_cap(self) -> int:
        """Most dots one note can hold in total."""
        return self.max_votes_per_note * self.room_size

    @property
    def round_cap(self) -> int:
        """Most dots all notes of the werkvorm can hold together."""
        return self.votes_per_participant * self.room_size


@dataclass(frozen=True)
class RankedNote:
    note_id: int
    text: str
    onderdeel: str
    dots: int
    room_dots: int


def voting_round(session: Session, werkvorm_id: int) -> VotingRound:
    werkvorm = _werkvorm(session, werkvorm_id)
    voters = _voters(session, werkvorm)
    used = dict(
        session.execute(
            select(models.Vote.participant_id, func.sum(models.Vote.count))
            .join(models.Note, models.Note.id == models.Vote.note_id)
            .where(models.Note.werkvorm_id == werkvorm_id, models.Note.deleted_at.is_(None))
            .group_by(models.Vote.participant_id)
        ).all()
    )
    room_dots = session.execute(
        select(func.coalesce(func.sum(models.Note.votes), 0)).where(
            models.Note.werkvorm_id == werkvorm_id, models.Note.deleted_at.is_(None)
        )
    ).scalar_one()
    return VotingRound(
        werkvorm_id=werkvorm_id,
        votes_per_participant=werkvorm.votes_per_participant,
        max_votes_per_note=werkvorm.max_votes_per_note,
        room_size=len(voters) or ASSUMED_ROOM_SIZE,
        room_size_assumed=not voters,
        participants=tuple(
            ParticipantDots(p.id, p.name, int(used.get(p.id, 0) or 0)) for p in voters
        ),
        room_dots=int(room_dots),
        total_dots=int(room_dots) + int(sum(used.values()) or 0),
    )


def dot_totals(session: Session, werkvorm_id: int) -> dict[int, int]:
    """Total dots per note (room + participants) for every note of the werkvorm."""
    totals = dict(
        session.execute(
            select(models.Note.id, models.Note.votes).where(models.Note.werkvorm_id == werkvorm_id)
        ).all()
    )
    for note_id, count in session.execute(
        select(models.Vote.note_id, func.sum(models.Vote.count))
        .join(models.Note, models.Note.id == models.Vote.note_id)
        .where(models.Note.werkvorm_id == werkvorm_id)
        .group_by(models.Vote.note_id)
    ):
        totals[note_id] = totals.get(note_id, 0) + int(count or 0)
    return totals


def note_dots(session: Session, note_id: int) -> int:
    note = _note(session, note_id)
    given = session.execute(
        select(func.coalesce(func.sum(models.Vote.count), 0)).where(models.Vote.note_id == note_id)
    ).scalar_one()
    return note.votes + int(given)


def participant_dots_on_note(session: Session, note_id: int, participant_id: int) -> int:
    vote = _vote(session, note_id, participant_id)
    return vote.count if vote is not None else 0


def give_dot(session: Session, note_id: int, participant_id: int, delta: int = 1) -> int:
    """Add (or with a negative delta take back) a participant's dots; return their count now."""
    note = _live_note(session, note_id)
    participant = session.get(models.Participant, participant_id)
    werkvorm = note.werkvorm
    if participant is None or participant.atelier_id != werkvorm.dagdeel.atelier_id:
        raise NotFound("Deelnemer", participant_id)
    vote = _vote(session, note_id, participant_id)
    current = vote.count if vote is not None else 0
    new = current + delta
    if new < 0:
        raise VotingLimit(
            _("{name} heeft op deze notitie geen stip om terug te nemen.").format(
                name=participant.name
            )
        )
    if delta > 0:
        if new > werkvorm.max_votes_per_note:
            raise VotingLimit(
                _(
                    "{name} heeft al {current} stippen op deze notitie; het maximum "
                    "per notitie is {max_votes_per_note}."
                ).format(
                    name=participant.name,
                    current=current,
                    max_votes_per_note=werkvorm.max_votes_per_note,
                )
            )
        used = _used_by(session, werkvorm.id, participant_id)
        if used + delta > werkvorm.votes_per_participant:
            raise VotingLimit(
                _(
                    "{name} heeft alle {votes_per_participant} stippen van deze ronde al gebruikt."
                ).format(
                    name=participant.name, votes_per_participant=werkvorm.votes_per_participant
                )
            )
        _check_room_caps(session, note, delta)
    if vote is None:
        vote = models.Vote(note_id=note_id, participant_id=participant_id, count=0)
        session.add(vote)
    if new == 0:
        session.delete(vote)
    else:
        vote.count = new
    touch_atelier(session, werkvorm.dagdeel.atelier_id)
    session.flush()
    return new


def scribe_room_dot(session: Session, note_id: int, delta: int = 1) -> int:
    """Add (or take back) dots counted for the room; return the note's room dots now."""
    note = _live_note(session, note_id)
    new = note.votes + delta
    if new < 0:
        raise VotingLimit(_("Deze notitie heeft geen zaalstip om terug te nemen."))
    if delta > 0:
        _check_room_caps(session, note, delta)
    note.votes = new
    touch_atelier(session, note.werkvorm.dagdeel.atelier_id)
    session.flush()
    return new


def set_limits(
    session: Session, werkvorm_id: int, votes_per_participant: int, max_votes_per_note: int
) -> None:
    """Change the round's budget per participant and maximum per note."""
    werkvorm = _werkvorm(session, werkvorm_id)
    if not 1 <= votes_per_participant <= MAX_VOTES_PER_PARTICIPANT:
        raise ServiceError(
            _("Stippen per deelnemer moet tussen 1 en {max_votes_per_participant} liggen.").format(
                max_votes_per_participant=MAX_VOTES_PER_PARTICIPANT
            )
        )
    if not 1 <= max_votes_per_note <= min(MAX_VOTES_PER_NOTE, votes_per_participant):
        raise ServiceError(
            _("Het maximum per notitie moet tussen 1 en het aantal stippen per deelnemer liggen.")
        )
    live = (models.Note.werkvorm_id == werkvorm_id, models.Note.deleted_at.is_(None))
    most_on_note = session.execute(
        select(func.coalesce(func.max(models.Vote.count), 0)).join(models.Note).where(*live)
    ).scalar_one()
    per_participant = (
        select(func.sum(models.Vote.count).label("used"))
        .join(models.Note)
        .where(*live)
        .group_by(models.Vote.participant_id)
        .subquery()
    )
    most_used = session.execute(
        select(func.coalesce(func.max(per_participant.c.used), 0))
    ).scalar_one()
    if most_on_note > max_votes_per_note or most_used > votes_per_participant:
        raise ServiceError(
            _(
                "Er zijn al meer stippen uitgedeeld dan deze grenzen toestaan. "
                "Neem eerst stippen terug of begin een nieuwe ronde."
            )
        )
    werkvorm.votes_per_participant = votes_per_participant
    werkvorm.max_votes_per_note = max_votes_per_note
    touch_atelier(session, werkvorm.dagdeel.atelier_id)
    session.flush()


def ranking(session: Session, werkvorm_id: int) -> list[RankedNote]:
    """Live notes with at least one dot, most dots first (ties: oldest note first)."""
    totals = dot_totals(session, werkvorm_id)
    rows = session.execute(
        select(models.Note.id, models.Note.text, models.Note.onderdeel, models.Note.votes).where(
            models.Note.werkvorm_id == werkvorm_id, models.Note.deleted_at.is_(None)
        )
    ).all()
    ranked = [
        RankedNote(note_id, text, onderdeel, totals.get(note_id, 0), room)
        for note_id, text, onderdeel, room in rows
        if totals.get(note_id, 0) > 0
    ]
    ranked.sort(key=lambda r: (-r.dots, r.note_id))
    return ranked


def _check_room_caps(session: Session, note: models.Note, delta: int) -> None:
    current = voting_round(session, note.werkvorm_id)
    on_note = note_dots(session, note.id)
    if on_note + delta > current.note_cap:
        raise VotingLimit(
            _(
                "Deze notitie heeft al {on_note} stippen: meer kan een zaal van "
                "{room_size} mensen met maximaal {max_votes_per_note} per notitie "
                "niet geven."
            ).format(
                on_note=on_note,
                room_size=current.room_size,
                max_votes_per_note=current.max_votes_per_note,
            )
        )
    if current.total_dots + delta > current.round_cap:
        raise VotingLimit(
            _(
                "Alle {round_cap} stippen van de zaal ({room_size} mensen × "
                "{votes_per_participant}) zijn al gegeven."
            ).format(
                round_cap=current.round_cap,
                room_size=current.room_size,
                votes_per_participant=current.votes_per_participant,
            )
        )


def _voters(session: Session, werkvorm: models.Werkvorm) -> list[models.Participant]:
    dagdeel = werkvorm.dagdeel
    everyone = list(
        session.scalars(
            select(models.Participant)
            .where(models.Participant.atelier_id == dagdeel.atelier_id)
            .order_by(models.Participant.name, models.Participant.id)
        )
    )
    attending = session.scalars(
        select(models.attendance.c.participant_id).where(
            models.attendance.c.dagdeel_id == dagdeel.id
        )
    ).all()
    if not attending:
        return everyone
    present = set(attending)
    return [p for p in everyone if p.id in present]


def _used_by(session: Session, werkvorm_id: int, participant_id: int) -> int:
    return int(
        session.execute(
            select(func.coalesce(func.sum(models.Vote.count), 0))
            .join(models.Note)
            .where(
                models.Note.werkvorm_id == werkvorm_id,
                models.Note.deleted_at.is_(None),
                models.Vote.participant_id == participant_id,
            )
        ).scalar_one()
    )


def _vote(session: Session, note_id: int, participant_id: int) -> models.Vote | None:
    return session.execute(
        select(models.Vote).where(
            models.Vote.note_id == note_id, models.Vote.participant_id == participant_id
        )
    ).scalar_one_or_none()


def _werkvorm(session: Session, werkvorm_id: int) -> models.Werkvorm:
    werkvorm = session.get(models.Werkvorm, werkvorm_id)
    if werkvorm is None:
        raise NotFound("Werkvorm", werkvorm_id)
    return werkvorm


def _note(session: Session, note_id: int) -> models.Note:
    note = session.get(models.Note, note_id)
    if note is None:
        raise NotFound("Notitie", note_id)
    return note


def _live_note(session: Session, note_id: int) -> models.Note:
    """A note that can get dots, locked for the rest of the transaction: two facilitators in
    the team archive (or the laptop and a phone) giving dots at once each count, none is lost
    (SQLite has one writer at a time anyway)."""
    note = session.get(models.Note, note_id, with_for_update=True, populate_existing=True)
    if note is None:
        raise NotFound("Notitie", note_id)
    if note.deleted_at is not None:
        raise VotingLimit(_("Op een verwijderde notitie kun je niet stemmen."))
    return note

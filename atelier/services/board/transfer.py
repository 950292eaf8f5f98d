"""Moving or copying notes to another werkvorm of the same atelier (Qt-free).

A moved note keeps its id and text but leaves its cluster, and its dots stay behind with the
voting round they were given in (they come back with undo, via ``restore_placements``). New
places on the target board are free slots after the notes already there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from atelier.services.ateliers import atelier_of_werkvorm, touch_atelier
from atelier.services.board.changes import BoardChange, describe, werkvorm_of_notes
from atelier.services.board.layout import free_positions
from atelier.services.errors import NotFound, ServiceError
from atelier.storage import models
from atelier.translation import _


@dataclass(frozen=True)
class Placement:
    """Where a note was before it moved to another werkvorm, with its dots."""

    note_id: int
    werkvorm_id: int
    x: float
    y: float
    cluster_id: int | None
    room_votes: int
    votes: tuple[tuple[int, int], ...]  # (participant id, count)


def transfer_notes(
    session: Session, note_ids: Sequence[int], target_werkvorm_id: int, *, copy: bool
) -> tuple[tuple[Placement, ...], tuple[int, ...], BoardChange]:
    """Move (or copy) notes to ``target_werkvorm_id``.

    Returns the placements to undo a move, the ids of the notes now on the target board and
    the change on both boards.
    """
    source_id = werkvorm_of_notes(session, note_ids)
    if target_werkvorm_id == source_id:
        raise ServiceError(_("De notities staan al op dit bord."))
    if atelier_of_werkvorm(session, target_werkvorm_id) != atelier_of_werkvorm(session, source_id):
        raise ServiceError(_("Notities kunnen alleen naar een werkvorm van hetzelfde atelier."))
    rows = [_note(session, note_id) for note_id in note_ids]
    rows.sort(key=lambda row: (row.y, row.x, row.id))
    positions = _free_positions(session, target_werkvorm_id, len(rows))
    placements = []
    arrived = []
    for row, (x, y) in zip(rows, positions, strict=True):
        if copy:
            twin = models.Note(
                werkvorm_id=target_werkvorm_id,
                text=row.text,
                onderdeel=row.onderdeel,
                colour=row.colour,
                author_organisation_id=row.author_organisation_id,
                x=x,
                y=y,
            )
            session.add(twin)
            session.flush()
            arrived.append(twin.id)
            continue
        placements.append(_placement(session, row))
        session.execute(delete(models.Vote).where(models.Vote.note_id == row.id))
        row.werkvorm_id, row.x, row.y = target_werkvorm_id, x, y
        row.cluster_id, row.votes = None, 0
        arrived.append(row.id)
    touch_atelier(session, atelier_of_werkvorm(session, source_id))
    session.flush()
    clusters = {p.cluster_id for p in placements if p.cluster_id is not None}
    change = describe(
        session,
        (source_id, target_werkvorm_id),
        note_ids=arrived,
        cluster_ids=clusters,
        voting=not copy,
    )
    return tuple(placements), tuple(arrived), change


def restore_placements(session: Session, placements: Sequence[Placement]) -> BoardChange:
    """Put moved notes back where they were, with their cluster and dots."""
    werkvormen: set[int] = set()
    clusters: set[int] = set()
    for placement in placements:
        row = _note(session, placement.note_id)
        werkvormen.update((row.werkvorm_id, placement.werkvorm_id))
        cluster_id = placement.cluster_id
        if cluster_id is not None and session.get(models.Cluster, cluster_id) is None:
            cluster_id = None
        row.werkvorm_id, row.x, row.y = placement.werkvorm_id, placement.x, placement.y
        row.cluster_id, row.votes = cluster_id, placement.room_votes
        session.execute(delete(models.Vote).where(models.Vote.note_id == row.id))
        for participant_id, count in placement.votes:
            if session.get(models.Participant, participant_id) is not None:
                session.add(models.Vote(note_id=row.id, participant_id=participant_id, count=count))
        if cluster_id is not None:
            clusters.add(cluster_id)
    if placements:
        touch_atelier(session, atelier_of_werkvorm(session, placements[0].werkvorm_id))
    session.flush()
    return describe(
        session,
        sorted(werkvormen),
        note_ids=[p.note_id for p in placements],
        cluster_ids=clusters,
        voting=True,
    )


def _free_positions(session: Session, werkvorm_id: int, count: int) -> list[tuple[float, float]]:
    occupied = session.execute(
        select(models.Note.x, models.Note.y).where(
            models.Note.werkvorm_id == werkvorm_id, models.Note.deleted_at.is_(None)
        )
    ).all()
    return free_positions([(x, y) for x, y in occupied], count)


def _placement(session: Session, row: models.Note) -> Placement:
    votes = session.execute(
        select(models.Vote.participant_id, models.Vote.count)
        .where(models.Vote.note_id == row.id)
        .order_by(models.Vote.participant_id)
    ).all()
    return Placement(
        row.id,
        row.werkvorm_id,
        row.x,
        row.y,
        row.cluster_id,
        row.votes,
        tuple((p, c) for p, c in votes),
    )


def _note(session: Session, note_id: int) -> models.Note:
    row = session.get(models.Note, note_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("Notitie", note_id)
    return row

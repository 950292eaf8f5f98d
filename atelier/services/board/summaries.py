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
from atelier.services.board.notes import RECORD_COLUMNS
from atelier.storage import models


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
        select(*RECORD_COLUMNS).where(*conditions).order_by(note.id.desc()).limit(max(0, limit))
    ).all()
    total = session.execute(select(func.count()).select_from(note).where(*conditions)).scalar()
    notes = [NoteData(*row, False) for row in reversed(rows)]  # type: ignore[arg-type, call-arg]
    return NewestNotes(notes, int(total or 0))


@dataclass(frozen=True)
class ClusterSummary:
    """A cluster as the beamer shows it: its title, how many live notes, the first few."""

    id: int
    titel: str
    count: int
    texts: tuple[str, ...]  # the first notes put in it, oldest first
    onderdeel: str  # of its first note, for the card's colour


def cluster_summaries(session: Session, werkvorm_id: int, texts: int = 3) -> list[ClusterSummary]:
    """The werkvorm's clusters that hold live notes, in the order they were made, with each
    one's count and first ``texts`` notes: two small queries, whatever the wall's size."""
    note, cluster = models.Note, models.Cluster
    live = (
        note.werkvorm_id == werkvorm_id,
        note.deleted_at.is_(None),
        note.cluster_id.is_not(None),
    )
    counts = dict(
        session.execute(
            select(note.cluster_id, func.count()).where(*live).group_by(note.cluster_id)
        ).all()
    )
    if not counts:
        return []
    place = func.row_number().over(partition_by=note.cluster_id, order_by=note.id).label("place")
    ranked = select(note.cluster_id, note.text, note.onderdeel, place).where(*live).subquery()
    firsts: dict[int, list[tuple[str, str]]] = {}
    for cluster_id, text, onderdeel, _place in session.execute(
        select(ranked).where(ranked.c.place <= texts).order_by(ranked.c.cluster_id, ranked.c.place)
    ):
        firsts.setdefault(cluster_id, []).append((text, onderdeel))
    titles = session.execute(
        select(cluster.id, cluster.titel).where(cluster.id.in_(counts)).order_by(cluster.id)
    ).all()
    return [
        ClusterSummary(
            ident,
            titel,
            int(counts[ident]),
            tuple(text for text, _o in firsts.get(ident, [])),
            firsts[ident][0][1] if firsts.get(ident) else "",
        )
        for ident, titel in titles
    ]

"""The sticky-note board of one werkvorm: loading it whole and changing many notes at once.

Every board operation ends by describing what it changed (``BoardChange``), so a board on
screen can update just those notes instead of reloading two thousand of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.domain.records import ClusterData, NoteData
from atelier.services.ateliers import atelier_of_werkvorm, touch_atelier, touch_atelier_row
from atelier.services.board import notes
from atelier.services.board.voting import dot_totals
from atelier.services.conversions import cluster_data, note_data
from atelier.services.errors import NotFound, ServiceError
from atelier.storage import models
from atelier.storage.driver_sql import QuickConnection
from atelier.translation import _


@dataclass(frozen=True)
class NoteDraft:
    """A note about to be captured."""

    text: str
    x: float
    y: float
    onderdeel: str | None = None  # None: the werkvorm's onderdeel
    author_organisation_id: int | None = None


@dataclass(frozen=True)
class BoardSnapshot:
    werkvorm_id: int
    notes: tuple[NoteData, ...]  # live notes only
    clusters: tuple[ClusterData, ...]
    dots: Mapping[int, int]  # note id → total dots


@dataclass(frozen=True)
class BoardChange:
    """The new state of everything one operation changed, on one or more boards."""

    werkvorm_ids: tuple[int, ...]
    notes: tuple[NoteData, ...] = ()  # deleted, or now on another werkvorm: leaves the board
    clusters: tuple[ClusterData, ...] = ()
    removed_clusters: tuple[int, ...] = ()
    dots: Mapping[int, int] = field(default_factory=dict)  # note id → total dots now
    voting: bool = False  # the voting round (limits, dots, or the notes it ranks) changed


def load_board(session: Session, werkvorm_id: int) -> BoardSnapshot:
    if session.get(models.Werkvorm, werkvorm_id) is None:
        raise NotFound("Werkvorm", werkvorm_id)
    live = tuple(notes.list_notes(session, werkvorm_id))
    members: dict[int, list[int]] = {}
    for note in live:
        if note.cluster_id is not None:
            members.setdefault(note.cluster_id, []).append(note.id)
    clusters = tuple(
        cluster_data(row, tuple(members.get(row.id, ())))
        for row in session.scalars(
            select(models.Cluster)
            .where(models.Cluster.werkvorm_id == werkvorm_id)
            .order_by(models.Cluster.id)
        )
    )
    return BoardSnapshot(werkvorm_id, live, clusters, dot_totals(session, werkvorm_id))


def describe(
    session: Session,
    werkvorm_ids: Iterable[int],
    *,
    note_ids: Iterable[int] = (),
    cluster_ids: Iterable[int] = (),
    all_dots: bool = False,
    voting: bool = False,
) -> BoardChange:
    """Read back the current state of the given notes and clusters as a ``BoardChange``."""
    werkvorm_ids = tuple(dict.fromkeys(werkvorm_ids))
    note_ids = list(dict.fromkeys(note_ids))
    rows = session.scalars(select(models.Note).where(models.Note.id.in_(note_ids))).all()
    changed_notes = tuple(note_data(row) for row in sorted(rows, key=lambda r: r.id))
    clusters: list[ClusterData] = []
    removed: list[int] = []
    for cluster_id in dict.fromkeys(cluster_ids):
        row = session.get(models.Cluster, cluster_id)
        if row is None:
            removed.append(cluster_id)
            continue
        member_ids = session.scalars(
            select(models.Note.id)
            .where(models.Note.cluster_id == cluster_id, models.Note.deleted_at.is_(None))
            .order_by(models.Note.id)
        ).all()
        clusters.append(cluster_data(row, tuple(member_ids)))
    dots: dict[int, int] = {}
    for werkvorm_id in werkvorm_ids if (all_dots or note_ids) else ():
        totals = dot_totals(session, werkvorm_id)
        dots.update(totals if all_dots else {i: totals[i] for i in note_ids if i in totals})
    return BoardChange(werkvorm_ids, changed_notes, tuple(clusters), tuple(removed), dots, voting)


def add_notes(
    connection: QuickConnection, werkvorm_id: int, drafts: Sequence[NoteDraft]
) -> BoardChange:
    """Capture notes: the quick path behind Enter, with the rules of ``notes.add_note``.

    On the driver's connection (``Database.driver_transaction``): one query for the werkvorm,
    one INSERT per note, one UPDATE of the atelier's time.
    """
    if not drafts:
        raise ServiceError(_("Er is geen tekst om als notitie toe te voegen."))
    default_onderdeel, atelier_id = notes.werkvorm_facts(connection, werkvorm_id)
    now = models.utcnow()
    added = tuple(
        notes.insert_note(
            connection,
            werkvorm_id,
            atelier_id,
            draft.text,
            draft.onderdeel or default_onderdeel,
            (draft.x, draft.y),
            author_organisation_id=draft.author_organisation_id,
            now=now,
        )
        for draft in drafts
    )
    touch_atelier_row(connection, atelier_id, now)
    return BoardChange((werkvorm_id,), added, dots={note.id: 0 for note in added})


def delete_notes(session: Session, note_ids: Sequence[int]) -> BoardChange:
    for note_id in note_ids:
        notes.delete_note(session, note_id)
    return _describe_notes(session, note_ids, voting=True)


def restore_notes(session: Session, note_ids: Sequence[int]) -> BoardChange:
    for note_id in note_ids:
        notes.restore_note(session, note_id)
    return _describe_notes(session, note_ids, voting=True)


def edit_note(session: Session, note_id: int, **changes: object) -> BoardChange:
    notes.edit_note(session, note_id, **changes)  # type: ignore[arg-type]
    return _describe_notes(session, [note_id], voting=True)  # the ranking shows its text


@dataclass(frozen=True)
class Arrangement:
    """Where notes and clusters stand and which cluster each note is in, after a drag."""

    positions: tuple[tuple[int, float, float], ...] = ()  # note id, x, y
    memberships: tuple[tuple[int, int | None], ...] = ()  # note id, cluster id
    cluster_positions: tuple[tuple[int, float, float], ...] = ()  # cluster id, x, y


def arrange(session: Session, werkvorm_id: int, arrangement: Arrangement) -> BoardChange:
    """Move notes and clusters and change memberships, all in the caller's one transaction."""
    note_ids = [i for i, _x, _y in arrangement.positions] + [i for i, _c in arrangement.memberships]
    rows = {
        row.id: row
        for row in session.scalars(select(models.Note).where(models.Note.id.in_(note_ids)))
    }
    for note_id in note_ids:
        if note_id not in rows or rows[note_id].werkvorm_id != werkvorm_id:
            raise NotFound("Notitie", note_id)
    for note_id, x, y in arrangement.positions:
        rows[note_id].x, rows[note_id].y = float(x), float(y)
    touched_clusters: set[int] = set()
    for note_id, cluster_id in arrangement.memberships:
        if rows[note_id].cluster_id is not None:
            touched_clusters.add(rows[note_id].cluster_id)  # type: ignore[arg-type]
        if cluster_id is not None:
            cluster = session.get(models.Cluster, cluster_id)
            if cluster is None or cluster.werkvorm_id != werkvorm_id:
                raise NotFound("Cluster", cluster_id)
            touched_clusters.add(cluster_id)
        rows[note_id].cluster_id = cluster_id
    for cluster_id, x, y in arrangement.cluster_positions:
        cluster = session.get(models.Cluster, cluster_id)
        if cluster is None or cluster.werkvorm_id != werkvorm_id:
            raise NotFound("Cluster", cluster_id)
        cluster.x, cluster.y = float(x), float(y)
        touched_clusters.add(cluster_id)
    touch_atelier(session, atelier_of_werkvorm(session, werkvorm_id))
    session.flush()
    return describe(session, (werkvorm_id,), note_ids=note_ids, cluster_ids=touched_clusters)


def duplicate_notes(
    session: Session, note_ids: Sequence[int], positions: Sequence[tuple[float, float]]
) -> BoardChange:
    """Copy notes on their own board (text, onderdeel, colour, author, cluster; no dots)."""
    copies = []
    for note_id, (x, y) in zip(note_ids, positions, strict=True):
        original = session.get(models.Note, note_id)
        if original is None or original.deleted_at is not None:
            raise NotFound("Notitie", note_id)
        copy = models.Note(
            werkvorm_id=original.werkvorm_id,
            text=original.text,
            onderdeel=original.onderdeel,
            colour=original.colour,
            author_organisation_id=original.author_organisation_id,
            cluster_id=original.cluster_id,
            x=float(x),
            y=float(y),
        )
        session.add(copy)
        copies.append(copy)
    if copies:
        touch_atelier(session, atelier_of_werkvorm(session, copies[0].werkvorm_id))
    session.flush()
    return _describe_notes(session, [c.id for c in copies])


def werkvorm_of_notes(session: Session, note_ids: Sequence[int]) -> int:
    """The one werkvorm the notes are on; an error if they are spread over several."""
    werkvormen = set(
        session.scalars(
            select(models.Note.werkvorm_id).where(models.Note.id.in_(list(note_ids)))
        ).all()
    )
    if len(werkvormen) != 1:
        raise ServiceError(_("Deze notities staan niet samen op één bord."))
    return werkvormen.pop()


def _describe_notes(session: Session, note_ids: Sequence[int], voting: bool = False) -> BoardChange:
    if not note_ids:
        raise ServiceError(_("Er zijn geen notities gekozen."))
    werkvorm_id = werkvorm_of_notes(session, note_ids)
    clusters = session.scalars(
        select(models.Note.cluster_id).where(
            models.Note.id.in_(list(note_ids)), models.Note.cluster_id.is_not(None)
        )
    ).all()
    return describe(
        session,
        (werkvorm_id,),
        note_ids=note_ids,
        cluster_ids={c for c in clusters if c is not None},
        voting=voting,
    )

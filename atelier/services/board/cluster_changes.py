"""Clusters on the board: group, ungroup and bring back, rename, collapse (Qt-free).

Undo needs an ungrouped cluster back as it was, under the same id where possible, so that
later steps in the undo history still find it; ``recreate_cluster`` reports the id it got.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.domain.records import ClusterData
from atelier.services.ateliers import atelier_of_werkvorm, touch_atelier
from atelier.services.board import clusters
from atelier.services.board.changes import BoardChange, describe
from atelier.services.conversions import cluster_data
from atelier.services.errors import NotFound, ServiceError
from atelier.storage import models
from atelier.translation import _


@dataclass(frozen=True)
class ClusterState:
    """Everything needed to bring an ungrouped cluster back."""

    cluster: ClusterData
    member_ids: tuple[int, ...]  # including deleted notes that belonged to it


def group_notes(
    session: Session,
    werkvorm_id: int,
    titel: str,
    note_ids: Sequence[int],
    position: tuple[float, float],
    cluster_id: int | None = None,
) -> tuple[int, BoardChange]:
    """Put notes in a new cluster (with id ``cluster_id`` if that id is free); return its id."""
    if not note_ids:
        raise ServiceError(_("Kies eerst de notities die je wilt groeperen."))
    previous = _previous_clusters(session, note_ids)
    state = ClusterState(
        ClusterData(cluster_id or 0, werkvorm_id, titel, position[0], position[1], ()),
        tuple(note_ids),
    )
    new_id = _insert(session, state)
    return new_id, describe(
        session, (werkvorm_id,), note_ids=note_ids, cluster_ids=[new_id, *previous]
    )


def cluster_state(session: Session, cluster_id: int) -> ClusterState:
    row = session.get(models.Cluster, cluster_id)
    if row is None:
        raise NotFound("Cluster", cluster_id)
    members = tuple(
        session.scalars(
            select(models.Note.id)
            .where(models.Note.cluster_id == cluster_id)
            .order_by(models.Note.id)
        )
    )
    return ClusterState(cluster_data(row, ()), members)


def ungroup_cluster(session: Session, cluster_id: int) -> tuple[ClusterState, BoardChange]:
    """Dissolve a cluster; its notes stay where they are. Returns its state for undo."""
    state = cluster_state(session, cluster_id)
    clusters.ungroup(session, cluster_id)
    touch_atelier(session, atelier_of_werkvorm(session, state.cluster.werkvorm_id))
    change = describe(
        session,
        (state.cluster.werkvorm_id,),
        note_ids=state.member_ids,
        cluster_ids=[cluster_id],
    )
    return state, change


def recreate_cluster(session: Session, state: ClusterState) -> tuple[int, BoardChange]:
    """Bring back an ungrouped cluster with its title, place, collapse and notes."""
    new_id = _insert(session, state)
    change = describe(
        session, (state.cluster.werkvorm_id,), note_ids=state.member_ids, cluster_ids=[new_id]
    )
    return new_id, change


def rename_cluster(
    session: Session, cluster_id: int, titel: str, seen: str | None = None
) -> BoardChange:
    data = clusters.rename_cluster(session, cluster_id, titel, seen)
    touch_atelier(session, atelier_of_werkvorm(session, data.werkvorm_id))
    return describe(session, (data.werkvorm_id,), cluster_ids=[cluster_id])


def set_collapsed(session: Session, cluster_id: int, collapsed: bool) -> BoardChange:
    row = session.get(models.Cluster, cluster_id)
    if row is None:
        raise NotFound("Cluster", cluster_id)
    row.collapsed = collapsed
    touch_atelier(session, atelier_of_werkvorm(session, row.werkvorm_id))
    session.flush()
    return describe(session, (row.werkvorm_id,), cluster_ids=[cluster_id])


def set_memberships(
    session: Session, werkvorm_id: int, memberships: Sequence[tuple[int, int | None]]
) -> BoardChange:
    """Put each note back in the given cluster (or none)."""
    touched: set[int] = set()
    for note_id, cluster_id in memberships:
        note = session.get(models.Note, note_id)
        if note is None:
            raise NotFound("Notitie", note_id)
        if note.cluster_id is not None:
            touched.add(note.cluster_id)
        clusters.set_note_cluster(session, note_id, cluster_id)
        if cluster_id is not None:
            touched.add(cluster_id)
    touch_atelier(session, atelier_of_werkvorm(session, werkvorm_id))
    return describe(
        session, (werkvorm_id,), note_ids=[n for n, _c in memberships], cluster_ids=touched
    )


def _insert(session: Session, state: ClusterState) -> int:
    data = state.cluster
    if session.get(models.Werkvorm, data.werkvorm_id) is None:
        raise NotFound("Werkvorm", data.werkvorm_id)
    if len(data.titel) > clusters.MAX_CLUSTER_TITLE:
        raise ServiceError(
            _("Een clustertitel mag hoogstens {max_cluster_title} tekens hebben.").format(
                max_cluster_title=clusters.MAX_CLUSTER_TITLE
            )
        )
    row = models.Cluster(
        werkvorm_id=data.werkvorm_id,
        titel=data.titel,
        x=data.x,
        y=data.y,
        collapsed=data.collapsed,
    )
    if data.id and session.get(models.Cluster, data.id) is None:
        row.id = data.id
    session.add(row)
    session.flush()
    for note_id in state.member_ids:
        note = session.get(models.Note, note_id)
        if note is None or note.werkvorm_id != data.werkvorm_id:
            raise NotFound("Notitie", note_id)
        note.cluster_id = row.id
    touch_atelier(session, atelier_of_werkvorm(session, data.werkvorm_id))
    session.flush()
    return row.id


def _previous_clusters(session: Session, note_ids: Sequence[int]) -> set[int]:
    clusters = session.scalars(
        select(models.Note.cluster_id).where(
            models.Note.id.in_(list(note_ids)), models.Note.cluster_id.is_not(None)
        )
    ).all()
    return {cluster for cluster in clusters if cluster is not None}

"""Clusters: group notes of one werkvorm under a title, rename, ungroup."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.domain import text_limits
from atelier.domain.records import ClusterData
from atelier.services.board.notes import check_position
from atelier.services.conversions import cluster_data
from atelier.services.edit_conflicts import check_seen
from atelier.services.errors import NotFound, ServiceError
from atelier.services.texts import checked_text
from atelier.storage import models
from atelier.translation import _

MAX_CLUSTER_TITLE = text_limits.CLUSTER_TITLE


def create_cluster(
    session: Session,
    werkvorm_id: int,
    titel: str,
    note_ids: list[int],
    position: tuple[float, float] = (0.0, 0.0),
) -> ClusterData:
    if session.get(models.Werkvorm, werkvorm_id) is None:
        raise NotFound("Werkvorm", werkvorm_id)
    _check_title(titel)
    x, y = check_position(*position)
    cluster = models.Cluster(werkvorm_id=werkvorm_id, titel=titel, x=x, y=y)
    session.add(cluster)
    session.flush()
    for note_id in note_ids:
        _assign(session, cluster, note_id)
    session.flush()
    return get_cluster(session, cluster.id)


def rename_cluster(
    session: Session, cluster_id: int, titel: str, seen: str | None = None
) -> ClusterData:
    """Give the cluster a title; ``seen``: its title as the facilitator saw it (EditConflict
    when a colleague renamed it since)."""
    _check_title(titel)
    cluster = _cluster(session, cluster_id)
    if seen is not None:
        check_seen(
            session,
            cluster,
            {"titel": seen},
            _("Dit cluster"),
            {"titel": titel},
            werkvorm_id=cluster.werkvorm_id,
        )
    cluster.titel = titel
    session.flush()
    return get_cluster(session, cluster_id)


def move_cluster(session: Session, cluster_id: int, x: float, y: float) -> ClusterData:
    cluster = _cluster(session, cluster_id)
    cluster.x, cluster.y = check_position(x, y)
    session.flush()
    return get_cluster(session, cluster_id)


def set_note_cluster(session: Session, note_id: int, cluster_id: int | None) -> None:
    """Put a note into a cluster, or take it out with ``None``."""
    note = session.get(models.Note, note_id)
    if note is None:
        raise NotFound("Notitie", note_id)
    if cluster_id is None:
        note.cluster_id = None
    else:
        _assign(session, _cluster(session, cluster_id), note_id)
    session.flush()


def ungroup(session: Session, cluster_id: int) -> list[int]:
    """Dissolve a cluster; its notes stay on the board. Returns their ids."""
    cluster = _cluster(session, cluster_id)
    notes = session.scalars(select(models.Note).where(models.Note.cluster_id == cluster_id)).all()
    for note in notes:
        note.cluster_id = None
    session.delete(cluster)
    session.flush()
    return [note.id for note in notes]


def get_cluster(session: Session, cluster_id: int) -> ClusterData:
    cluster = _cluster(session, cluster_id)
    note_ids = tuple(
        session.scalars(
            select(models.Note.id)
            .where(models.Note.cluster_id == cluster_id, models.Note.deleted_at.is_(None))
            .order_by(models.Note.id)
        )
    )
    return cluster_data(cluster, note_ids)


def list_clusters(session: Session, werkvorm_id: int) -> list[ClusterData]:
    ids = session.scalars(
        select(models.Cluster.id)
        .where(models.Cluster.werkvorm_id == werkvorm_id)
        .order_by(models.Cluster.id)
    ).all()
    return [get_cluster(session, cluster_id) for cluster_id in ids]


def _assign(session: Session, cluster: models.Cluster, note_id: int) -> None:
    note = session.get(models.Note, note_id)
    if note is None:
        raise NotFound("Notitie", note_id)
    if note.werkvorm_id != cluster.werkvorm_id:
        raise ServiceError(_("Een cluster kan alleen notities van dezelfde werkvorm bevatten."))
    note.cluster_id = cluster.id


def _cluster(session: Session, cluster_id: int) -> models.Cluster:
    cluster = session.get(models.Cluster, cluster_id)
    if cluster is None:
        raise NotFound("Cluster", cluster_id)
    return cluster


def _check_title(titel: str) -> None:
    checked_text(titel, MAX_CLUSTER_TITLE, _("Een clustertitel"))

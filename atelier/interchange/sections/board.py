"""The board of one werkvorm inside section ``dagdelen``: its clusters and its notes, deleted
ones included (with ``deleted_at``), with positions, colour, author and room-scribed votes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import Table

from atelier.domain.reference import onderdeel_keys
from atelier.interchange.context import ExportContext, ImportContext
from atelier.interchange.validation import Fields, Node, timestamp_text
from atelier.services.board.clusters import MAX_CLUSTER_TITLE
from atelier.services.board.notes import MAX_NOTE_TEXT
from atelier.storage import models
from atelier.translation import _

FIELDS = ("clusters", "notes")
MAX_NOTES = 50_000
MAX_CLUSTERS = 10_000
MAX_ROOM_VOTES = 100_000


def export(ctx: ExportContext, werkvorm: models.Werkvorm) -> dict[str, Any]:
    clusters = [
        {
            "id": ctx.assign("cluster", cluster.id),
            "titel": cluster.titel,
            "x": cluster.x,
            "y": cluster.y,
            "collapsed": cluster.collapsed,
            "created_at": timestamp_text(cluster.created_at),
            "updated_at": timestamp_text(cluster.updated_at),
        }
        for cluster in sorted(werkvorm.clusters, key=lambda row: row.id)
    ]
    notes = [
        {
            "id": ctx.assign("note", note.id),
            "text": note.text,
            "onderdeel": note.onderdeel,
            "colour": note.colour,
            "author": ctx.local("organisation", note.author_organisation_id),
            "x": note.x,
            "y": note.y,
            "cluster": ctx.local("cluster", note.cluster_id),
            "votes": note.votes,
            "created_at": timestamp_text(note.created_at),
            "updated_at": timestamp_text(note.updated_at),
            "deleted_at": timestamp_text(note.deleted_at),
        }
        for note in sorted(werkvorm.notes, key=lambda row: row.id)
    ]
    return {"clusters": clusters, "notes": notes}


def read(fields: Fields, werkvorm: models.Werkvorm, ctx: ImportContext) -> None:
    clusters = fields["clusters"].items(MAX_CLUSTERS)
    ctx.count("clusters", fields["clusters"], len(clusters), MAX_CLUSTERS)
    for item in clusters:
        werkvorm.clusters.append(_read_cluster(item, ctx))
    own_clusters = set(werkvorm.clusters)
    notes = fields["notes"].items(MAX_NOTES)
    ctx.count("notities", fields["notes"], len(notes), MAX_NOTES)
    for item in notes:
        _read_note(item, werkvorm, own_clusters, ctx)


@dataclass(slots=True, eq=False)
class NoteRow:
    """A checked note, stored without the ORM (``BulkRow``): a file may hold 50,000."""

    table: ClassVar[Table] = models.table_of(models.Note)
    werkvorm: models.Werkvorm
    text: str
    onderdeel: str
    colour: str | None
    author: models.Organisation | None
    x: float
    y: float
    cluster: models.Cluster | None
    votes: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    id: int | None = None

    def values(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "werkvorm_id": self.werkvorm.id,
            "text": self.text,
            "onderdeel": self.onderdeel,
            "colour": self.colour,
            "author_organisation_id": self.author.id if self.author is not None else None,
            "x": self.x,
            "y": self.y,
            "cluster_id": self.cluster.id if self.cluster is not None else None,
            "votes": self.votes,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "deleted_at": self.deleted_at,
        }


def _read_cluster(node: Node, ctx: ImportContext) -> models.Cluster:
    fields = node.object(["id", "titel", "x", "y", "collapsed", "created_at", "updated_at"])
    cluster = models.Cluster(
        titel=fields.text("titel", max_length=MAX_CLUSTER_TITLE),
        x=fields["x"].coordinate(),
        y=fields["y"].coordinate(),
        collapsed=fields["collapsed"].boolean(),
        created_at=fields["created_at"].timestamp(),
        updated_at=fields["updated_at"].timestamp(),
    )
    ctx.declare("cluster", fields["id"], cluster)
    return cluster


def _read_note(
    node: Node, werkvorm: models.Werkvorm, own_clusters: set[models.Cluster], ctx: ImportContext
) -> None:
    fields = node.object(
        [
            "id",
            "text",
            "onderdeel",
            "colour",
            "author",
            "x",
            "y",
            "cluster",
            "votes",
            "created_at",
            "updated_at",
            "deleted_at",
        ]
    )
    cluster = ctx.resolve("cluster", fields["cluster"])
    if cluster is not None and cluster not in own_clusters:
        fields["cluster"].fail(
            _("cluster '{value}' hoort bij een andere werkvorm dan deze notitie").format(
                value=fields["cluster"].value
            )
        )
    note = NoteRow(
        werkvorm=werkvorm,
        text=fields.text("text", max_length=MAX_NOTE_TEXT, non_empty=True),
        onderdeel=fields["onderdeel"].choice(onderdeel_keys()),
        colour=fields["colour"].colour(),
        author=ctx.resolve("organisation", fields["author"]),
        x=fields["x"].coordinate(),
        y=fields["y"].coordinate(),
        cluster=cluster,
        votes=fields["votes"].integer(0, MAX_ROOM_VOTES),
        created_at=fields["created_at"].timestamp(),
        updated_at=fields["updated_at"].timestamp(),
        deleted_at=fields["deleted_at"].timestamp(nullable=True),
    )
    ctx.declare("note", fields["id"], note)

"""Section ``votes``: the dots each participant gave each note in a werkvorm's voting round."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.interchange.context import ExportContext, ImportContext, insert_in_batches
from atelier.interchange.sections.base import Section
from atelier.interchange.sections.board import NoteRow
from atelier.interchange.validation import Node
from atelier.storage import models
from atelier.translation import _

MAX_VOTES = 200_000
MAX_DOTS = 1_000


def export(ctx: ExportContext) -> list[dict[str, Any]]:
    rows = ctx.session.scalars(
        select(models.Vote)
        .join(models.Note, models.Note.id == models.Vote.note_id)
        .join(models.Werkvorm, models.Werkvorm.id == models.Note.werkvorm_id)
        .join(models.Dagdeel, models.Dagdeel.id == models.Werkvorm.dagdeel_id)
        .where(models.Dagdeel.atelier_id == ctx.atelier.id)
    ).all()
    # A vote by someone outside this atelier cannot be expressed in its file: leave it out.
    kept = [
        row
        for row in rows
        if ctx.local("note", row.note_id) and ctx.local("participant", row.participant_id)
    ]
    kept.sort(
        key=lambda row: (
            ctx.order("note", row.note_id),
            ctx.order("participant", row.participant_id),
        )
    )
    return [
        {
            "note": ctx.local("note", row.note_id),
            "participant": ctx.local("participant", row.participant_id),
            "count": row.count,
        }
        for row in kept
    ]


def read(node: Node, ctx: ImportContext) -> None:
    seen: set[tuple[NoteRow, models.Participant]] = set()
    pending: list[tuple[NoteRow, models.Participant, int]] = []
    for item in node.items(MAX_VOTES):
        fields = item.object(["note", "participant", "count"])
        note = ctx.resolve("note", fields["note"])
        participant = ctx.resolve("participant", fields["participant"])
        if note is None:
            fields["note"].fail("ontbreekt")
        if participant is None:
            fields["participant"].fail("ontbreekt")
        pair = (note, participant)
        if pair in seen:
            item.fail(_("deze deelnemer heeft al stemmen op deze notitie"))
        seen.add(pair)
        pending.append((note, participant, fields["count"].integer(0, MAX_DOTS)))

    def insert(session: Session) -> None:
        insert_in_batches(
            session,
            models.table_of(models.Vote),
            (
                {"note_id": note.id, "participant_id": participant.id, "count": count}
                for note, participant, count in pending
            ),
        )

    ctx.after_insert(insert)


SECTION = Section("votes", since=1, export=export, read=read)

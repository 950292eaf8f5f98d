"""Section ``checklists`` (since version 3): the points of a lens's checklist (the
participatieroute) the atelier covers, and where. Points nobody touched are not written."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.domain import text_limits
from atelier.domain.routemap.participatieroute import LENS, participatieroute
from atelier.interchange.context import ExportContext, ImportContext
from atelier.interchange.sections.base import Section
from atelier.interchange.validation import Node
from atelier.storage import models
from atelier.translation import _


def export(ctx: ExportContext) -> list[dict[str, Any]]:
    rows = ctx.session.scalars(
        select(models.ChecklistPunt)
        .where(models.ChecklistPunt.atelier_id == ctx.atelier.id)
        .order_by(models.ChecklistPunt.id)
    )
    return [
        {"lijst": row.lijst, "punt": row.punt, "gedekt": row.gedekt, "waar": row.waar}
        for row in rows
    ]


def read(node: Node, ctx: ImportContext) -> None:
    keys = participatieroute().punt_keys()
    seen: set[tuple[str, str]] = set()
    rows = []
    for item in node.items(len(keys)):
        fields = item.object(["lijst", "punt", "gedekt", "waar"])
        lijst = fields["lijst"].choice([LENS])
        punt = fields["punt"].choice(keys)
        if (lijst, punt) in seen:
            fields["punt"].fail(_("'{punt}' staat er twee keer in").format(punt=punt))
        seen.add((lijst, punt))
        rows.append(
            models.ChecklistPunt(
                lijst=lijst,
                punt=punt,
                gedekt=fields["gedekt"].boolean(),
                waar=fields.text("waar", max_length=text_limits.SHORT_TEXT),
            )
        )

    def insert(session: Session) -> None:
        assert ctx.atelier is not None
        for row in rows:
            row.atelier_id = ctx.atelier.id
        session.add_all(rows)

    ctx.after_insert(insert)


SECTION = Section("checklists", since=3, export=export, read=read)

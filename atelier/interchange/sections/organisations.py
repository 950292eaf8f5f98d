"""Section ``organisations``: the organisations at the table, each with a stakeholder type."""

from __future__ import annotations

from typing import Any

from atelier.domain.reference import stakeholder_type_keys
from atelier.interchange.context import ExportContext, ImportContext
from atelier.interchange.sections.base import Section
from atelier.interchange.validation import Node
from atelier.services.people import MAX_NAME
from atelier.storage import models

MAX_ORGANISATIONS = 1_000


def export(ctx: ExportContext) -> list[dict[str, Any]]:
    return [
        {
            "id": ctx.assign("organisation", row.id),
            "name": row.name,
            "stakeholder_type": row.stakeholder_type,
        }
        for row in sorted(ctx.atelier.organisations, key=lambda row: row.id)
    ]


def read(node: Node, ctx: ImportContext) -> None:
    assert ctx.atelier is not None
    types = stakeholder_type_keys()
    for item in node.items(MAX_ORGANISATIONS):
        fields = item.object(["id", "name", "stakeholder_type"])
        row = models.Organisation(
            name=fields.text("name", max_length=MAX_NAME, non_empty=True),
            stakeholder_type=fields["stakeholder_type"].choice(types),
        )
        ctx.declare("organisation", fields["id"], row)
        ctx.atelier.organisations.append(row)


SECTION = Section("organisations", since=1, export=export, read=read)

"""Section ``participants``: who took part, for which organisation, and which dagdelen."""

from __future__ import annotations

from functools import partial
from typing import Any

from atelier.interchange.context import ExportContext, ImportContext
from atelier.interchange.sections.base import Section
from atelier.interchange.validation import Node
from atelier.services.people import MAX_NAME, MAX_ROLE
from atelier.storage import models
from atelier.translation import _

MAX_PARTICIPANTS = 2_000
MAX_DAGDEEL_NUMBER = 4


def export(ctx: ExportContext) -> list[dict[str, Any]]:
    return [
        {
            "id": ctx.assign("participant", row.id),
            "name": row.name,
            "organisation": ctx.local("organisation", row.organisation_id),
            "role": row.role,
            "dagdelen": sorted(dagdeel.nummer for dagdeel in row.dagdelen),
        }
        for row in sorted(ctx.atelier.participants, key=lambda row: row.id)
    ]


def read(node: Node, ctx: ImportContext) -> None:
    assert ctx.atelier is not None
    for item in node.items(MAX_PARTICIPANTS):
        fields = item.object(["id", "name", "organisation", "role", "dagdelen"])
        row = models.Participant(
            name=fields.text("name", max_length=MAX_NAME, non_empty=True),
            organisation=ctx.resolve("organisation", fields["organisation"]),
            role=fields.text("role", max_length=MAX_ROLE),
        )
        ctx.declare("participant", fields["id"], row)
        ctx.atelier.participants.append(row)
        numbers = _dagdeel_numbers(fields["dagdelen"])
        # The dagdelen come later in the file: link attendance once they have been read.
        ctx.defer(partial(_attend, ctx, row, numbers))


def _dagdeel_numbers(node: Node) -> list[Node]:
    items = node.items(MAX_DAGDEEL_NUMBER)
    seen: set[int] = set()
    for item in items:
        number = item.integer(1, MAX_DAGDEEL_NUMBER)
        if number in seen:
            item.fail(_("dagdeel {number} staat er twee keer in").format(number=number))
        seen.add(number)
    return items


def _attend(ctx: ImportContext, row: models.Participant, numbers: list[Node]) -> None:
    assert ctx.atelier is not None
    by_number = {dagdeel.nummer: dagdeel for dagdeel in ctx.atelier.dagdelen}
    for item in numbers:
        if item.value not in by_number:
            item.fail(_("dagdeel {value} staat niet in 'dagdelen'").format(value=item.value))
        row.dagdelen.append(by_number[item.value])


SECTION = Section("participants", since=1, export=export, read=read)

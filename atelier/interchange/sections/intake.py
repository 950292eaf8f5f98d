"""Section ``atelier``: the intake fields and timestamps of the atelier itself."""

from __future__ import annotations

from typing import Any

from atelier.domain import text_limits
from atelier.interchange.context import ExportContext, ImportContext
from atelier.interchange.sections.base import Section
from atelier.interchange.validation import Node, timestamp_text
from atelier.services.ateliers import MAX_TITLE, STATUSES
from atelier.storage import models

TEXT_FIELDS = {name: limit for name, limit in text_limits.INTAKE.items() if name != "titel"}


def export(ctx: ExportContext) -> dict[str, Any]:
    atelier = ctx.atelier
    return {
        "titel": atelier.titel,
        "gemeente": atelier.gemeente,
        "wijk": atelier.wijk,
        "status": atelier.status,
        "facilitators": atelier.facilitators,
        "doelen": atelier.doelen,
        "deliverables": atelier.deliverables,
        "intake_notes": atelier.intake_notes,
        "programme_name": atelier.programme_name,
        "created_at": timestamp_text(atelier.created_at),
        "updated_at": timestamp_text(atelier.updated_at),
    }


def read(node: Node, ctx: ImportContext) -> None:
    fields = node.object(["titel", "status", *TEXT_FIELDS, "created_at", "updated_at"])
    ctx.atelier = models.Atelier(
        titel=fields.text("titel", max_length=MAX_TITLE, non_empty=True),
        status=fields["status"].choice(STATUSES),
        created_at=fields["created_at"].timestamp(),
        updated_at=fields["updated_at"].timestamp(),
        **{name: fields.text(name, max_length=limit) for name, limit in TEXT_FIELDS.items()},
    )
    ctx.add(ctx.atelier)


SECTION = Section("atelier", since=1, export=export, read=read)

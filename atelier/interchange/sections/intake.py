"""Section ``atelier``: the intake fields and timestamps of the atelier itself, and (format
version 5 on) the gemeente's logo as base64."""

from __future__ import annotations

import base64
from typing import Any

from atelier.domain import text_limits
from atelier.interchange.context import ExportContext, ImportContext
from atelier.interchange.sections.base import Section
from atelier.interchange.validation import Node, timestamp_text
from atelier.services.ateliers import MAX_TITLE, STATUSES
from atelier.services.errors import ServiceError
from atelier.services.logo import MAX_BYTES, check_logo
from atelier.storage import models
from atelier.translation import _

TEXT_FIELDS = {name: limit for name, limit in text_limits.INTAKE.items() if name != "titel"}
LOGO_SINCE = 5  # the gemeente's logo (base64); older files have none
MAX_LOGO_TEXT = (MAX_BYTES + 2) // 3 * 4  # base64 of the largest logo Atelier stores


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
        "logo": base64.b64encode(atelier.logo).decode("ascii") if atelier.logo else None,
        "created_at": timestamp_text(atelier.created_at),
        "updated_at": timestamp_text(atelier.updated_at),
    }


def read(node: Node, ctx: ImportContext) -> None:
    logo = ("logo",) if ctx.version >= LOGO_SINCE else ()
    fields = node.object(["titel", "status", *TEXT_FIELDS, *logo, "created_at", "updated_at"])
    ctx.atelier = models.Atelier(
        titel=fields.text("titel", max_length=MAX_TITLE, non_empty=True),
        logo=_logo(fields["logo"]) if logo else None,
        status=fields["status"].choice(STATUSES),
        created_at=fields["created_at"].timestamp(),
        updated_at=fields["updated_at"].timestamp(),
        **{name: fields.text(name, max_length=limit) for name, limit in TEXT_FIELDS.items()},
    )
    ctx.add(ctx.atelier)


def _logo(node: Node) -> bytes | None:
    """The logo from its base64 text, checked as a logo being stored is."""
    if node.is_null():
        return None
    text = node.text(max_length=MAX_LOGO_TEXT)
    try:
        picture = base64.b64decode(text, validate=True)
    except ValueError:  # binascii.Error, or a letter outside ASCII
        node.fail(_("is geen base64-tekst"))
    try:
        check_logo(picture)
    except ServiceError as error:
        node.fail(str(error))
    return picture


SECTION = Section("atelier", since=1, export=export, read=read)

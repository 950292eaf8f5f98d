"""Fields the routemap's rows share inside section ``routemap``: an owner, a moment, a code, a
choice that may be null, and the time stamps."""

from __future__ import annotations

from typing import Any

from atelier.domain.routemap.moment import MomentError, parse_moment
from atelier.interchange.context import ExportContext, ImportContext
from atelier.interchange.validation import Fields, Node
from atelier.services.routemap.fields import MAX_TEXT
from atelier.storage import models
from atelier.translation import _

MAX_CODE = 20
STAMPS = ("created_at", "updated_at")


def owner(ctx: ExportContext, organisation_id: int | None, rol: str) -> dict[str, Any]:
    return {"organisation": ctx.local("organisation", organisation_id), "rol": rol}


def read_owner(node: Node, ctx: ImportContext) -> tuple[models.Organisation | None, str]:
    fields = node.object(["organisation", "rol"])
    return (
        ctx.resolve("organisation", fields["organisation"]),
        fields.text("rol", max_length=MAX_TEXT),
    )


def moment(node: Node) -> str | None:
    """A date "2027-03-15" or a quarter "2027-Q3" (as stored), or null."""
    if node.is_null():
        return None
    text = node.text(max_length=40)
    try:
        parsed = parse_moment(text)
    except MomentError:
        node.fail(
            _("'{text}' is geen datum (JJJJ-MM-DD) of kwartaal (JJJJ-Q1 … JJJJ-Q4)").format(
                text=text
            )
        )
    if parsed.stored != text:
        node.fail(f"'{text}': schrijf '{parsed.stored}'")
    return text


def optional_choice(node: Node, allowed: list[str]) -> str | None:
    return None if node.is_null() else node.choice(allowed)


def unique_code(node: Node, seen: set[str]) -> str:
    code = node.text(max_length=MAX_CODE, non_empty=True)
    if code in seen:
        node.fail(_("de code '{code}' komt al eerder voor").format(code=code))
    seen.add(code)
    return code


def read_stamps(fields: Fields) -> dict[str, Any]:
    return {name: fields[name].timestamp() for name in STAMPS}

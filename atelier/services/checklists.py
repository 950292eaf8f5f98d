"""The checklists of the lenses (``domain.routemap.participatieroute``): which points an
atelier's notes and actions cover, and where. One row per point once it is touched; a point
without a row is open."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.domain import text_limits
from atelier.domain.routemap.participatieroute import LENS, Afvinking, Checklist, participatieroute
from atelier.services.ateliers import touch_atelier
from atelier.services.edit_conflicts import check_seen
from atelier.services.errors import NotFound, ServiceError
from atelier.services.texts import checked_text
from atelier.storage import models
from atelier.translation import _


def checklist_of(lijst: str) -> Checklist:
    if lijst != LENS:
        raise ServiceError(_("Onbekende controlelijst '{value}'.").format(value=lijst[:40]))
    return participatieroute()


def afvinkingen(session: Session, atelier_id: int, lijst: str = LENS) -> dict[str, Afvinking]:
    """The touched points of the checklist, by key (points no longer in the file left out)."""
    known = set(checklist_of(lijst).punt_keys())
    rows = session.scalars(
        select(models.ChecklistPunt).where(
            models.ChecklistPunt.atelier_id == atelier_id, models.ChecklistPunt.lijst == lijst
        )
    )
    return {
        row.punt: Afvinking(row.punt, row.gedekt, row.waar) for row in rows if row.punt in known
    }


def vink(
    session: Session,
    atelier_id: int,
    punt: str,
    *,
    gedekt: bool | None = None,
    waar: str | None = None,
    seen: Afvinking | None = None,
    lijst: str = LENS,
) -> Afvinking:
    """Mark ``punt`` covered or open and/or say where; ``seen``: the point as the facilitator
    saw it (EditConflict when a colleague changed it since)."""
    if punt not in checklist_of(lijst).punt_keys():
        raise ServiceError(
            _("Onbekend punt '{value}' in de {lijst}.").format(value=punt[:40], lijst=lijst)
        )
    if session.get(models.Atelier, atelier_id) is None:
        raise NotFound("Atelier", atelier_id)
    row = session.scalar(
        select(models.ChecklistPunt).where(
            models.ChecklistPunt.atelier_id == atelier_id,
            models.ChecklistPunt.lijst == lijst,
            models.ChecklistPunt.punt == punt,
        )
    )
    if row is None:  # a point nobody touched yet (rows go only with their atelier)
        row = models.ChecklistPunt(atelier_id=atelier_id, lijst=lijst, punt=punt, waar="")
        session.add(row)
    elif seen is not None:  # only the field this edit changes: per field, as everywhere
        shown = {"gedekt": seen.gedekt, "waar": seen.waar}
        check_seen(
            session,
            row,
            {
                name: shown[name]
                for name, value in (("gedekt", gedekt), ("waar", waar))
                if value is not None
            },
            _("Dit punt van de participatieroute"),
            {"waar": waar} if waar is not None else {},
            atelier_id=atelier_id,
        )
    if gedekt is not None:
        row.gedekt = bool(gedekt)
    if waar is not None:
        row.waar = checked_text(waar, text_limits.SHORT_TEXT, _("Waar het gedekt is")).strip()
    touch_atelier(session, atelier_id)
    session.flush()
    return Afvinking(punt, row.gedekt, row.waar)

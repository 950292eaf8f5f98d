"""The whole routemap of an atelier as one record, and the checks the user sees on it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from atelier.domain.routemap.records import Finding, RoutemapData
from atelier.domain.routemap.rules import check_routemap
from atelier.domain.routemap.vocabulary import vocabulary
from atelier.services.errors import NotFound
from atelier.services.routemap.actions import action_rows
from atelier.services.routemap.conversions import action_data, report_texts
from atelier.services.routemap.items import list_besluitmomenten, list_mijlpalen, list_risicos
from atelier.services.routemap.settings import find_routemap
from atelier.storage import models


def get_routemap(session: Session, atelier_id: int) -> RoutemapData:
    if session.get(models.Atelier, atelier_id) is None:
        raise NotFound("Atelier", atelier_id)
    settings = find_routemap(session, atelier_id)
    rows = action_rows(session, atelier_id)
    return RoutemapData(
        atelier_id=atelier_id,
        lane_set=settings.lane_set if settings is not None else "onderdelen",
        texts=report_texts(settings),
        actions=tuple(action_data(row) for row in rows),
        mijlpalen=tuple(list_mijlpalen(session, atelier_id)),
        besluitmomenten=tuple(list_besluitmomenten(session, atelier_id)),
        risicos=tuple(list_risicos(session, atelier_id)),
    )


def check(session: Session, atelier_id: int) -> list[Finding]:
    """The findings (errors first, then warnings) for the atelier's routemap."""
    return check_routemap(get_routemap(session, atelier_id), vocabulary())

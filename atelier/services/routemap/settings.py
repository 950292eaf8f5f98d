"""An atelier's routemap settings and report texts (one ``routemap`` row per atelier)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.domain import text_limits
from atelier.domain.routemap.records import REPORT_TEXT_FIELDS, ReportTexts
from atelier.domain.routemap.vocabulary import vocabulary
from atelier.services.ateliers import touch_atelier
from atelier.services.edit_conflicts import check_seen
from atelier.services.errors import NotFound, ServiceError
from atelier.services.routemap.conversions import report_texts
from atelier.services.texts import checked_text
from atelier.services.unchanged import KEEP, Unchanged
from atelier.storage import models
from atelier.translation import _

MAX_REPORT_TEXT = text_limits.REPORT_TEXT


def ensure_routemap(session: Session, atelier_id: int) -> models.Routemap:
    """The atelier's routemap row, created with defaults on first use."""
    row = session.scalars(
        select(models.Routemap).where(models.Routemap.atelier_id == atelier_id)
    ).one_or_none()
    if row is not None:
        return row
    if session.get(models.Atelier, atelier_id) is None:
        raise NotFound("Atelier", atelier_id)
    row = models.Routemap(atelier_id=atelier_id)
    session.add(row)
    session.flush()
    return row


def find_routemap(session: Session, atelier_id: int) -> models.Routemap | None:
    """The routemap row if there is one (reading never creates it)."""
    return session.scalars(
        select(models.Routemap).where(models.Routemap.atelier_id == atelier_id)
    ).one_or_none()


def get_report_texts(session: Session, atelier_id: int) -> ReportTexts:
    return report_texts(find_routemap(session, atelier_id))


def update_report_texts(
    session: Session,
    atelier_id: int,
    *,
    rapportdatum: date | Unchanged | None = KEEP,
    seen: ReportTexts | None = None,
    **texts: str,
) -> ReportTexts:
    """Change report texts (see REPORT_TEXT_FIELDS) and/or the report date; ``seen``: the
    texts as the facilitator saw them (EditConflict when a colleague changed one of these)."""
    row = ensure_routemap(session, atelier_id)
    if seen is not None:
        shown = {name: getattr(seen, name) for name in texts if name in REPORT_TEXT_FIELDS}
        check_seen(session, row, shown, _("Deze rapporttekst"), texts, atelier_id=atelier_id)
    for name, value in texts.items():
        if name not in REPORT_TEXT_FIELDS:
            raise ServiceError(_("Onbekend rapportveld '{name}'.").format(name=name))
        setattr(row, name, checked_text(value, MAX_REPORT_TEXT, _("Een rapporttekst")))
    if rapportdatum is not KEEP:
        if rapportdatum is not None and not isinstance(rapportdatum, date):
            raise ServiceError(_("De rapportdatum moet een datum zijn."))
        row.rapportdatum = rapportdatum
    touch_atelier(session, atelier_id)
    session.flush()
    return report_texts(row)


def get_lane_set(session: Session, atelier_id: int) -> str:
    row = find_routemap(session, atelier_id)
    return row.lane_set if row is not None else "onderdelen"


def set_lane_set(session: Session, atelier_id: int, lane_set: str) -> None:
    """Show the routemap with another set of lanes; every action keeps its place in both."""
    if lane_set not in [s.key for s in vocabulary().lane_sets]:
        raise ServiceError(_("Onbekende indeling '{lane_set}'.").format(lane_set=lane_set))
    ensure_routemap(session, atelier_id).lane_set = lane_set
    touch_atelier(session, atelier_id)
    session.flush()

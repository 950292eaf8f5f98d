"""Creating, listing, reading and editing ateliers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session, selectinload

from atelier.domain import text_limits
from atelier.domain.programme import Programme
from atelier.domain.records import AtelierData, AtelierSummary
from atelier.services.conversions import atelier_data
from atelier.services.edit_conflicts import check_seen
from atelier.services.errors import NotFound, ServiceError
from atelier.services.texts import checked_text
from atelier.storage import models
from atelier.storage.driver_sql import QuickConnection, compiled, driver_connection
from atelier.translation import N_, _

MAX_TITLE = text_limits.ATELIER_TITLE
INTAKE_FIELDS = (
    "titel",
    "gemeente",
    "wijk",
    "status",
    "facilitators",
    "doelen",
    "deliverables",
    "intake_notes",
)
STATUSES = ("voorbereiding", "gepland", "lopend", "afgerond")
_ATELIER_TABLE = models.table_of(models.Atelier)
_TOUCH = compiled(  # on the driver's connection: it runs on every note typed
    update(_ATELIER_TABLE)
    .where(_ATELIER_TABLE.c.id == bindparam("atelier_id"))
    .values(updated_at=bindparam("now"))
)


def create_atelier(
    session: Session, programme: Programme, *, titel: str, gemeente: str = "", wijk: str = ""
) -> int:
    """Create an atelier with its own copy of ``programme``; return its id."""
    titel = _clean_title(titel)
    gemeente = _intake_text("gemeente", gemeente).strip()
    wijk = _intake_text("wijk", wijk).strip()
    atelier = models.Atelier(
        titel=titel, gemeente=gemeente, wijk=wijk, programme_name=programme.naam
    )
    for template in programme.dagdelen:
        dagdeel = models.Dagdeel(nummer=template.nummer, thema=template.thema, doel=template.doel)
        for position, werkvorm in enumerate(template.werkvormen):
            dagdeel.werkvormen.append(
                models.Werkvorm(
                    positie=position,
                    titel=werkvorm.titel,
                    onderdeel=werkvorm.onderdeel,
                    vraag=werkvorm.vraag,
                    toelichting=werkvorm.toelichting,
                    duur_minuten=werkvorm.duur_minuten,
                    output=werkvorm.output,
                    materialen=werkvorm.materialen,
                    begeleiding=werkvorm.begeleiding,
                )
            )
        atelier.dagdelen.append(dagdeel)
    session.add(atelier)
    session.flush()
    return atelier.id


def list_ateliers(session: Session) -> list[AtelierSummary]:
    counts = (
        select(models.Dagdeel.atelier_id, func.count(models.Note.id).label("n"))
        .join(models.Werkvorm, models.Werkvorm.dagdeel_id == models.Dagdeel.id)
        .join(models.Note, models.Note.werkvorm_id == models.Werkvorm.id)
        .where(models.Note.deleted_at.is_(None))
        .group_by(models.Dagdeel.atelier_id)
        .subquery()
    )
    rows = session.execute(
        select(models.Atelier, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.atelier_id == models.Atelier.id)
        .order_by(models.Atelier.updated_at.desc(), models.Atelier.id.desc())
    ).all()
    return [
        AtelierSummary(a.id, a.titel, a.gemeente, a.wijk, a.status, a.updated_at, n)
        for a, n in rows
    ]


def change_marker(session: Session) -> tuple[int, datetime | None]:
    """How many ateliers there are and when one last changed: one small query that tells a
    window on the team archive whether a colleague changed anything (every change of an
    atelier, its notes, routemap or intake touches the atelier's ``updated_at``)."""
    count, last = session.execute(
        select(func.count(models.Atelier.id), func.max(models.Atelier.updated_at))
    ).one()
    return int(count), last


def atelier_exists(session: Session, atelier_id: int) -> bool:
    """Whether there is an atelier ``atelier_id`` (one small query)."""
    found = session.execute(select(models.Atelier.id).where(models.Atelier.id == atelier_id))
    return found.first() is not None


def get_atelier(session: Session, atelier_id: int) -> AtelierData:
    row = session.execute(
        select(models.Atelier)
        .where(models.Atelier.id == atelier_id)
        .options(
            selectinload(models.Atelier.dagdelen).selectinload(models.Dagdeel.werkvormen),
            selectinload(models.Atelier.organisations),
            selectinload(models.Atelier.participants).selectinload(models.Participant.dagdelen),
        )
    ).scalar_one_or_none()
    if row is None:
        raise NotFound("Atelier", atelier_id)
    counts = dict(
        session.execute(
            select(models.Note.werkvorm_id, func.count())
            .join(models.Werkvorm)
            .join(models.Dagdeel)
            .where(models.Dagdeel.atelier_id == atelier_id, models.Note.deleted_at.is_(None))
            .group_by(models.Note.werkvorm_id)
        ).all()
    )
    return atelier_data(row, counts)


def update_intake(
    session: Session, atelier_id: int, seen: Mapping[str, str] | None = None, **fields: str
) -> None:
    """Change intake fields (see INTAKE_FIELDS); ``seen``: those fields as the facilitator saw
    them (EditConflict when a colleague changed one since)."""
    atelier = session.get(models.Atelier, atelier_id)
    if atelier is None:
        raise NotFound("Atelier", atelier_id)
    check_seen(session, atelier, seen, _("Dit veld van de intake"), fields, atelier_id=atelier_id)
    for name, value in fields.items():
        if name not in INTAKE_FIELDS:
            raise ServiceError(_("Onbekend veld '{name}'.").format(name=name))
        if name == "titel":
            value = _clean_title(value)
        elif name == "status":
            if value not in STATUSES:
                raise ServiceError(_("Onbekende status '{value}'.").format(value=value))
        else:
            value = _intake_text(name, value)
        setattr(atelier, name, value)


def delete_atelier(session: Session, atelier_id: int) -> None:
    atelier = session.get(models.Atelier, atelier_id)
    if atelier is None:
        raise NotFound("Atelier", atelier_id)
    session.delete(atelier)


def atelier_of_werkvorm(session: Session, werkvorm_id: int) -> int:
    atelier_id = session.execute(
        select(models.Dagdeel.atelier_id)
        .join(models.Werkvorm)
        .where(models.Werkvorm.id == werkvorm_id)
    ).scalar_one_or_none()
    if atelier_id is None:
        raise NotFound("Werkvorm", werkvorm_id)
    return atelier_id


def touch_atelier(session: Session, atelier_id: int, now: datetime | None = None) -> None:
    """Mark the atelier as changed now (its 'laatst gewijzigd').

    One plain UPDATE: the atelier is not read first. When the session holds the atelier's
    object already, that object is changed instead, so it never shows an older time.
    """
    now = now or models.utcnow()
    loaded = session.identity_map.get(Session.identity_key(models.Atelier, atelier_id))
    if loaded is not None:
        loaded.updated_at = now
        return
    touch_atelier_row(driver_connection(session), atelier_id, now)


def touch_atelier_row(connection: QuickConnection, atelier_id: int, now: datetime) -> None:
    """``touch_atelier`` on the driver's connection (capturing notes: see driver_sql)."""
    connection.execute(_TOUCH, {"atelier_id": atelier_id, "now": connection.time(now)})


def _clean_title(titel: str) -> str:
    titel = checked_text(titel, MAX_TITLE, _("De titel")).strip()
    if not titel:
        raise ServiceError(_("Geef het atelier een titel."))
    return titel


_INTAKE_NAMES = {
    "gemeente": N_("De gemeente"),
    "wijk": N_("De wijk"),
    "facilitators": N_("Het veld facilitatoren"),
    "doelen": N_("Het veld doelen"),
    "deliverables": N_("Het veld opbrengsten"),
    "intake_notes": N_("Het veld aantekeningen"),
}


def _intake_text(name: str, value: object) -> str:
    return checked_text(value, text_limits.INTAKE[name], _(_INTAKE_NAMES[name]))

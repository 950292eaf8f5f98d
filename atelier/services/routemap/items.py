"""Mijlpalen, besluitmomenten and risico's of a routemap: create, edit, delete, list."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.domain.routemap.moment import Moment
from atelier.domain.routemap.records import BesluitmomentData, MijlpaalData, RisicoData
from atelier.domain.routemap.vocabulary import keys, vocabulary
from atelier.services.ateliers import touch_atelier
from atelier.services.errors import NotFound, ServiceError
from atelier.services.routemap.conversions import besluitmoment_data, mijlpaal_data, risico_data
from atelier.services.routemap.fields import (
    MAX_TITLE,
    check_choice,
    check_owned,
    check_seen_record,
    moment_text,
    text,
    title,
)
from atelier.storage import models
from atelier.translation import _


# -- mijlpalen --------------------------------------------------------------------------------
def create_mijlpaal(
    session: Session, atelier_id: int, *, titel: str, fase: str, **fields: object
) -> MijlpaalData:
    row = models.Mijlpaal(atelier_id=_atelier(session, atelier_id), titel="", fase="")
    session.add(row)
    return update_mijlpaal_row(session, row, {"titel": titel, "fase": fase, **fields})


def update_mijlpaal(
    session: Session, mijlpaal_id: int, seen: MijlpaalData | None = None, **changes: object
) -> MijlpaalData:
    """Change fields; ``seen``: the mijlpaal as shown (a colleague's change since stays)."""
    row = _get(session, models.Mijlpaal, mijlpaal_id)
    check_seen_record(session, row, seen, changes, _("Deze mijlpaal"), mijlpaal_data)
    return update_mijlpaal_row(session, row, changes)


def update_mijlpaal_row(
    session: Session, row: models.Mijlpaal, changes: dict[str, object]
) -> MijlpaalData:
    for name, value in changes.items():
        if name == "titel":
            row.titel = title(value, _("Een mijlpaal heeft een titel nodig."))
        elif name == "fase":
            check_choice("fase", value, vocabulary().fase_keys())
            row.fase = str(value)
        elif name == "moment":
            row.moment = moment_text(value)
        elif name == "eindproduct":
            row.eindproduct = text(value)
        elif name == "besluitmoment_id":
            check_owned(session, models.Besluitmoment, value, row.atelier_id, "Besluitmoment")
            row.besluitmoment_id = value  # type: ignore[assignment]
        else:
            raise ServiceError(_("Onbekend veld '{name}'.").format(name=name))
    touch_atelier(session, row.atelier_id)
    session.flush()
    return mijlpaal_data(row)


def list_mijlpalen(session: Session, atelier_id: int) -> list[MijlpaalData]:
    rows = session.scalars(select(models.Mijlpaal).where(models.Mijlpaal.atelier_id == atelier_id))
    words = vocabulary()
    items = [mijlpaal_data(row) for row in rows]
    return sorted(items, key=lambda m: (words.fase_index(m.fase), _when(m.moment), m.id))


# -- besluitmomenten --------------------------------------------------------------------------
def create_besluitmoment(
    session: Session, atelier_id: int, *, type: str = "besluiten", **fields: object
) -> BesluitmomentData:
    row = models.Besluitmoment(atelier_id=_atelier(session, atelier_id), type="besluiten")
    session.add(row)
    return update_besluitmoment_row(session, row, {"type": type, **fields})


def update_besluitmoment(
    session: Session,
    besluitmoment_id: int,
    seen: BesluitmomentData | None = None,
    **changes: object,
) -> BesluitmomentData:
    """Change fields; ``seen``: the besluitmoment as shown (a colleague's change since stays)."""
    row = _get(session, models.Besluitmoment, besluitmoment_id)
    check_seen_record(session, row, seen, changes, _("Dit besluitmoment"), besluitmoment_data)
    return update_besluitmoment_row(session, row, changes)


def update_besluitmoment_row(
    session: Session, row: models.Besluitmoment, changes: dict[str, object]
) -> BesluitmomentData:
    words = vocabulary()
    for name, value in changes.items():
        if name == "titel":
            row.titel = text(value, MAX_TITLE)
        elif name == "orgaan":
            if value is not None:
                check_choice("orgaan", value, keys(words.organen))
            row.orgaan = value  # type: ignore[assignment]
        elif name == "datum":
            row.datum = moment_text(value)
        elif name == "type":
            check_choice("type", value, keys(words.besluittypen))
            row.type = str(value)
        elif name in ("voorstel", "criteria", "alternatieven"):
            setattr(row, name, text(value))
        elif name == "voorbereiding":
            row.voorbereiding = text(value, MAX_TITLE)
        elif name == "fase":
            if value is not None:
                check_choice("fase", value, words.fase_keys())
            row.fase = value  # type: ignore[assignment]
        else:
            raise ServiceError(_("Onbekend veld '{name}'.").format(name=name))
    touch_atelier(session, row.atelier_id)
    session.flush()
    return besluitmoment_data(row)


def list_besluitmomenten(session: Session, atelier_id: int) -> list[BesluitmomentData]:
    """In date order; undated ones last, by fase."""
    rows = session.scalars(
        select(models.Besluitmoment).where(models.Besluitmoment.atelier_id == atelier_id)
    )
    words = vocabulary()
    items = [besluitmoment_data(row) for row in rows]
    return sorted(
        items, key=lambda b: (b.datum is None, _when(b.datum), words.fase_index(b.fase), b.id)
    )


# -- risico's ---------------------------------------------------------------------------------
def create_risico(session: Session, atelier_id: int, *, titel: str, **fields: object) -> RisicoData:
    _atelier(session, atelier_id)
    row = models.Risico(atelier_id=atelier_id, code=next_risico_code(session, atelier_id), titel="")
    session.add(row)
    return update_risico_row(session, row, {"titel": titel, **fields})


def update_risico(
    session: Session, risico_id: int, seen: RisicoData | None = None, **changes: object
) -> RisicoData:
    """Change fields; ``seen``: the risico as shown (a colleague's change since stays)."""
    row = _get(session, models.Risico, risico_id)
    check_seen_record(
        session, row, seen, changes, _("Risico {code}").format(code=row.code), risico_data
    )
    return update_risico_row(session, row, changes)


def update_risico_row(
    session: Session, row: models.Risico, changes: dict[str, object]
) -> RisicoData:
    levels = keys(vocabulary().niveaus)
    for name, value in changes.items():
        if name == "titel":
            row.titel = title(value, _("Beschrijf het risico."))
        elif name in ("kans", "impact"):
            check_choice(name, value, levels)
            setattr(row, name, value)
        elif name == "eigenaar_organisation_id":
            check_owned(session, models.Organisation, value, row.atelier_id, "Organisatie")
            row.eigenaar_organisation_id = value  # type: ignore[assignment]
            row.eigenaar_organisation = (
                session.get(models.Organisation, value) if value is not None else None
            )
        elif name in ("eigenaar_rol", "maatregel"):
            setattr(row, name, text(value))
        else:
            raise ServiceError(_("Onbekend veld '{name}'.").format(name=name))
    touch_atelier(session, row.atelier_id)
    session.flush()
    return risico_data(row)


def list_risicos(session: Session, atelier_id: int) -> list[RisicoData]:
    """Highest kans × impact first."""
    rows = session.scalars(select(models.Risico).where(models.Risico.atelier_id == atelier_id))
    levels = keys(vocabulary().niveaus)

    def score(r: RisicoData) -> int:
        kans = levels.index(r.kans) + 1 if r.kans in levels else 0
        impact = levels.index(r.impact) + 1 if r.impact in levels else 0
        return kans * impact

    return sorted((risico_data(row) for row in rows), key=lambda r: (-score(r), r.code))


def next_risico_code(session: Session, atelier_id: int) -> str:
    codes = session.scalars(
        select(models.Risico.code).where(models.Risico.atelier_id == atelier_id)
    ).all()
    numbers = [int(c[2:]) for c in codes if c.startswith("R-") and c[2:].isdigit()]
    return f"R-{max(numbers, default=0) + 1:02d}"


# -- shared -----------------------------------------------------------------------------------
def _atelier(session: Session, atelier_id: int) -> int:
    if session.get(models.Atelier, atelier_id) is None:
        raise NotFound("Atelier", atelier_id)
    return atelier_id


_NAMES = {
    models.Mijlpaal: "Mijlpaal",
    models.Besluitmoment: "Besluitmoment",
    models.Risico: "Risico",
}


def _get(session: Session, model: type[models.Base], ident: int) -> Any:
    row = session.get(model, ident)
    if row is None:
        raise NotFound(_NAMES.get(model, model.__name__), ident)
    return row


def _when(moment: Moment | None) -> tuple:
    return moment.sort_key if moment is not None else ()

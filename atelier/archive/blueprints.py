"""Blauwdrukken in the team archive: an atelier's programme published for the whole team, and
a new atelier on the laptop started from any of them.

A blauwdruk is the text of a programme file (``services.blueprint``), so what a bureau shares
is exactly what a facilitator could save to a file and open again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.archive.errors import BlueprintNameTaken
from atelier.domain.datafile import DataFileError
from atelier.domain.programme import Programme, parse_programme
from atelier.services.blueprint import programme_of_atelier, programme_to_toml
from atelier.services.errors import NotFound, ServiceError
from atelier.services.texts import checked_text
from atelier.storage import models
from atelier.storage.serial import one_writer_at_a_time
from atelier.translation import _

MAX_NAME = 200
MAX_DESCRIPTION = 2_000


@dataclass(frozen=True)
class BlueprintEntry:
    id: int
    naam: str
    beschrijving: str
    dagdelen: int
    werkvormen: int
    published_by: str
    published_at: datetime


def published_programme(
    session: Session, atelier_id: int, naam: str, beschrijving: str = ""
) -> Programme:
    """The laptop's atelier's programme, named for the archive (read on the laptop)."""
    naam = checked_text(naam, MAX_NAME, _("De naam")).strip()
    if not naam:
        raise ServiceError(_("Geef de blauwdruk een naam."))
    beschrijving = checked_text(beschrijving, MAX_DESCRIPTION, _("De beschrijving")).strip()
    return programme_of_atelier(session, atelier_id, naam=naam, beschrijving=beschrijving)


def publish(session: Session, programme: Programme, who: str, *, replace: bool = False) -> int:
    """Put a programme in the archive as a blauwdruk; its id. A name already in use is refused
    (saying whose it is) unless ``replace``."""
    one_writer_at_a_time(session, f"blueprint:{programme.naam}")
    existing = session.scalar(
        select(models.Blueprint).where(models.Blueprint.naam == programme.naam)
    )
    if existing is not None and not replace:
        raise BlueprintNameTaken(programme.naam, existing.published_by, existing.published_at)
    blueprint = existing or models.Blueprint(naam=programme.naam)
    blueprint.beschrijving = programme.beschrijving
    blueprint.programme = programme_to_toml(programme)
    blueprint.published_by = " ".join(who.split())[:MAX_NAME] or "onbekend"
    blueprint.published_at = models.utcnow()
    session.add(blueprint)
    session.flush()
    return blueprint.id


def blueprint_entries(session: Session) -> list[BlueprintEntry]:
    """The archive's blauwdrukken, by name."""
    entries = []
    for blueprint in session.scalars(select(models.Blueprint).order_by(models.Blueprint.naam)):
        programme = _programme(blueprint)
        entries.append(
            BlueprintEntry(
                blueprint.id,
                blueprint.naam,
                blueprint.beschrijving,
                len(programme.dagdelen),
                sum(len(d.werkvormen) for d in programme.dagdelen),
                blueprint.published_by,
                blueprint.published_at,
            )
        )
    return entries


def blueprint_programme(session: Session, blueprint_id: int) -> Programme:
    """A blauwdruk's programme (read in the archive), to start an atelier from on the laptop
    (``services.ateliers.create_atelier``)."""
    blueprint = session.get(models.Blueprint, blueprint_id)
    if blueprint is None:
        raise NotFound("Blauwdruk", blueprint_id)
    return _programme(blueprint)


def _programme(blueprint: models.Blueprint) -> Programme:
    try:
        return parse_programme(blueprint.programme, f"blauwdruk '{blueprint.naam}'")
    except DataFileError as error:
        raise ServiceError(
            _("De blauwdruk is niet bruikbaar: {error}").format(error=error)
        ) from None

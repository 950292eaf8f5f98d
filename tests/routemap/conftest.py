"""Fixtures for the routemap tests: an atelier with organisations and a few notes."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from atelier.services.ateliers import get_atelier
from atelier.services.board.notes import add_note
from atelier.services.people import add_organisation


@dataclass(frozen=True)
class Setting:
    atelier_id: int
    gemeente: int  # organisation ids
    corporatie: int
    werkvorm_id: int  # "Klantreis" (dagdeel 2, participatie)


@pytest.fixture
def setting(database, atelier_id) -> Setting:
    with database.transaction() as session:
        gemeente = add_organisation(session, atelier_id, "Gemeente Veldwijk", "ambtelijk").id
        corporatie = add_organisation(
            session, atelier_id, "Woonstichting Ons Dak", "woningcorporatie"
        ).id
        werkvorm = next(
            w
            for d in get_atelier(session, atelier_id).dagdelen
            for w in d.werkvormen
            if w.titel == "Klantreis"
        )
        add_note(session, werkvorm.id, "Bewoners willen eerst weten wat het kost")
    return Setting(atelier_id, gemeente, corporatie, werkvorm.id)

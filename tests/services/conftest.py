"""Fixtures for the service tests: an atelier's werkvormen and a second atelier."""

from __future__ import annotations

import pytest

from atelier.domain.records import WerkvormData
from atelier.services.ateliers import create_atelier, get_atelier


@pytest.fixture
def werkvormen(database, atelier_id) -> list[WerkvormData]:
    with database.transaction() as session:
        atelier = get_atelier(session, atelier_id)
    return [werkvorm for dagdeel in atelier.dagdelen for werkvorm in dagdeel.werkvormen]


@pytest.fixture
def werkvorm(werkvormen) -> WerkvormData:
    return werkvormen[0]


@pytest.fixture
def other_atelier_id(database, programme) -> int:
    with database.transaction() as session:
        return create_atelier(
            session, programme, titel="Atelier Bloemendaal", gemeente="Gemeente Veldwijk"
        )

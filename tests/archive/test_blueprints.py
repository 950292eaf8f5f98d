"""Blauwdrukken in the team archive: a facilitator publishes an atelier's programme, every
colleague sees it and starts a new atelier from it on their own laptop."""

from __future__ import annotations

import pytest

from atelier.archive.blueprints import (
    blueprint_entries,
    blueprint_programme,
    publish,
    published_programme,
)
from atelier.services.ateliers import create_atelier, get_atelier
from atelier.services.errors import ServiceError
from atelier.services.programme_edit import update_werkvorm
from tests.engines import needs_postgres

pytestmark = needs_postgres


def published(laptop, archive, atelier_id, naam, who="Mirjam", replace=False) -> int:
    with laptop.transaction() as session:
        programme = published_programme(session, atelier_id, naam, "Voor wijken met veel huur")
    with archive.transaction() as session:
        return publish(session, programme, who, replace=replace)


def test_a_published_blauwdruk_starts_a_colleagues_atelier(
    laptop, other_laptop, archive, programme
):
    with laptop.transaction() as session:
        mine = create_atelier(session, programme, titel="Zonnehoek")
        first = get_atelier(session, mine).dagdelen[0].werkvormen[0]
        update_werkvorm(session, first.id, titel="Kennismaking met koffie & <taart> ☕")
    published(laptop, archive, mine, "Huurwijk-aanpak")

    with archive.transaction() as session:
        (entry,) = blueprint_entries(session)
        shared = blueprint_programme(session, entry.id)
    assert (entry.naam, entry.published_by, entry.dagdelen) == ("Huurwijk-aanpak", "Mirjam", 4)
    assert entry.werkvormen == sum(len(d.werkvormen) for d in programme.dagdelen)
    with other_laptop.transaction() as session:
        theirs = create_atelier(session, shared, titel="Klaverveld", gemeente="Lindeburg")
        atelier = get_atelier(session, theirs)
    assert atelier.programme_name == "Huurwijk-aanpak"
    assert atelier.dagdelen[0].werkvormen[0].titel == "Kennismaking met koffie & <taart> ☕"
    assert all(w.note_count == 0 for d in atelier.dagdelen for w in d.werkvormen)


def test_a_name_in_use_is_refused_saying_whose_it_is_unless_replaced(laptop, archive, programme):
    with laptop.transaction() as session:
        mine = create_atelier(session, programme, titel="Zonnehoek")
    published(laptop, archive, mine, "Standaard", who="Bert")
    with pytest.raises(ServiceError, match="al een blauwdruk 'Standaard' \\(van Bert"):
        published(laptop, archive, mine, "Standaard")
    published(laptop, archive, mine, "Standaard", replace=True)
    with archive.transaction() as session:
        (entry,) = blueprint_entries(session)
    assert entry.published_by == "Mirjam"


def test_a_blauwdruk_needs_a_name(laptop, archive, programme):
    with laptop.transaction() as session:
        mine = create_atelier(session, programme, titel="Zonnehoek")
    with pytest.raises(ServiceError, match="Geef de blauwdruk een naam"):
        published(laptop, archive, mine, "   ")

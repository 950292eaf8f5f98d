"""The participatieroute as a checklist (seed 000): points ticked off as covered by the
atelier's notes and actions, with where; open points are the rest; a copy keeps the ticks."""

from __future__ import annotations

import pytest

from atelier.domain.routemap.participatieroute import open_punten, participatieroute
from atelier.interchange.export import export_atelier
from atelier.interchange.importer import import_document
from atelier.services.checklists import afvinkingen, vink
from atelier.services.edit_conflicts import EditConflict
from atelier.services.errors import ServiceError


def test_ticked_points_are_covered_and_the_rest_is_open(database, atelier_id):
    with database.transaction() as session:
        vink(session, atelier_id, "wijkanalyse", gedekt=True, waar=" Persona's & <klantreis> ")
        vink(session, atelier_id, "kaders", waar="PA-01")  # where, not yet covered
        ticks = afvinkingen(session, atelier_id)
    assert ticks["wijkanalyse"].gedekt and ticks["wijkanalyse"].waar == "Persona's & <klantreis>"
    assert not ticks["kaders"].gedekt and ticks["kaders"].waar == "PA-01"
    still_open = [punt.key for punt in open_punten(participatieroute(), ticks)]
    assert "wijkanalyse" not in still_open and still_open[0] == "behoeften"
    assert len(still_open) == len(participatieroute().punt_keys()) - 1


def test_an_unknown_point_is_refused_in_dutch(database, atelier_id):
    with pytest.raises(ServiceError, match="Onbekend punt"), database.transaction() as session:
        vink(session, atelier_id, "<geheim>", gedekt=True)


def test_a_point_a_colleague_changed_stays_as_they_left_it(database, atelier_id):
    with database.transaction() as session:
        seen = vink(session, atelier_id, "middelen", waar="Begroting")
        vink(session, atelier_id, "middelen", gedekt=True, waar="Begroting 2027")  # colleague
    with pytest.raises(EditConflict), database.transaction() as session:
        vink(session, atelier_id, "middelen", waar="Geen budget", seen=seen)
    with database.transaction() as session:
        assert afvinkingen(session, atelier_id)["middelen"].waar == "Begroting 2027"


def test_the_ticks_travel_in_the_interchange_file(database, atelier_id):
    with database.transaction() as session:
        vink(session, atelier_id, "terugkoppeling", gedekt=True, waar="Nieuwsbrief 👋")
        copy_id = import_document(session, export_atelier(session, atelier_id), "de test")
        ticks = afvinkingen(session, copy_id)
    assert ticks["terugkoppeling"].gedekt and ticks["terugkoppeling"].waar == "Nieuwsbrief 👋"

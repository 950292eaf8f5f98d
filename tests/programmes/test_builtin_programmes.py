"""The programmes Atelier brings: the Vertragingsatelier first, then the wijkroute of five
steps (seed 003); a new atelier starts from either, and an atelier of five dagdelen travels
through the interchange file whole."""

from __future__ import annotations

import pytest

from atelier.domain.programme import builtin_programmes
from atelier.interchange.errors import ImportRejected
from atelier.interchange.export import export_atelier
from atelier.interchange.importer import import_document
from atelier.services.ateliers import create_atelier, get_atelier

STEPS = [
    "Waar sta je als gemeente?",
    "Verkenning van de wijk",
    "Met de wijk in gesprek",
    "De balans opmaken",
    "Het plan opstellen en met de wijk aan de slag",
]


def test_the_vertragingsatelier_comes_first_then_the_wijkroute():
    programmes = builtin_programmes()
    assert [p.naam for p in programmes] == ["Vertragingsatelier", "Wijkroute in vijf stappen"]
    route = programmes[1]
    assert [d.thema for d in route.dagdelen] == STEPS
    assert all(d.werkvormen for d in route.dagdelen)


def test_an_atelier_of_five_dagdelen_travels_whole(database):
    route = builtin_programmes()[1]
    with database.transaction() as session:
        atelier_id = create_atelier(session, route, titel="Wijkroute Klaverveld")
        document = export_atelier(session, atelier_id)
        copy = import_document(session, document)
        again = export_atelier(session, copy)
    document.pop("generator", None), again.pop("generator", None)
    assert again == document
    with database.transaction() as session:
        assert [d.nummer for d in get_atelier(session, copy).dagdelen] == [1, 2, 3, 4, 5]


def test_more_than_six_dagdelen_are_refused(database):
    route = builtin_programmes()[1]
    with database.transaction() as session:
        document = export_atelier(session, create_atelier(session, route, titel="Te lang"))
    extra = [dict(document["dagdelen"][0], nummer=n, werkvormen=[]) for n in (6, 7)]
    document["dagdelen"] += extra
    with pytest.raises(ImportRejected, match="dagdelen"), database.transaction() as session:
        import_document(session, document)

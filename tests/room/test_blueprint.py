"""Blauwdruk: new ateliers from programmes or other ateliers; programme files round trip."""

from __future__ import annotations

from datetime import time

import pytest

from atelier.domain.programme import load_programme
from atelier.services import blueprint, people, programme_edit
from atelier.services.ateliers import get_atelier, list_ateliers
from atelier.services.board import notes
from atelier.services.errors import ServiceError


def structure(atelier):
    return [
        (
            d.nummer,
            d.thema,
            d.start_tijd,
            [(w.titel, w.onderdeel, w.vraag, w.duur_minuten, w.output) for w in d.werkvormen],
        )
        for d in atelier.dagdelen
    ]


def test_new_atelier_from_an_existing_one_copies_structure_not_notes(database, atelier_id):
    with database.transaction() as session:
        source = get_atelier(session, atelier_id)
        first = source.dagdelen[0]
        programme_edit.update_dagdeel(
            session, first.id, start_tijd=time(9, 30), locatie="Dorpshuis"
        )
        programme_edit.update_werkvorm(
            session, first.werkvormen[1].id, duur_minuten=60, vraag="Waar staan we in 2030?"
        )
        programme_edit.remove_werkvorm(session, source.dagdelen[3].werkvormen[2].id)
        for werkvorm in first.werkvormen:
            notes.add_note(session, werkvorm.id, f"Notitie bij {werkvorm.titel}")
        organisation = people.add_organisation(
            session, atelier_id, "Woonstichting Veldwijk", "woningcorporatie"
        )
        people.add_participant(
            session, atelier_id, "Fenna Dijkhuis", organisation_id=organisation.id, dagdelen=(1, 2)
        )
    with database.transaction() as session:
        new_id = blueprint.new_atelier_from_atelier(
            session,
            atelier_id,
            titel="Atelier Bloemenbuurt",
            gemeente="Gemeente Veldwijk",
            wijk="Bloemenbuurt",
        )
    with database.transaction() as session:
        source, copy = get_atelier(session, atelier_id), get_atelier(session, new_id)
        summaries = {s.id: s for s in list_ateliers(session)}
    assert structure(copy) == structure(source)
    assert copy.dagdelen[0].werkvormen[1].vraag == "Waar staan we in 2030?"
    assert summaries[new_id].note_count == 0
    assert summaries[atelier_id].note_count == len(first.werkvormen)
    assert copy.organisations == () and copy.participants == ()
    assert copy.dagdelen[0].locatie == "" and copy.dagdelen[0].datum is None
    assert {w.id for d in copy.dagdelen for w in d.werkvormen}.isdisjoint(
        {w.id for d in source.dagdelen for w in d.werkvormen}
    )


def test_programme_file_save_and_load_round_trip(database, atelier_id, tmp_path):
    tricky = 'Zeg "ja" \\ nee?\nRegel twee\t<b>&amp; 🎉 עברית'
    with database.transaction() as session:
        werkvorm = get_atelier(session, atelier_id).dagdelen[1].werkvormen[0]
        programme_edit.update_werkvorm(session, werkvorm.id, vraag=tricky, duur_minuten=17)
    path = tmp_path / "mijn programma.toml"
    with database.transaction() as session:
        blueprint.save_programme_file(
            session,
            atelier_id,
            path,
            naam="Veldwijk-variant",
            beschrijving="Met extra participatie",
        )
    loaded = load_programme(path)
    assert loaded.naam == "Veldwijk-variant"
    assert loaded.beschrijving == "Met extra participatie"
    assert loaded.dagdelen[1].werkvormen[0].vraag == tricky
    assert loaded.dagdelen[1].werkvormen[0].duur_minuten == 17
    with database.transaction() as session:
        assert loaded == blueprint.programme_of_atelier(
            session, atelier_id, naam="Veldwijk-variant", beschrijving="Met extra participatie"
        )
        new_id = blueprint.new_atelier_from_file(session, path, titel="Atelier Kerkbuurt")
        again = get_atelier(session, new_id)
    assert again.programme_name == "Veldwijk-variant"
    assert again.dagdelen[1].werkvormen[0].vraag == tricky


def test_new_atelier_from_the_default_programme(database):
    with database.transaction() as session:
        new_id = blueprint.new_atelier_from_file(session, None, titel="Atelier Molenkwartier")
        atelier = get_atelier(session, new_id)
    assert [d.thema for d in atelier.dagdelen] == [d.thema for d in load_programme().dagdelen]


def test_a_broken_programme_file_gives_a_dutch_message(database, tmp_path):
    path = tmp_path / "kapot.toml"
    path.write_text('naam = "x"\n[[dagdeel]]\nnummer = "een"\n', encoding="utf-8")
    with (
        pytest.raises(ServiceError, match=r"kapot\.toml: dagdeel\[1\]\.werkvorm"),
        database.transaction() as s,
    ):
        blueprint.new_atelier_from_file(s, path, titel="Atelier X")


def test_saving_into_a_missing_folder_gives_a_dutch_message(database, atelier_id, tmp_path):
    with (
        pytest.raises(ServiceError, match=r"programmabestand is niet opgeslagen\..*bestaat niet"),
        database.transaction() as session,
    ):
        blueprint.save_programme_file(session, atelier_id, tmp_path / "nee" / "p.toml", naam="P")

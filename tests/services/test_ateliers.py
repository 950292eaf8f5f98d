"""Creating, listing, reading and editing ateliers through the service layer."""

from __future__ import annotations

import pytest

from atelier.domain.programme import load_programme
from atelier.services.ateliers import (
    create_atelier,
    delete_atelier,
    get_atelier,
    list_ateliers,
    update_intake,
)
from atelier.services.board.notes import add_note, delete_note, list_notes
from atelier.services.errors import NotFound, ServiceError
from atelier.storage import models


def test_a_new_atelier_gets_the_whole_default_programme(database, atelier_id, programme):
    with database.transaction() as session:
        atelier = get_atelier(session, atelier_id)

    assert (atelier.titel, atelier.gemeente, atelier.wijk) == (
        "Atelier Zonnehoek",
        "Gemeente Veldwijk",
        "Zonnehoek",
    )
    assert atelier.status == "voorbereiding"
    assert atelier.programme_name == programme.naam
    assert [d.nummer for d in atelier.dagdelen] == [1, 2, 3, 4]
    assert [
        [(w.titel, w.onderdeel, w.vraag, w.duur_minuten, w.output) for w in d.werkvormen]
        for d in atelier.dagdelen
    ] == [
        [(w.titel, w.onderdeel, w.vraag, w.duur_minuten, w.output) for w in d.werkvormen]
        for d in programme.dagdelen
    ]
    assert all(
        [w.positie for w in d.werkvormen] == list(range(len(d.werkvormen)))
        for d in atelier.dagdelen
    )


def test_editing_an_ateliers_werkvorm_leaves_the_programme_and_other_ateliers_alone(
    database, atelier_id, programme
):
    template = load_programme()
    with database.transaction() as session:
        first = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0]
        row = session.get(models.Werkvorm, first.id)
        row.vraag = "Een eigen vraag voor Zonnehoek"
        row.duur_minuten = 99

    assert load_programme() == template
    with database.transaction() as session:
        second_id = create_atelier(session, load_programme(), titel="Tweede atelier")
        second = get_atelier(session, second_id).dagdelen[0].werkvormen[0]
        edited = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0]
    assert (second.vraag, second.duur_minuten) == (
        template.dagdelen[0].werkvormen[0].vraag,
        template.dagdelen[0].werkvormen[0].duur_minuten,
    )
    assert (edited.vraag, edited.duur_minuten) == ("Een eigen vraag voor Zonnehoek", 99)


def test_the_list_shows_the_most_recently_changed_atelier_first_with_its_note_count(
    database, atelier_id, other_atelier_id
):
    with database.transaction() as session:
        assert [a.id for a in list_ateliers(session)] == [other_atelier_id, atelier_id]
        werkvorm_id = get_atelier(session, atelier_id).dagdelen[1].werkvormen[0].id
    with database.transaction() as session:
        add_note(session, werkvorm_id, "Blijft staan")
        add_note(session, werkvorm_id, "Nog een")
    with database.transaction() as session:
        gone = add_note(session, werkvorm_id, "Wordt verwijderd")
    with database.transaction() as session:
        delete_note(session, gone.id)

    with database.transaction() as session:
        summaries = list_ateliers(session)
        werkvorm = get_atelier(session, atelier_id).werkvorm(werkvorm_id)
    assert [(a.id, a.note_count) for a in summaries] == [(atelier_id, 2), (other_atelier_id, 0)]
    assert summaries[0].titel == "Atelier Zonnehoek"
    assert werkvorm.note_count == 2


@pytest.mark.parametrize(
    ("titel", "message"),
    [
        ("", "Geef het atelier een titel."),
        ("   \n\t", "Geef het atelier een titel."),
        ("x" * 201, "De titel mag hoogstens 200 tekens hebben; het zijn er 201."),
    ],
    ids=["empty", "blank", "too-long"],
)
def test_an_atelier_needs_a_sensible_title(database, programme, titel, message):
    with pytest.raises(ServiceError, match=message), database.transaction() as session:
        create_atelier(session, programme, titel=titel)

    with database.transaction() as session:
        assert list_ateliers(session) == []


def test_a_title_with_odd_characters_is_kept_exactly(database, programme):
    titel = '<b>Zon & "Maan"</b> 🌞 — Ĳsselmonde'
    with database.transaction() as session:
        atelier_id = create_atelier(session, programme, titel=f"  {titel}  ")
    with database.transaction() as session:
        assert get_atelier(session, atelier_id).titel == titel


def test_the_intake_is_saved_and_validated(database, atelier_id):
    with database.transaction() as session:
        update_intake(
            session,
            atelier_id,
            status="gepland",
            facilitators="Mirjam Hoekstra\nKees Verbeek",
            doelen="Draagvlak & tempo",
            intake_notes="Let op: <raadsvergadering> in maart",
        )
    with database.transaction() as session:
        atelier = get_atelier(session, atelier_id)
    assert atelier.status == "gepland"
    assert atelier.facilitators == "Mirjam Hoekstra\nKees Verbeek"
    assert atelier.doelen == "Draagvlak & tempo"
    assert atelier.intake_notes == "Let op: <raadsvergadering> in maart"

    with (
        pytest.raises(ServiceError, match="Onbekende status 'klaar'"),
        database.transaction() as session,
    ):
        update_intake(session, atelier_id, doelen="Half opgeslagen?", status="klaar")
    with (
        pytest.raises(ServiceError, match="Onbekend veld 'kleur'"),
        database.transaction() as session,
    ):
        update_intake(session, atelier_id, kleur="rood")
    with database.transaction() as session:
        assert get_atelier(session, atelier_id).doelen == "Draagvlak & tempo"


def test_an_unknown_atelier_is_reported_in_dutch(database):
    with (
        pytest.raises(NotFound, match="Atelier 404 bestaat niet"),
        database.transaction() as session,
    ):
        get_atelier(session, 404)


def test_deleting_an_atelier_removes_its_notes_but_not_another_ateliers(
    database, atelier_id, other_atelier_id
):
    with database.transaction() as session:
        mine = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id
        theirs = get_atelier(session, other_atelier_id).dagdelen[0].werkvormen[0].id
        add_note(session, mine, "Van Zonnehoek")
        add_note(session, theirs, "Van Bloemendaal")

    with database.transaction() as session:
        delete_atelier(session, atelier_id)

    with database.transaction() as session:
        assert [a.id for a in list_ateliers(session)] == [other_atelier_id]
        assert list_notes(session, mine, include_deleted=True) == []
        assert [n.text for n in list_notes(session, theirs)] == ["Van Bloemendaal"]

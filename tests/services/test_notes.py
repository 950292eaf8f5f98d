"""Sticky notes: stored exactly as typed, edited, moved, deleted recoverably and restored."""

from __future__ import annotations

import math

import pytest

from atelier.services.board.notes import (
    MAX_NOTE_TEXT,
    add_note,
    delete_note,
    edit_note,
    get_note,
    list_deleted_notes,
    list_notes,
    move_note,
    restore_note,
)
from atelier.services.errors import NotFound, ServiceError
from atelier.services.people import add_organisation
from atelier.storage.opening import open_database

EXACT_TEXTS = {
    "markup": "<b>bold</b> <script>alert(1)</script>",
    "entity": "&amp; &lt; & ; ' \"",
    "emoji": "👍🏽 👨‍👩‍👧 🇳🇱 ✔︎",
    "arabic": "مرحبا بالعالم، كيف حالك؟",
    "hebrew": "שלום עולם (ירושלים)",
    "mixed-direction": "Wijk مرحبا 12 שלום end",
    "line-breaks": "regel 1\nregel 2\r\nregel 3\n\n",
    "spaces-and-tabs": "  inspringen\tmet tab  ",
    "ten-thousand": ("Vertragingsatelier " * 527)[:10_000],
    "accents": "Ĳsselmonde, café, naïef, Zeeuws-Vlaanderen",
    "sql-like": "'); DROP TABLE note; --",
}


def add(database, werkvorm_id: int, text: str, **options):
    with database.transaction() as session:
        return add_note(session, werkvorm_id, text, **options)


def texts(database, werkvorm_id: int) -> list[str]:
    with database.transaction() as session:
        return [note.text for note in list_notes(session, werkvorm_id)]


@pytest.mark.parametrize("text", EXACT_TEXTS.values(), ids=EXACT_TEXTS.keys())
def test_note_text_is_stored_exactly_as_typed(database, db_path, werkvorm, text):
    note = add(database, werkvorm.id, text)
    assert note.text == text
    database.close()

    reopened = open_database(db_path)
    try:
        with reopened.transaction() as session:
            assert get_note(session, note.id).text == text
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Een notitie heeft tekst nodig."),
        (" \n\t ", "Een notitie heeft tekst nodig."),
        ("x" * (MAX_NOTE_TEXT + 1), "hoogstens 20.000 tekens"),
        ("kapot \ud800 geplakt", r"bevat een ongeldig teken \(U\+D800"),
    ],
    ids=["empty", "blank", "too-long", "lone-surrogate"],
)
def test_a_note_without_usable_text_is_refused_in_dutch_and_nothing_is_stored(
    database, werkvorm, text, message
):
    with pytest.raises(ServiceError, match=message):
        add(database, werkvorm.id, text)
    assert texts(database, werkvorm.id) == []


def test_the_longest_allowed_note_is_accepted(database, werkvorm):
    text = "y" * MAX_NOTE_TEXT
    assert add(database, werkvorm.id, text).text == text


def test_a_note_takes_the_werkvorm_onderdeel_unless_another_is_chosen(database, werkvormen):
    werkvorm = next(w for w in werkvormen if w.onderdeel == "proces")
    assert add(database, werkvorm.id, "Standaard").onderdeel == "proces"
    assert add(database, werkvorm.id, "Anders", onderdeel="financien").onderdeel == "financien"
    with pytest.raises(ServiceError, match="Onbekend onderdeel 'geld'"):
        add(database, werkvorm.id, "Fout", onderdeel="geld")
    assert texts(database, werkvorm.id) == ["Standaard", "Anders"]


def test_new_notes_do_not_land_on_top_of_each_other(database, werkvorm):
    notes = [add(database, werkvorm.id, f"Notitie {n}") for n in range(8)]
    assert len({(note.x, note.y) for note in notes}) == 8
    placed = add(database, werkvorm.id, "Hier", position=(512.5, -40.0))
    assert (placed.x, placed.y) == (512.5, -40.0)


def test_a_note_for_an_unknown_werkvorm_is_reported_in_dutch(database):
    with pytest.raises(NotFound, match="Werkvorm 999 bestaat niet"):
        add(database, 999, "Nergens")


def test_editing_a_note_changes_only_what_was_edited(database, werkvorm, atelier_id):
    with database.transaction() as session:
        organisation = add_organisation(session, atelier_id, "Woonstichting Klaverhuis")
    note = add(database, werkvorm.id, "Eerste versie", colour="#F9D65C")

    with database.transaction() as session:
        edit_note(session, note.id, text="Tweede versie\nmet <extra> regel")
    with database.transaction() as session:
        edit_note(session, note.id, onderdeel="techniek", author_organisation_id=organisation.id)

    with database.transaction() as session:
        edited = get_note(session, note.id)
    assert edited.text == "Tweede versie\nmet <extra> regel"
    assert edited.onderdeel == "techniek"
    assert edited.author_organisation_id == organisation.id
    assert edited.colour == "#F9D65C"
    assert (edited.x, edited.y) == (note.x, note.y)
    assert edited.updated_at >= note.updated_at


def test_an_edit_to_empty_text_is_refused_and_the_old_text_stays(database, werkvorm):
    note = add(database, werkvorm.id, "Blijft staan")
    with pytest.raises(ServiceError, match="heeft tekst nodig"), database.transaction() as session:
        edit_note(session, note.id, text="   ")
    assert texts(database, werkvorm.id) == ["Blijft staan"]


def test_an_author_from_another_atelier_is_refused(database, werkvorm, other_atelier_id):
    with database.transaction() as session:
        elsewhere = add_organisation(session, other_atelier_id, "Netbeheer Elders")
    with pytest.raises(ServiceError, match="hoort niet bij dit atelier"):
        add(database, werkvorm.id, "Van wie?", author_organisation_id=elsewhere.id)
    note = add(database, werkvorm.id, "Van wie?")
    with (
        pytest.raises(ServiceError, match="hoort niet bij dit atelier"),
        database.transaction() as session,
    ):
        edit_note(session, note.id, author_organisation_id=12345)
    with database.transaction() as session:
        assert get_note(session, note.id).author_organisation_id is None


def test_moving_a_note_keeps_its_new_place(database, werkvorm):
    note = add(database, werkvorm.id, "Schuif mij")
    with database.transaction() as session:
        move_note(session, note.id, 1234.5, 678.25)
    with database.transaction() as session:
        moved = get_note(session, note.id)
    assert (moved.x, moved.y) == (1234.5, 678.25)


@pytest.mark.parametrize("place", [(math.nan, 0.0), (0.0, math.inf)], ids=["nan", "inf"])
def test_an_impossible_place_is_refused(database, werkvorm, place):
    note = add(database, werkvorm.id, "Blijf staan")
    with pytest.raises(ServiceError, match="Ongeldige plek"), database.transaction() as session:
        move_note(session, note.id, *place)
    with database.transaction() as session:
        assert (get_note(session, note.id).x, get_note(session, note.id).y) == (note.x, note.y)


def test_a_deleted_note_leaves_the_board_and_comes_back_unchanged(database, werkvorm):
    keep = add(database, werkvorm.id, "Blijft")
    note = add(database, werkvorm.id, "Per ongeluk weg", colour="#8FD0F0", position=(300, 40))

    with database.transaction() as session:
        deleted = delete_note(session, note.id)
    assert deleted.deleted
    assert texts(database, werkvorm.id) == ["Blijft"]
    with database.transaction() as session:
        assert [n.text for n in list_deleted_notes(session, werkvorm.id)] == ["Per ongeluk weg"]

    with database.transaction() as session:
        restore_note(session, note.id)
    with database.transaction() as session:
        back = get_note(session, note.id)
        assert list_deleted_notes(session, werkvorm.id) == []
    assert texts(database, werkvorm.id) == ["Blijft", "Per ongeluk weg"]
    assert not back.deleted
    assert (back.text, back.colour, back.x, back.y) == ("Per ongeluk weg", "#8FD0F0", 300, 40)
    assert keep.id != note.id


def test_deleted_notes_are_listed_newest_first(database, werkvorm):
    first = add(database, werkvorm.id, "Eerst weg")
    second = add(database, werkvorm.id, "Daarna weg")
    for note in (first, second):
        with database.transaction() as session:
            delete_note(session, note.id)
    with database.transaction() as session:
        assert [n.text for n in list_deleted_notes(session, werkvorm.id)] == [
            "Daarna weg",
            "Eerst weg",
        ]


def test_an_unknown_note_is_reported_in_dutch(database):
    with (
        pytest.raises(NotFound, match="Notitie 77 bestaat niet"),
        database.transaction() as session,
    ):
        delete_note(session, 77)

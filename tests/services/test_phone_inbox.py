"""The inbox of notes from phones: received once however often a phone resends, then accepted
onto the wall, merged into a note there, or rejected and restored; nothing reaches the wall
unseen."""

from __future__ import annotations

import pytest

from atelier.services.board.notes import add_note, list_notes
from atelier.services.errors import ServiceError
from atelier.services.people import add_organisation
from atelier.services.phones import inbox

CLIENT = "c0ffee00-phone-1"


def receive(database, werkvorm_id, text="Zonnepanelen op de school", client=CLIENT, **options):
    with database.transaction() as session:
        return inbox.receive(session, werkvorm_id, client, text, **options)


def waiting(database, werkvorm_id):
    with database.transaction() as session:
        return inbox.waiting(session, werkvorm_id)


def wall(database, werkvorm_id):
    with database.transaction() as session:
        return [note.text for note in list_notes(session, werkvorm_id)]


def test_a_received_note_waits_in_the_inbox_and_not_on_the_wall(database, werkvorm):
    before = wall(database, werkvorm.id)
    row, new = receive(database, werkvorm.id, "Warmtenet <b>&</b> 🌱")
    assert new and row.status == inbox.WAITING
    assert [(r.text, r.client_id) for r in waiting(database, werkvorm.id)] == [
        ("Warmtenet <b>&</b> 🌱", CLIENT)
    ]
    assert wall(database, werkvorm.id) == before


def test_a_resent_note_is_stored_once(database, werkvorm):
    first, new = receive(database, werkvorm.id)
    again, again_new = receive(database, werkvorm.id)
    assert new and not again_new and again.id == first.id
    assert len(waiting(database, werkvorm.id)) == 1
    _other, other_new = receive(database, werkvorm.id, client="c0ffee00-phone-2")
    assert other_new and len(waiting(database, werkvorm.id)) == 2


def test_accepting_puts_an_ordinary_note_on_the_wall_with_the_phones_organisation(
    database, werkvorm, atelier_id
):
    with database.transaction() as session:
        organisation = add_organisation(session, atelier_id, "Huurdersvereniging Klaverveld")
    row, _ = receive(database, werkvorm.id, author_organisation_id=organisation.id)
    with database.transaction() as session:
        note = inbox.accept(session, row.id, text="Zonnepanelen op de basisschool")
    assert note.author_organisation_id == organisation.id
    assert "Zonnepanelen op de basisschool" in wall(database, werkvorm.id)
    assert waiting(database, werkvorm.id) == []
    with database.transaction() as session, pytest.raises(ServiceError, match="al besloten"):
        inbox.accept(session, row.id)  # not twice


def test_merging_adds_the_text_to_a_note_on_the_wall(database, werkvorm):
    with database.transaction() as session:
        target = add_note(session, werkvorm.id, "Zon op daken")
    row, _ = receive(database, werkvorm.id, "ook op de sporthal")
    count = len(wall(database, werkvorm.id))
    with database.transaction() as session:
        merged = inbox.merge(session, row.id, target.id)
    assert merged.text == "Zon op daken\nook op de sporthal"
    assert len(wall(database, werkvorm.id)) == count


def test_a_rejected_note_is_kept_and_can_be_restored(database, werkvorm):
    row, _ = receive(database, werkvorm.id)
    with database.transaction() as session:
        inbox.reject(session, row.id)
        assert [r.id for r in inbox.rejected(session, werkvorm.id)] == [row.id]
    assert waiting(database, werkvorm.id) == []
    with database.transaction() as session:
        inbox.restore(session, row.id)
    assert [r.id for r in waiting(database, werkvorm.id)] == [row.id]


@pytest.mark.parametrize(
    ("text", "client", "message"),
    [
        ("   ", CLIENT, "lege notitie"),
        ("x" * 501, CLIENT, "hoogstens 500"),
        ("Goed idee", "kort", "geen geldig kenmerk"),
        ("Goed idee", "a b c d e f g h", "geen geldig kenmerk"),
        ("Goed idee", "x" * 65, "geen geldig kenmerk"),
        ("\ud800 los", CLIENT, "ongeldig teken"),
    ],
)
def test_bad_input_from_a_phone_is_refused_in_dutch_and_stores_nothing(
    database, werkvorm, text, client, message
):
    with pytest.raises(ServiceError, match=message):
        receive(database, werkvorm.id, text, client=client)
    assert waiting(database, werkvorm.id) == []


def test_an_organisation_of_another_atelier_is_refused(database, werkvorm, other_atelier_id):
    with database.transaction() as session:
        stranger = add_organisation(session, other_atelier_id, "Netbeheer Elders")
    with pytest.raises(ServiceError, match="hoort niet bij dit atelier"):
        receive(database, werkvorm.id, author_organisation_id=stranger.id)

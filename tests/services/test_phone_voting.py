"""Dot voting from phones: each phone holds the round's budget of one person, and its dots add
up with the scribe's in the same tally; resetting the round and undoing that keep them exact."""

from __future__ import annotations

import pytest

from atelier.services.board import round_reset, voting
from atelier.services.board.notes import add_note, delete_note
from atelier.services.errors import ServiceError
from atelier.services.phones.voting import give_phone_dot, phone_round, phones_voted


@pytest.fixture
def wall(database, werkvorm) -> list[int]:
    with database.transaction() as session:
        voting.set_limits(session, werkvorm.id, votes_per_participant=3, max_votes_per_note=2)
        return [add_note(session, werkvorm.id, f"Idee {n}").id for n in range(3)]


def dot(database, werkvorm_id, note_id, phone="phone-aaaa", delta=1):
    with database.transaction() as session:
        return give_phone_dot(session, werkvorm_id, note_id, phone, delta)


def totals(database, werkvorm_id) -> dict[int, int]:
    with database.transaction() as session:
        return voting.dot_totals(session, werkvorm_id)


def test_a_phones_dots_add_up_with_the_scribes_in_one_tally(database, werkvorm, wall):
    with database.transaction() as session:
        voting.scribe_room_dot(session, wall[0])  # the scribe, for the room
    round_ = dot(database, werkvorm.id, wall[0])
    assert round_.mine == {wall[0]: 1} and round_.left == 2
    assert totals(database, werkvorm.id)[wall[0]] == 2
    assert [(n, t) for n, t in round_.notes] == [(i, f"Idee {k}") for k, i in enumerate(wall)]


def test_a_phone_keeps_to_the_budget_per_note_and_in_all(database, werkvorm, wall):
    dot(database, werkvorm.id, wall[0])
    dot(database, werkvorm.id, wall[0])
    with pytest.raises(voting.VotingLimit, match="meer mag niet op één notitie"):
        dot(database, werkvorm.id, wall[0])
    dot(database, werkvorm.id, wall[1])
    with pytest.raises(voting.VotingLimit, match="al je 3 stippen"):
        dot(database, werkvorm.id, wall[2])
    other = dot(database, werkvorm.id, wall[2], phone="phone-bbbb")  # another person
    assert other.used == 1
    assert totals(database, werkvorm.id) == {wall[0]: 2, wall[1]: 1, wall[2]: 1}
    with database.transaction() as session:
        assert phones_voted(session, werkvorm.id) == 2


def test_a_dot_taken_back_frees_the_budget(database, werkvorm, wall):
    dot(database, werkvorm.id, wall[0])
    back = dot(database, werkvorm.id, wall[0], delta=-1)
    assert back.mine == {} and back.left == 3
    with pytest.raises(voting.VotingLimit, match="geen stip om terug te nemen"):
        dot(database, werkvorm.id, wall[0], delta=-1)
    assert totals(database, werkvorm.id)[wall[0]] == 0


def test_notes_of_another_werkvorm_or_deleted_ones_take_no_dots(database, werkvormen, wall):
    werkvorm, other = werkvormen[0], werkvormen[1]
    with pytest.raises(ServiceError, match="niet \\(meer\\) op deze muur"):
        dot(database, other.id, wall[0])
    with database.transaction() as session:
        delete_note(session, wall[1])
    with pytest.raises(ServiceError, match="niet \\(meer\\) op deze muur"):
        dot(database, werkvorm.id, wall[1])
    with pytest.raises(ServiceError, match="één stip"):
        dot(database, werkvorm.id, wall[0], delta=2)


def test_resetting_the_round_frees_the_phones_and_undo_brings_their_dots_back(
    database, werkvorm, wall
):
    dot(database, werkvorm.id, wall[0])
    dot(database, werkvorm.id, wall[1])
    with database.transaction() as session:
        snapshot = round_reset.reset_round(session, werkvorm.id)
        assert phone_round(session, werkvorm.id, "phone-aaaa").used == 0
    assert set(totals(database, werkvorm.id).values()) == {0}
    with database.transaction() as session:
        round_reset.restore_round(session, werkvorm.id, snapshot)
        assert phone_round(session, werkvorm.id, "phone-aaaa").mine == {wall[0]: 1, wall[1]: 1}
    assert totals(database, werkvorm.id)[wall[0]] == 1

"""The rules of a voting round, without Qt."""

from __future__ import annotations

import pytest

from atelier.services import people
from atelier.services.board import notes, round_reset, voting
from atelier.services.board.voting import VotingLimit
from atelier.services.errors import ServiceError


@pytest.fixture
def note_ids(database, werkvorm_id) -> list[int]:
    with database.transaction() as session:
        return [notes.add_note(session, werkvorm_id, f"Idee {i}").id for i in range(6)]


def give(database, note_id, participant_id, delta=1):
    with database.transaction() as session:
        return voting.give_dot(session, note_id, participant_id, delta)


def room(database, note_id, delta=1):
    with database.transaction() as session:
        return voting.scribe_room_dot(session, note_id, delta)


def test_a_participant_gives_at_most_max_per_note(database, note_ids, participant_ids):
    anouk = participant_ids[0]
    for _ in range(3):
        give(database, note_ids[0], anouk)
    with pytest.raises(VotingLimit, match="maximum per notitie is 3"):
        give(database, note_ids[0], anouk)
    with database.transaction() as session:
        assert voting.note_dots(session, note_ids[0]) == 3


def test_a_participant_has_votes_per_participant_across_the_werkvorm(
    database, werkvorm_id, note_ids, participant_ids
):
    bram = participant_ids[1]
    for note_id in note_ids[:5]:
        give(database, note_id, bram)
    with pytest.raises(VotingLimit, match="alle 5 stippen"):
        give(database, note_ids[5], bram)
    give(database, note_ids[0], bram, -1)  # taking one back frees it
    give(database, note_ids[5], bram)
    with database.transaction() as session:
        current = voting.voting_round(session, werkvorm_id)
    assert {p.name: p.used for p in current.participants}["Bram Okkerse"] == 5


def test_dots_cannot_go_below_zero(database, note_ids, participant_ids):
    with pytest.raises(VotingLimit):
        give(database, note_ids[0], participant_ids[0], -1)
    with pytest.raises(VotingLimit):
        room(database, note_ids[0], -1)


def test_room_dots_are_capped_by_the_size_of_the_room(
    database, werkvorm_id, note_ids, participant_ids
):
    # 3 participants × max 3 per note = 9 dots on one note at most, counting their own dots.
    give(database, note_ids[0], participant_ids[0])
    for _ in range(8):
        room(database, note_ids[0])
    with pytest.raises(VotingLimit, match="zaal van 3 mensen"):
        room(database, note_ids[0])
    with database.transaction() as session:
        assert voting.note_dots(session, note_ids[0]) == 9
        assert voting.dot_totals(session, werkvorm_id)[note_ids[0]] == 9


def test_room_dots_are_capped_by_the_rounds_budget(database, note_ids, participant_ids):
    # 3 participants × 5 dots = 15 dots in the whole round.
    for note_id in note_ids[:5]:
        for _ in range(3):
            room(database, note_id)
    with pytest.raises(VotingLimit, match="Alle 15 stippen"):
        room(database, note_ids[5])


def test_without_participants_the_room_is_assumed(database, werkvorm_id, note_ids):
    with database.transaction() as session:
        current = voting.voting_round(session, werkvorm_id)
    assert current.room_size == voting.ASSUMED_ROOM_SIZE and current.room_size_assumed
    for _ in range(5):
        room(database, note_ids[0])
    with database.transaction() as session:
        assert voting.note_dots(session, note_ids[0]) == 5


def test_the_room_is_who_attends_the_dagdeel(database, werkvorm_id, note_ids, participant_ids):
    with database.transaction() as session:
        people.set_attendance(session, participant_ids[0], (1,))
        current = voting.voting_round(session, werkvorm_id)
    assert current.room_size == 1
    assert [p.name for p in current.participants] == ["Anouk Verbeek"]


def test_limits_are_adjustable_but_not_below_dots_already_given(
    database, werkvorm_id, note_ids, participant_ids
):
    with database.transaction() as session:
        voting.set_limits(session, werkvorm_id, 2, 1)
    give(database, note_ids[0], participant_ids[0])
    with pytest.raises(VotingLimit, match="maximum per notitie is 1"):
        give(database, note_ids[0], participant_ids[0])
    give(database, note_ids[1], participant_ids[0])
    with pytest.raises(VotingLimit, match="alle 2 stippen"):
        give(database, note_ids[2], participant_ids[0])
    with pytest.raises(ServiceError, match="meer stippen uitgedeeld"), database.transaction() as s:
        voting.set_limits(s, werkvorm_id, 1, 1)
    with pytest.raises(ServiceError), database.transaction() as session:
        voting.set_limits(session, werkvorm_id, 3, 4)  # more per note than in total


def test_reset_and_restore_a_round(database, werkvorm_id, note_ids, participant_ids):
    give(database, note_ids[0], participant_ids[0])
    give(database, note_ids[0], participant_ids[1])
    room(database, note_ids[1])
    room(database, note_ids[1])
    with database.transaction() as session:
        before = voting.dot_totals(session, werkvorm_id)
        snapshot = round_reset.reset_round(session, werkvorm_id)
    with database.transaction() as session:
        assert set(voting.dot_totals(session, werkvorm_id).values()) == {0}
        assert voting.voting_round(session, werkvorm_id).total_dots == 0
        round_reset.restore_round(session, werkvorm_id, snapshot)
    with database.transaction() as session:
        assert voting.dot_totals(session, werkvorm_id) == before


def test_ranking_puts_most_dots_first(database, werkvorm_id, note_ids, participant_ids):
    room(database, note_ids[3])
    give(database, note_ids[2], participant_ids[0])
    give(database, note_ids[2], participant_ids[1])
    with database.transaction() as session:
        ranked = voting.ranking(session, werkvorm_id)
    assert [(r.note_id, r.dots) for r in ranked] == [(note_ids[2], 2), (note_ids[3], 1)]


def test_dots_on_deleted_notes_do_not_count(database, werkvorm_id, note_ids, participant_ids):
    for note_id in note_ids[:5]:
        give(database, note_id, participant_ids[0])
    with database.transaction() as session:
        notes.delete_note(session, note_ids[0])
    give(database, note_ids[5], participant_ids[0])
    with pytest.raises(VotingLimit, match="verwijderde"):
        give(database, note_ids[0], participant_ids[1])

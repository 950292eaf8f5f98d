"""The board's service functions, without Qt: capture, arrange, duplicate, transfer, clusters."""

from __future__ import annotations

import pytest

from atelier.services import people
from atelier.services.board import changes as board
from atelier.services.board import cluster_changes as board_clusters
from atelier.services.board import transfer as note_transfer
from atelier.services.board import voting
from atelier.services.board.changes import Arrangement, NoteDraft
from atelier.services.errors import NotFound, ServiceError


def _add(database, werkvorm_id, *texts, **options):
    drafts = [NoteDraft(text, 200.0 * i, 0.0, **options) for i, text in enumerate(texts)]
    with database.driver_transaction() as connection:
        return [n.id for n in board.add_notes(connection, werkvorm_id, drafts).notes]


def test_capture_keeps_text_exactly_and_checks_the_rules(database, werkvorm_id, atelier_id):
    [note_id] = _add(database, werkvorm_id, "  <b>spaties</b> & meer\n")
    with database.transaction() as session:
        snapshot = board.load_board(session, werkvorm_id)
    assert [n.text for n in snapshot.notes] == ["  <b>spaties</b> & meer\n"]
    assert snapshot.dots == {note_id: 0}
    for bad in ("   ", "x" * 20_001, "\ud800"):
        with pytest.raises(ServiceError), database.driver_transaction() as connection:
            board.add_notes(connection, werkvorm_id, [NoteDraft(bad, 0.0, 0.0)])
    with pytest.raises(ServiceError), database.driver_transaction() as connection:
        board.add_notes(connection, werkvorm_id, [NoteDraft("x", float("nan"), 0.0)])
    with database.transaction() as session:
        other = people.add_organisation(session, atelier_id, "Eigen organisatie")
    with database.driver_transaction() as connection:
        board.add_notes(
            connection,
            werkvorm_id,
            [NoteDraft("met auteur", 0, 0, author_organisation_id=other.id)],
        )


def test_capture_refuses_an_author_of_another_atelier(database, programme, werkvorm_id):
    from atelier.services.ateliers import create_atelier

    with database.transaction() as session:
        elsewhere = create_atelier(session, programme, titel="Ander atelier")
        stranger = people.add_organisation(session, elsewhere, "Vreemde organisatie")
    with (
        pytest.raises(ServiceError, match="hoort niet bij dit atelier"),
        database.driver_transaction() as c,
    ):
        board.add_notes(c, werkvorm_id, [NoteDraft("x", 0, 0, author_organisation_id=stranger.id)])


def test_arrange_moves_and_regroups_in_one_transaction(database, werkvorm_id):
    ids = _add(database, werkvorm_id, "a", "b", "c")
    with database.transaction() as session:
        cluster_id, _ = board_clusters.group_notes(session, werkvorm_id, "T", ids[:2], (0, 0))
    with database.transaction() as session:
        change = board.arrange(
            session,
            werkvorm_id,
            Arrangement(
                positions=((ids[0], 900.0, 450.0),),
                memberships=((ids[0], None), (ids[2], cluster_id)),
            ),
        )
    moved = {n.id: n for n in change.notes}
    assert (moved[ids[0]].x, moved[ids[0]].y, moved[ids[0]].cluster_id) == (900.0, 450.0, None)
    assert moved[ids[2]].cluster_id == cluster_id
    assert [c.note_ids for c in change.clusters] == [(ids[1], ids[2])]


def test_arrange_refuses_notes_of_another_board(database, werkvorm_ids):
    [elsewhere] = _add(database, werkvorm_ids[1], "elders")
    with pytest.raises(NotFound), database.transaction() as session:
        board.arrange(session, werkvorm_ids[0], Arrangement(positions=((elsewhere, 1.0, 1.0),)))


def test_an_ungrouped_cluster_comes_back_under_its_own_id(database, werkvorm_id):
    ids = _add(database, werkvorm_id, "a", "b")
    with database.transaction() as session:
        cluster_id, _ = board_clusters.group_notes(session, werkvorm_id, "Thema", ids, (5, 6))
        board_clusters.set_collapsed(session, cluster_id, True)
    with database.transaction() as session:
        state, change = board_clusters.ungroup_cluster(session, cluster_id)
    assert change.removed_clusters == (cluster_id,)
    with database.transaction() as session:
        again, change = board_clusters.recreate_cluster(session, state)
    assert again == cluster_id
    [cluster] = change.clusters
    assert (cluster.titel, cluster.x, cluster.y, cluster.collapsed) == ("Thema", 5, 6, True)
    assert cluster.note_ids == tuple(ids)


def test_duplicate_copies_text_and_cluster_but_not_dots(database, werkvorm_id):
    [note_id] = _add(database, werkvorm_id, "origineel")
    with database.transaction() as session:
        cluster_id, _ = board_clusters.group_notes(session, werkvorm_id, "T", [note_id], (0, 0))
        voting.scribe_room_dot(session, note_id)
    with database.transaction() as session:
        [copy] = board.duplicate_notes(session, [note_id], [(400.0, 0.0)]).notes
    assert (copy.text, copy.cluster_id, copy.votes, copy.x) == ("origineel", cluster_id, 0, 400.0)


def test_moving_to_another_werkvorm_and_back_keeps_everything(
    database, werkvorm_ids, participant_ids
):
    here, there = werkvorm_ids[0], werkvorm_ids[1]
    ids = _add(database, here, "verhuist", "blijft")
    _add(database, there, "al daar")
    with database.transaction() as session:
        cluster_id, _ = board_clusters.group_notes(session, here, "T", ids, (0, 0))
        voting.scribe_room_dot(session, ids[0])
        voting.give_dot(session, ids[0], participant_ids[0])
    with database.transaction() as session:
        placements, arrived, change = note_transfer.transfer_notes(
            session, [ids[0]], there, copy=False
        )
    assert arrived == (ids[0],) and set(change.werkvorm_ids) == {here, there}
    [moved] = change.notes
    assert (moved.werkvorm_id, moved.cluster_id, moved.votes) == (there, None, 0)
    assert (moved.x, moved.y) != (0.0, 0.0)  # not on top of the note already there
    with database.transaction() as session:
        assert voting.note_dots(session, ids[0]) == 0
        note_transfer.restore_placements(session, placements)
    with database.transaction() as session:
        back = board.load_board(session, here)
        assert voting.note_dots(session, ids[0]) == 2
    assert {n.id: n.cluster_id for n in back.notes} == {ids[0]: cluster_id, ids[1]: cluster_id}


def test_transfer_stays_within_the_atelier(database, programme, werkvorm_ids):
    from atelier.services.ateliers import create_atelier, get_atelier

    ids = _add(database, werkvorm_ids[0], "x")
    with database.transaction() as session:
        other = create_atelier(session, programme, titel="Ander atelier")
        foreign = get_atelier(session, other).dagdelen[0].werkvormen[0].id
    with pytest.raises(ServiceError, match="hetzelfde atelier"), database.transaction() as s:
        note_transfer.transfer_notes(s, ids, foreign, copy=True)
    with pytest.raises(ServiceError, match="al op dit bord"), database.transaction() as s:
        note_transfer.transfer_notes(s, ids, werkvorm_ids[0], copy=False)

"""Clusters: grouping notes of one werkvorm, renaming, moving, regrouping and ungrouping."""

from __future__ import annotations

import pytest

from atelier.services.board.clusters import (
    MAX_CLUSTER_TITLE,
    create_cluster,
    get_cluster,
    list_clusters,
    move_cluster,
    rename_cluster,
    set_note_cluster,
    ungroup,
)
from atelier.services.board.notes import add_note, delete_note, get_note, list_notes, restore_note
from atelier.services.errors import NotFound, ServiceError


@pytest.fixture
def note_ids(database, werkvorm) -> list[int]:
    with database.transaction() as session:
        return [add_note(session, werkvorm.id, f"Idee {n}").id for n in range(4)]


def clusters_of(database, werkvorm_id: int):
    with database.transaction() as session:
        return list_clusters(session, werkvorm_id)


def test_a_cluster_groups_notes_under_a_title(database, werkvorm, note_ids):
    with database.transaction() as session:
        cluster = create_cluster(
            session, werkvorm.id, "Draagvlak & <vertrouwen>", note_ids[:2], position=(50, 60)
        )

    [stored] = clusters_of(database, werkvorm.id)
    assert stored == cluster
    assert (stored.titel, stored.note_ids, stored.x, stored.y) == (
        "Draagvlak & <vertrouwen>",
        tuple(note_ids[:2]),
        50.0,
        60.0,
    )
    with database.transaction() as session:
        assert [n.cluster_id for n in list_notes(session, werkvorm.id)] == [
            cluster.id,
            cluster.id,
            None,
            None,
        ]


def test_renaming_and_moving_a_cluster_is_kept(database, werkvorm, note_ids):
    with database.transaction() as session:
        cluster = create_cluster(session, werkvorm.id, "Eerst", note_ids[:1])
    with database.transaction() as session:
        rename_cluster(session, cluster.id, "Daarna 🌱")
    with database.transaction() as session:
        move_cluster(session, cluster.id, 400.5, 12)

    [stored] = clusters_of(database, werkvorm.id)
    assert (stored.titel, stored.x, stored.y) == ("Daarna 🌱", 400.5, 12.0)


def test_a_too_long_cluster_title_is_refused_and_the_old_one_stays(database, werkvorm):
    with database.transaction() as session:
        cluster = create_cluster(session, werkvorm.id, "Kort", [])
    with (
        pytest.raises(ServiceError, match=f"hoogstens {MAX_CLUSTER_TITLE} tekens"),
        database.transaction() as session,
    ):
        rename_cluster(session, cluster.id, "x" * (MAX_CLUSTER_TITLE + 1))
    assert clusters_of(database, werkvorm.id)[0].titel == "Kort"


def test_a_note_moves_between_clusters_and_out_again(database, werkvorm, note_ids):
    with database.transaction() as session:
        left = create_cluster(session, werkvorm.id, "Links", note_ids[:2])
        right = create_cluster(session, werkvorm.id, "Rechts", [note_ids[2]])

    with database.transaction() as session:
        set_note_cluster(session, note_ids[0], right.id)
    with database.transaction() as session:
        set_note_cluster(session, note_ids[1], None)

    with database.transaction() as session:
        assert get_cluster(session, left.id).note_ids == ()
        assert get_cluster(session, right.id).note_ids == (note_ids[0], note_ids[2])
        assert get_note(session, note_ids[1]).cluster_id is None


def test_ungrouping_keeps_every_note_on_the_board(database, werkvorm, note_ids):
    with database.transaction() as session:
        cluster = create_cluster(session, werkvorm.id, "Tijdelijk", note_ids[:3])

    with database.transaction() as session:
        freed = ungroup(session, cluster.id)

    assert sorted(freed) == note_ids[:3]
    assert clusters_of(database, werkvorm.id) == []
    with database.transaction() as session:
        notes = list_notes(session, werkvorm.id)
    assert [n.id for n in notes] == note_ids
    assert all(n.cluster_id is None for n in notes)
    with (
        pytest.raises(NotFound, match=r"Cluster \d+ bestaat niet"),
        database.transaction() as session,
    ):
        get_cluster(session, cluster.id)


def test_notes_of_another_werkvorm_cannot_join_a_cluster(database, werkvormen, note_ids):
    here, elsewhere = werkvormen[0], werkvormen[1]
    with database.transaction() as session:
        stranger = add_note(session, elsewhere.id, "Van een andere werkvorm").id
        cluster = create_cluster(session, here.id, "Hier", note_ids[:1])

    with (
        pytest.raises(ServiceError, match="alleen notities van dezelfde werkvorm"),
        database.transaction() as session,
    ):
        set_note_cluster(session, stranger, cluster.id)
    with (
        pytest.raises(ServiceError, match="alleen notities van dezelfde werkvorm"),
        database.transaction() as session,
    ):
        create_cluster(session, here.id, "Gemengd", [note_ids[1], stranger])

    # Nothing half-done: no second cluster, and the stranger is in no cluster.
    assert [c.titel for c in clusters_of(database, here.id)] == ["Hier"]
    with database.transaction() as session:
        assert get_note(session, stranger).cluster_id is None
        assert get_note(session, note_ids[1]).cluster_id is None


def test_a_deleted_note_leaves_its_cluster_and_returns_to_it_when_restored(
    database, werkvorm, note_ids
):
    with database.transaction() as session:
        cluster = create_cluster(session, werkvorm.id, "Samen", note_ids[:2])
    with database.transaction() as session:
        delete_note(session, note_ids[0])
    with database.transaction() as session:
        assert get_cluster(session, cluster.id).note_ids == (note_ids[1],)
    with database.transaction() as session:
        restore_note(session, note_ids[0])
    with database.transaction() as session:
        assert get_cluster(session, cluster.id).note_ids == tuple(note_ids[:2])

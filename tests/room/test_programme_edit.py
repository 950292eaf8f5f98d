"""Maatwerk on an atelier's own programme: add, remove, reorder, durations, dagdelen."""

from __future__ import annotations

from datetime import date, time

import pytest

from atelier.domain.agenda import clock_time, plan
from atelier.services import programme_edit
from atelier.services.ateliers import get_atelier
from atelier.services.board import clusters, notes
from atelier.services.errors import ServiceError


def dagdeel(database, atelier_id: int, nummer: int = 1):
    with database.transaction() as session:
        return get_atelier(session, atelier_id).dagdelen[nummer - 1]


def titles(database, atelier_id: int, nummer: int = 1) -> list[str]:
    return [w.titel for w in dagdeel(database, atelier_id, nummer).werkvormen]


def test_add_a_werkvorm_at_a_position(database, atelier_id) -> None:
    first = dagdeel(database, atelier_id)
    with database.transaction() as session:
        added = programme_edit.add_werkvorm(
            session,
            first.id,
            titel="Energizer",
            onderdeel="participatie",
            duur_minuten=10,
            vraag="Wat <maakt> jou & je buren blij? 🎉",
            position=1,
        )
    assert titles(database, atelier_id)[:3] == [
        first.werkvormen[0].titel,
        "Energizer",
        first.werkvormen[1].titel,
    ]
    assert [w.positie for w in dagdeel(database, atelier_id).werkvormen] == list(range(7))
    assert dagdeel(database, atelier_id).werkvormen[1].vraag.endswith("🎉")
    assert added.duur_minuten == 10


def test_reorder_and_duration_change_recompute_start_times(database, atelier_id) -> None:
    with database.transaction() as session:
        programme_edit.update_dagdeel(
            session, dagdeel(database, atelier_id).id, start_tijd=time(9, 0)
        )
    before = dagdeel(database, atelier_id)
    last = before.werkvormen[-1]
    with database.transaction() as session:
        programme_edit.move_werkvorm(session, last.id, 0)
        programme_edit.update_werkvorm(session, before.werkvormen[0].id, duur_minuten=25)
    after = dagdeel(database, atelier_id)
    assert after.werkvormen[0].id == last.id
    starts = [
        clock_time(after.start_tijd, s.start_minute).strftime("%H:%M")
        for s in plan(after.werkvormen)
    ]
    # 15' oogst, then the 25' opening, then ambitie & kaders
    assert starts[:3] == ["09:00", "09:15", "09:40"]


def test_move_to_another_dagdeel(database, atelier_id) -> None:
    one, two = dagdeel(database, atelier_id, 1), dagdeel(database, atelier_id, 2)
    moving = one.werkvormen[2]
    with database.transaction() as session:
        programme_edit.move_werkvorm(session, moving.id, 1, dagdeel_id=two.id)
    assert moving.titel not in titles(database, atelier_id, 1)
    assert titles(database, atelier_id, 2)[1] == moving.titel
    assert [w.positie for w in dagdeel(database, atelier_id, 1).werkvormen] == list(range(5))


def test_removing_a_werkvorm_never_loses_its_notes(database, atelier_id) -> None:
    before, werkvorm = dagdeel(database, atelier_id).werkvormen[:2]
    with database.transaction() as session:
        note = notes.add_note(session, werkvorm.id, "Betaalbaarheid voorop")
        clusters.create_cluster(session, werkvorm.id, "Geld", [note.id])
    with pytest.raises(programme_edit.WerkvormHasNotes), database.transaction() as session:
        programme_edit.remove_werkvorm(session, werkvorm.id)
    assert werkvorm.titel in titles(database, atelier_id)
    with database.transaction() as session:
        programme_edit.remove_werkvorm(session, werkvorm.id, move_notes=True)
    assert werkvorm.titel not in titles(database, atelier_id)
    assert [w.positie for w in dagdeel(database, atelier_id).werkvormen] == list(range(5))
    with database.transaction() as session:
        moved = notes.list_notes(session, before.id)
        assert [n.text for n in moved] == ["Betaalbaarheid voorop"]
        assert [c.note_ids for c in clusters.list_clusters(session, before.id)] == [(note.id,)]


def test_a_removed_werkvorm_comes_back_in_its_place_with_its_notes(database, atelier_id) -> None:
    from dataclasses import replace

    from atelier.services.ateliers import get_atelier
    from atelier.services.routemap.herkomst import create_action_from_notes

    _before, werkvorm = dagdeel(database, atelier_id).werkvormen[:2]
    with database.transaction() as session:
        kept = notes.add_note(session, werkvorm.id, "Betaalbaarheid voorop")
        clusters.create_cluster(session, werkvorm.id, "Geld", [kept.id])
        create_action_from_notes(session, [kept.id])  # it remembers the werkvorm it came from
        shown = get_atelier(session, atelier_id)
        board = (
            notes.list_notes(session, werkvorm.id),
            clusters.list_clusters(session, werkvorm.id),
        )
        removed = programme_edit.remove_werkvorm(session, werkvorm.id, move_notes=True)
    with database.transaction() as session:
        assert programme_edit.bring_back_werkvorm(session, removed) == werkvorm.id
        assert replace(get_atelier(session, atelier_id), updated_at=None) == replace(
            shown, updated_at=None
        )
        again = (
            notes.list_notes(session, werkvorm.id),
            clusters.list_clusters(session, werkvorm.id),
        )
        assert [n.text for n in again[0]] == [n.text for n in board[0]]
        assert [c.note_ids for c in again[1]] == [c.note_ids for c in board[1]]
        from atelier.services.routemap.actions import list_actions

        assert list_actions(session, atelier_id)[0].herkomst_werkvorm_id == werkvorm.id


def test_a_dagdeel_keeps_at_least_one_werkvorm(database, atelier_id) -> None:
    ids = [w.id for w in dagdeel(database, atelier_id).werkvormen]
    with database.transaction() as session:
        for werkvorm_id in ids[1:]:
            programme_edit.remove_werkvorm(session, werkvorm_id)
    with pytest.raises(ServiceError, match="minstens één"), database.transaction() as session:
        programme_edit.remove_werkvorm(session, ids[0])


@pytest.mark.parametrize(
    "change",
    [
        {"titel": "  "},
        {"titel": "x" * 1001},
        {"duur_minuten": 0},
        {"duur_minuten": 481},
        {"onderdeel": "koffie"},
        {"vraag": "?" * 20_001},
        {"toelichting": "kapot \ud800"},
    ],
)
def test_invalid_werkvorm_edits_are_refused_in_dutch(database, atelier_id, change) -> None:
    werkvorm = dagdeel(database, atelier_id).werkvormen[0]
    with pytest.raises(ServiceError), database.transaction() as session:
        programme_edit.update_werkvorm(session, werkvorm.id, **change)
    assert dagdeel(database, atelier_id).werkvormen[0] == werkvorm


def test_dagdeel_date_times_location(database, atelier_id) -> None:
    target = dagdeel(database, atelier_id, 3)
    with database.transaction() as session:
        programme_edit.update_dagdeel(
            session,
            target.id,
            datum=date(2026, 4, 2),
            start_tijd=time(13, 30),
            eind_tijd=time(17, 0),
            locatie="Wijkcentrum De Linde",
        )
    changed = dagdeel(database, atelier_id, 3)
    assert (changed.datum, changed.start_tijd, changed.eind_tijd, changed.locatie) == (
        date(2026, 4, 2),
        time(13, 30),
        time(17, 0),
        "Wijkcentrum De Linde",
    )
    with database.transaction() as session:
        programme_edit.update_dagdeel(session, target.id, datum=None)
    assert dagdeel(database, atelier_id, 3).datum is None
    assert dagdeel(database, atelier_id, 3).start_tijd == time(13, 30)


def test_reorder_a_whole_dagdeel(database, atelier_id) -> None:
    ids = [w.id for w in dagdeel(database, atelier_id).werkvormen]
    with database.transaction() as session:
        programme_edit.reorder_werkvormen(session, dagdeel(database, atelier_id).id, ids[::-1])
    assert [w.id for w in dagdeel(database, atelier_id).werkvormen] == ids[::-1]
    with pytest.raises(ServiceError), database.transaction() as session:
        programme_edit.reorder_werkvormen(session, dagdeel(database, atelier_id).id, ids[:-1])

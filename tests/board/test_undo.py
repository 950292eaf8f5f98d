"""Undo and redo of every board action, each step committed: what is on disk after Ctrl+Z is
exactly what was there before the action, and Ctrl+Y brings back exactly what it did."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt

from atelier.ui.board.voting_panel import ROOM
from tests.board.driving import CTRL, capture, click, drag, point_of, redo, stored, undo, visible


def _add(qtbot, board, ids):
    capture(qtbot, board, "Nieuw idee")


def _edit(qtbot, board, ids):
    click(qtbot, board, point_of(board, ids[0]))
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    board.editor.selectAll()
    qtbot.keyClicks(board.editor, "Anders verwoord")
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)


def _delete(qtbot, board, ids):
    click(qtbot, board, point_of(board, ids[1]))
    qtbot.keyClick(board.view, Qt.Key.Key_Delete)


def _move(qtbot, board, ids):
    start = point_of(board, ids[2])
    drag(qtbot, board, start, start + QPoint(120, 260))


def _group(qtbot, board, ids):
    click(qtbot, board, point_of(board, ids[0]))
    click(qtbot, board, point_of(board, ids[1]), CTRL)
    qtbot.keyClick(board.view, Qt.Key.Key_G, CTRL)
    qtbot.keyClick(board.editor, Qt.Key.Key_Escape)


def _ungroup(qtbot, board, ids):
    click(qtbot, board, point_of(board, ids[3]))
    qtbot.keyClick(board.view, Qt.Key.Key_G, CTRL | Qt.KeyboardModifier.ShiftModifier)


def _rename(qtbot, board, ids):
    board.rename_cluster(max(board.scene.clusters))
    board.editor.selectAll()
    qtbot.keyClicks(board.editor, "Nieuwe naam")
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)


def _vote(qtbot, board, ids):
    board.actions.voting.trigger()
    board.voting.set_mode(ROOM)
    click(qtbot, board, point_of(board, ids[0]))


def _reset_round(qtbot, board, ids):
    board.actions.voting.trigger()
    qtbot.mouseClick(board.voting.reset, Qt.MouseButton.LeftButton)


def _duplicate(qtbot, board, ids):
    click(qtbot, board, point_of(board, ids[2]))
    qtbot.keyClick(board.view, Qt.Key.Key_D, CTRL)


def _move_to_werkvorm(qtbot, board, ids):
    click(qtbot, board, point_of(board, ids[3]))
    board.transfer_selected(board.other_werkvormen()[0][1].id, copy=False)


def _copy_to_werkvorm(qtbot, board, ids):
    click(qtbot, board, point_of(board, ids[0]))
    board.transfer_selected(board.other_werkvormen()[1][1].id, copy=True)


def _collapse(qtbot, board, ids):
    board.controller.set_collapsed(max(board.scene.clusters), True)


ACTIONS = [
    _add, _edit, _delete, _move, _group, _ungroup, _rename, _vote, _reset_round, _duplicate,
    _move_to_werkvorm, _copy_to_werkvorm, _collapse,
]  # fmt: skip


@pytest.fixture
def wall(qtbot, board, store, werkvorm_id):
    """Four notes, the last in a cluster, and a few dots."""
    for text in ("Eerste", "Tweede", "Derde", "Vierde"):
        capture(qtbot, board, text)
    ids = [n.id for n in store.notes(werkvorm_id)]
    board.controller.group([ids[3]], "Bestaand cluster")
    board.controller.dot(ids[2], None, 1)
    board.controller.dot(ids[3], None, 2)
    return ids


@pytest.mark.parametrize("action", ACTIONS, ids=[a.__name__[1:] for a in ACTIONS])
def test_undo_and_redo(qtbot, board, database, wall, action):
    before = visible(database)
    steps = board.history.stack.count()
    action(qtbot, board, wall)
    after = visible(database)
    assert after != before, "the action changed nothing"
    assert board.history.stack.count() == steps + 1, "one action, one undo step"
    undo(qtbot, board)
    assert visible(database) == before
    redo(qtbot, board)
    assert visible(database) == after
    undo(qtbot, board)
    assert visible(database) == before
    _assert_board_matches_disk(board, database)


def test_a_long_history_undoes_to_the_start(qtbot, board, database, wall):
    start = visible(database)
    base = board.history.stack.index()
    for action in (_add, _group, _rename, _move, _vote, _edit, _delete, _ungroup):
        action(qtbot, board, wall)
    end = visible(database)
    top = board.history.stack.index()
    while board.history.stack.index() > base:
        undo(qtbot, board)
    assert visible(database) == start
    while board.history.stack.index() < top:
        redo(qtbot, board)
    assert visible(database) == end
    _assert_board_matches_disk(board, database)


def test_each_undo_is_on_disk_for_another_reader(qtbot, board, database, db_path, wall):
    capture(qtbot, board, "Wordt ongedaan gemaakt")
    undo(qtbot, board)
    reader = sqlite3.connect(db_path)
    try:
        deleted = reader.execute(
            "SELECT deleted_at IS NOT NULL FROM note WHERE text = 'Wordt ongedaan gemaakt'"
        ).fetchone()
    finally:
        reader.close()
    assert deleted == (1,)


def _assert_board_matches_disk(board, database):
    state = stored(database)
    live = {n[0]: n for n in state.notes if n[1] == board.werkvorm_id and not n[9]}
    assert set(board.scene.notes) == set(live)
    for note_id, row in live.items():
        item = board.scene.notes[note_id]
        assert (item.note.text, item.x(), item.y(), item.note.cluster_id) == (
            row[2],
            row[5],
            row[6],
            row[7],
        )
    assert set(board.scene.clusters) == {c[0] for c in state.clusters if c[1] == board.werkvorm_id}

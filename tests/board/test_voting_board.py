"""Dot voting on the board: scribing for the room and per participant, limits, ranking, reset."""

from __future__ import annotations

from PySide6.QtCore import Qt

from atelier.services.board import voting
from atelier.ui.board.voting_panel import ROOM
from tests.board.driving import capture, click, point_of, redo, undo


def _dots(store, werkvorm_id):
    return store.read(lambda s: voting.dot_totals(s, werkvorm_id))


def _open_voting(qtbot, board):
    board.actions.voting.trigger()
    assert board.voting.isVisible()


def _notes(qtbot, board, store, werkvorm_id, count=3):
    for number in range(count):
        capture(qtbot, board, f"Voorstel {number}")
    return [n.id for n in store.notes(werkvorm_id)]


def test_scribing_for_the_room_by_clicking(qtbot, board, store, werkvorm_id):
    ids = _notes(qtbot, board, store, werkvorm_id)
    _open_voting(qtbot, board)
    board.voting.set_mode(ROOM)
    for _ in range(3):
        click(qtbot, board, point_of(board, ids[1]))
    click(qtbot, board, point_of(board, ids[2]))
    click(qtbot, board, point_of(board, ids[1]), button=Qt.MouseButton.RightButton)
    assert _dots(store, werkvorm_id) == {ids[0]: 0, ids[1]: 2, ids[2]: 1}
    assert board.scene.notes[ids[1]].dots == 2
    assert board.voting.ranking.ranked_note_ids() == [ids[1], ids[2]]
    assert store.notes(werkvorm_id)[1].votes == 2  # room dots live on the note


def test_plus_and_minus_keys_scribe_on_the_selected_note(qtbot, board, store, werkvorm_id):
    ids = _notes(qtbot, board, store, werkvorm_id)
    click(qtbot, board, point_of(board, ids[0]))
    qtbot.keyClick(board.view, Qt.Key.Key_Plus)
    qtbot.keyClick(board.view, Qt.Key.Key_Plus)
    qtbot.keyClick(board.view, Qt.Key.Key_Minus)
    qtbot.keyClick(board.view, Qt.Key.Key_Plus)
    assert _dots(store, werkvorm_id)[ids[0]] == 2


def test_participant_dots_respect_both_limits(qtbot, board, store, werkvorm_id, participant_ids):
    ids = _notes(qtbot, board, store, werkvorm_id, 4)
    _open_voting(qtbot, board)
    anouk = participant_ids[0]
    board.voting.set_mode(anouk)
    for _ in range(3):
        click(qtbot, board, point_of(board, ids[0]))
    with qtbot.waitSignal(store.errorOccurred) as refused:
        click(qtbot, board, point_of(board, ids[0]))
    assert "maximum per notitie is 3" in refused.args[0]
    click(qtbot, board, point_of(board, ids[1]))
    click(qtbot, board, point_of(board, ids[2]))
    with qtbot.waitSignal(store.errorOccurred) as refused:
        click(qtbot, board, point_of(board, ids[3]))
    assert "alle 5 stippen" in refused.args[0]
    assert _dots(store, werkvorm_id) == {ids[0]: 3, ids[1]: 1, ids[2]: 1, ids[3]: 0}
    assert "(0 of 5 left)" in board.voting.mode.currentText()
    board.voting.set_mode(participant_ids[1])
    click(qtbot, board, point_of(board, ids[3]))
    assert _dots(store, werkvorm_id)[ids[3]] == 1


def test_the_limits_are_adjustable_and_undoable(qtbot, board, store, werkvorm_id):
    _open_voting(qtbot, board)
    board.voting.per_participant.setValue(8)
    board.voting.per_note.setValue(2)
    current = store.read(lambda s: voting.voting_round(s, werkvorm_id))
    assert (current.votes_per_participant, current.max_votes_per_note) == (8, 2)
    assert "3 participants" in board.voting.rules.text()
    undo(qtbot, board)
    assert board.voting.per_note.value() == 3


def test_reset_the_round_and_undo_it(qtbot, board, store, werkvorm_id, participant_ids):
    ids = _notes(qtbot, board, store, werkvorm_id)
    _open_voting(qtbot, board)
    board.voting.set_mode(participant_ids[2])
    click(qtbot, board, point_of(board, ids[0]))
    board.voting.set_mode(ROOM)
    click(qtbot, board, point_of(board, ids[2]))
    before = _dots(store, werkvorm_id)
    qtbot.mouseClick(board.voting.reset, Qt.MouseButton.LeftButton)
    assert set(_dots(store, werkvorm_id).values()) == {0}
    assert all(item.dots == 0 for item in board.scene.notes.values())
    undo(qtbot, board)
    assert _dots(store, werkvorm_id) == before
    assert board.scene.notes[ids[0]].dots == 1
    redo(qtbot, board)
    assert set(_dots(store, werkvorm_id).values()) == {0}


def test_every_click_of_a_fast_scribe_is_one_dot_and_a_double_click_two(
    qtbot, board, store, werkvorm_id
):
    """Qt delivers the second of two quick clicks as a double-click: it must count too."""
    ids = _notes(qtbot, board, store, werkvorm_id, count=2)
    _open_voting(qtbot, board)
    board.voting.set_mode(ROOM)

    for note_id, pairs in ((ids[0], 4), (ids[1], 3)):  # 15 clicks at a scribe's speed
        where = point_of(board, note_id)
        for _ in range(pairs):  # the second click of each pair arrives as a double-click
            click(qtbot, board, where)
            qtbot.mouseDClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    click(qtbot, board, point_of(board, ids[1]))

    assert _dots(store, werkvorm_id) == {ids[0]: 8, ids[1]: 7}
    assert board.scene.notes[ids[0]].dots == 8
    assert not board.view.scene().focusItem()  # no note editor opened on the way

"""Clusters: group under a title, drag notes in and out, rename, collapse, ungroup."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.board.driving import CTRL, capture, click, drag, point_of, undo


def _group(qtbot, board, note_ids, title):
    board.scene.clearSelection()
    for index, note_id in enumerate(note_ids):
        click(
            qtbot,
            board,
            point_of(board, note_id),
            CTRL if index else Qt.KeyboardModifier.NoModifier,
        )
    qtbot.keyClick(board.view, Qt.Key.Key_G, CTRL)
    editor = board.editor
    editor.selectAll()
    qtbot.keyClicks(editor, title)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _title_point(board, cluster_id):
    item = board.scene.clusters[cluster_id]
    return board.view.mapFromScene(item.pos() + item.title_rect().center())


def _notes(qtbot, board, store, werkvorm_id, count=4):
    for number in range(count):
        capture(qtbot, board, f"Punt {number}")
    return [n.id for n in store.notes(werkvorm_id)]


def test_group_selected_notes_under_a_title_and_ungroup(qtbot, board, store, werkvorm_id):
    ids = _notes(qtbot, board, store, werkvorm_id)
    _group(qtbot, board, ids[:2], "Draagvlak")
    [cluster] = store.clusters(werkvorm_id)
    assert cluster.titel == "Draagvlak"
    assert set(cluster.note_ids) == set(ids[:2])
    frame = board.scene.clusters[cluster.id].frame()
    assert all(frame.contains(board.scene.notes[i].sceneBoundingRect()) for i in ids[:2])
    click(qtbot, board, _title_point(board, cluster.id))
    qtbot.keyClick(board.view, Qt.Key.Key_G, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert store.clusters(werkvorm_id) == []
    assert len(store.notes(werkvorm_id)) == 4
    assert all(n.cluster_id is None for n in store.notes(werkvorm_id))
    assert board.scene.clusters == {}


def test_drag_a_note_into_and_out_of_a_cluster(qtbot, board, store, werkvorm_id):
    ids = _notes(qtbot, board, store, werkvorm_id)
    _group(qtbot, board, ids[:2], "Techniek")
    [cluster] = store.clusters(werkvorm_id)
    frame = board.scene.clusters[cluster.id].frame()
    inside = board.view.mapFromScene(frame.center())
    drag(qtbot, board, point_of(board, ids[3]), inside)
    assert set(store.clusters(werkvorm_id)[0].note_ids) == {ids[0], ids[1], ids[3]}
    start = point_of(board, ids[0])
    drag(qtbot, board, start, start + QPoint(0, 500))
    assert set(store.clusters(werkvorm_id)[0].note_ids) == {ids[1], ids[3]}
    undo(qtbot, board)
    assert set(store.clusters(werkvorm_id)[0].note_ids) == {ids[0], ids[1], ids[3]}


def test_dragging_the_title_moves_the_cluster_with_its_notes(qtbot, board, store, werkvorm_id):
    ids = _notes(qtbot, board, store, werkvorm_id)
    _group(qtbot, board, ids[:2], "Geld")
    [cluster] = store.clusters(werkvorm_id)
    before = {n.id: (n.x, n.y) for n in store.notes(werkvorm_id)}
    start = _title_point(board, cluster.id)
    drag(qtbot, board, start, start + QPoint(0, 400))
    after = {n.id: (n.x, n.y) for n in store.notes(werkvorm_id)}
    dy = round(400 / board.view.zoom())
    assert after[ids[0]] == (before[ids[0]][0], before[ids[0]][1] + dy)
    assert after[ids[1]] == (before[ids[1]][0], before[ids[1]][1] + dy)
    assert after[ids[2]] == before[ids[2]]
    assert set(store.clusters(werkvorm_id)[0].note_ids) == set(ids[:2])


def test_rename_by_double_clicking_the_title(qtbot, board, store, werkvorm_id):
    ids = _notes(qtbot, board, store, werkvorm_id, 2)
    _group(qtbot, board, ids, "Eerste titel")
    [cluster] = store.clusters(werkvorm_id)
    qtbot.mouseDClick(
        board.view.viewport(), Qt.MouseButton.LeftButton, pos=_title_point(board, cluster.id)
    )
    editor = board.editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Betere titel")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert store.clusters(werkvorm_id)[0].titel == "Betere titel"
    undo(qtbot, board)
    assert store.clusters(werkvorm_id)[0].titel == "Eerste titel"


def test_collapse_hides_the_notes_behind_one_stack(qtbot, board, store, werkvorm_id):
    ids = _notes(qtbot, board, store, werkvorm_id, 3)
    _group(qtbot, board, ids[:2], "Stapel")
    [cluster] = store.clusters(werkvorm_id)
    click(qtbot, board, _title_point(board, cluster.id))
    qtbot.keyClick(board.view, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert store.clusters(werkvorm_id)[0].collapsed
    assert not board.scene.notes[ids[0]].isVisible()
    assert board.scene.notes[ids[2]].isVisible()
    assert board.scene.clusters[cluster.id].member_count == 2
    undo(qtbot, board)
    assert not store.clusters(werkvorm_id)[0].collapsed
    assert board.scene.notes[ids[0]].isVisible()


def test_a_cluster_frame_holds_only_its_members_and_its_title_stays_visible(
    qtbot, board, store, werkvorm_id
):
    """Grouping notes that lie apart with other notes between and above them: the members are
    laid out together, the others moved out of the frame and its title band. Undo puts every
    note back where it was."""
    from atelier.ui.board import style

    ids = _notes(qtbot, board, store, werkvorm_id, count=8)  # two rows of four
    before = {n.id: (n.x, n.y) for n in store.notes(werkvorm_id)}
    members = [ids[4], ids[6], ids[7]]  # the second row, with ids[5] between them

    _group(qtbot, board, members, "Warmtenet")

    [cluster] = store.clusters(werkvorm_id)
    frame = board.scene.frame_of(cluster.id)
    assert frame is not None
    for note_id, item in board.scene.notes.items():
        inside = style.NOTE_RECT.translated(item.pos()).intersects(frame)
        assert inside == (note_id in members), (note_id, item.pos(), frame)
    stored = {n.id: (n.x, n.y) for n in store.notes(werkvorm_id)}
    assert stored == {i: (it.pos().x(), it.pos().y()) for i, it in board.scene.notes.items()}

    undo(qtbot, board)  # the title
    undo(qtbot, board)  # the grouping, with the moves it made

    assert store.clusters(werkvorm_id) == []
    assert {n.id: (n.x, n.y) for n in store.notes(werkvorm_id)} == before
    assert {i: (it.pos().x(), it.pos().y()) for i, it in board.scene.notes.items()} == before

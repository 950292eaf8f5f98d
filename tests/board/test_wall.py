"""The wall: drag to move (saved), rubber-band selection, edit in place, delete, duplicate,
move or copy to another werkvorm, zoom and fit."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from atelier.storage.opening import open_database
from atelier.ui.board.board_widget import BoardWidget
from atelier.ui.store import AtelierStore
from tests.board.driving import CTRL, capture, click, drag, point_of, undo


def _three_notes(qtbot, board, store, werkvorm_id):
    for text in ("Eén", "Twee", "Drie"):
        capture(qtbot, board, text)
    return store.notes(werkvorm_id)


def test_a_dragged_note_keeps_its_place_after_a_restart(
    qtbot, board, store, werkvorm_id, db_path, database
):
    notes = _three_notes(qtbot, board, store, werkvorm_id)
    start = point_of(board, notes[0].id)
    drag(qtbot, board, start, start + QPoint(260, 330))
    zoom = board.view.zoom()
    moved = store.notes(werkvorm_id)[0]
    assert (moved.x, moved.y) == (
        notes[0].x + round(260 / zoom),
        notes[0].y + round(330 / zoom),
    )
    database.close()
    reopened = open_database(db_path)
    try:
        again = BoardWidget(AtelierStore(reopened), werkvorm_id)
        qtbot.addWidget(again)
        item = again.scene.notes[moved.id]
        assert (item.x(), item.y()) == (moved.x, moved.y)
    finally:
        reopened.close()


def test_one_drag_of_a_rubber_band_selection_moves_all_in_one_step(
    qtbot, board, store, werkvorm_id
):
    notes = _three_notes(qtbot, board, store, werkvorm_id)
    first, second = point_of(board, notes[0].id), point_of(board, notes[1].id)
    drag(qtbot, board, first + QPoint(-150, 100), second + QPoint(40, -100))  # empty wall
    assert {n.note_id for n in board.scene.selected_notes()} == {notes[0].id, notes[1].id}
    commits = board.history.stack.count()
    drag(qtbot, board, first, first + QPoint(0, 300))
    after = {n.id: (n.x, n.y) for n in store.notes(werkvorm_id)}
    assert after[notes[0].id][1] > notes[0].y and after[notes[1].id][1] > notes[1].y
    assert after[notes[2].id] == (notes[2].x, notes[2].y)
    assert board.history.stack.count() == commits + 1
    undo(qtbot, board)
    assert {n.id: (n.x, n.y) for n in store.notes(werkvorm_id)} == {n.id: (n.x, n.y) for n in notes}
    assert board.scene.notes[notes[0].id].pos().y() == notes[0].y


def test_double_click_edits_in_place_and_escape_cancels(qtbot, board, store, werkvorm_id):
    notes = _three_notes(qtbot, board, store, werkvorm_id)
    qtbot.mouseDClick(
        board.view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(board, notes[1].id)
    )
    editor = board.editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Twee, verbeterd")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert store.notes(werkvorm_id)[1].text == "Twee, verbeterd"
    assert board.scene.notes[notes[1].id].displayed_text() == "Twee, verbeterd"
    click(qtbot, board, point_of(board, notes[2].id))
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    editor = board.editor
    qtbot.keyClicks(editor, "weg ermee")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert store.notes(werkvorm_id)[2].text == "Drie"


def test_delete_key_deletes_recoverably(qtbot, board, store, werkvorm_id):
    notes = _three_notes(qtbot, board, store, werkvorm_id)
    click(qtbot, board, point_of(board, notes[0].id))
    click(qtbot, board, point_of(board, notes[2].id), CTRL)
    qtbot.keyClick(board.view, Qt.Key.Key_Delete)
    assert [n.text for n in store.notes(werkvorm_id)] == ["Twee"]
    assert sorted(n.text for n in store.deleted_notes(werkvorm_id)) == ["Drie", "Eén"]
    assert set(board.scene.notes) == {notes[1].id}
    board.controller.restore([notes[0].id])  # what the "Deleted notes" dialog does
    assert [n.text for n in store.notes(werkvorm_id)] == ["Eén", "Twee"]


def test_delete_in_the_capture_field_edits_text_not_notes(qtbot, board, store, werkvorm_id):
    notes = _three_notes(qtbot, board, store, werkvorm_id)
    board.scene.notes[notes[0].id].setSelected(True)
    field = board.capture.field
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "bc"
    assert len(store.notes(werkvorm_id)) == 3


def test_duplicate_puts_the_copy_on_a_free_place(qtbot, board, store, werkvorm_id):
    notes = _three_notes(qtbot, board, store, werkvorm_id)
    click(qtbot, board, point_of(board, notes[0].id))
    qtbot.keyClick(board.view, Qt.Key.Key_D, CTRL)
    stored = store.notes(werkvorm_id)
    assert [n.text for n in stored] == ["Eén", "Twee", "Drie", "Eén"]
    taken = {(n.x, n.y) for n in stored[:3]}
    assert (stored[3].x, stored[3].y) not in taken


def test_move_and_copy_to_another_werkvorm(qtbot, board, store, werkvorm_ids):
    here, there = werkvorm_ids[0], werkvorm_ids[1]
    notes = _three_notes(qtbot, board, store, here)
    click(qtbot, board, point_of(board, notes[0].id))
    board.transfer_selected(there, copy=True)
    click(qtbot, board, point_of(board, notes[1].id))
    board.transfer_selected(there, copy=False)
    assert [n.text for n in store.notes(here)] == ["Eén", "Drie"]
    assert sorted(n.text for n in store.notes(there)) == ["Eén", "Twee"]
    assert notes[1].id not in board.scene.notes
    assert notes[1].id in {n.id for n in store.notes(there)}  # moved, not copied


def test_zoom_keys_and_fit_all(qtbot, board, store, werkvorm_id):
    _three_notes(qtbot, board, store, werkvorm_id)
    start = board.view.zoom()
    qtbot.keyClick(board.view, Qt.Key.Key_Minus, CTRL)
    assert board.view.zoom() < start
    qtbot.keyClick(board.view, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(board.view, Qt.Key.Key_Plus, CTRL)
    assert board.view.zoom() > start
    qtbot.keyClick(board.view, Qt.Key.Key_0, CTRL)
    visible = board.view.visible_scene_rect()
    assert all(visible.contains(item.sceneBoundingRect()) for item in board.scene.notes.values())


def test_ctrl_wheel_zooms_and_middle_drag_pans(qtbot, board, store, werkvorm_id):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    _three_notes(qtbot, board, store, werkvorm_id)
    viewport = board.view.viewport()
    start = board.view.zoom()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert board.view.zoom() > start
    before = board.view.visible_scene_rect().topLeft()
    middle = Qt.MouseButton.MiddleButton
    qtbot.mousePress(viewport, middle, pos=QPoint(400, 300))
    qtbot.mouseMove(viewport, QPoint(300, 250))
    qtbot.mouseRelease(viewport, middle, pos=QPoint(300, 250))
    after = board.view.visible_scene_rect().topLeft()
    assert after.x() > before.x() and after.y() > before.y()


def test_a_board_whose_werkvorm_is_removed_disappears(qtbot, host, store, werkvorm_id, atelier_id):
    from atelier.storage import models

    with store.database.transaction() as session:
        session.delete(session.get(models.Werkvorm, werkvorm_id))
    store.atelierChanged.emit(atelier_id)
    store.notesChanged.emit(werkvorm_id)
    assert host.board() is None

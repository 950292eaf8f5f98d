"""The wall without a mouse: arrows go from note to note in reading order, Enter edits the
selected note, Ctrl+arrows move it a step (stored, and undone with Ctrl+Z)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.board.driving import CTRL, capture, stored, undo


def _selected(board) -> list[str]:
    return [item.note.text for item in board.scene.selected_notes()]


def test_arrows_walk_the_notes_in_reading_order(qtbot, board, store, werkvorm_id):
    for text in ("Eerste", "Tweede", "Derde"):
        capture(qtbot, board, text)
    board.view.setFocus()

    qtbot.keyClick(board.view, Qt.Key.Key_Right)
    assert _selected(board) == ["Eerste"]
    qtbot.keyClick(board.view, Qt.Key.Key_Down)
    qtbot.keyClick(board.view, Qt.Key.Key_Right)
    assert _selected(board) == ["Derde"]
    qtbot.keyClick(board.view, Qt.Key.Key_Right)  # the last stays the last
    assert _selected(board) == ["Derde"]
    qtbot.keyClick(board.view, Qt.Key.Key_Left)
    assert _selected(board) == ["Tweede"]

    qtbot.keyClick(board.view, Qt.Key.Key_Return)
    assert board.editor is not None and board.editor.isVisible()
    board.editor.selectAll()
    qtbot.keyClicks(board.editor, "Tweede, herschreven")
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    assert [n.text for n in store.notes(werkvorm_id)][1] == "Tweede, herschreven"


def test_ctrl_arrows_move_the_selected_note_and_undo_puts_it_back(qtbot, board, database):
    capture(qtbot, board, "Verschuif mij")
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Right)
    before = stored(database).notes[0]

    qtbot.keyClick(board.view, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(board.view, Qt.Key.Key_Down, CTRL)

    after = stored(database).notes[0]
    assert (after[5], after[6]) == (before[5] + 20, before[6] + 20)
    undo(qtbot, board)
    assert stored(database).notes[0][5:7] == (before[5] + 20, before[6])


def test_a_screen_reader_hears_the_selected_note(qtbot, board):
    from PySide6.QtGui import QAccessible

    capture(qtbot, board, "Warmtenet & <buurt>")
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Right)
    interface = QAccessible.queryAccessibleInterface(board.view)
    said = interface.text(QAccessible.Text.Description)
    assert said.startswith("Warmtenet & <buurt> · ")
    assert board.scene.selected_notes()[0].note.onderdeel.lower() in said.lower()

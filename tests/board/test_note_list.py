"""The wall as a list (Ctrl+L): each note one item a screen reader can reach and read (its text,
onderdeel, author and dots), in reading order; choosing an item selects the note on the wall and
the other way round; Enter edits it; the list follows the wall."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from atelier.domain.reference import onderdeel
from tests.board.driving import capture


def spoken(widget) -> list[str]:
    """What a screen reader finds in ``widget``: its children's names."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return [interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())]


def test_each_note_is_an_item_a_screen_reader_reads(qtbot, board):
    for text in ("Eerst de huurders", "Warmtenet <noord> & zuid", "Wie betaalt?"):
        capture(qtbot, board, text)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert board.note_list.isVisible() and board.note_list.hasFocus()
    names = spoken(board.note_list)
    assert [name.split(" · ")[0] for name in names] == [
        "Eerst de huurders",
        "Warmtenet <noord> & zuid",
        "Wie betaalt?",
    ]
    naam = onderdeel(board.capture.onderdeel()).naam
    assert all(name.split(" · ")[1] == naam for name in names)
    list_name = QAccessible.queryAccessibleInterface(board.note_list).text(QAccessible.Text.Name)
    assert list_name == board.note_list.accessibleName() != ""


def test_choosing_here_selects_there_and_the_other_way_round(qtbot, board):
    for text in ("Een", "Twee", "Drie"):
        capture(qtbot, board, text)
    board.actions.as_list.setChecked(True)
    board.note_list.setCurrentRow(1)
    assert [item.note.text for item in board.scene.selected_notes()] == ["Twee"]
    board.scene.clearSelection()
    third = next(item for item in board.scene.notes.values() if item.note.text == "Drie")
    third.setSelected(True)
    assert [item.text().split(" · ")[0] for item in board.note_list.selectedItems()] == ["Drie"]


def test_enter_edits_the_chosen_note(qtbot, board, store, werkvorm_id):
    capture(qtbot, board, "Schrijf mij over")
    board.actions.as_list.setChecked(True)
    board.note_list.setCurrentRow(0)
    qtbot.keyClick(board.note_list, Qt.Key.Key_Return)
    assert board.editor is not None and board.editor.isVisible()
    board.editor.selectAll()
    qtbot.keyClicks(board.editor, "Herschreven")
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    assert [n.text for n in store.notes(werkvorm_id)] == ["Herschreven"]
    qtbot.waitUntil(lambda: board.note_list.item(0).text().startswith("Herschreven"))


def test_the_list_follows_the_wall(qtbot, board):
    board.actions.as_list.setChecked(True)
    capture(qtbot, board, "Later getypt")
    qtbot.waitUntil(lambda: board.note_list.count() == 1)
    assert board.note_list.item(0).text().startswith("Later getypt")
    board.actions.as_list.setChecked(False)
    assert not board.note_list.isVisible()

"""Capturing at talking speed: what follows a note is done while the facilitator listens to the
next speaker (the navigator's count, room for the next row), and the count under the wall
keeps up with every note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from atelier.ui.board import style
from tests.board.driving import capture, type_text, undo

NOTES_COLUMN = 2


def test_the_navigator_counts_the_notes_typed_a_moment_later(start_app, db_path, qtbot):
    running = start_app(db_path, open_demo=True)
    page = running.window.atelier_page
    navigator = page.workspace.navigator
    werkvorm = [w for d in page.atelier().dagdelen for w in d.werkvormen][4]
    page.select_werkvorm(werkvorm.id)
    before = werkvorm.note_count
    qtbot.keyClick(navigator, Qt.Key.Key_Return)  # to the board's capture field
    field = QApplication.focusWidget()
    for text in ("Eerst de huurders", "Dan de VvE's", "Dan de raad"):
        type_text(qtbot, field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    shown = str(before + 3)
    qtbot.waitUntil(lambda: navigator.note_count_text(werkvorm.id) == shown)
    assert navigator.currentItem().text(NOTES_COLUMN) == shown
    assert page.atelier().werkvorm(werkvorm.id).note_count == before + 3

    board = page.werkvorm_view().board()
    undo(qtbot, board)
    qtbot.waitUntil(lambda: navigator.note_count_text(werkvorm.id) == str(before + 2))


def test_the_wall_makes_room_for_the_next_row_before_the_next_enter(qtbot, board):
    scroll = board.view.verticalScrollBar()
    made_room = 0
    for number in range(60):
        capture(qtbot, board, f"Idee {number}")
        visible = board.view.visible_scene_rect()
        place = style.NOTE_RECT.translated(board.controller.next_positions(1)[0])
        if not visible.contains(place):  # the next note starts a row below the view
            qtbot.waitUntil(lambda p=place: board.view.visible_scene_rect().contains(p))
            made_room += 1
            position = scroll.value()
            capture(qtbot, board, f"Eerste van de nieuwe rij {number}")
            assert scroll.value() == position  # this Enter only draws the note
            newest = board.scene.notes[max(board.scene.notes)]
            assert board.view.visible_scene_rect().contains(newest.sceneBoundingRect())
        if made_room == 2:
            break
    assert made_room == 2


def test_the_count_under_the_wall_follows_every_note(qtbot, board):
    for number in range(12):
        capture(qtbot, board, f"Notitie {number}")
        qtbot.waitUntil(lambda n=number: f"{n + 1} " in board.zoom_bar.count.text(), timeout=500)
    label = board.zoom_bar.count
    assert label.width() >= label.sizeHint().width()  # the whole text fits

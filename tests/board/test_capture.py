"""Capturing notes at the speed of talk, with the keyboard only."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolButton

from atelier.services.board.notes import NOTE_HEIGHT, NOTE_WIDTH
from tests.board.driving import CTRL, capture, redo, undo


def _rects(notes):
    return [QRectF(n.x, n.y, NOTE_WIDTH, NOTE_HEIGHT) for n in notes]


def test_ten_notes_typed_with_enter_only_are_stored(qtbot, board, store, werkvorm_id):
    board.capture.field.setFocus()
    for number in range(10):
        capture(qtbot, board, f"Idee nummer {number}")
    stored = store.notes(werkvorm_id)
    assert [n.text for n in stored] == [f"Idee nummer {i}" for i in range(10)]
    assert len(board.scene.notes) == 10
    assert board.capture.field.text() == ""
    assert board.capture.field.hasFocus()
    rects = _rects(stored)
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])


def test_new_notes_never_land_on_an_existing_note(qtbot, board, store, werkvorm_id):
    capture(qtbot, board, "Eerste")
    first = store.notes(werkvorm_id)[0]
    # Someone dragged a note to exactly where the next one would go.
    blocker = board.controller.next_positions()[0]
    with store.database.transaction() as session:
        from atelier.services.board import notes

        notes.add_note(session, werkvorm_id, "In de weg", position=(blocker.x(), blocker.y()))
    store.notesChanged.emit(werkvorm_id)
    capture(qtbot, board, "Tweede")
    rects = _rects(store.notes(werkvorm_id))
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    assert first.text == "Eerste"


def test_a_key_picks_the_onderdeel_and_organisation_for_the_next_notes(
    qtbot, board, store, werkvorm_id, organisation_ids
):
    field = board.capture.field
    qtbot.keyClick(field, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert board.capture.onderdeel() == "techniek"
    assert "Woonstichting De Linde" in board.capture.organisation.currentText()
    assert board.findChild(QToolButton, "onderdeelChip_techniek").isChecked()
    capture(qtbot, board, "Netcapaciteit is krap")
    capture(qtbot, board, "Bron onbekend")
    qtbot.keyClick(field, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    capture(qtbot, board, "Zonder auteur")
    stored = store.notes(werkvorm_id)
    assert [(n.onderdeel, n.author_organisation_id) for n in stored] == [
        ("techniek", organisation_ids[1]),
        ("techniek", organisation_ids[1]),
        ("techniek", None),
    ]
    assert board.scene.notes[stored[0].id].author == "Woonstichting De Linde"


def test_pasting_several_lines_makes_several_notes_in_one_undo_step(
    qtbot, board, store, werkvorm_id
):
    # setText, not a Python-owned QMimeData: the clipboard would free that twice at exit.
    QGuiApplication.clipboard().setText("Eerste punt\n\n  Tweede punt  \r\nDerde punt\n")
    qtbot.keyClick(board.capture.field, Qt.Key.Key_V, CTRL)
    assert [n.text for n in store.notes(werkvorm_id)] == [
        "Eerste punt",
        "Tweede punt",
        "Derde punt",
    ]
    undo(qtbot, board)
    assert store.notes(werkvorm_id) == []
    assert len(store.deleted_notes(werkvorm_id)) == 3  # undo never throws a note away
    redo(qtbot, board)
    assert len(store.notes(werkvorm_id)) == 3
    assert len(board.scene.notes) == 3


def test_typing_on_the_wall_goes_to_the_capture_field(qtbot, board, store, werkvorm_id):
    board.view.setFocus()
    qtbot.keyClicks(board.view, "Snel")
    assert board.capture.field.hasFocus()
    qtbot.keyClick(board.capture.field, Qt.Key.Key_Return)
    assert [n.text for n in store.notes(werkvorm_id)] == ["Snel"]


def test_enter_on_an_empty_field_adds_nothing(qtbot, board, store, werkvorm_id):
    qtbot.keyClick(board.capture.field, Qt.Key.Key_Return)
    qtbot.keyClicks(board.capture.field, "   ")
    qtbot.keyClick(board.capture.field, Qt.Key.Key_Return)
    assert store.notes(werkvorm_id) == []


def test_ctrl_z_right_after_enter_takes_the_note_back(qtbot, board, store, werkvorm_id):
    field = board.capture.field
    capture(qtbot, board, "Verkeerd begrepen")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)  # the field is empty: the board's undo
    assert store.notes(werkvorm_id) == []
    qtbot.keyClicks(field, "half getypt")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)  # typing in the field: the field's own undo
    assert field.text() == ""
    assert store.notes(werkvorm_id) == []
    assert [n.text for n in store.deleted_notes(werkvorm_id)] == ["Verkeerd begrepen"]


def test_a_full_disk_keeps_the_typed_text_and_the_history_clean(qtbot, board, store, werkvorm_id):
    from tests.storage.conftest import limit_file_size

    capture(qtbot, board, "Al opgeslagen")
    steps = board.history.stack.count()

    make_room = limit_file_size(store.database, extra_pages=0)  # SQLite finds the disk full
    long_text = "Niet opgeslagen " + "x" * 6000  # needs new pages in the file
    board.capture.field.setPlainText(long_text)  # as if pasted into the field
    with qtbot.waitSignal(store.errorOccurred) as error:
        qtbot.keyClick(board.capture.field, Qt.Key.Key_Return)
    assert "vol" in error.args[0]
    assert board.capture.field.text() == long_text  # nothing typed is lost
    assert board.history.stack.count() == steps
    assert len(board.scene.notes) == 1
    assert [n.text for n in store.notes(werkvorm_id)] == ["Al opgeslagen"]
    make_room()
    qtbot.keyClick(board.capture.field, Qt.Key.Key_Return)  # disk has room again: try again
    assert [n.text for n in store.notes(werkvorm_id)] == ["Al opgeslagen", long_text]

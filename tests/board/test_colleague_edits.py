"""A colleague on the same atelier (the team archive) changed a note first: the board says so,
shows the colleague's text, and hands back what the facilitator typed; nothing is overwritten."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from atelier.services.board.clusters import get_cluster, rename_cluster
from atelier.services.board.notes import edit_note, get_note
from tests.board.driving import CTRL, capture, click, point_of, undo


def _colleague_writes(database, note_id: int, text: str) -> None:
    with database.transaction() as session:
        edit_note(session, note_id, text=text)


def _retype(qtbot, board, note_id: int, text: str) -> None:
    click(qtbot, board, point_of(board, note_id))
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    board.editor.selectAll()
    qtbot.keyClicks(board.editor, text)
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)


def test_a_note_a_colleague_changed_is_not_overwritten(qtbot, board, store, database, werkvorm_id):
    errors: list[str] = []
    store.errorOccurred.connect(errors.append)
    capture(qtbot, board, "Zonnepanelen op de school")
    note_id = store.notes(werkvorm_id)[0].id
    steps = board.history.stack.count()
    _colleague_writes(database, note_id, "Zonnepanelen op school en sporthal")

    _retype(qtbot, board, note_id, "Zonnepanelen & <warmtepomp>")

    with database.transaction() as session:
        assert get_note(session, note_id).text == "Zonnepanelen op school en sporthal"
    assert errors and "collega" in errors[-1]
    assert QGuiApplication.clipboard().text() == "Zonnepanelen & <warmtepomp>"
    qtbot.waitUntil(
        lambda: board.scene.notes[note_id].note.text == "Zonnepanelen op school en sporthal"
    )
    assert board.history.stack.count() == steps  # the refused edit is no undo step


def test_undo_does_not_undo_a_colleagues_later_change(qtbot, board, store, database, werkvorm_id):
    capture(qtbot, board, "Buurtbijeenkomst")
    note_id = store.notes(werkvorm_id)[0].id
    _retype(qtbot, board, note_id, "Buurtbijeenkomst in maart")
    _colleague_writes(database, note_id, "Buurtbijeenkomst in april")

    undo(qtbot, board)

    with database.transaction() as session:
        assert get_note(session, note_id).text == "Buurtbijeenkomst in april"


def test_a_cluster_title_a_colleague_changed_stays(qtbot, board, store, database, werkvorm_id):
    capture(qtbot, board, "Isolatie")
    note_id = store.notes(werkvorm_id)[0].id
    click(qtbot, board, point_of(board, note_id))
    qtbot.keyClick(board.view, Qt.Key.Key_G, CTRL)
    qtbot.keyClicks(board.editor, "Gebouwen")
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    cluster_id = max(board.scene.clusters)
    with database.transaction() as session:
        rename_cluster(session, cluster_id, "Woningen")

    board.rename_cluster(cluster_id)
    board.editor.selectAll()
    qtbot.keyClicks(board.editor, "Gebouwen en woningen")
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)

    with database.transaction() as session:
        assert get_cluster(session, cluster_id).titel == "Woningen"

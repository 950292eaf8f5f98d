"""The facilitator's core path on the sticky-note board of the real window: create an atelier,
type notes, restart, find them; edit, delete, undo and restore — all through real keys and
clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QToolBar

from atelier.services.ateliers import list_ateliers
from atelier.ui.board.board_host import BoardHost
from atelier.ui.board.deleted_notes_dialog import DeletedNotesDialog
from atelier.ui.new_atelier_dialog import NewAtelierDialog
from tests.ui.conftest import ModalAnswer, type_text


def fill_new_atelier_dialog(qtbot, gemeente: str, wijk: str):
    def respond(dialog) -> None:
        assert isinstance(dialog, NewAtelierDialog)
        qtbot.keyClicks(dialog.gemeente, gemeente)
        qtbot.keyClicks(dialog.wijk, wijk)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    return ModalAnswer(respond)


def type_note(qtbot, text: str) -> None:
    """Type into whatever has the focus, then Enter, as a facilitator would."""
    type_text(qtbot, QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def board_of(window):
    host = window.atelier_page.werkvorm_view()
    assert isinstance(host, BoardHost)
    return host.board()


def shown_notes(board) -> list[str]:
    """The texts on the wall's cards, oldest note first."""
    items = sorted(board.scene.notes.values(), key=lambda item: item.note_id)
    return [item.displayed_text() for item in items if item.isVisible()]


def test_a_new_atelier_gets_typed_notes_that_are_there_after_a_restart(start_app, db_path, qtbot):
    running = start_app(db_path)
    window = running.window
    answer = fill_new_atelier_dialog(qtbot, "Gemeente Veldwijk", "Zonnehoek")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert answer.dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    atelier = window.atelier_page.atelier()
    assert (atelier.titel, atelier.gemeente, atelier.wijk) == (
        "Vertragingsatelier Zonnehoek",
        "Gemeente Veldwijk",
        "Zonnehoek",
    )
    assert window.windowTitle().startswith("Vertragingsatelier Zonnehoek")

    # Enter on the selected werkvorm puts the cursor in the board's capture field.
    qtbot.keyClick(window.atelier_page.workspace.navigator, Qt.Key.Key_Return)
    board = board_of(window)
    assert QApplication.focusWidget() is board.capture.field
    type_note(qtbot, "Bewoners willen eerst weten wat het kost")
    type_note(qtbot, "Netbeheerder <Enexis> & corporatie aan tafel 🙂")
    assert board.capture.field.text() == ""
    assert QApplication.focusWidget() is board.capture.field  # ready for the next note
    assert shown_notes(board) == [
        "Bewoners willen eerst weten wat het kost",
        "Netbeheerder <Enexis> & corporatie aan tafel 🙂",
    ]
    first_werkvorm = window.atelier_page.current_werkvorm()
    # The navigator's note count follows shortly after (it is refreshed once the notes are drawn).
    navigator = window.atelier_page.workspace.navigator
    qtbot.waitUntil(lambda: navigator.currentItem().text(2) == "2", timeout=2000)
    window.close()

    again = start_app(db_path)
    assert again.window.current_atelier_id() == atelier.id
    assert again.window.atelier_page.current_werkvorm() == first_werkvorm
    assert shown_notes(board_of(again.window)) == [
        "Bewoners willen eerst weten wat het kost",
        "Netbeheerder <Enexis> & corporatie aan tafel 🙂",
    ]


def open_werkvorm_with_notes(start_app, db_path, qtbot, texts: list[str]):
    running = start_app(db_path, open_demo=True)
    page = running.window.atelier_page
    werkvorm = page.atelier().dagdelen[1].werkvormen[2]
    page.select_werkvorm(werkvorm.id)
    page.werkvorm_view().setFocus()
    for text in texts:
        type_note(qtbot, text)
    return running, board_of(running.window)


def click_note(qtbot, board, text: str) -> None:
    """Scroll the note into view and click it, as the facilitator would."""
    item = next(i for i in board.scene.notes.values() if i.note.text == text)
    board.view.ensureVisible(item, 20, 20)
    point = board.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert [n.note.text for n in board.scene.selected_notes()] == [text]


def test_a_note_is_edited_in_place_with_f2_and_enter(start_app, db_path, qtbot):
    running, board = open_werkvorm_with_notes(start_app, db_path, qtbot, ["Eerste gedachte"])
    click_note(qtbot, board, "Eerste gedachte")
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is board.editor
    qtbot.keyClicks(editor, "Betere gedachte")  # replaces the selected old text
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "met een tweede regel")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "Betere gedachte\nmet een tweede regel" in [
        item.note.text for item in board.scene.notes.values()
    ]
    stored = running.store.notes(board.werkvorm_id)
    assert "Betere gedachte\nmet een tweede regel" in [note.text for note in stored]
    assert "Eerste gedachte" not in [note.text for note in stored]


def test_deleting_a_note_can_be_undone_from_the_edit_menu(start_app, db_path, qtbot):
    running, board = open_werkvorm_with_notes(start_app, db_path, qtbot, ["Weg ermee", "Blijft"])
    before = len(shown_notes(board))
    click_note(qtbot, board, "Weg ermee")
    qtbot.keyClick(board.view, Qt.Key.Key_Delete)
    assert "Weg ermee" not in shown_notes(board)
    assert len(shown_notes(board)) == before - 1
    assert "Weg ermee" in [n.text for n in running.store.deleted_notes(board.werkvorm_id)]
    undo = next(
        a for a in running.window.menu("edit").actions() if a.text().startswith("&Ongedaan")
    )
    assert undo.text() == "&Ongedaan maken: Notitie verwijderen"
    qtbot.keyClick(board.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Weg ermee" in shown_notes(board)
    assert len(shown_notes(board)) == before
    assert "Weg ermee" in [note.text for note in running.store.notes(board.werkvorm_id)]


def test_a_deleted_note_is_restored_from_the_deleted_notes_view(start_app, db_path, qtbot):
    running, board = open_werkvorm_with_notes(start_app, db_path, qtbot, ["Per ongeluk weg"])
    click_note(qtbot, board, "Per ongeluk weg")
    qtbot.keyClick(board.view, Qt.Key.Key_Delete)
    assert "Per ongeluk weg" not in shown_notes(board)
    deleted_button = board.findChild(QToolBar, "boardToolbar").widgetForAction(
        board.actions.deleted
    )
    assert deleted_button.text() == "Verwijderd…"

    def restore(dialog) -> None:
        assert isinstance(dialog, DeletedNotesDialog)
        assert dialog.windowTitle() == "Verwijderde notities"
        assert dialog.list.item(0).text() == "Per ongeluk weg"
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.list.count() == 0
        dialog.reject()

    answer = ModalAnswer(restore)
    qtbot.mouseClick(deleted_button, Qt.MouseButton.LeftButton)
    assert answer.dialog is not None
    assert "Per ongeluk weg" in shown_notes(board)
    assert "Per ongeluk weg" in [note.text for note in running.store.notes(board.werkvorm_id)]


def test_an_error_from_the_store_is_shown_without_blocking(start_app, db_path, qtbot):
    running, board = open_werkvorm_with_notes(start_app, db_path, qtbot, [])
    with running.database.transaction() as session:  # another hand removes the werkvorm
        from atelier.storage import models

        session.delete(session.get(models.Werkvorm, board.werkvorm_id))
    type_note(qtbot, "Deze kan nergens heen")
    assert "bestaat niet (meer)" in running.window.message_bar.text()
    assert board.capture.field.text() == "Deze kan nergens heen"  # nothing typed is lost


def test_the_new_atelier_dialog_needs_a_title(qtbot, qapp):
    dialog = NewAtelierDialog("Vertragingsatelier")
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.wijk, "Zonnehoek")
    assert dialog.titel.text() == "Vertragingsatelier Zonnehoek" and ok.isEnabled()
    dialog.titel.clear()
    qtbot.keyClicks(dialog.titel, "Eigen titel")
    qtbot.keyClicks(dialog.wijk, "-Noord")
    assert dialog.titel.text() == "Eigen titel"  # a typed title is never overwritten
    assert isinstance(dialog.titel, QLineEdit)


def test_the_empty_file_opens_the_demo_atelier_and_the_recent_list_shows_it(
    start_app, db_path, qtbot
):
    running = start_app(db_path)
    with running.database.transaction() as session:
        summaries = list_ateliers(session)
    assert running.window.current_atelier_id() == summaries[0].id
    assert summaries[0].note_count > 0
    qtbot.keyClick(running.window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    recent = running.window.welcome_page.recent
    row = recent.topLevelItem(0)
    assert [row.text(column) for column in (1, 2, 4)] == [
        summaries[0].gemeente,
        summaries[0].wijk,
        str(summaries[0].note_count),
    ]
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert running.window.current_atelier_id() == summaries[0].id

"""The board inside the real main window: the werkvorm view of the atelier page, with
Edit → Ongedaan maken / Opnieuw for every werkvorm of the atelier."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from atelier.ui.board.board_host import BoardHost
from atelier.ui.history.edit_history import EditHistory
from tests.board.driving import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _type_note(qtbot, text: str) -> None:
    field = QApplication.focusWidget()
    type_text(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _open_werkvorm(running, index: int):
    page = running.window.atelier_page
    werkvorm = [w for d in page.atelier().dagdelen for w in d.werkvormen][index]
    page.select_werkvorm(werkvorm.id)
    return werkvorm.id


def test_notes_typed_on_the_board_are_there_after_a_restart(start_app, db_path, qtbot):
    running = start_app(db_path, open_demo=True)
    page = running.window.atelier_page
    werkvorm_id = _open_werkvorm(running, 5)
    host = page.werkvorm_view()
    assert isinstance(host, BoardHost)
    before = len(host.board().scene.notes)
    qtbot.keyClick(page.workspace.navigator, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is host.board().capture.field
    _type_note(qtbot, "Bewoners willen eerst weten wat het kost")
    _type_note(qtbot, "Netbeheerder <Enexis> & corporatie 🙂")
    assert QApplication.focusWidget() is host.board().capture.field
    assert len(host.board().scene.notes) == before + 2
    running.window.close()

    again = start_app(db_path)
    again.window.atelier_page.select_werkvorm(werkvorm_id)
    board = again.window.atelier_page.werkvorm_view().board()
    texts = [item.note.text for item in board.scene.notes.values()]
    assert texts[-2:] == [
        "Bewoners willen eerst weten wat het kost",
        "Netbeheerder <Enexis> & corporatie 🙂",
    ]


def test_undo_in_the_edit_menu_spans_the_werkvormen_of_the_atelier(start_app, db_path, qtbot):
    running = start_app(db_path, open_demo=True)
    window, page = running.window, running.window.atelier_page
    first = _open_werkvorm(running, 2)
    host = page.werkvorm_view()
    host.setFocus()
    _type_note(qtbot, "Op de eerste werkvorm")
    second = _open_werkvorm(running, 3)
    host.setFocus()
    _type_note(qtbot, "Op de tweede werkvorm")
    history = window.findChild(EditHistory)
    edit_menu = [a.text() for a in window.menu("edit").actions()]
    assert history.undo_action.text() in edit_menu and history.redo_action.text() in edit_menu

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert "Op de tweede werkvorm" not in [n.text for n in running.store.notes(second)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert page.current_werkvorm() == first  # undo shows the werkvorm it changes
    assert "Op de eerste werkvorm" not in [n.text for n in running.store.notes(first)]
    history.redo_action.trigger()
    assert "Op de eerste werkvorm" in [n.text for n in running.store.notes(first)]


def test_the_routemap_adds_its_entries_to_the_boards_menu(start_app, db_path, qtbot):
    running = start_app(db_path, open_demo=True)
    host = running.window.atelier_page.werkvorm_view()
    assert host.menu_extensions  # “Maak actie van notitie” / “… van cluster”


def test_f1_lists_the_typing_keys_and_uses_dutch_key_names(start_app, db_path, qtbot):
    from atelier.ui.shortcuts_dialog import ShortcutsDialog

    running = start_app(db_path, open_demo=True)
    dialog = ShortcutsDialog(running.window)
    qtbot.addWidget(dialog)
    listed = dict(dialog.listed())

    assert listed["Onderdeel van de volgende notities"] == "Ctrl+1…5"
    assert listed["Organisatie van de volgende notities"].startswith("Alt+1…9")
    assert "F14" not in " ".join(listed.values())  # X11's Sun Undo key: no laptop has it
    assert "Delete" in " ".join(listed.values()) and " Del " not in f" {' '.join(listed.values())} "

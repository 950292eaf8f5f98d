"""From the wall to the routemap in one step: a note or a cluster becomes an action that
remembers where it came from. Driven through the board's right-click menu with the mouse."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from atelier.services.ateliers import get_atelier
from atelier.services.board.clusters import create_cluster
from atelier.services.board.notes import add_note
from atelier.services.routemap.actions import get_action, list_actions

POLL_MS = 10
POLL_LIMIT = 500  # five seconds: a menu that never opens fails the test, not the suite


def werkvorm(database, atelier_id, titel: str):
    with database.transaction() as session:
        atelier = get_atelier(session, atelier_id)
    return next(w for d in atelier.dagdelen for w in d.werkvormen if w.titel == titel)


def open_board(qtbot, window, werkvorm_id: int, note_ids):
    """Show the werkvorm's board with these notes drawn on it."""
    assert window.atelier_page.select_werkvorm(werkvorm_id)
    board = window.atelier_page.werkvorm_view().board()
    qtbot.waitUntil(lambda: all(note_id in board.scene.notes for note_id in note_ids))
    return board


def note_point(board, note_id: int) -> QPoint:
    item = board.scene.notes[note_id]
    board.view.ensureVisible(item, 20, 20)
    return board.view.mapFromScene(item.sceneBoundingRect().center())


class MenuChoice:
    """Waits for the right-click menu, remembers its entries and clicks the one named ``text``."""

    def __init__(self, qtbot, text: str) -> None:
        self.qtbot = qtbot
        self.text = text
        self.entries: list[str] = []
        self._tries = 0
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            self._tries += 1
            if self._tries < POLL_LIMIT:
                QTimer.singleShot(POLL_MS, self._poll)
            return
        self.entries = [a.text() for a in menu.actions() if not a.isSeparator()]
        entry = next((a for a in menu.actions() if a.text() == self.text), None)
        if entry is None:
            menu.close()
            return
        point = menu.actionGeometry(entry).center()
        self.qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=point)


def right_click_and_choose(qtbot, board, point: QPoint, text: str) -> MenuChoice:
    """Right-click through the window (as the mouse does, so Qt opens the context menu)."""
    choice = MenuChoice(qtbot, text)
    viewport = board.view.viewport()
    top = viewport.window()
    qtbot.mouseClick(
        top.windowHandle(),
        Qt.MouseButton.RightButton,
        Qt.KeyboardModifier.NoModifier,
        viewport.mapTo(top, point),
    )
    return choice


def test_a_note_on_the_board_becomes_an_action_with_its_herkomst(
    qtbot, window, store, database, atelier_id
):
    klantreis = werkvorm(database, atelier_id, "Klantreis")
    with database.transaction() as session:
        note = add_note(
            session, klantreis.id, "Huurders willen een vast aanspreekpunt & <geen> gedoe"
        )
    board = open_board(qtbot, window, klantreis.id, [note.id])

    choice = right_click_and_choose(
        qtbot, board, note_point(board, note.id), "Maak actie van notitie"
    )

    assert "Maak actie van notitie" in choice.entries
    actions = store.read(lambda s: list_actions(s, atelier_id))
    made = next(a for a in actions if a.wat.startswith("Huurders willen"))
    assert made.wat == "Huurders willen een vast aanspreekpunt & <geen> gedoe"
    assert made.herkomst_note_ids == (note.id,)
    assert made.herkomst_werkvorm_id == klantreis.id
    assert "Dagdeel 2, Klantreis" in made.herkomst
    assert made.onderdeel == "participatie" and made.fase == "opstarten"
    assert window.message_bar.text().startswith(f"Actie {made.code} staat op de routemap")

    routemap = window.routemap.page
    window.atelier_page.show_tab("routemap")
    qtbot.waitUntil(lambda: routemap.scene.card(made.id) is not None)
    editor = routemap.open_editor(made.id)
    assert "Huurders willen een vast aanspreekpunt" in editor.herkomst.text()
    editor.reject()


def test_the_message_opens_the_new_action(qtbot, window, store, database, atelier_id):
    persona = werkvorm(database, atelier_id, "Persona's")
    with database.transaction() as session:
        note = add_note(session, persona.id, "Jonge gezinnen zoeken betaalbare isolatie")

    made = window.routemap.notes.from_notes([note.id])
    action_button = next(
        b for b in window.message_bar.findChildren(QPushButton) if b.text() == "Actie bewerken"
    )
    qtbot.mouseClick(action_button, Qt.MouseButton.LeftButton)

    routemap = window.routemap.page
    assert window.atelier_page.tabs.currentWidget() is window.routemap.tab  # the routemap shown
    qtbot.waitUntil(lambda: routemap.editor is not None and routemap.editor.isVisible())
    assert routemap.editor.code.text() == made.code
    routemap.editor.reject()


def test_a_cluster_becomes_one_action_named_after_it(qtbot, window, store, database, atelier_id):
    wie_betaalt = werkvorm(database, atelier_id, "Wie betaalt wat")
    with database.transaction() as session:
        notes = [
            add_note(session, wie_betaalt.id, text).id
            for text in ("Gat bij VvE's", "Onrendabele top warmtenet", "Subsidie loopt af")
        ]
        cluster = create_cluster(session, wie_betaalt.id, "Financieringsgat dichten", notes[:2])
    board = open_board(qtbot, window, wie_betaalt.id, notes)
    frame = board.scene.clusters[cluster.id]
    board.view.ensureVisible(frame, 20, 20)
    title = board.view.mapFromScene(frame.pos() + frame.title_rect().center())
    qtbot.mouseClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=title)

    choice = right_click_and_choose(qtbot, board, title, "Maak actie van cluster")

    assert "Maak actie van notitie" not in choice.entries  # the cluster, not its notes
    made = next(
        a
        for a in store.read(lambda s: list_actions(s, atelier_id))
        if a.wat == "Financieringsgat dichten"
    )
    stored = store.read(lambda s: get_action(s, made.id))
    assert stored.herkomst_cluster_id == cluster.id
    assert sorted(stored.herkomst_note_ids) == sorted(notes[:2])
    assert stored.onderdeel == "financien"
    assert "cluster 'Financieringsgat dichten' (2 notities)" in stored.herkomst


def test_several_selected_notes_make_one_action(qtbot, window, store, database, atelier_id):
    techniek = werkvorm(database, atelier_id, "Techniekverkenning")
    with database.transaction() as session:
        ids = [
            add_note(session, techniek.id, t).id
            for t in ("Onderzoek restwarmte van de bakkerij", "Dan de planning", "Los punt")
        ]
    board = open_board(qtbot, window, techniek.id, ids)
    viewport = board.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=note_point(board, ids[0]))
    qtbot.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        note_point(board, ids[1]),
    )

    choice = right_click_and_choose(
        qtbot, board, note_point(board, ids[1]), "Maak één actie van 2 notities"
    )

    assert "Maak één actie van 2 notities" in choice.entries
    made = next(
        a
        for a in store.read(lambda s: list_actions(s, atelier_id))
        if a.wat == "Onderzoek restwarmte van de bakkerij"
    )
    assert sorted(made.herkomst_note_ids) == sorted(ids[:2])
    assert made.onderdeel == "techniek"


def test_an_action_made_from_a_note_is_taken_away_by_undo(
    qtbot, window, store, database, atelier_id
):
    from atelier.services.routemap.actions import get_action, list_actions

    persona = werkvorm(database, atelier_id, "Persona's")
    with database.transaction() as session:
        note = add_note(session, persona.id, "Een vast aanspreekpunt voor huurders")
    made = window.routemap.notes.from_notes([note.id])
    history = window.routemap.history

    assert history.undo_action.text() == f"&Ongedaan maken: Nieuwe actie {made.code}"
    history.undo_action.trigger()
    assert made.id not in [a.id for a in store.read(lambda s: list_actions(s, atelier_id))]
    history.redo_action.trigger()
    back = store.read(lambda s: get_action(s, made.id))
    assert back.herkomst_note_ids == (note.id,) and back.code == made.code

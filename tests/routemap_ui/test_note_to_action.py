"""From the wall to the routemap in one step: a note or a cluster becomes an action that
remembers where it came from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QPushButton

from atelier.services.ateliers import get_atelier
from atelier.services.clusters import create_cluster
from atelier.services.notes import add_note
from atelier.services.routemap_actions import get_action, list_actions


def werkvorm(database, atelier_id, titel: str):
    with database.transaction() as session:
        atelier = get_atelier(session, atelier_id)
    return next(w for d in atelier.dagdelen for w in d.werkvormen if w.titel == titel)


def test_a_note_in_the_note_list_becomes_an_action_with_its_herkomst(
    qtbot, window, store, database, atelier_id
):
    klantreis = werkvorm(database, atelier_id, "Klantreis")
    with database.transaction() as session:
        note = add_note(
            session, klantreis.id, "Huurders willen een vast aanspreekpunt & <geen> gedoe"
        )
    page = window.atelier_page
    assert page.select_werkvorm(klantreis.id)
    view = page.werkvorm_view()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    rect = view.list.visualRect(view.model.index(0))
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    make = next(a for a in view.list.actions() if a.text() == "Maak actie van notitie")
    make.trigger()

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
    assert window.atelier_page.tabs.currentWidget() is routemap
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
    menu = QMenu()
    window.routemap.notes.add_to_menu(menu, [], [cluster.id])

    entries = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text() for a in entries] == ["Maak actie van cluster"]
    entries[0].trigger()

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


def test_several_notes_make_one_action(qtbot, window, store, database, atelier_id):
    klantreis = werkvorm(database, atelier_id, "Klantreis")
    with database.transaction() as session:
        ids = [
            add_note(session, klantreis.id, t).id for t in ("Eerst de kosten", "Dan de planning")
        ]
    menu = QMenu()
    window.routemap.notes.add_to_menu(menu, ids, [])

    entry = next(a for a in menu.actions() if not a.isSeparator())
    assert entry.text() == "Maak één actie van 2 notities"
    entry.trigger()

    made = next(
        a for a in store.read(lambda s: list_actions(s, atelier_id)) if a.wat == "Eerst de kosten"
    )
    assert sorted(made.herkomst_note_ids) == sorted(ids)


def test_the_board_right_click_menu_makes_an_action_from_the_note(
    qtbot, window, store, database, atelier_id
):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    from atelier.ui.board.board_host import BoardHost

    page = window.atelier_page
    host = page.set_werkvorm_view_factory(lambda parent: BoardHost(store, parent))
    assert window.routemap.attach(host)
    techniek = werkvorm(database, atelier_id, "Techniekverkenning")
    with database.transaction() as session:
        note = add_note(session, techniek.id, "Onderzoek restwarmte van de bakkerij")
    assert page.select_werkvorm(techniek.id)
    board = host.board()
    qtbot.waitUntil(lambda: note.id in board.scene.notes)
    point = board.view.mapFromScene(board.scene.notes[note.id].sceneBoundingRect().center())
    chosen = []

    def choose_from_menu() -> None:
        menu = QApplication.activePopupWidget()
        entry = next(a for a in menu.actions() if a.text() == "Maak actie van notitie")
        chosen.append(entry.text())
        entry.trigger()
        menu.close()

    QTimer.singleShot(200, choose_from_menu)
    QTimer.singleShot(5000, lambda: QApplication.activePopupWidget() and _close_popup())
    right_click = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, board.view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(board.view.viewport(), right_click)

    assert chosen == ["Maak actie van notitie"]
    made = next(
        a
        for a in store.read(lambda s: list_actions(s, atelier_id))
        if a.wat == "Onderzoek restwarmte van de bakkerij"
    )
    assert made.herkomst_note_ids == (note.id,)
    assert made.onderdeel == "techniek"


def _close_popup() -> None:
    """Never leave a test waiting on a menu that nobody closes."""
    from PySide6.QtWidgets import QApplication

    QApplication.activePopupWidget().close()

"""Maatwerk in the set-up screen: reorder, add, remove, edit; the weight of each onderdeel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from atelier.ui.history.edit_history import EditHistory
from atelier.ui.intake.intake_page import IntakePage


def new_title() -> str:
    return QCoreApplication.translate("MaatwerkPage", "New werkvorm")


def maatwerk(qtbot, store, atelier_id):
    page = IntakePage(store, atelier_id, EditHistory())
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.setCurrentWidget(page.maatwerk)
    page.show()
    qtbot.waitExposed(page)
    return page.maatwerk


def titles(store, atelier_id, index=0):
    return [w.titel for w in store.atelier(atelier_id).dagdelen[index].werkvormen]


def test_reorder_with_the_buttons(qtbot, store, atelier_id):
    page = maatwerk(qtbot, store, atelier_id)
    before = titles(store, atelier_id)
    page.list.setCurrentRow(2)
    qtbot.mouseClick(page.up, Qt.MouseButton.LeftButton)
    expected = [before[0], before[2], before[1], *before[3:]]
    assert titles(store, atelier_id) == expected
    qtbot.waitUntil(lambda: page.titles() == expected)
    assert page.list.currentItem().text() == before[2]


def test_reorder_by_dragging_stores_the_new_order(qtbot, store, atelier_id):
    page = maatwerk(qtbot, store, atelier_id)
    before = titles(store, atelier_id)
    page.list.model().moveRow(
        page.list.model().index(0, 0).parent(), 5, page.list.model().index(0, 0).parent(), 0
    )
    expected = [before[5], *before[:5]]
    qtbot.waitUntil(lambda: titles(store, atelier_id) == expected)


def test_change_duration_and_question(qtbot, store, atelier_id):
    page = maatwerk(qtbot, store, atelier_id)
    page.list.setCurrentRow(1)
    editor = page.editor
    editor.duur.setFocus()
    editor.duur.selectAll()
    qtbot.keyClicks(editor.duur, "60")
    qtbot.keyClick(editor.duur, Qt.Key.Key_Return)
    assert store.atelier(atelier_id).dagdelen[0].werkvormen[1].duur_minuten == 60
    editor.vraag.selectAll()
    qtbot.keyClicks(editor.vraag, "Waar staan we over twee jaar?")
    editor.flush()
    assert store.atelier(atelier_id).dagdelen[0].werkvormen[1].vraag == (
        "Waar staan we over twee jaar?"
    )
    qtbot.waitUntil(lambda: "Proces 220 min" in " ".join(page.weights.lines()))


def test_add_and_remove_a_werkvorm(qtbot, store, atelier_id, monkeypatch):
    page = maatwerk(qtbot, store, atelier_id)
    page.dagdeel_choice.setCurrentIndex(1)
    count = len(titles(store, atelier_id, 1))
    page.list.setCurrentRow(0)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert titles(store, atelier_id, 1)[1] == new_title()
    qtbot.waitUntil(
        lambda: (
            page.list.currentItem() is not None and page.list.currentItem().text() == new_title()
        )
    )
    qtbot.keyClicks(page.editor.titel, "Wijkwandeling")
    qtbot.keyClick(page.editor.titel, Qt.Key.Key_Return)
    assert titles(store, atelier_id, 1)[1] == "Wijkwandeling"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: page.list.currentItem().text() == "Wijkwandeling")
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(titles(store, atelier_id, 1)) == count
    assert "Wijkwandeling" not in titles(store, atelier_id, 1)


def test_weights_show_minutes_per_onderdeel(qtbot, store, atelier_id):
    page = maatwerk(qtbot, store, atelier_id)
    lines = page.weights.lines()
    assert [line.split()[0] for line in lines] == [
        "Participatie",
        "Proces",
        "Techniek",
        "Organisatie",
        "Financiën",
    ]
    total = sum(w.duur_minuten for d in store.atelier(atelier_id).dagdelen for w in d.werkvormen)
    minutes = sum(int(line.split()[1]) for line in lines)
    assert minutes == total


def test_materials_and_who_leads_are_stored_for_the_draaiboek(qtbot, store, atelier_id):
    page = maatwerk(qtbot, store, atelier_id)
    page.list.setCurrentRow(2)
    editor = page.editor
    editor.materialen.setFocus()
    qtbot.keyClicks(editor.materialen, "A1-vel, stickers & stiften <rood>")
    qtbot.keyClick(editor.materialen, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.begeleiding, "Daan")
    qtbot.keyClick(editor.begeleiding, Qt.Key.Key_Return)
    werkvorm = store.atelier(atelier_id).dagdelen[0].werkvormen[2]
    assert (werkvorm.materialen, werkvorm.begeleiding) == (
        "A1-vel, stickers & stiften <rood>",
        "Daan",
    )


def test_moves_one_after_another_are_undone_at_once(qtbot, store, atelier_id):
    page = maatwerk(qtbot, store, atelier_id)
    history = page.history
    before = titles(store, atelier_id)
    page.list.setCurrentRow(3)
    qtbot.mouseClick(page.up, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.currentRow() == 2)
    qtbot.mouseClick(page.up, Qt.MouseButton.LeftButton)
    assert titles(store, atelier_id) == [before[0], before[3], before[1], before[2], *before[4:]]
    history.undo_action.trigger()
    assert titles(store, atelier_id) == before
    qtbot.waitUntil(lambda: page.titles() == before)
    history.redo_action.trigger()
    assert titles(store, atelier_id)[1] == before[3]


def test_a_werkvorm_removed_with_its_notes_comes_back_by_undo(
    qtbot, store, atelier_id, monkeypatch
):
    from atelier.services.board.notes import add_note, list_notes

    history = EditHistory()
    page = IntakePage(store, atelier_id, history)
    qtbot.addWidget(page)
    page.setCurrentWidget(page.maatwerk)
    page.show()
    maatwerk = page.maatwerk
    werkvorm = store.atelier(atelier_id).dagdelen[0].werkvormen[2]
    store.write(lambda s: add_note(s, werkvorm.id, "Eerst de huurders spreken"))
    before = titles(store, atelier_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    maatwerk.list.setCurrentRow(2)
    qtbot.mouseClick(maatwerk.remove_button, Qt.MouseButton.LeftButton)
    assert werkvorm.titel not in titles(store, atelier_id)

    assert f"“{werkvorm.titel}”" in history.undo_action.text()
    history.undo_action.trigger()
    assert titles(store, atelier_id) == before
    texts = [n.text for n in store.read(lambda s: list_notes(s, werkvorm.id))]
    assert texts == ["Eerst de huurders spreken"]

    maatwerk.list.setCurrentRow(0)
    qtbot.mouseClick(maatwerk.add_button, Qt.MouseButton.LeftButton)
    assert titles(store, atelier_id)[1] == new_title()
    history.undo_action.trigger()
    assert titles(store, atelier_id) == before
    history.redo_action.trigger()
    assert titles(store, atelier_id)[1] == new_title()

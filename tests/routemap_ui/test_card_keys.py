"""The routemap board without a mouse: arrows from card to card, Ctrl+arrows move a card to
the next fase or lane (undoable), Enter opens it; a screen reader hears the selected card."""

from __future__ import annotations

from PySide6.QtCore import Qt

from atelier.services.routemap.actions import get_action

CTRL = Qt.KeyboardModifier.ControlModifier


def selected_code(page) -> str | None:
    action_id = page.view.selected_action()
    return page.scene.card(action_id).info.code if action_id is not None else None


def test_arrows_walk_from_card_to_card(qtbot, page, codes):
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)  # nothing selected: the first card
    first = selected_code(page)
    assert first is not None
    card = page.scene.card(codes[first])
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    right = page.scene.card(page.view.selected_action())
    assert right.sceneBoundingRect().center().x() > card.sceneBoundingRect().center().x()
    qtbot.keyClick(page.view, Qt.Key.Key_Left)
    assert selected_code(page) == first
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    below = page.scene.card(page.view.selected_action())
    assert below.sceneBoundingRect().center().y() > card.sceneBoundingRect().center().y()
    assert below.info.code in page.view.accessibleDescription()
    assert below.info.wat in page.view.accessibleDescription()


def test_ctrl_arrows_move_the_card_and_undo_brings_it_back(qtbot, page, store, codes):
    page.view.show_action(codes["TE-01"])
    page.view.setFocus()
    before = store.read(lambda s: get_action(s, codes["TE-01"]))
    qtbot.keyClick(page.view, Qt.Key.Key_Right, CTRL)
    qtbot.waitUntil(lambda: store.read(lambda s: get_action(s, codes["TE-01"])).fase != before.fase)
    moved = store.read(lambda s: get_action(s, codes["TE-01"]))
    fasen = page.scene.fasen
    assert fasen.index(moved.fase) == fasen.index(before.fase) + 1
    assert moved.onderdeel == before.onderdeel
    qtbot.keyClick(page.view, Qt.Key.Key_Z, CTRL)
    assert store.read(lambda s: get_action(s, codes["TE-01"])).fase == before.fase


def test_enter_opens_the_selected_card(qtbot, page, codes):
    page.view.show_action(codes["PA-01"])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is not None)
    assert page.editor.action.id == codes["PA-01"]
    page.editor.reject()

"""The routemap board: cards in lanes × fasen, dragged with the mouse, opened by double-click."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from atelier.services.routemap.actions import get_action


def viewport_point(page, scene_point) -> QPoint:
    return page.view.mapFromScene(scene_point)


def drag(qtbot, page, start: QPoint, end: QPoint, steps: int = 8) -> None:
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        QTest.mouseMove(viewport, point)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_the_board_shows_every_action_in_its_lane_and_fase(page, codes):
    placed = {card.info.code: (card.lane, card.fase) for card in page.scene.cards()}

    assert placed["PA-01"] == ("participatie", "opstarten")
    assert placed["TE-01"] == ("techniek", "uitwerken")
    assert placed["PR-02"] == ("proces", "ontwikkelen")
    assert len(placed) == len(codes)


def test_dragging_a_card_to_another_lane_and_fase_stores_it(qtbot, page, store, codes):
    card = page.scene.card(codes["PA-01"])
    start = viewport_point(page, card.sceneBoundingRect().center())
    target = page.scene.cell_rect("techniek", "ontwikkelen").center()

    drag(qtbot, page, start, viewport_point(page, target))

    def stored():
        action = store.read(lambda s: get_action(s, codes["PA-01"]))
        return (action.onderdeel, action.fase) == ("techniek", "ontwikkelen")

    qtbot.waitUntil(stored)
    moved = page.scene.card(codes["PA-01"])
    assert (moved.lane, moved.fase) == ("techniek", "ontwikkelen")
    assert page.scene.cell_rect("techniek", "ontwikkelen").contains(
        moved.sceneBoundingRect().center()
    )


def test_dropping_a_card_above_another_puts_it_first_in_that_cell(qtbot, page, store, codes):
    above = page.scene.card(codes["TE-01"])  # techniek × uitwerken
    card = page.scene.card(codes["FI-01"])  # financien × uitwerken
    start = viewport_point(page, card.sceneBoundingRect().center())
    end = viewport_point(page, above.sceneBoundingRect().topLeft()) + QPoint(30, 12)

    drag(qtbot, page, start, end)

    def cell_codes() -> list[str]:
        cards = [c for c in page.scene.cards() if (c.lane, c.fase) == ("techniek", "uitwerken")]
        return [c.info.code for c in sorted(cards, key=lambda c: c.y())]

    qtbot.waitUntil(lambda: cell_codes() == ["FI-01", "TE-01"])
    action = store.read(lambda s: get_action(s, codes["FI-01"]))
    assert action.onderdeel == "techniek"
    assert action.code == "FI-01"  # the code stays stable


def test_a_card_dropped_outside_the_grid_goes_back(qtbot, page, store, codes):
    card = page.scene.card(codes["PR-01"])
    start = viewport_point(page, card.sceneBoundingRect().center())
    drag(qtbot, page, start, QPoint(20, start.y()))  # onto the lane labels

    card = page.scene.card(codes["PR-01"])
    assert (card.lane, card.fase) == ("proces", "opstarten")
    assert page.scene.cell_rect("proces", "opstarten").contains(card.sceneBoundingRect().center())
    action = store.read(lambda s: get_action(s, codes["PR-01"]))
    assert (action.onderdeel, action.fase) == ("proces", "opstarten")


def test_in_the_ontwikkelsporen_a_drag_sets_the_spoor(qtbot, page, store, atelier_id, codes):
    page.lane_set.setCurrentIndex(page.lane_set.findData("ontwikkelsporen"))
    qtbot.waitUntil(lambda: "wijk_betrekken" in page.scene.lanes)
    card = page.scene.card(codes["PR-01"])
    start = viewport_point(page, card.sceneBoundingRect().center())
    target = page.scene.cell_rect("ambitie_bepalen", "opstarten").center()

    drag(qtbot, page, start, viewport_point(page, target))

    qtbot.waitUntil(
        lambda: store.read(lambda s: get_action(s, codes["PR-01"])).spoor == "ambitie_bepalen"
    )
    assert store.read(lambda s: get_action(s, codes["PR-01"])).onderdeel == "proces"


def test_double_clicking_a_card_opens_its_editor(qtbot, page, codes):
    card = page.scene.card(codes["TE-01"])
    point = viewport_point(page, card.sceneBoundingRect().center())

    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=point)

    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    assert page.editor.code.text() == "TE-01"
    assert page.editor.wat.text() == "Laat de netcapaciteit doorrekenen"
    page.editor.reject()


def test_odd_text_is_shown_as_typed(qtbot, page, codes, atelier_id):
    from PySide6.QtGui import QImage, QPainter

    typed = "<b>Kosten & baten</b> 🔥 " + "heel lang " * 45
    page.operations.save_action(atelier_id, codes["PA-01"], {"wat": typed})

    card = page.scene.card(codes["PA-01"])
    assert card.info.wat == typed.strip()
    assert "&lt;b&gt;Kosten &amp; baten&lt;/b&gt; 🔥" in card.toolTip()
    image = QImage(800, 600, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    page.scene.render(painter)  # paints without trouble, long text cut to the card
    painter.end()
    assert card.boundingRect().height() < 100


def test_a_move_can_be_undone_from_the_message(qtbot, page, store, codes):
    from PySide6.QtWidgets import QPushButton

    card = page.scene.card(codes["TE-01"])
    start = viewport_point(page, card.sceneBoundingRect().center())
    target = page.scene.cell_rect("organisatie", "beheren").center()
    drag(qtbot, page, start, viewport_point(page, target))
    qtbot.waitUntil(lambda: page.scene.card(codes["TE-01"]).fase == "beheren")
    assert page.undo_bar.text() == "TE-01 staat nu in Organisatie & samenwerking · Beheren."

    undo = next(b for b in page.undo_bar.findChildren(QPushButton) if b.isVisible())
    assert undo.text() == "&Ongedaan maken"
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)

    action = store.read(lambda s: get_action(s, codes["TE-01"]))
    assert (action.onderdeel, action.fase, action.spoor) == ("techniek", "uitwerken", None)
    assert (page.scene.card(codes["TE-01"]).lane, page.scene.card(codes["TE-01"]).fase) == (
        "techniek",
        "uitwerken",
    )


def test_moves_and_status_changes_are_steps_of_the_history(qtbot, page, store, codes):
    """Ctrl+Z on the routemap takes back the status change, then the move; Ctrl+Y redoes them."""
    card = page.scene.card(codes["TE-01"])
    start = viewport_point(page, card.sceneBoundingRect().center())
    target = page.scene.cell_rect("organisatie", "beheren").center()
    drag(qtbot, page, start, viewport_point(page, target))
    qtbot.waitUntil(lambda: page.scene.card(codes["TE-01"]).fase == "beheren")
    page.set_status(codes["TE-01"], "gereed")

    def stored():
        action = store.read(lambda s: get_action(s, codes["TE-01"]))
        return action.onderdeel, action.fase, action.status

    assert stored() == ("organisatie", "beheren", "gereed")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored() == ("organisatie", "beheren", "open")
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored() == ("techniek", "uitwerken", "open")
    assert page.scene.card(codes["TE-01"]).fase == "uitwerken"
    qtbot.keyClick(page.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored() == ("organisatie", "beheren", "gereed")

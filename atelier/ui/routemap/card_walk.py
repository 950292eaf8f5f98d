"""The routemap board without a mouse: arrow keys go to the nearest card in that direction,
Ctrl+arrows move the selected card to the next fase (left, right) or lane (up, down), as a
drag would (one undo step), Enter opens it, Delete deletes it, the menu key opens its menu. A
screen reader hears the selected card: code, what, owner, deadline, status."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPointF
from PySide6.QtGui import QAccessible, QAccessibleEvent

from atelier.ui.routemap.action_card import ActionCard
from atelier.ui.routemap.routemap_scene import RoutemapScene
from atelier.ui.routemap.routemap_view import RoutemapView

SIDEWAYS = 3.0  # a card off to the side counts this much more than one straight ahead


def nearest(cards: list[ActionCard], start: ActionCard, dx: int, dy: int) -> ActionCard | None:
    """The card closest to ``start`` in direction (dx, dy), or None when there is none."""
    here = start.sceneBoundingRect().center()
    best: tuple[float, ActionCard] | None = None
    for card in cards:
        if card is start:
            continue
        offset: QPointF = card.sceneBoundingRect().center() - here
        ahead = offset.x() * dx + offset.y() * dy
        if ahead <= 1.0:
            continue
        aside = abs(offset.x() * dy) + abs(offset.y() * dx)
        score = ahead + SIDEWAYS * aside
        if best is None or score < best[0]:
            best = (score, card)
    return best[1] if best is not None else None


class CardWalk(QObject):
    def __init__(self, scene: RoutemapScene, view: RoutemapView, parent: QObject) -> None:
        super().__init__(parent)
        self.scene, self.view = scene, view
        view.stepPressed.connect(self.step)
        view.nudgePressed.connect(self.nudge)
        scene.selectionChanged.connect(self.describe_selection)

    def selected(self) -> ActionCard | None:
        cards = [item for item in self.scene.selectedItems() if isinstance(item, ActionCard)]
        return cards[0] if cards else None

    def step(self, dx: int, dy: int) -> None:
        """Select the nearest card in the direction; the first card when none is selected."""
        cards = self.scene.cards()
        if not cards:
            return
        start = self.selected()
        if start is None:
            target = min(cards, key=lambda c: (c.sceneBoundingRect().top(), c.x()))
        else:
            target = nearest(cards, start, dx, dy)
        if target is not None:
            self.view.show_action(target.action_id)

    def nudge(self, dx: int, dy: int) -> None:
        """Move the selected card one fase (dx) or one lane (dy) on, to the end of that cell."""
        card = self.selected()
        if card is None:
            return
        fasen, lanes = self.scene.fasen, self.scene.lanes
        fase = fasen.index(card.fase) + dx if card.fase in fasen else -1
        lane = lanes.index(card.lane) + dy if card.lane in lanes else -1
        if not (0 <= fase < len(fasen) and 0 <= lane < len(lanes)):
            return
        target = (lanes[lane], fasen[fase])
        place = sum(1 for c in self.scene.cards() if (c.lane, c.fase) == target)
        self.scene.actionMoved.emit(card.action_id, target[0], target[1], place)

    def describe_selection(self) -> None:
        """The selected card, as the view's accessible description (cards are not widgets)."""
        if not (shiboken6.isValid(self.scene) and shiboken6.isValid(self.view)):
            return  # the page is being taken down
        card = self.selected()
        text = card_description(card) if card is not None else ""
        if text != self.view.accessibleDescription():
            self.view.setAccessibleDescription(text)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.view, QAccessible.Event.DescriptionChanged)
            )


def card_description(card: ActionCard) -> str:
    """A card as a screen reader says it: code, what, owner, deadline, status."""
    info = card.info
    translate = QCoreApplication.translate
    parts = [info.code, info.wat]
    parts.append(info.owner or translate("ActionCard", "no owner"))
    parts.append(info.deadline or translate("ActionCard", "no deadline"))
    parts.append(info.status_naam)
    return " · ".join(part for part in parts if part)

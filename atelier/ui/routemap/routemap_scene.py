"""The routemap board: fasen as columns, lanes as rows, action cards in the cells, and above
them a band with mijlpalen, besluitmomenten and go/no-go gates (the same model the PDF draws).

The grid, labels and markers are painted as background; only cards are items, so a card can be
dragged to another cell. A drop is announced with ``actionMoved`` after the event has finished,
because the page then reloads and rebuilds the scene.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from atelier.report.diagram.model import Card
from atelier.ui.routemap import style
from atelier.ui.routemap.action_card import ActionCard, wrap_text
from atelier.ui.routemap.board_painter import PlacedMarker, paint_board
from atelier.ui.routemap.card_info import card_info, card_problems
from atelier.ui.routemap.operations import RoutemapSnapshot

MARKER_LINES = 2  # the full text is in the marker's tooltip


class RoutemapScene(QGraphicsScene):
    actionMoved = Signal(int, str, str, int)  # action id, lane, fase, place in the cell
    actionActivated = Signal(int)  # double-click on a card
    cellActivated = Signal(str, str)  # double-click on an empty spot: lane, fase

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.snapshot: RoutemapSnapshot | None = None
        self.width = 0.0
        self.column_width = style.MIN_COLUMN_WIDTH
        self.band_height = style.MIN_BAND_HEIGHT
        self.lane_tops: list[float] = []
        self.lane_heights: list[float] = []
        self.markers: dict[str, list[PlacedMarker]] = {}
        self.lane_problems: set[str] = set()
        self.drop_target: tuple[str, str] | None = None
        self.compact = False
        self._cards: dict[int, ActionCard] = {}

    # -- content --------------------------------------------------------------------------
    def show_snapshot(self, snapshot: RoutemapSnapshot | None, width: float) -> None:
        selected = {card.action_id for card in self.selectedItems() if isinstance(card, ActionCard)}
        self.snapshot = snapshot
        self.width = width
        self.lane_problems = (
            {f.lane for f in snapshot.findings if f.lane} if snapshot is not None else set()
        )
        self._rebuild(selected)

    def set_width(self, width: float) -> None:
        if abs(width - self.width) >= 1:
            self.width = width
            selected = {c.action_id for c in self.selectedItems() if isinstance(c, ActionCard)}
            self._rebuild(selected)

    def set_compact(self, compact: bool) -> None:
        """Smaller cards (code, deadline and one line) to see more of a big routemap."""
        if compact != self.compact:
            self.compact = compact
            self._rebuild({c.action_id for c in self.selectedItems() if isinstance(c, ActionCard)})

    @property
    def card_height(self) -> float:
        return style.COMPACT_CARD_HEIGHT if self.compact else style.CARD_HEIGHT

    def card(self, action_id: int) -> ActionCard | None:
        return self._cards.get(action_id)

    def cards(self) -> list[ActionCard]:
        return list(self._cards.values())

    def select_action(self, action_id: int) -> ActionCard | None:
        self.clearSelection()
        card = self._cards.get(action_id)
        if card is not None:
            card.setSelected(True)
        return card

    # -- geometry -------------------------------------------------------------------------
    @property
    def fasen(self) -> list[str]:
        return [f.key for f in self.snapshot.diagram.fasen] if self.snapshot else []

    @property
    def lanes(self) -> list[str]:
        return [lane.key for lane in self.snapshot.diagram.lanes] if self.snapshot else []

    def grid_left(self) -> float:
        return style.MARGIN + style.LABEL_WIDTH

    def grid_top(self) -> float:
        return style.MARGIN + style.HEADER_HEIGHT + self.band_height

    def cell_rect(self, lane: str, fase: str) -> QRectF:
        row = self.lanes.index(lane)
        column = self.fasen.index(fase)
        return QRectF(
            self.grid_left() + column * self.column_width,
            self.lane_tops[row],
            self.column_width,
            self.lane_heights[row],
        )

    def marker_at(self, point: QPointF) -> str | None:
        """The full text of the mijlpaal or besluitmoment drawn at ``point``."""
        band_top = style.MARGIN + style.HEADER_HEIGHT
        for column, fase in enumerate(self.fasen):
            left = self.grid_left() + column * self.column_width
            if not left <= point.x() < left + self.column_width:
                continue
            for marker in self.markers.get(fase, []):
                top = band_top + marker.top
                if top - 2 <= point.y() <= top + marker.height + 2:
                    return marker.text
        return None

    def cell_at(self, point: QPointF) -> tuple[str, str] | None:
        if not self.snapshot or point.x() < self.grid_left():
            return None
        column = int((point.x() - self.grid_left()) // self.column_width)
        if not 0 <= column < len(self.fasen):
            return None
        for lane, top, height in zip(self.lanes, self.lane_tops, self.lane_heights, strict=True):
            if top <= point.y() < top + height:
                return lane, self.fasen[column]
        return None

    # -- building -------------------------------------------------------------------------
    def _rebuild(self, selected: set[int]) -> None:
        self.clear()
        self._cards = {}
        self.drop_target = None
        snapshot = self.snapshot
        if snapshot is None:
            self.setSceneRect(QRectF(0, 0, max(self.width, 1), 1))
            return
        fasen = len(snapshot.diagram.fasen)
        room = self.width - 2 * style.MARGIN - style.LABEL_WIDTH
        self.column_width = max(style.MIN_COLUMN_WIDTH, room / fasen)
        self._place_markers()
        top = self.grid_top()
        self.lane_tops, self.lane_heights = [], []
        problems = card_problems(snapshot)
        for lane in snapshot.diagram.lanes:
            cells = [
                snapshot.diagram.cells.get((lane.key, f.key), ()) for f in snapshot.diagram.fasen
            ]
            tallest = max((len(cards) for cards in cells), default=0)
            height = max(
                self.card_height + 2 * style.CELL_PAD,
                2 * style.CELL_PAD + tallest * (self.card_height + style.CARD_GAP) - style.CARD_GAP,
                self._label_height(lane.naam),
            )
            self.lane_tops.append(top)
            self.lane_heights.append(height)
            for column, cards in enumerate(cells):
                fase = snapshot.diagram.fasen[column].key
                for number, card in enumerate(cards):
                    item = self._add_card(card, lane.key, fase, problems)
                    if item is not None:
                        item.setPos(
                            self.grid_left() + column * self.column_width + style.CELL_PAD,
                            top + style.CELL_PAD + number * (self.card_height + style.CARD_GAP),
                        )
            top += height
        width = style.MARGIN * 2 + style.LABEL_WIDTH + fasen * self.column_width
        self.setSceneRect(QRectF(0, 0, width, top + style.MARGIN))
        for action_id in selected:
            if action_id in self._cards:
                self._cards[action_id].setSelected(True)
        self.update()

    def _add_card(
        self, card: Card, lane: str, fase: str, problems: dict[int, str]
    ) -> ActionCard | None:
        assert self.snapshot is not None
        action = self.snapshot.action_by_code(card.code)
        if action is None:
            return None
        info = card_info(card, action, problems.get(action.id))
        width = self.column_width - 2 * style.CELL_PAD
        item = ActionCard(info, lane, fase, width, self.compact)
        self.addItem(item)
        self._cards[action.id] = item
        return item

    def _place_markers(self) -> None:
        assert self.snapshot is not None
        font = style.font(8.0)
        metrics = QFontMetricsF(font)
        width = self.column_width - 2 * style.CELL_PAD - 14
        self.markers = {}
        tallest = 0.0
        for fase in self.snapshot.diagram.fasen:
            y = style.CELL_PAD
            placed = []
            for marker in self.snapshot.diagram.markers.get(fase.key, ()):
                shown = style.font(8.0, bold=True) if marker.kind == "go_no_go" else font
                lines = tuple(wrap_text(marker.text, shown, width, MARKER_LINES))
                height = len(lines) * metrics.height()
                placed.append(PlacedMarker(marker.kind, lines, y, marker.text, height))
                y += height + 4
            self.markers[fase.key] = placed
            tallest = max(tallest, y + style.CELL_PAD - 4)
        self.band_height = max(style.MIN_BAND_HEIGHT, tallest)

    def _label_height(self, naam: str) -> float:
        font = style.font(9.0, bold=True)
        lines = wrap_text(naam, font, style.LABEL_WIDTH - 22, 4)
        return 16 + len(lines) * QFontMetricsF(font).height()

    # -- dragging (called by the cards) ---------------------------------------------------
    def card_dragged(self, card: ActionCard) -> None:
        target = self.cell_at(card.sceneBoundingRect().center())
        if target != self.drop_target:
            self.drop_target = target
            self.update()

    def card_dropped(self, card: ActionCard) -> None:
        target = self.cell_at(card.sceneBoundingRect().center())
        self.drop_target = None
        if target is None:
            self._rebuild({card.action_id})  # back to where it was
            return
        lane, fase = target
        centre = card.sceneBoundingRect().center().y()
        others = [c for c in self._cards.values() if c is not card and (c.lane, c.fase) == target]
        place = sum(1 for c in others if c.sceneBoundingRect().center().y() < centre)
        if (card.lane, card.fase) == target and place == self._home_place(card):
            self._rebuild({card.action_id})
            return
        action_id = card.action_id
        QTimer.singleShot(0, lambda: self.actionMoved.emit(action_id, lane, fase, place))

    def _home_place(self, card: ActionCard) -> int:
        """The place ``card`` had in its cell before it was picked up."""
        assert self.snapshot is not None
        codes = [c.code for c in self.snapshot.diagram.cells.get((card.lane, card.fase), ())]
        return codes.index(card.info.code) if card.info.code in codes else len(codes)

    def open_action(self, action_id: int) -> None:
        QTimer.singleShot(0, lambda: self.actionActivated.emit(action_id))

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if any(isinstance(item, ActionCard) for item in self.items(event.scenePos())):
            super().mouseDoubleClickEvent(event)
            return
        target = self.cell_at(event.scenePos())
        if target is not None:
            lane, fase = target
            QTimer.singleShot(0, lambda: self.cellActivated.emit(lane, fase))

    # -- painting -------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, style.PAPER)
        if self.snapshot is None:
            return
        paint_board(self, painter)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self.drop_target is None:
            return
        cell = self.cell_rect(*self.drop_target).adjusted(2, 2, -2, -2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(cell, 5, 5)
        painter.fillPath(path, style.DROP_TARGET)
        painter.setPen(QPen(style.ACCENT, 1.5, Qt.PenStyle.DashLine))
        painter.drawPath(path)

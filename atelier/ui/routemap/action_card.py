"""One action on the routemap board: code, wat, owner, deadline, status colour; draggable."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from atelier.ui.routemap import style
from atelier.ui.routemap.card_info import CardInfo
from atelier.ui.theme import readable


class CardHost(Protocol):
    """The scene a card lives in (``RoutemapScene``), told when it is dragged and opened."""

    def card_dragged(self, card: ActionCard) -> None: ...

    def card_dropped(self, card: ActionCard) -> None: ...

    def open_action(self, action_id: int) -> None: ...


DRAG_DISTANCE = 4.0


class ActionCard(QGraphicsItem):
    def __init__(
        self, info: CardInfo, lane: str, fase: str, width: float, compact: bool = False
    ) -> None:
        super().__init__()
        self.info = info
        self.lane = lane
        self.fase = fase
        self.width = width
        self.compact = compact
        self.height = style.COMPACT_CARD_HEIGHT if compact else style.CARD_HEIGHT
        self._press_pos: QPointF | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAcceptHoverEvents(True)
        self.setToolTip(info.tooltip)
        self.setData(0, info.code)

    @property
    def action_id(self) -> int:
        return self.info.action_id

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, self.width + 2, self.height + 2)

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    # -- drawing --------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.card_rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_paper(painter, rect)
        left, right = style.STRIPE + 6, rect.width() - 6
        line1 = self._paint_code_line(painter, left, right)
        self._paint_wat(painter, left, right - left, 4.0 + line1 + 2)
        if not self.compact:
            self._paint_owner_line(painter, rect, left, right)

    def _paint_paper(self, painter: QPainter, rect: QRectF) -> None:
        """The card, its status stripe and its border (bold when selected, red on an error)."""
        path = QPainterPath()
        path.addRoundedRect(rect, 4, 4)
        painter.fillPath(path, style.PAPER)
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(0, 0, style.STRIPE, rect.height()), QColor(self.info.status_kleur))
        painter.restore()
        selected = self.isSelected()
        border = QPen(style.ACCENT if selected else style.RULE, 2.2 if selected else 1.0)
        if self.info.problem == "error" and not selected:
            border = QPen(style.ERROR, 1.4)
        painter.setPen(border)
        painter.drawPath(path)

    def _paint_code_line(self, painter: QPainter, left: float, right: float) -> float:
        """Line 1: the code (and its marks) left, the deadline right; its height."""
        info = self.info
        code_font, _wat_font, small_font = style.card_fonts()
        painter.setFont(code_font)
        painter.setPen(style.INK)
        code_metrics = QFontMetricsF(code_font)
        top = 4.0
        line1 = code_metrics.height()
        painter.drawText(
            QRectF(left, top, right - left, line1), Qt.AlignmentFlag.AlignLeft, info.code
        )
        x = left + code_metrics.horizontalAdvance(info.code) + 5
        x = self._marks(painter, x, top + line1 / 2)
        painter.setFont(small_font)
        deadline = info.deadline or QCoreApplication.translate("ActionCard", "no deadline")
        painter.setPen(style.MUTED if info.deadline else style.ERROR)
        deadline_rect = QRectF(x, top, right - x, line1)
        painter.drawText(
            deadline_rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            QFontMetricsF(small_font).elidedText(
                deadline, Qt.TextElideMode.ElideRight, deadline_rect.width()
            ),
        )
        return line1

    def _paint_wat(self, painter: QPainter, left: float, inner: float, top: float) -> None:
        """Lines 2-3: what has to happen (one line on a compact card)."""
        _code_font, wat_font, _small_font = style.card_fonts()
        painter.setFont(wat_font)
        painter.setPen(style.INK)
        height = QFontMetricsF(wat_font).height()
        lines = wrap_text(self.info.wat, wat_font, inner, 1 if self.compact else 2)
        for number, line in enumerate(lines):
            painter.drawText(QRectF(left, top + number * height, inner, height), 0, line)

    def _paint_owner_line(self, painter: QPainter, rect: QRectF, left: float, right: float) -> None:
        """The last line: the owner left, the status right."""
        info = self.info
        _code_font, _wat_font, small_font = style.card_fonts()
        small = QFontMetricsF(small_font)
        bottom = rect.height() - 4 - small.height()
        painter.setFont(small_font)
        status_width = small.horizontalAdvance(info.status_naam) + 2
        painter.setPen(readable(info.status_kleur, style.PAPER))  # its hue, 4.5:1
        painter.drawText(
            QRectF(right - status_width, bottom, status_width, small.height()),
            Qt.AlignmentFlag.AlignRight,
            info.status_naam,
        )
        owner_width = right - left - status_width - 6
        owner = info.owner or QCoreApplication.translate("ActionCard", "no owner")
        painter.setPen(style.MUTED if info.owner else style.ERROR)
        painter.drawText(
            QRectF(left, bottom, owner_width, small.height()),
            Qt.AlignmentFlag.AlignLeft,
            small.elidedText(owner, Qt.TextElideMode.ElideRight, owner_width),
        )

    def _marks(self, painter: QPainter, x: float, middle: float) -> float:
        """Small signs after the code: a problem, a go/no-go link, a blauwdruk action."""
        info = self.info
        painter.setPen(Qt.PenStyle.NoPen)
        if info.problem is not None:
            painter.setBrush(style.ERROR if info.problem == "error" else style.WARNING)
            painter.drawEllipse(QPointF(x + 4, middle), 4, 4)
            painter.setPen(style.PAPER)
            painter.setFont(style.font(6.5, bold=True))
            painter.drawText(QRectF(x, middle - 5, 8, 10), Qt.AlignmentFlag.AlignCenter, "!")
            painter.setPen(Qt.PenStyle.NoPen)
            x += 11
        if info.go_no_go:
            painter.setBrush(style.GO_NO_GO)
            diamond = QPainterPath()
            diamond.moveTo(x + 4, middle - 4.5)
            diamond.lineTo(x + 8.5, middle)
            diamond.lineTo(x + 4, middle + 4.5)
            diamond.lineTo(x - 0.5, middle)
            diamond.closeSubpath()
            painter.drawPath(diamond)
            x += 12
        if info.blauwdruk:
            painter.setBrush(style.ACCENT)
            painter.drawRoundedRect(QRectF(x, middle - 5, 11, 10), 2, 2)
            painter.setPen(style.PAPER)
            painter.setFont(style.font(6.5, bold=True))
            painter.drawText(QRectF(x, middle - 5, 11, 10), Qt.AlignmentFlag.AlignCenter, "B")
            x += 14
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return x

    # -- dragging -------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press_pos = self.pos()
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.setZValue(10)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._press_pos is not None:
            self._scene().card_dragged(self)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start, self._press_pos = self._press_pos, None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(0)
        if start is None:
            return
        moved = self.pos() - start
        if abs(moved.x()) + abs(moved.y()) >= DRAG_DISTANCE:
            self._scene().card_dropped(self)
        else:
            self.setPos(start)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press_pos = None
        self._scene().open_action(self.action_id)

    def _scene(self) -> CardHost:
        return self.scene()  # type: ignore[return-value]


def wrap_text(text: str, font, width: float, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width``; the last one elided."""
    flat = " ".join(text.split())
    layout = QTextLayout(flat, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long compounds too
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(flat[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    if len(lines) > max_lines:
        rest = " ".join(part.strip() for part in lines[max_lines - 1 :])
        metrics = QFontMetricsF(font)
        lines = [
            *lines[: max_lines - 1],
            metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width),
        ]
    return [line.rstrip() for line in lines]

"""A cluster on the wall: a frame with a title behind its notes, or one compact stack when
collapsed. Dragging the title (or the stack) moves the whole cluster with its notes.

The scene decides where the frame goes (around the member notes) through ``set_frame``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from atelier.domain.records import ClusterData
from atelier.ui.board import style

CLUSTER_TYPE = QGraphicsItem.UserType + 2
FRAME_Z = -10.0
STACK_Z = 5.0
RADIUS = 10.0


class ClusterItem(QGraphicsItem):
    def __init__(self, cluster: ClusterData) -> None:
        super().__init__()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.cluster = cluster
        self.member_count = 0
        self.dots = 0
        self.stack_colours: list[QColor] = []
        self.drop_target = False
        self._rect = QRectF(style.EMPTY_CLUSTER)
        self._placing = False
        self._title_line: tuple[float, str] | None = None
        self.setZValue(STACK_Z if cluster.collapsed else FRAME_Z)

    @property
    def cluster_id(self) -> int:
        return self.cluster.id

    @property
    def collapsed(self) -> bool:
        return self.cluster.collapsed

    def update_cluster(self, cluster: ClusterData) -> None:
        if cluster.titel != self.cluster.titel:
            self._title_line = None
        self.cluster = cluster
        self.setZValue(STACK_Z if cluster.collapsed else FRAME_Z)
        self.update()

    def set_frame(self, rect: QRectF) -> None:
        """Place the frame (scene coordinates) without moving the member notes."""
        size = QRectF(0.0, 0.0, rect.width(), rect.height())
        if size != self._rect:
            self.prepareGeometryChange()
            self._rect = size
            self._title_line = None
        self._placing = True
        self.setPos(rect.topLeft())
        self._placing = False

    def set_summary(self, member_count: int, dots: int, colours: list[QColor]) -> None:
        self.member_count, self.dots, self.stack_colours = member_count, dots, colours
        self.update()

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def frame(self) -> QRectF:
        return self._rect.translated(self.pos())

    def title_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self._rect.width(), style.CLUSTER_TITLE)

    # -- QGraphicsItem --------------------------------------------------------------------
    def type(self) -> int:
        return CLUSTER_TYPE

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3.0, -3.0, 12.0, 12.0)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if (
            change == QGraphicsItem.GraphicsItemChange.ItemPositionChange
            and not self._placing
            and self.scene() is not None
        ):
            delta = QPointF(value) - self.pos()  # type: ignore[arg-type]
            self.scene().cluster_dragged(self, delta)  # type: ignore[attr-defined]
        return super().itemChange(change, value)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.collapsed and event.pos().y() > style.CLUSTER_TITLE:
            event.ignore()  # the open area of a frame: rubber-band selection starts there
            return
        super().mousePressEvent(event)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        ink = style.ink()
        detailed = painter.worldTransform().m11() >= style.DETAIL_SCALE
        if self.collapsed:
            self._paint_stack(painter, ink, detailed)
        else:
            self._paint_frame(painter, ink, detailed)

    def _paint_frame(self, painter: QPainter, ink: style.Ink, detailed: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(ink.drop_pen if self.drop_target else ink.cluster_edge_pen)
        painter.setBrush(ink.cluster_fill)
        painter.drawRoundedRect(self._rect, RADIUS, RADIUS)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if detailed:
            self._paint_title(painter, ink, self._rect.width())
        self._paint_selection(painter, ink)

    def _paint_stack(self, painter: QPainter, ink: style.Ink, detailed: bool) -> None:
        card = QRectF(0.0, 0.0, self._rect.width() - 12.0, self._rect.height() - 12.0)
        colours = self.stack_colours[:3] or [ink.cluster_fill]
        for depth in range(len(colours) - 1, 0, -1):
            shifted = card.translated(6.0 * depth, 6.0 * depth)
            painter.fillRect(shifted.translated(1.0, 3.0), ink.shadow_far)
            painter.fillRect(shifted, colours[depth])
        painter.fillRect(card.translated(1.0, 3.0), ink.shadow_near)
        painter.fillRect(card, ink.cluster_card)
        painter.fillRect(QRectF(0.0, 0.0, card.width(), 8.0), colours[0])
        if detailed:
            painter.setFont(ink.title_font)
            painter.setPen(ink.title_pen)
            painter.drawText(
                QRectF(14.0, 16.0, card.width() - 28.0, card.height() - 48.0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                self.cluster.titel or "…",
            )
            painter.setFont(ink.summary_font)
            painter.setPen(ink.meta_pen)
            painter.drawText(QPointF(14.0, card.height() - 12.0), self._stack_caption())
        self._paint_selection(painter, ink, card)

    def _paint_title(self, painter: QPainter, ink: style.Ink, width: float) -> None:
        count = str(self.member_count)
        dots = f"● {self.dots}" if self.dots else ""
        metrics = ink.summary_metrics
        dots_width = metrics.horizontalAdvance(dots) if dots else 0.0
        count_width = metrics.horizontalAdvance(count)
        right = width - 14.0
        room = right - dots_width - count_width - 18.0 - 14.0 - 12.0
        if self._title_line is None or self._title_line[0] != room:
            title = self.cluster.titel.replace("\n", " ") or "…"
            self._title_line = (
                room,
                ink.title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, room),
            )
        painter.setFont(ink.title_font)
        painter.setPen(ink.title_pen)
        painter.drawText(QPointF(14.0, 27.0), self._title_line[1])
        painter.setFont(ink.summary_font)
        if dots:
            painter.setPen(ink.dot_brush.color())
            painter.drawText(QPointF(right - dots_width, 26.0), dots)
            right -= dots_width + 10.0
        painter.setPen(ink.meta_pen)
        painter.drawText(QPointF(right - count_width, 26.0), count)
        _paint_count_glyph(painter, ink, QPointF(right - count_width - 16.0, 15.0))

    def _paint_selection(
        self, painter: QPainter, ink: style.Ink, rect: QRectF | None = None
    ) -> None:
        if self.isSelected():
            painter.setPen(ink.selection_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect or self._rect)

    def _stack_caption(self) -> str:
        notes = QCoreApplication.translate("ClusterItem", "Notes: {count}").format(
            count=self.member_count
        )
        if not self.dots:
            return notes
        dots = QCoreApplication.translate("ClusterItem", "dots: {count}").format(count=self.dots)
        return f"{notes} · {dots}"


def _paint_count_glyph(painter: QPainter, ink: style.Ink, at: QPointF) -> None:
    """Two small overlapping notes: "this many notes"."""
    painter.setPen(ink.meta_pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(at.x() + 3.0, at.y(), 9.0, 9.0))
    painter.fillRect(QRectF(at.x(), at.y() + 3.0, 9.0, 9.0), ink.cluster_band)
    painter.drawRect(QRectF(at.x(), at.y() + 3.0, 9.0, 9.0))

"""Painting the routemap board's fixed parts: fase headers, the marker band, lane labels,
the grid and the go/no-go gates between fasen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from atelier.ui.routemap import style
from atelier.ui.routemap.action_card import wrap_text
from atelier.ui.routemap.operations import RoutemapSnapshot


@dataclass(frozen=True)
class PlacedMarker:
    """A mijlpaal, besluitmoment or gate in the band above the grid, laid out."""

    kind: str
    lines: tuple[str, ...]
    top: float  # relative to the band's top
    text: str  # in full
    height: float


class BoardGeometry(Protocol):
    """What painting needs of the board (``RoutemapScene``): its content and its grid."""

    snapshot: RoutemapSnapshot | None
    column_width: float
    band_height: float
    lane_tops: list[float]
    lane_heights: list[float]
    lane_problems: set[str]
    markers: dict[str, list[PlacedMarker]]

    @property
    def fasen(self) -> list[str]: ...

    def grid_left(self) -> float: ...

    def grid_top(self) -> float: ...


def tint(colour: QColor, amount: float) -> QColor:
    """``colour`` mixed with white (amount 0: white, 1: the colour)."""
    return QColor(
        round(255 - (255 - colour.red()) * amount),
        round(255 - (255 - colour.green()) * amount),
        round(255 - (255 - colour.blue()) * amount),
    )


@dataclass(frozen=True)
class _Frame:
    """Where the board's parts are, in scene coordinates."""

    left: float
    grid_left: float
    right: float
    header_top: float
    band_top: float
    grid_top: float
    bottom: float


def paint_board(scene: BoardGeometry, painter: QPainter) -> None:
    snapshot = scene.snapshot
    assert snapshot is not None
    grid_left, grid_top = scene.grid_left(), scene.grid_top()
    frame = _Frame(
        left=style.MARGIN,
        grid_left=grid_left,
        right=grid_left + len(scene.fasen) * scene.column_width,
        header_top=style.MARGIN,
        band_top=style.MARGIN + style.HEADER_HEIGHT,
        grid_top=grid_top,
        bottom=(scene.lane_tops[-1] + scene.lane_heights[-1]) if scene.lane_tops else grid_top,
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint_lanes(scene, painter, frame)
    _paint_fase_headers(scene, painter, frame)
    _paint_band(scene, painter, frame)
    _paint_grid(scene, painter, frame)
    _paint_gates(scene, painter, frame)
    painter.restore()


def _paint_lanes(scene: BoardGeometry, painter: QPainter, frame: _Frame) -> None:
    """Zebra rows and coloured lane labels (with a dot for a lane with a finding)."""
    assert scene.snapshot is not None
    left, grid_left = frame.left, frame.grid_left
    label_font = style.font(9.0, bold=True)
    label_metrics = QFontMetricsF(label_font)
    for index, lane in enumerate(scene.snapshot.diagram.lanes):
        top, height = scene.lane_tops[index], scene.lane_heights[index]
        if index % 2 == 1:
            painter.fillRect(QRectF(grid_left, top, frame.right - grid_left, height), style.ZEBRA)
        colour = QColor(lane.kleur)
        label = QRectF(left, top + 3, style.LABEL_WIDTH - 6, height - 6)
        path = QPainterPath()
        path.addRoundedRect(label, 4, 4)
        painter.fillPath(path, tint(colour, 0.35))
        painter.fillRect(QRectF(left, top + 3, 5, height - 6), colour)
        painter.setFont(label_font)
        painter.setPen(style.INK)
        y = top + 9
        for line in wrap_text(lane.naam, label_font, style.LABEL_WIDTH - 22, 4):
            painter.drawText(QRectF(left + 11, y, style.LABEL_WIDTH - 20, 20), 0, line)
            y += label_metrics.height()
        if lane.key in scene.lane_problems:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.WARNING)
            painter.drawEllipse(QPointF(left + style.LABEL_WIDTH - 16, top + height - 14), 5, 5)
            painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_fase_headers(scene: BoardGeometry, painter: QPainter, frame: _Frame) -> None:
    assert scene.snapshot is not None
    name_font = style.font(10.0, bold=True)
    small_font = style.font(8.0)
    for column, fase in enumerate(scene.snapshot.diagram.fasen):
        x = frame.grid_left + column * scene.column_width
        cell = QRectF(x + 2, frame.header_top, scene.column_width - 4, style.HEADER_HEIGHT - 4)
        path = QPainterPath()
        path.addRoundedRect(cell, 4, 4)
        painter.fillPath(path, tint(style.ACCENT, 0.12))
        painter.setPen(style.ACCENT)
        painter.setFont(name_font)
        painter.drawText(cell.adjusted(8, 5, -8, 0), 0, fase.naam)
        painter.setFont(small_font)
        painter.setPen(style.MUTED)
        painter.drawText(
            cell.adjusted(8, 23, -8, 0),
            0,
            QFontMetricsF(small_font).elidedText(
                fase.horizon, Qt.TextElideMode.ElideRight, cell.width() - 16
            ),
        )


def _paint_band(scene: BoardGeometry, painter: QPainter, frame: _Frame) -> None:
    """The band above the grid with mijlpalen and besluitmomenten."""
    assert scene.snapshot is not None
    band_top = frame.band_top
    painter.setFont(style.font(8.0, bold=True))
    painter.setPen(style.MUTED)
    painter.drawText(
        QRectF(frame.left + 6, band_top + 6, style.LABEL_WIDTH - 12, scene.band_height - 8),
        Qt.TextFlag.TextWordWrap,
        QCoreApplication.translate("RoutemapScene", "Milestones and decisions"),
    )
    marker_font = style.font(8.0)
    marker_height = QFontMetricsF(marker_font).height()
    for column, fase in enumerate(scene.snapshot.diagram.fasen):
        x = frame.grid_left + column * scene.column_width + style.CELL_PAD
        for marker in scene.markers.get(fase.key, []):
            _paint_marker(painter, marker, x, band_top, marker_height, scene.column_width)
    if not any(scene.markers.values()):
        painter.setFont(marker_font)
        painter.setPen(style.MUTED)
        painter.drawText(
            QRectF(frame.grid_left + 8, band_top, frame.right - frame.grid_left, scene.band_height),
            Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("RoutemapScene", "No milestones or decision moments yet."),
        )


def _paint_grid(scene: BoardGeometry, painter: QPainter, frame: _Frame) -> None:
    left, right, bottom = frame.left, frame.right, frame.bottom
    painter.setPen(QPen(style.RULE, 1.0))
    painter.drawLine(QPointF(left, frame.grid_top), QPointF(right, frame.grid_top))
    for top in scene.lane_tops[1:]:
        painter.drawLine(QPointF(frame.grid_left, top), QPointF(right, top))
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    for column in range(len(scene.fasen) + 1):
        x = frame.grid_left + column * scene.column_width
        painter.drawLine(QPointF(x, frame.band_top), QPointF(x, bottom))


def _paint_gates(scene: BoardGeometry, painter: QPainter, frame: _Frame) -> None:
    """Go/no-go gates at the end of a fase: a dashed line and a diamond."""
    assert scene.snapshot is not None
    diagram = scene.snapshot.diagram
    for column, fase in enumerate(diagram.fasen):
        if fase.key not in diagram.gates:
            continue
        x = frame.grid_left + (column + 1) * scene.column_width
        painter.setPen(QPen(style.GO_NO_GO, 2.0, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, frame.band_top), QPointF(x, frame.bottom))
        _diamond(painter, QPointF(x, frame.band_top), 6, style.GO_NO_GO)


def _paint_marker(
    painter: QPainter,
    marker: PlacedMarker,
    x: float,
    band_top: float,
    line_height: float,
    column_width: float,
) -> None:
    colour = (
        style.GO_NO_GO
        if marker.kind == "go_no_go"
        else (style.MILESTONE if marker.kind == "mijlpaal" else style.MUTED)
    )
    top = band_top + marker.top
    centre = QPointF(x + 5, top + line_height / 2)
    if marker.kind == "besluit":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, 3.5, 3.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        _diamond(painter, centre, 4.5, colour)
    painter.setFont(style.font(8.0, bold=marker.kind == "go_no_go"))
    painter.setPen(colour if marker.kind == "go_no_go" else style.INK)
    width = column_width - 2 * style.CELL_PAD - 14
    for number, line in enumerate(marker.lines):
        painter.drawText(QRectF(x + 13, top + number * line_height, width, line_height), 0, line)


def _diamond(painter: QPainter, centre: QPointF, radius: float, colour: QColor) -> None:
    path = QPainterPath()
    path.moveTo(centre.x(), centre.y() - radius)
    path.lineTo(centre.x() + radius, centre.y())
    path.lineTo(centre.x(), centre.y() + radius)
    path.lineTo(centre.x() - radius, centre.y())
    path.closeSubpath()
    painter.fillPath(path, colour)

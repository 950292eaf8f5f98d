"""Shared look: colours (from the reference data), small icons and how moments are shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from atelier.domain.reference import onderdeel

MUTED_TEXT = "#5B6573"
FALLBACK_COLOUR = "#D0D4DA"
ICON_RATIOS = (1.0, 1.5, 2.0, 3.0)


def local_time(moment: datetime) -> str:
    """A stored (naive UTC) moment as the user's local "dd-mm-jjjj uu:mm"."""
    return f"{moment.replace(tzinfo=UTC).astimezone():%d-%m-%Y %H:%M}"


def onderdeel_colour(key: str) -> QColor:
    try:
        return QColor(onderdeel(key).kleur)
    except KeyError:
        return QColor(FALLBACK_COLOUR)


def onderdeel_name(key: str) -> str:
    try:
        return onderdeel(key).naam
    except KeyError:
        return key


@cache
def onderdeel_icon(key: str, size: int = 14) -> QIcon:
    """A filled dot in the onderdeel's colour, for lists and trees."""
    colour = onderdeel_colour(key)

    def dot(painter: QPainter) -> None:
        painter.setPen(colour.darker(135))
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))

    return painted_icon(size, dot)


def painted_icon(size: int, paint: Callable[[QPainter], None]) -> QIcon:
    """A small icon ``paint`` draws (in a ``size``×``size`` square), drawn again for screens
    at 150 %, 200 % and 300 %, so it stays sharp on a high-resolution laptop."""
    icon = QIcon()
    for ratio in ICON_RATIOS:
        pixmap = QPixmap(round(size * ratio), round(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon

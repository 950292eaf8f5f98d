"""Shared look: colours (from the reference data), small icons and how moments are shown."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from atelier.domain.reference import onderdeel

MUTED_TEXT = "#5B6573"
FALLBACK_COLOUR = "#D0D4DA"


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
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = onderdeel_colour(key)
    painter.setPen(colour.darker(135))
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
    painter.end()
    return QIcon(pixmap)

"""How the sticky wall looks: sizes, colours and fonts shared by the board's items.

Everything is built once and reused: painting two thousand notes must not allocate.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen

from atelier.services.board.notes import GAP, NOTE_HEIGHT, NOTE_WIDTH
from atelier.ui.look import onderdeel_colour
from atelier.ui.theme import Scheme, scheme

NOTE_RECT = QRectF(0.0, 0.0, NOTE_WIDTH, NOTE_HEIGHT)
SHADOW = 4.0
NOTE_BOUNDS = QRectF(-1.5, -1.5, NOTE_WIDTH + SHADOW + 3.0, NOTE_HEIGHT + SHADOW + 3.0)
PADDING = 11.0
STRIP = 9.0  # the darker "glue" band at the top of a note
FOOTER = 22.0
TEXT_RECT = QRectF(
    PADDING, STRIP + 6.0, NOTE_WIDTH - 2 * PADDING, NOTE_HEIGHT - STRIP - 6.0 - FOOTER
)
DOT_RADIUS = 4.5
DOT_STEP = 11.0
MAX_DOTS_DRAWN = 6  # more dots are drawn as one dot and a count

CLUSTER_PADDING = 16.0
CLUSTER_TITLE = 40.0
COLLAPSED_WIDTH = NOTE_WIDTH + 70.0
COLLAPSED_HEIGHT = NOTE_HEIGHT
EMPTY_CLUSTER = QRectF(0.0, 0.0, NOTE_WIDTH + 2 * CLUSTER_PADDING, NOTE_HEIGHT + CLUSTER_TITLE)

DETAIL_SCALE = 0.33  # below this zoom, notes are plain coloured cards without text
SHADOW_SCALE = 0.15  # below this zoom, a shadow is less than a pixel: not drawn
MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
SCENE_MARGIN = 1200.0
SLOT_GAP = GAP

INK = "#25282C"
MUTED_INK = "#474A50"  # 4.8:1 or more on every onderdeel colour
SELECTION = "#1C5FD4"
DOT = "#C62828"


@dataclass(frozen=True)
class NoteColours:
    fill: QColor
    strip: QColor
    edge: QColor


@cache
def note_colours(colour: str) -> NoteColours:
    fill = QColor(colour)
    return NoteColours(fill, fill.darker(109), fill.darker(125))


@cache
def colours_of(onderdeel: str, colour: str | None) -> NoteColours:
    return note_colours(colour or onderdeel_colour(onderdeel).name())


@dataclass(frozen=True)
class Ink:
    """Pens, brushes and fonts, made once per process (they need a running QGuiApplication)."""

    text_font: QFont
    meta_font: QFont
    title_font: QFont
    text_pen: QPen
    meta_pen: QPen
    title_pen: QPen
    selection_pen: QPen
    drop_pen: QPen
    cluster_edge_pen: QPen
    shadow_near: QColor
    shadow_far: QColor
    dot_brush: QBrush
    cluster_fill: QColor
    cluster_band: QColor
    cluster_card: QColor  # a collapsed cluster's top card
    wall: QColor
    summary_font: QFont
    meta_metrics: QFontMetricsF
    title_metrics: QFontMetricsF
    summary_metrics: QFontMetricsF


def ink() -> Ink:
    """The pens, brushes and fonts in the window's light or dark scheme (the wall and the
    clusters follow it; notes stay paper-coloured with dark ink)."""
    return _ink(scheme())


_inks: dict[bool, Ink] = {}


def _ink(look: Scheme) -> Ink:
    if look.dark not in _inks:
        _inks[look.dark] = _make_ink(look)
    return _inks[look.dark]


def _make_ink(look: Scheme) -> Ink:
    text_font = QFont()
    text_font.setPixelSize(15)
    meta_font = QFont()
    meta_font.setPixelSize(11)
    summary_font = QFont()
    summary_font.setPixelSize(13)
    title_font = QFont()
    title_font.setPixelSize(17)
    title_font.setBold(True)
    selection = QPen(QColor(SELECTION), 3.0)
    drop = QPen(QColor(SELECTION), 3.0)
    cluster_edge = QPen(QColor(look.cluster_edge), 1.5)
    band = QColor(look.cluster_fill).darker(106)
    return Ink(
        text_font=text_font,
        meta_font=meta_font,
        title_font=title_font,
        text_pen=QPen(QColor(INK)),
        meta_pen=QPen(QColor(MUTED_INK)),
        title_pen=QPen(QColor(look.cluster_ink)),
        selection_pen=selection,
        drop_pen=drop,
        cluster_edge_pen=cluster_edge,
        shadow_near=QColor(0, 0, 0, 46),
        shadow_far=QColor(0, 0, 0, 20),
        dot_brush=QBrush(QColor(DOT)),
        cluster_fill=QColor(look.cluster_fill),
        cluster_card=QColor(look.cluster_card),
        wall=QColor(look.wall),
        cluster_band=band,
        summary_font=summary_font,
        meta_metrics=QFontMetricsF(meta_font),
        title_metrics=QFontMetricsF(title_font),
        summary_metrics=QFontMetricsF(summary_font),
    )

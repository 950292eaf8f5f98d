"""The routemap board's sizes, colours and fonts (calm, like the report's routemap page)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

ACCENT = QColor("#1F5F70")  # the report's deep teal
INK = QColor("#1E2328")
MUTED = QColor("#5F6B75")
RULE = QColor("#C9D1D6")
ZEBRA = QColor("#F4F6F7")
PAPER = QColor("#FFFFFF")
GO_NO_GO = QColor("#C0392B")
MILESTONE = QColor("#1F5F70")
ERROR = QColor("#C0392B")
WARNING = QColor("#D68910")
DROP_TARGET = QColor(31, 95, 112, 40)

MARGIN = 8.0
LABEL_WIDTH = 168.0
HEADER_HEIGHT = 46.0
MIN_COLUMN_WIDTH = 176.0
CELL_PAD = 6.0
CARD_GAP = 6.0
CARD_HEIGHT = 74.0  # code and deadline, two lines of 'wat', owner and status
COMPACT_CARD_HEIGHT = 42.0  # code and deadline, one line of 'wat'
MIN_BAND_HEIGHT = 30.0
STRIPE = 5.0


def font(point_size: float, bold: bool = False) -> QFont:
    chosen = QFont()
    chosen.setPointSizeF(point_size)
    chosen.setBold(bold)
    return chosen


def card_fonts() -> tuple[QFont, QFont, QFont]:
    """Code line, 'wat' text, owner line."""
    return font(8.5, bold=True), font(9.0), font(8.0)

"""A note's text laid out once to fit its card: wrapped, and elided when it does not fit.

Plain text only: ``QTextLayout`` never interprets markup, so ``<b>bold</b>`` and ``&amp;`` show
as typed. Line breaks become Unicode line separators for the layout; long words break between
syllables with a hyphen; the text direction follows the text, so Arabic and Hebrew read right to
left.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

from atelier.domain.hyphenation import SOFT_HYPHEN, breakable

LINE_SEPARATOR = "\u2028"
ELLIPSIS = "…"
MAX_LAYOUT_CHARS = 4000  # more than ever fits on a card; the rest is elided anyway


def _option() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setAlignment(Qt.AlignmentFlag.AlignLeft)
    return option


class NoteText:
    """The visible lines of ``text`` in a ``width`` × ``height`` box."""

    def __init__(self, text: str, font: QFont, width: float, height: float) -> None:
        self.elided = False
        shown = text[:MAX_LAYOUT_CHARS].replace("\r\n", "\n").replace("\n", LINE_SEPARATOR)
        shown = breakable(shown)
        self._layouts: list[QTextLayout] = []
        full = _lay_out(shown, font, width, stop_below=height)
        fitting = _lines_fitting(full, height)
        last_line = full.lineAt(full.lineCount() - 1)
        laid_out = last_line.textStart() + last_line.textLength()
        whole = len(text) <= MAX_LAYOUT_CHARS
        if fitting == full.lineCount() and laid_out >= len(shown) and whole:
            self._layouts.append(full)
            self.visible_text = _read(shown)
            return
        self.elided = True
        last = full.lineAt(max(fitting - 1, 0))
        head = shown[: last.textStart()]
        tail = shown[last.textStart() :].split(LINE_SEPARATOR, 1)[0].rstrip()
        tail = QFontMetricsF(font).elidedText(tail + ELLIPSIS, Qt.TextElideMode.ElideRight, width)
        if head:
            self._layouts.append(_lay_out(head.rstrip(LINE_SEPARATOR), font, width))
        ending = _lay_out(tail, font, width)
        ending.lineAt(0).setPosition(QPointF(0.0, last.position().y()))
        self._layouts.append(ending)
        self.visible_text = _read(head + tail)

    def draw(self, painter: QPainter, origin: QPointF) -> None:
        for layout in self._layouts:
            layout.draw(painter, origin)


def _read(shown: str) -> str:
    """The text as the user reads it: soft hyphens are invisible."""
    return shown.replace(LINE_SEPARATOR, "\n").replace(SOFT_HYPHEN, "")


def _lay_out(text: str, font: QFont, width: float, stop_below: float = float("inf")) -> QTextLayout:
    layout = QTextLayout(text, font)
    layout.setTextOption(_option())
    layout.setCacheEnabled(True)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, y))
        y += line.height()
        if y > stop_below:
            break
    layout.endLayout()
    return layout


def _lines_fitting(layout: QTextLayout, height: float) -> int:
    count = 0
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        if line.position().y() + line.height() > height + 0.5:
            break
        count += 1
    return max(count, 1)

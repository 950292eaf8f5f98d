"""One sticky note on the wall: the onderdeel's colour, wrapped text, author and vote dots.

Painting is cheap by design: zoomed out (below ``DETAIL_SCALE``) a note is a plain coloured
card; close up its text layout is built once and reused until the text changes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from atelier.domain.records import NoteData
from atelier.ui.board import style
from atelier.ui.board.note_text import NoteText

NOTE_TYPE = QGraphicsItem.UserType + 1
DIMMED_OPACITY = 0.18
_TEXT_ORIGIN = style.TEXT_RECT.topLeft()
_SHADOW_FAR = style.NOTE_RECT.translated(1.0, style.SHADOW)
_SHADOW_NEAR = style.NOTE_RECT.translated(0.5, 1.5)
_STRIP = QRectF(0.0, 0.0, style.NOTE_WIDTH, style.STRIP)
_SELECTION = style.NOTE_RECT.adjusted(-1.5, -1.5, 1.5, 1.5)
_FOOTER_Y = style.NOTE_HEIGHT - 8.0
_DOT_MARK = QRectF(style.NOTE_WIDTH - 34.0, style.NOTE_HEIGHT - 34.0, 24.0, 24.0)
_SELECTED_MARK = QRectF(0.0, 0.0, style.NOTE_WIDTH, 18.0)
_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
)


class NoteItem(QGraphicsItem):
    def __init__(self, note: NoteData, dots: int, author: str = "") -> None:
        super().__init__()
        self.setFlags(_FLAGS)
        self.note = note
        self.dots = dots
        self.author = author
        self.hidden_in_cluster = False
        self.filtered_out = False
        self._shown = True
        self._dimmed = False
        self._text: NoteText | None = None
        self._author_line: str | None = None
        self._author_room = 0.0
        self._colours = style.colours_of(note.onderdeel, note.colour)
        self.setPos(note.x, note.y)

    # -- data ---------------------------------------------------------------------------
    @property
    def note_id(self) -> int:
        return self.note.id

    def update_note(self, note: NoteData, author: str) -> None:
        old = self.note
        self.note = note
        if (note.x, note.y) != (old.x, old.y):
            self.setPos(note.x, note.y)
        if note.text != old.text:
            self._text = None
        if author != self.author:
            self.author, self._author_line = author, None
        if (note.onderdeel, note.colour) != (old.onderdeel, old.colour):
            self._colours = style.colours_of(note.onderdeel, note.colour)
        self.update()

    def set_dots(self, dots: int) -> None:
        if dots != self.dots:
            self.dots = dots
            self.update()

    def set_author(self, author: str) -> None:
        if author != self.author:
            self.author, self._author_line = author, None
            self.update()

    def fill_colour(self) -> QColor:
        return self._colours.fill

    def displayed_text(self) -> str:
        """The text as drawn on the card (elided with "…" when it does not fit)."""
        return self._layout().visible_text

    def is_drawn(self) -> bool:
        """Has the note been painted close up (its text laid out) since its text changed?"""
        return self._text is not None

    def is_elided(self) -> bool:
        return self._layout().elided

    def apply_visibility(self, hide_filtered: bool) -> None:
        """Show, hide or dim the note for its cluster (collapsed?) and the filter."""
        shown = not self.hidden_in_cluster and not (self.filtered_out and hide_filtered)
        if shown != self._shown:
            self._shown = shown
            self.setVisible(shown)
        dimmed = self.filtered_out
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self.setOpacity(DIMMED_OPACITY if dimmed else 1.0)

    # -- QGraphicsItem --------------------------------------------------------------------
    def type(self) -> int:
        return NOTE_TYPE

    def boundingRect(self) -> QRectF:
        return style.NOTE_BOUNDS

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        colours = self._colours
        scale = painter.worldTransform().m11()
        if scale < style.DETAIL_SCALE:  # far away: a coloured card, a red corner for dots
            ink = style.ink()
            if scale >= style.SHADOW_SCALE:
                painter.fillRect(_SHADOW_FAR, ink.shadow_far)
            painter.fillRect(style.NOTE_RECT, colours.fill)
            if self.dots:
                painter.fillRect(_DOT_MARK, ink.dot_brush)
            if self.isSelected():
                painter.fillRect(_SELECTED_MARK, ink.selection_pen.color())
            return
        ink = style.ink()
        painter.fillRect(_SHADOW_FAR, ink.shadow_far)
        painter.fillRect(_SHADOW_NEAR, ink.shadow_near)
        painter.fillRect(style.NOTE_RECT, colours.fill)
        painter.fillRect(_STRIP, colours.strip)
        painter.setPen(ink.text_pen)
        self._layout().draw(painter, _TEXT_ORIGIN)
        self._paint_footer(painter, ink)
        if self.isSelected():
            painter.setPen(ink.selection_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(_SELECTION)

    def _paint_footer(self, painter: QPainter, ink: style.Ink) -> None:
        used = self._paint_dots(painter, ink) + 6.0 if self.dots else 0.0
        if not self.author:
            return
        room = style.NOTE_WIDTH - 2 * style.PADDING - used
        if self._author_line is None or self._author_room != room:
            self._author_room = room
            self._author_line = ink.meta_metrics.elidedText(
                self.author, Qt.TextElideMode.ElideRight, room
            )
        painter.setFont(ink.meta_font)
        painter.setPen(ink.meta_pen)
        painter.drawText(QPointF(style.PADDING, _FOOTER_Y), self._author_line)

    def _paint_dots(self, painter: QPainter, ink: style.Ink) -> float:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink.dot_brush)
        right = style.NOTE_WIDTH - style.PADDING - style.DOT_RADIUS
        centre_y = _FOOTER_Y - 4.0
        shown = self.dots if self.dots <= style.MAX_DOTS_DRAWN else 1
        for index in range(shown):
            painter.drawEllipse(
                QPointF(right - index * style.DOT_STEP, centre_y),
                style.DOT_RADIUS,
                style.DOT_RADIUS,
            )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        width = shown * style.DOT_STEP
        if self.dots > style.MAX_DOTS_DRAWN:
            label = f"{self.dots}×"
            painter.setFont(ink.meta_font)
            painter.setPen(ink.dot_brush.color())
            label_width = ink.meta_metrics.horizontalAdvance(label)
            painter.drawText(
                QPointF(right - style.DOT_RADIUS - 4.0 - label_width, _FOOTER_Y), label
            )
            width += label_width + 4.0
        return width

    def _layout(self) -> NoteText:
        if self._text is None:
            rect = style.TEXT_RECT
            self._text = NoteText(
                self.note.text, style.ink().text_font, rect.width(), rect.height()
            )
        return self._text

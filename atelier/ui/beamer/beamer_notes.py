"""The live notes on the beamer: sticky-note cards in a grid, newest last, sized to be read.

Readable beats complete: the wall shows as many of the newest notes as fit at a legible size
(at least ``MIN_LINES`` lines of ``MIN_PX`` type per card) and says how many earlier ones are
not shown. The type is as large as lets every shown card fit; a text that still does not fit
is cut at a word and ends with "…". The organisation (when shown) takes one line.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from atelier.domain.hyphenation import breakable
from atelier.domain.records import NoteData
from atelier.ui.beamer.beamer_theme import BeamerTheme
from atelier.ui.look import onderdeel_colour

MAX_CARDS = 24
MAX_CARD_CHARACTERS = 200
MAX_COLUMNS = 4
FIT_SLACK = 6  # pixels
MAX_PX = 34  # note type at a 720 px high beamer; scaled with the height
MIN_PX = 20
MIN_LINES = 5  # a card must have room for this many lines at MIN_PX
PADDING = 10
SPACING = 14
PX_MARK = "@PX@"


class BeamerNotesWall(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beamerNotes")
        self._grid = QGridLayout()
        self._grid.setSpacing(SPACING)
        self.more = QLabel(self)
        self.more.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.more.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid, 1)
        layout.addWidget(self.more)
        self._notes: list[NoteData] = []
        self._total = 0
        self._organisations: dict[int, str] = {}
        self._show_authors = True
        self._theme: BeamerTheme | None = None
        self._scale = 1.0
        self._cards: list[QLabel] = []
        self._captions: dict[int, str] = {}
        self._pixels = MIN_PX

    # -- reading (tests, and the facilitator's own checks) ---------------------------------
    def cards(self) -> list[QLabel]:
        return list(self._cards)

    def card_pixel_size(self) -> int:
        return self._pixels

    # -- showing ----------------------------------------------------------------------------
    def show_notes(
        self,
        notes: list[NoteData],
        *,
        organisations: dict[int, str],
        show_authors: bool,
        theme: BeamerTheme,
        scale: float,
        total: int | None = None,
        captions: dict[int, str] | None = None,
    ) -> None:
        """Show the newest of ``notes`` that fit; ``total`` counts the notes there are in all,
        when ``notes`` holds only the newest of them (at least ``MAX_CARDS``). ``captions``
        (by note id) replace the organisation line: the dots of a voting result."""
        self._captions = captions or {}
        self._notes = list(notes)
        self._total = len(self._notes) if total is None else max(total, len(self._notes))
        self._organisations = organisations
        self._show_authors = show_authors
        self._theme = theme
        self._scale = scale
        self._layout()

    def hasHeightForWidth(self) -> bool:
        # The wall fills the height it is given; the cards' texts are fitted to that height, so
        # a height that followed their (word-wrapped) texts would change with every fitting and
        # lay the wall out again, endlessly (seen on a screen narrower than the window).
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size() != event.oldSize():
            self._layout()

    def _layout(self) -> None:
        for card in self._cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        self._cards = []
        if self._theme is None or not self._notes:
            self.more.hide()
            return
        min_px = round(MIN_PX * self._scale)
        line = QFontMetrics(_font(min_px)).lineSpacing()
        min_card = MIN_LINES * line + 2 * PADDING
        rows_fit = max(1, int((self.height() + SPACING) // (min_card + SPACING)))
        capacity = min(MAX_CARDS, rows_fit * MAX_COLUMNS) if self.height() > 0 else MAX_CARDS
        shown = self._notes[-capacity:]
        hidden = self._total - len(shown)
        self.more.setVisible(hidden > 0)
        self.more.setText(self.tr("+ {n} earlier notes").format(n=hidden))
        self.more.setStyleSheet(
            f"color: {self._theme.muted}; font-size: {round(18 * self._scale)}px;"
        )
        columns = max(1, min(MAX_COLUMNS, math.ceil(math.sqrt(len(shown) * 1.8))))
        rows = math.ceil(len(shown) / columns)
        for column in range(MAX_COLUMNS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        reserve = self.more.sizeHint().height() + 6 if hidden else 0
        width = int((self.width() - SPACING * (columns - 1)) / columns - 2 * PADDING - FIT_SLACK)
        # The grid rounds its cells to whole pixels and spaces the "+ n" line, and a label wraps
        # a little narrower than its width: the text is fitted to a few pixels less each way
        # than the division promises, or a last line is cut in half.
        height = (self.height() - reserve - SPACING * (rows - 1)) / rows - 2 * PADDING - FIT_SLACK
        texts = [self._parts(note) for note in shown]
        self._pixels = self._best_size(texts, width, height)
        metrics = QFontMetrics(_font(self._pixels))
        for index, (note, (body, footer)) in enumerate(zip(shown, texts, strict=True)):
            text = _fitted(metrics, body, footer, width, height) if width > 0 else body
            card = QLabel(text, self)
            card.setObjectName("beamerNote")
            card.setTextFormat(Qt.TextFormat.PlainText)
            card.setWordWrap(True)
            card.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            card.setStyleSheet(self._style(note).replace(PX_MARK, str(self._pixels)))
            self._grid.addWidget(card, index // columns, index % columns)
            self._cards.append(card)

    def _parts(self, note: NoteData) -> tuple[str, str]:
        body = note.text.strip()
        if len(body) > MAX_CARD_CHARACTERS:
            body = body[: MAX_CARD_CHARACTERS - 1].rstrip() + "…"
        body = breakable(body)
        footer = ""  # the card's last line: its place in a voting round, or its author
        if note.id in self._captions:
            footer = self._captions[note.id]
        elif self._show_authors and note.author_organisation_id is not None:
            author = self._organisations.get(note.author_organisation_id, "")
            footer = f"—\u00a0{author}" if author else ""  # no break after the dash
        return body, footer

    def _best_size(self, texts: list[tuple[str, str]], width: int, height: float) -> int:
        smallest = round(MIN_PX * self._scale)
        if width <= 0 or height <= 0:
            return smallest
        for pixels in range(round(MAX_PX * self._scale), smallest, -1):
            metrics = QFontMetrics(_font(pixels))
            if all(
                _text_height(metrics, _join(body, _one_line(metrics, footer, width)), width)
                <= height
                for body, footer in texts
            ):
                return pixels
        return smallest

    def _style(self, note: NoteData) -> str:
        assert self._theme is not None
        colour = onderdeel_colour(note.onderdeel).name()
        if note.colour and QColor(note.colour).isValid():
            colour = QColor(note.colour).name()
        theme = self._theme
        border = (
            f"border: {theme.note_border_width}px solid {theme.note_border};"
            if theme.note_border_width
            else "border: none;"
        )
        return (
            f"QLabel#beamerNote {{ background: {colour}; color: {theme.note_text};"
            f" font-size: {PX_MARK}px; padding: {PADDING}px; border-radius: 4px; {border} }}"
        )


def _font(pixels: int) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    return font


def _join(body: str, footer: str) -> str:
    return f"{body}\n{footer}" if footer else body


def _one_line(metrics: QFontMetrics, footer: str, width: int) -> str:
    """The card's last line (author, or place in a voting round), shortened with "…" to fit."""
    if not footer:
        return ""
    elided = metrics.elidedText(footer, Qt.TextElideMode.ElideRight, max(10, width - 8))
    return elided.replace(" ", "\u00a0")  # one line: never wrapped


def _text_height(metrics: QFontMetrics, text: str, width: int) -> int:
    flags = int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()


def _fitted(metrics: QFontMetrics, body: str, footer: str, width: int, height: float) -> str:
    """The card text: the footer on one line; the body cut at a word with "…" if needed."""
    footer = _one_line(metrics, footer, width)
    if _text_height(metrics, _join(body, footer), width) <= height:
        return _join(body, footer)
    low, high = 0, len(body)
    while low < high:  # the longest prefix that fits
        middle = (low + high + 1) // 2
        if _text_height(metrics, _join(body[:middle].rstrip() + "…", footer), width) <= height:
            low = middle
        else:
            high = middle - 1
    cut = body[:low]
    if " " in cut.strip():
        cut = cut.rsplit(" ", 1)[0]
    return _join(cut.rstrip() + "…", footer)
